"""What the WordPress target makes of every kind of answer, from a real HTTP server on
loopback that answers as scripted: 5xx, 429 with Retry-After, garbage, a web page, a
dropped connection, a slow answer, a closed port. Never an exception, always a reason an
editor can act on, and "maybe delivered" exactly when a post may have been made."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import socket
from collections.abc import Callable, Iterator

import httpx
import pytest

from editorial.domain.errors import BadInput
from editorial.domain.story import Story, new_story_uri
from editorial.sync.target import (
    Delivered,
    Delivery,
    DeliveryAction,
    EndpointProfile,
    Outcome,
    Refused,
    TryAgain,
)
from editorial.sync.wordpress import WordPressTarget, story_token
from editorial.sync.wordpress_api import api_root
from tests.sync.loopback import DROP, Answer, Reply, Seen, serving

SECRET = "s3cr3tAppPassw0rdXYZ1234"
POST = json.dumps({"id": 41, "link": "http://127.0.0.1/rates/", "status": "publish"})


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=httpx.Timeout(2.0, connect=2.0)) as client:
        yield client


def a_story(**changes: object) -> Story:
    story = Story(uri=new_story_uri("example.com"), headline="Rates held", lede="Rates held.")
    return story.edited(**changes) if changes else story


def send_to(
    responder: Callable[[Seen], Reply],
    http: httpx.Client,
    action: DeliveryAction = DeliveryAction.PUBLISH,
    remote_id: str = "",
    maybe_delivered: bool = False,
    story: Story | None = None,
    **profile: object,
) -> tuple[Outcome, list[Seen]]:
    story = story or a_story()
    with serving(responder) as (url, seen):
        target = WordPressTarget(
            EndpointProfile("site", "wordpress", url, "desk", **profile),  # type: ignore[arg-type]
            SECRET,
            http,
        )
        delivery = Delivery(story, action, 1, f"{story.uri}@1", remote_id, maybe_delivered)
        return target.send(delivery), list(seen)


def always(reply: Reply) -> Callable[[Seen], Reply]:
    return lambda seen: reply


def no_secret_in(outcome: Outcome) -> None:
    assert isinstance(outcome, TryAgain | Refused)
    assert SECRET not in outcome.reason and "Authorization" not in outcome.reason


def test_a_create_sends_basic_auth_and_the_pre_flight_body(http: httpx.Client) -> None:
    outcome, seen = send_to(always(Answer.json(201, POST)), http)
    assert outcome == Delivered("41", "http://127.0.0.1/rates/", 201)
    (create,) = seen
    assert (create.method, create.path) == ("POST", "/wp-json/wp/v2/posts")
    assert create.headers["authorization"] == httpx.BasicAuth("desk", SECRET)._auth_header
    assert create.headers["content-type"] == "application/json"
    body = json.loads(create.body)
    assert body["title"] == "Rates held" and body["status"] == "publish" and body["tags"] == []
    assert story_token(a_story()) != story_token(a_story())  # one mark per story


def test_the_payload_is_the_body_sent(http: httpx.Client) -> None:
    story = a_story()
    with serving(always(Answer.json(201, POST))) as (url, seen):
        target = WordPressTarget(EndpointProfile("s", "wordpress", url, "desk"), SECRET, http)
        delivery = Delivery(story, DeliveryAction.PUBLISH, 1, "k")
        payload = target.payload(delivery)
        target.send(delivery)
    assert payload.content_type == "application/json" and payload.problems == ()
    assert seen[0].body.decode() == payload.body
    assert json.loads(payload.body) == payload.fields


@pytest.mark.parametrize(
    ("status", "maybe_made"),
    [(500, True), (502, True), (504, True), (503, False), (408, False), (425, False)],
)
def test_transient_statuses_are_tried_again(
    http: httpx.Client, status: int, maybe_made: bool
) -> None:
    error = json.dumps({"code": "boom", "message": "<b>Database</b> went away"})
    outcome, _ = send_to(always(Answer.json(status, error)), http)
    assert isinstance(outcome, TryAgain), outcome
    assert f"HTTP {status}" in outcome.reason and "Database went away (boom)" in outcome.reason
    # A 5xx may come after the post was written; the retry must look before creating.
    assert outcome.maybe_delivered is maybe_made
    assert outcome.status_code == status
    no_secret_in(outcome)


def test_retry_after_in_seconds_is_honoured(http: httpx.Client) -> None:
    outcome, _ = send_to(always(Answer.json(429, "{}", **{"Retry-After": "120"})), http)
    assert isinstance(outcome, TryAgain) and outcome.after == dt.timedelta(seconds=120)
    assert not outcome.maybe_delivered


def test_retry_after_as_a_date_is_honoured(http: httpx.Client) -> None:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10)
    date = email.utils.format_datetime(when, usegmt=True)
    outcome, _ = send_to(always(Answer.json(503, "{}", **{"Retry-After": date})), http)
    assert isinstance(outcome, TryAgain) and outcome.after is not None
    assert dt.timedelta(minutes=9) < outcome.after <= dt.timedelta(minutes=10)


def test_an_unreadable_retry_after_leaves_the_wait_to_the_worker(http: httpx.Client) -> None:
    outcome, _ = send_to(always(Answer.json(503, "{}", **{"Retry-After": "soon"})), http)
    assert isinstance(outcome, TryAgain) and outcome.after is None


@pytest.mark.parametrize("status", [401, 403])
def test_refused_credentials_are_named_never_shown(http: httpx.Client, status: int) -> None:
    error = json.dumps({"code": "rest_cannot_create", "message": "Sorry, you are not allowed."})
    outcome, _ = send_to(always(Answer.json(status, error)), http)
    assert isinstance(outcome, Refused), outcome
    assert "application password" in outcome.reason and "“desk”" in outcome.reason
    assert outcome.status_code == status
    assert f"HTTP {status}" in outcome.reason
    no_secret_in(outcome)


def test_other_client_errors_are_refused_with_wordpress_words(http: httpx.Client) -> None:
    error = json.dumps({"code": "rest_invalid_param", "message": "Invalid parameter(s): slug"})
    outcome, _ = send_to(always(Answer.json(400, error)), http)
    assert isinstance(outcome, Refused)
    assert "HTTP 400: Invalid parameter(s): slug (rest_invalid_param)" in outcome.reason


def test_a_redirect_asks_for_the_right_url(http: httpx.Client) -> None:
    moved = Answer(301, "", {"Location": "https://news.example.com/wp-json/wp/v2/posts"})
    outcome, _ = send_to(always(moved), http)
    assert isinstance(outcome, Refused) and "https://news.example.com" in outcome.reason


@pytest.mark.parametrize(
    "body", [b"<<<garbage>>>", b"\xff\xfe\x00garbage", b"", b'Notice: x in y\n{"id": 1}']
)
def test_a_garbage_answer_to_a_create_may_have_made_the_post(
    http: httpx.Client, body: bytes
) -> None:
    outcome, _ = send_to(always(Answer(201, body, {"Content-Type": "application/json"})), http)
    assert isinstance(outcome, TryAgain), outcome
    assert "not JSON" in outcome.reason and outcome.maybe_delivered


@pytest.mark.parametrize("body", ["[]", "{}", '{"id": "41"}', "null", '"ok"'])
def test_json_without_a_post_id_is_tried_again(http: httpx.Client, body: str) -> None:
    outcome, _ = send_to(always(Answer.json(201, body)), http)
    assert isinstance(outcome, TryAgain) and "no post id" in outcome.reason
    assert outcome.maybe_delivered


def test_a_web_page_instead_of_the_api_is_refused(http: httpx.Client) -> None:
    page = Answer(200, "<html><body>Welcome</body></html>", {"Content-Type": "text/html"})
    outcome, _ = send_to(always(page), http)
    assert isinstance(outcome, Refused) and "web page" in outcome.reason
    assert "Check the endpoint's URL" in outcome.reason


def test_a_dropped_connection_after_a_create_may_have_made_the_post(http: httpx.Client) -> None:
    outcome, seen = send_to(always(DROP), http)
    assert isinstance(outcome, TryAgain) and outcome.maybe_delivered
    assert "closed before an answer" in outcome.reason and outcome.status_code is None
    assert [s.method for s in seen] == ["POST"]


def test_a_slow_answer_is_a_timeout_that_may_have_made_the_post(http: httpx.Client) -> None:
    with httpx.Client(timeout=httpx.Timeout(0.3)) as impatient:
        outcome, _ = send_to(always(Answer(201, POST, delay=1.0)), impatient)
    assert isinstance(outcome, TryAgain) and outcome.maybe_delivered
    assert "no answer in time" in outcome.reason


def test_a_closed_port_made_nothing(http: httpx.Client) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    target = WordPressTarget(
        EndpointProfile("s", "wordpress", f"http://127.0.0.1:{port}", "desk"), SECRET, http
    )
    story = a_story()
    outcome = target.send(Delivery(story, DeliveryAction.PUBLISH, 1, "k"))
    assert isinstance(outcome, TryAgain) and not outcome.maybe_delivered
    assert "cannot connect" in outcome.reason
    with pytest.raises(BadInput, match="cannot connect"):
        target.check_connection()


def test_a_maybe_delivered_retry_looks_first_and_updates_what_it_finds(
    http: httpx.Client,
) -> None:
    story = a_story()
    mark = f'<article data-editorial-item="{story_token(story)}">'
    found = json.dumps(
        [{"id": 7, "content": {"raw": "<p>other</p>"}}, {"id": 41, "content": {"raw": mark}}]
    )

    def site(seen: Seen) -> Reply:
        if seen.method == "GET":
            return Answer.json(200, found)
        return Answer.json(200, POST)

    outcome, seen = send_to(site, http, maybe_delivered=True, story=story)
    assert outcome == Delivered("41", "http://127.0.0.1/rates/", 200)
    search, update = seen
    assert search.method == "GET" and f"search={story_token(story)}" in search.path
    assert "status=publish%2Cfuture%2Cdraft%2Cpending%2Cprivate" in search.path
    assert (update.method, update.path) == ("POST", "/wp-json/wp/v2/posts/41")


def test_a_search_answer_that_is_not_a_list_is_tried_again(http: httpx.Client) -> None:
    outcome, seen = send_to(always(Answer.json(200, "{}")), http, maybe_delivered=True)
    assert isinstance(outcome, TryAgain) and "search" in outcome.reason
    assert [s.method for s in seen] == ["GET"]  # nothing created blindly


def test_a_site_without_a_trash_asks_for_kill_to_draft(http: httpx.Client) -> None:
    error = json.dumps({"code": "rest_trash_not_supported", "message": "No trash."})
    outcome, seen = send_to(always(Answer.json(501, error)), http, DeliveryAction.KILL, "41")
    assert isinstance(outcome, Refused) and "draft" in outcome.reason
    assert [(s.method, s.path) for s in seen] == [("DELETE", "/wp-json/wp/v2/posts/41")]


def test_a_tag_made_meanwhile_is_used(http: httpx.Client) -> None:
    exists = json.dumps({"code": "term_exists", "message": "exists", "data": {"term_id": 9}})

    def site(seen: Seen) -> Reply:
        if seen.path.startswith("/wp-json/wp/v2/tags?"):
            return Answer.json(200, "[]")
        if seen.path == "/wp-json/wp/v2/tags":
            return Answer.json(400, exists)
        return Answer.json(201, POST)

    story = a_story(keywords=("Economy",))
    outcome, seen = send_to(site, http, story=story)
    assert isinstance(outcome, Delivered)
    assert json.loads(seen[-1].body)["tags"] == [9]


def test_the_api_root_comes_from_the_site_address_or_any_url_inside_it() -> None:
    site = "https://news.example.com"
    for url in (site, f"{site}/", f"{site}/wp-json/", f"{site}/wp-json/wp/v2/posts"):
        assert api_root(url) == "https://news.example.com/wp-json/wp/v2"


def test_when_the_search_misses_the_newest_posts_are_read(http: httpx.Client) -> None:
    story = a_story()
    newest = json.dumps(
        [{"id": 52, "content": {"raw": "<p>later</p>"}},
         {"id": 41, "content": {"raw": f'<article data-editorial-item="{story_token(story)}">'}}]
    )  # fmt: skip

    def site(seen: Seen) -> Reply:
        if seen.method == "GET":
            return Answer.json(200, newest if "order=desc" in seen.path else "[]")
        return Answer.json(200, POST)

    outcome, seen = send_to(site, http, maybe_delivered=True, story=story)
    assert outcome == Delivered("41", "http://127.0.0.1/rates/", 200)
    assert [(s.method, s.path.split("?")[0]) for s in seen] == [
        ("GET", "/wp-json/wp/v2/posts"),
        ("GET", "/wp-json/wp/v2/posts"),
        ("POST", "/wp-json/wp/v2/posts/41"),
    ]


def test_nothing_found_anywhere_is_created_once(http: httpx.Client) -> None:
    def site(seen: Seen) -> Reply:
        return Answer.json(200, "[]") if seen.method == "GET" else Answer.json(201, POST)

    outcome, seen = send_to(site, http, maybe_delivered=True)
    assert outcome == Delivered("41", "http://127.0.0.1/rates/", 201)
    assert [s.method for s in seen] == ["GET", "GET", "POST"]


@pytest.mark.parametrize("url", ["http://news.example.com", "ftp://127.0.0.1", "news.example.com"])
def test_the_password_never_goes_out_unencrypted(url: str) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={"id": 1})

    with httpx.Client(transport=httpx.MockTransport(record)) as client:
        target = WordPressTarget(EndpointProfile("s", "wordpress", url, "desk"), SECRET, client)
        outcome = target.send(Delivery(a_story(), DeliveryAction.PUBLISH, 1, "k"))
        assert isinstance(outcome, Refused) and "https://" in outcome.reason
        with pytest.raises(BadInput, match="not https"):
            target.check_connection()
    assert sent == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost", "http://[::1]:81"])
def test_plain_http_is_fine_on_this_computer(url: str) -> None:
    from editorial.sync.wordpress import plain_http_problem

    assert plain_http_problem(url) == ""
    assert plain_http_problem(url.replace("http:", "https:")) == ""


def test_no_rest_api_at_the_url_says_to_check_it(http: httpx.Client) -> None:
    page = Answer(404, "<html><h1>Not Found</h1></html>", {"Content-Type": "text/html"})
    outcome, _ = send_to(always(page), http)
    assert isinstance(outcome, Refused) and "no WordPress REST API" in outcome.reason
    assert "Check the endpoint's URL" in outcome.reason and outcome.status_code == 404
