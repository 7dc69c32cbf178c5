"""Which class sends to which kind of endpoint. A new kind (Ghost, NewsML-G2) is one
class implementing `sync/target.py` and one line here; the outbox never changes.

The WordPress target lives in `sync/wordpress.py`; it is imported only when an endpoint of
that kind is used, and a build without it says so in a line.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import httpx

from editorial.domain.errors import BadInput
from editorial.domain.house_style import HouseStyle
from editorial.domain.publishing import ENDPOINT_KINDS
from editorial.sync.ninjs_push import NinjsPushTarget
from editorial.sync.target import EndpointProfile, Target

TargetFactory = Callable[[EndpointProfile, str, httpx.Client, HouseStyle], Target]


def _ninjs_push(
    profile: EndpointProfile, secret: str, client: httpx.Client, style: HouseStyle
) -> Target:
    return NinjsPushTarget(profile, secret, client, style=style)


def _wordpress(
    profile: EndpointProfile, secret: str, client: httpx.Client, _style: HouseStyle
) -> Target:
    try:
        module = importlib.import_module("editorial.sync.wordpress")
    except ImportError:
        raise BadInput("This build of Editorial cannot send to WordPress yet.") from None
    target: Target = module.WordPressTarget(profile, secret, client)
    return target


KINDS: dict[str, TargetFactory] = {"ninjs-push": _ninjs_push, "wordpress": _wordpress}
assert tuple(KINDS) == ENDPOINT_KINDS


def build_target(
    profile: EndpointProfile, secret: str, client: httpx.Client, style: HouseStyle
) -> Target:
    factory = KINDS.get(profile.kind)
    if factory is None:
        raise BadInput(f"{profile.name}: {profile.kind!r} is no kind of endpoint Editorial knows.")
    return factory(profile, secret, client, style)
