"""The ninjs push target: what it posts (exactly what the pre-flight shows, valid ninjs
2.2, the published version and pubstatus), how it signs, and what each answer means."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from pathlib import Path

import httpx
import pytest

from editorial.domain.publishing import DeliveryAction, EndpointProfile, OutboxState
from editorial.domain.story import Status, new_story
from editorial.services.publishing import PublishingService
from editorial.services.styles import StyleBook
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library
from editorial.sync.http_outcomes import outcome_of_response, retry_after
from editorial.sync.ninjs_push import NinjsPushTarget
from editorial.sync.target import Delivered, Delivery, Refused, TryAgain
from tests.formats.conftest import NINJS_SCHEMA_22, assert_valid_ninjs_22
from tests.sync.conftest import SECRET, add_endpoint, approve_new, correct_and_approve, make_worker
from tests.sync.fault_server import serving

ROOT = Path(__file__).resolve().parents[2]
STORY = new_story("x.org", headline="Quake hits eastern Turkey").edited(
    id=7, body="A strong earthquake struck.", lede="Dozens feared dead.",
    updated_at=dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC), status=Status.APPROVED,
)  # fmt: skip


def delivery(action: DeliveryAction = DeliveryAction.PUBLISH, version: int = 1) -> Delivery:
    return Delivery(STORY, action, version, f"{STORY.uri}@{version}")


def target(url: str = "http://127.0.0.1:9/", secret: str = SECRET) -> NinjsPushTarget:
    profile = EndpointProfile("wire", "ninjs-push", url)
    return NinjsPushTarget(profile, secret, httpx.Client(), clock=lambda: 1_764_579_600.0)


def test_the_payload_is_exactly_the_body_and_valid_ninjs_22() -> None:
    push = target()
    for action, version, pubstatus in ((DeliveryAction.PUBLISH, 1, "usable"),
                                       (DeliveryAction.CORRECT, 2, "usable"),
                                       (DeliveryAction.KILL, 3, "canceled")):  # fmt: skip
        payload = push.payload(delivery(action, version))
        assert payload.body.encode() == push.body(delivery(action, version))
        assert payload.content_type == "application/json" and payload.problems == ()
        item = json.loads(payload.body)
        assert item == payload.fields
        assert (item["version"], item["pubstatus"], item["uri"]) == (str(version), pubstatus,
                                                                     STORY.uri)  # fmt: skip
        assert_valid_ninjs_22(item)


def test_schema_problems_are_listed() -> None:
    broken = Delivery(STORY.edited(uri="not a uri"), DeliveryAction.PUBLISH, 1, "k")
    problems = target().payload(broken).problems
    assert problems and any("uri" in p for p in problems)


def test_the_shipped_schema_is_the_official_one() -> None:
    shipped = ROOT / "resources" / "ninjs" / "ninjs-schema_2.2.json"
    assert shipped.read_bytes() == NINJS_SCHEMA_22.read_bytes()


def test_headers_sign_the_time_and_the_body() -> None:
    push = target()
    body = push.body(delivery())
    headers = push.headers(delivery(), body)
    assert headers["Idempotency-Key"] == f"{STORY.uri}@1"
    assert headers["X-Editorial-Timestamp"] == "1764579600"
    expected = hmac.new(SECRET.encode(), b"1764579600." + body, hashlib.sha256).hexdigest()
    assert headers["X-Editorial-Signature"] == f"sha256={expected}"
    assert headers["Content-Type"] == "application/json"
    assert SECRET not in repr(push) and SECRET not in json.dumps(headers)


def answer(code: int, headers: dict[str, str] | None = None, body: bytes = b"") -> httpx.Response:
    return httpx.Response(code, headers=headers, content=body,
                          request=httpx.Request("POST", "http://127.0.0.1/"))  # fmt: skip


@pytest.mark.parametrize(("code", "kind"), [
    (200, Delivered), (201, Delivered), (204, Delivered), (409, Delivered),
    (408, TryAgain), (425, TryAgain), (429, TryAgain), (500, TryAgain), (502, TryAgain),
    (503, TryAgain), (599, TryAgain), (400, Refused), (401, Refused), (404, Refused),
    (413, Refused), (422, Refused), (301, Refused),
])  # fmt: skip
def test_what_each_answer_means(code: int, kind: type) -> None:
    outcome = outcome_of_response(answer(code, body=b"\x1b[31mred\x00 <b>tag</b>"))
    assert isinstance(outcome, kind) and outcome.status_code == code
    if not isinstance(outcome, Delivered):
        assert outcome.reason.startswith(str(code)) and "\x1b" not in outcome.reason


def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    assert retry_after("120") == dt.timedelta(seconds=120)
    assert retry_after("Tue, 01 Dec 2026 09:00:30 GMT", now) == dt.timedelta(seconds=30)
    assert retry_after("Tue, 01 Dec 2026 08:00:00 GMT", now) == dt.timedelta(0)
    assert retry_after("99999999999") == dt.timedelta(days=1)
    assert retry_after("soon") is None and retry_after(None) is None
    outcome = outcome_of_response(answer(503, {"Retry-After": "7"}))
    assert isinstance(outcome, TryAgain) and outcome.after == dt.timedelta(seconds=7)


def test_what_the_endpoint_calls_the_item_is_kept() -> None:
    with serving(SECRET.encode()) as server:
        outcome = target(server.url).send(delivery())
    assert isinstance(outcome, Delivered) and outcome.remote_id == "remote-1"
    assert outcome.link == f"{server.url}/{STORY.uri}@1"


def test_preflight_shows_each_endpoint_what_it_will_get_and_what_changed(
    library: Library,
) -> None:
    publishing = PublishingService(library, PreferencesHolder(Preferences()), StyleBook())
    with serving(SECRET.encode()) as server:
        add_endpoint(library, "wire", server.url)
        add_endpoint(library, "manual", server.url, publish_on_approval=False)
        story = approve_new(library, "Quake")
        (queued,) = publishing.preflight(story.id)  # type: ignore[arg-type]
        assert queued.endpoint == "wire" and queued.entry is not None and queued.diff == ""
        assert json.loads(queued.body)["version"] == "1"
        make_worker(library).run_until_idle(timeout=10)
        assert server.accepted[f"{story.uri}@1"] == queued.body.encode()  # what it showed
        fixed = correct_and_approve(library, story, "Quake: the body, corrected.")
        (correction,) = publishing.preflight(fixed.id)  # type: ignore[arg-type]
    assert correction.last_delivered_version == 1
    assert correction.entry is not None and correction.entry.state is OutboxState.QUEUED
    assert '-  "version": "1"' in correction.diff and '+  "version": "2"' in correction.diff
    assert "corrected" in correction.diff


def _sent(push: NinjsPushTarget) -> str:
    try:
        return repr(push.send(delivery()))
    except Exception as error:  # what the worker keeps on record as the target's failure
        return f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999/", "http://[::1/", "http://exa mple/"])
def test_a_url_httpx_cannot_parse_fails_each_send_as_it_did_unparsed(url: str) -> None:
    # The target parses its URL once, when it is made: one that does not parse must not
    # stop it being made (a worker's pass would end there), and each send fails as a
    # request to the URL's text does.
    push, as_text = target(url), target(url)
    as_text._url = url
    assert _sent(push) == _sent(as_text)


def test_each_send_goes_to_the_url_parsed_once() -> None:
    with serving(SECRET.encode()) as server:
        push = target(server.url + "?feed=wire")
        outcomes = [push.send(delivery(version=n)) for n in (1, 2)]
    assert [type(o) for o in outcomes] == [Delivered, Delivered]
    assert sorted(server.accepted) == [f"{STORY.uri}@1", f"{STORY.uri}@2"]
