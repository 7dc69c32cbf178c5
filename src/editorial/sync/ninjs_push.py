"""The ninjs push target (what agencies and Superdesk subscribers receive): `POST` the
story's ninjs 2.2 item to the endpoint's URL.

Headers: `Idempotency-Key` (`<uri>@<version>`, the same for every retry of one version),
`X-Editorial-Timestamp` (Unix seconds) and `X-Editorial-Signature: sha256=<hex
HMAC-SHA256(secret, timestamp + "." + body)>`: the body and the time are signed, so the
receiver can tell a forgery and a replay. The item's `version` is the published version (a
correction or kill is the next version of the same `uri`), its `pubstatus` `usable`, or
`canceled` for a kill.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar

import httpx

from editorial.domain.delivery_reasons import ANSWERED_REFUSAL, ANSWERS, DOES_NOT_ANSWER
from editorial.domain.delivery_reasons import reason as written
from editorial.domain.errors import BadInput
from editorial.domain.house_style import BASIC_HOUSE_STYLE, HouseStyle
from editorial.domain.story import Status
from editorial.formats.ninjs_export import dumps_ninjs
from editorial.sync.direct_post import DirectPost
from editorial.sync.http_outcomes import (
    excerpt,
    outcome_of_error,
    outcome_of_response,
    request_limited,
)
from editorial.sync.target import (
    Delivery,
    DeliveryAction,
    EndpointProfile,
    Outcome,
    Payload,
)

CONTENT_TYPE = "application/json"


class NinjsPushTarget:
    kind: ClassVar[str] = "ninjs-push"

    def __init__(
        self, profile: EndpointProfile, secret: str, client: httpx.Client, *,
        style: HouseStyle = BASIC_HOUSE_STYLE, clock: Callable[[], float] = time.time,
    ) -> None:  # fmt: skip
        self.profile = profile
        self._url = _parsed(profile.url)
        self._secret = secret.encode("utf-8")
        self._client = client
        self._post = DirectPost(client, self._url)
        self._style = style
        self._clock = clock

    def __repr__(self) -> str:  # never the secret
        return f"NinjsPushTarget({self.profile.name!r}, {self.profile.url!r})"

    @staticmethod
    def render(profile: EndpointProfile, delivery: Delivery, style: HouseStyle) -> str:
        """The item's JSON as it is frozen for this version: the body itself."""
        killed = delivery.action is DeliveryAction.KILL
        story = delivery.story.edited(
            version=delivery.published_version,
            status=Status.KILLED if killed else Status.PUBLISHED,
        )
        return dumps_ninjs(story, style=style, indent=None)

    def body(self, delivery: Delivery) -> bytes:
        """The exact bytes `send` posts for this delivery (its frozen payload, when it
        has one)."""
        return self._text(delivery).encode("utf-8")

    def _text(self, delivery: Delivery) -> str:
        return delivery.frozen or self.render(self.profile, delivery, self._style)

    def payload(self, delivery: Delivery) -> Payload:
        text = self._text(delivery)
        item = json.loads(text)
        return Payload(CONTENT_TYPE, text, fields=item, problems=schema_problems(item))

    def headers(self, delivery: Delivery, body: bytes) -> dict[str, str]:
        timestamp = str(int(self._clock()))
        return {
            "Content-Type": CONTENT_TYPE,
            "Accept": "application/json",
            "Idempotency-Key": delivery.idempotency_key,
            "X-Editorial-Timestamp": timestamp,
            "X-Editorial-Signature": "sha256=" + sign(self._secret, timestamp, body),
        }

    def send(self, delivery: Delivery) -> Outcome:
        body = self.body(delivery)
        try:
            response = self._post(body, self.headers(delivery, body))
        except httpx.HTTPError as error:
            return outcome_of_error(error)
        remote_id, link = _what_it_called_it(response)
        return outcome_of_response(response, remote_id or delivery.remote_id, link)

    def check_connection(self) -> str:
        """An empty, signed `OPTIONS` to the URL: any answer but 401/403 (or 5xx) means
        the endpoint is there and takes our signature."""
        timestamp = str(int(self._clock()))
        headers = {
            "X-Editorial-Timestamp": timestamp,
            "X-Editorial-Signature": "sha256=" + sign(self._secret, timestamp, b""),
        }
        try:
            response = request_limited(self._client, "OPTIONS", self.profile.url, headers=headers)
        except httpx.HTTPError as error:
            why = outcome_of_error(error).reason
            silent = written(DOES_NOT_ANSWER, name=self.profile.name, url=self.profile.url,
                             reason=why)  # fmt: skip
            raise BadInput.saying(silent.message) from None
        code = response.status_code
        if code in (401, 403) or code >= 500:
            said = excerpt(response)
            answer = f"{code} {response.reason_phrase}{': ' + said if said else ''}"
            refused = written(ANSWERED_REFUSAL, name=self.profile.name, url=self.profile.url,
                              answer=answer)  # fmt: skip
            raise BadInput.saying(refused.message)
        answer = f"{code} {response.reason_phrase}"
        return written(ANSWERS, name=self.profile.name, url=self.profile.url, answer=answer)


def _parsed(url: str) -> httpx.URL | str:
    """The URL parsed once, not for every request (on loopback that was about a tenth of
    a request's CPU); one httpx cannot parse stays text, for each request to fail on as
    it would."""
    try:
        return httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return url


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    return hmac.new(secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


def _what_it_called_it(response: httpx.Response) -> tuple[str, str]:
    """The endpoint's id and link for the item, when its answer names them (a JSON object
    with `id`/`uri` and `link`/`url`, or a `Location` header); anything else is ignored."""
    link = response.headers.get("Location", "")
    try:
        said = response.json()
    except (ValueError, UnicodeDecodeError):
        return "", link
    if not isinstance(said, dict):
        return "", link
    remote = said.get("id", said.get("uri", ""))
    link = link or str(said.get("link", said.get("url", "")) or "")
    plain = isinstance(remote, str | int) and not isinstance(remote, bool)
    remote_id = str(remote) if plain else ""
    return remote_id[:255], link[:2000]


def schema_problems(item: dict[str, Any]) -> tuple[str, ...]:
    """Where the item fails the ninjs 2.2 schema (the copy shipped in resources/ninjs/)."""
    errors = sorted(_validator().iter_errors(item), key=lambda e: list(e.absolute_path))
    return tuple(f"{e.json_path}: {e.message}" for e in errors)


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    from editorial.services.resources import resource

    schema = json.loads(resource("ninjs", "ninjs-schema_2.2.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
