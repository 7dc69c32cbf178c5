"""A ninjs push posts through its client's own transport for the URL (`DirectPost`): the
same request on the wire as `client.post` makes, through whatever the client mounts for
the URL (a proxy), with the client's timeouts as they are at that moment; and through the
client itself where the client does something the direct path would skip."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from editorial.domain.publishing import EndpointProfile
from editorial.sync import direct_post
from editorial.sync.direct_post import DirectPost
from editorial.sync.http_outcomes import ANSWER_LIMIT
from editorial.sync.ninjs_push import NinjsPushTarget
from editorial.sync.target import Delivered, TryAgain
from editorial.sync.worker import new_client
from tests.sync.loopback import Answer, Seen, serving
from tests.sync.test_endless_answers import endless_answer
from tests.sync.test_ninjs_push import delivery
from tests.time_limit import within as time_limit

BODY = b'{"uri": "urn:x:1"}'
HEADERS = {"Content-Type": "application/json", "Accept": "application/json",
           "Idempotency-Key": "urn:x:1@1"}  # fmt: skip


def created(_seen: Seen) -> Answer:
    return Answer.json(201, '{"id": "item-1"}')


def test_the_request_on_the_wire_is_the_one_the_client_would_send() -> None:
    with serving(created) as (url, seen), new_client() as client:
        post = DirectPost(client, httpx.URL(url + "/ninjs?feed=wire"))
        assert post.direct
        answer = post(BODY, HEADERS)
        through_client = client.post(url + "/ninjs?feed=wire", content=BODY, headers=HEADERS)
    assert answer.status_code == through_client.status_code == 201
    assert answer.json() == through_client.json() == {"id": "item-1"}
    assert answer.request.url == through_client.request.url
    direct, usual = seen
    assert (direct.method, direct.path, direct.body) == (usual.method, usual.path, usual.body)
    assert direct.headers == usual.headers  # User-Agent, Accept, Host, length, keep-alive
    assert direct.headers["user-agent"].startswith("Editorial/")
    assert direct.headers["accept"] == "application/json"  # the request's, not the client's


def test_it_goes_through_what_the_client_mounts_for_the_url() -> None:
    # A proxy is a mount: a request the client would send through it goes through it.
    sent: list[httpx.Request] = []

    def proxy(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(202, json={"id": "via-mount"})

    mounts = {"http://wire.example": httpx.MockTransport(proxy)}
    with httpx.Client(mounts=mounts, timeout=httpx.Timeout(7.0, read=3.0)) as client:
        post = DirectPost(client, httpx.URL("http://wire.example/ninjs"))
        answer = post(BODY, HEADERS)
        client.timeout = httpx.Timeout(0.5)  # `sync --timeout` cutting what is left
        post(BODY, HEADERS)
    assert answer.status_code == 202 and answer.json() == {"id": "via-mount"}
    assert [r.extensions["timeout"]["read"] for r in sent] == [3.0, 0.5]
    assert [r.content for r in sent] == [BODY, BODY]


@pytest.mark.parametrize("kind", ["auth", "hook", "cookie", "text url", "no way to ask"])
def test_a_client_that_does_more_sends_the_request_itself(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooked: list[str] = []
    client = new_client()
    if kind == "auth":
        client.auth = ("desk", "pass")
    elif kind == "hook":
        client.event_hooks = {"request": [lambda r: hooked.append(str(r.url))], "response": []}
    elif kind == "cookie":
        client.cookies.set("session", "abc")
    elif kind == "no way to ask":  # an httpx without the method the direct path asks
        monkeypatch.setattr(direct_post, "_ASK", "_transport_for_url_renamed")
    with client, serving(created) as (served, seen):
        post = DirectPost(client, httpx.URL(served + "/ninjs") if kind != "text url"
                          else served + "/ninjs")  # fmt: skip
        assert not post.direct
        assert post(BODY, HEADERS).status_code == 201
    assert len(seen) == 1 and seen[0].body == BODY
    assert hooked == ([served + "/ninjs"] if kind == "hook" else [])
    if kind == "auth":
        assert seen[0].headers["authorization"].startswith("Basic ")
    if kind == "cookie":
        assert seen[0].headers["cookie"] == "session=abc"


def test_a_compressed_answer_is_read_decoded() -> None:
    said = json.dumps({"id": "item-9", "note": "x" * 5000}).encode()

    def packed(_seen: Seen) -> Answer:
        return Answer(201, gzip.compress(said), {"Content-Type": "application/json",
                                                 "Content-Encoding": "gzip"})  # fmt: skip

    with serving(packed) as (url, _seen), new_client() as client:
        answer = DirectPost(client, httpx.URL(url))(BODY, HEADERS)
    assert answer.json()["id"] == "item-9"


def test_a_delivery_whose_answer_never_ends_is_cut_and_recorded() -> None:
    # The answer is read up to the limit, never waited for to its end or held whole.
    for status, kind in (("201 Created", Delivered), ("503 Busy", TryAgain)):
        with endless_answer(status) as url, new_client() as client:
            push = NinjsPushTarget(EndpointProfile("wire", "ninjs-push", url), "s", client)
            with time_limit(20):
                outcome = push.send(delivery())
        assert isinstance(outcome, kind)
    with endless_answer("200 OK") as url, new_client() as client:
        with time_limit(20):
            answer = DirectPost(client, httpx.URL(url))(BODY, HEADERS, limit=10_000)
        assert len(answer.content) == 10_000 < ANSWER_LIMIT


def test_no_answer_is_an_httpx_error_as_through_the_client() -> None:
    with new_client() as client:
        post = DirectPost(client, httpx.URL("http://127.0.0.1:9/ninjs"))  # nothing listens
        with pytest.raises(httpx.ConnectError):
            post(BODY, HEADERS)
