"""Which class sends to which kind of endpoint. A new kind (Ghost, NewsML-G2) is one
class implementing `sync/target.py` and one line here; the outbox never changes.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from editorial.domain.errors import BadInput
from editorial.domain.house_style import HouseStyle
from editorial.domain.publishing import ENDPOINT_KINDS, DeliveryAction, idempotency_key
from editorial.domain.story import Story
from editorial.sync.ninjs_push import NinjsPushTarget
from editorial.sync.target import Delivery, EndpointProfile, Target
from editorial.sync.wordpress import WordPressTarget

TargetFactory = Callable[[EndpointProfile, str, httpx.Client, HouseStyle], Target]


def _ninjs_push(
    profile: EndpointProfile, secret: str, client: httpx.Client, style: HouseStyle
) -> Target:
    return NinjsPushTarget(profile, secret, client, style=style)


def _wordpress(
    profile: EndpointProfile, secret: str, client: httpx.Client, style: HouseStyle
) -> Target:
    # The post's HTML as the preview renders it under the desk's house style.
    return WordPressTarget(profile, secret, client, style=style)


KINDS: dict[str, TargetFactory] = {"ninjs-push": _ninjs_push, "wordpress": _wordpress}
assert tuple(KINDS) == ENDPOINT_KINDS
_RENDERS: dict[str, Callable[[EndpointProfile, Delivery, HouseStyle], str]] = {
    "ninjs-push": NinjsPushTarget.render, "wordpress": WordPressTarget.render,
}  # fmt: skip


def render_payload(
    profile: EndpointProfile, action: DeliveryAction, version: int, story: Story,
    style: HouseStyle,
) -> str:  # fmt: skip
    """The text frozen for one version of a story to one endpoint (see `Target.render`)."""
    render = _RENDERS.get(profile.kind)
    if render is None:
        raise BadInput(f"{profile.name}: {profile.kind!r} is no kind of endpoint Editorial knows.")
    key = idempotency_key(story.uri, version)
    return render(profile, Delivery(story, action, version, key), style)


def build_target(
    profile: EndpointProfile, secret: str, client: httpx.Client, style: HouseStyle
) -> Target:
    factory = KINDS.get(profile.kind)
    if factory is None:
        raise BadInput(f"{profile.name}: {profile.kind!r} is no kind of endpoint Editorial knows.")
    return factory(profile, secret, client, style)
