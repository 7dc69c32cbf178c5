"""The WordPress target against a real WordPress (Debian's, on MariaDB, started by
tests/run.sh): what an editor sees on the site after a publish, a correction, a kill and
an embargo, and no second post after a create whose answer was lost."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator

import httpx
import pytest

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.errors import BadInput
from editorial.domain.story import Story, new_story_uri
from editorial.sync.target import (
    Delivered,
    Delivery,
    DeliveryAction,
    EndpointProfile,
    Refused,
    TryAgain,
)
from editorial.sync.wordpress import WordPressTarget, story_mark
from tests.sync.loopback import Seen, dropping_proxy
from tests.sync.wordpress_site import Site, user_of, wordpress

__all__ = ["wordpress"]  # the fixture, used by name


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=httpx.Timeout(30, connect=5)) as client:
        yield client


def target_for(
    site: Site, http: httpx.Client, *, url: str = "", secret: str = "", to_draft: bool = False
) -> WordPressTarget:
    profile = EndpointProfile(
        name="site",
        kind="wordpress",
        url=url or site.base_url,
        user=site.user,
        kill_to_draft=to_draft,
    )
    return WordPressTarget(profile, secret or site.app_password, http)


def a_story(headline: str = "Turkey's central bank holds rates", **changes: object) -> Story:
    uri = new_story_uri("example.com")
    story = Story(
        uri=uri,
        headline=headline,
        # Unique: WordPress gives a post whose slug is taken another one ("-2").
        slug=f"TURKEY-RATES-{uri[-8:]}",
        bylines=(Byline("Anna Ivanova"),),
        dateline=Dateline(
            city="Ankara", country="Turkey", date=dt.date(2026, 12, 1), source="Editorial"
        ),
        lede="The central bank of Turkey *held* its policy rate at 50 percent on Tuesday.",
        body="Economists had expected the pause.\n\nThe lira was steady.",
        keywords=("Economy", "Turkey", "Interest rates"),
    )
    return story.edited(**changes)


def delivery(
    story: Story,
    action: DeliveryAction = DeliveryAction.PUBLISH,
    version: int = 1,
    remote_id: str = "",
    maybe_delivered: bool = False,
) -> Delivery:
    return Delivery(story, action, version, f"{story.uri}@{version}", remote_id, maybe_delivered)


def published(target: WordPressTarget, story: Story) -> Delivered:
    outcome = target.send(delivery(story))
    assert isinstance(outcome, Delivered), outcome
    return outcome


def test_a_published_story_is_a_post_with_its_fields(wordpress: Site, http: httpx.Client) -> None:
    target = target_for(wordpress, http)
    story = a_story(headline="Rates & the lira: Turkey holds <steady>")
    done = published(target, story)

    post = wordpress.post(done.remote_id)
    assert post["status"] == "publish"
    assert post["title"]["raw"] == html.escape(story.headline, quote=False)
    assert html.unescape(post["title"]["rendered"]).replace("\u2019", "'") == story.headline
    content = post["content"]["raw"]
    assert "ANKARA, December 1 (Editorial) -" in content  # the dateline leads the lede
    assert "By Anna Ivanova" in content
    assert "<em>held</em> its policy rate" in content
    assert "<p>The lira was steady.</p>" in content
    assert "<h1" not in content  # the headline is the post's title, not repeated
    assert "held" in post["excerpt"]["raw"] and "50 percent" in post["excerpt"]["raw"]
    assert post["slug"] == story.slug.lower()
    assert wordpress.tag_names(post["tags"]) == ["Economy", "Interest rates", "Turkey"]
    assert done.link == post["link"] and done.link.startswith(wordpress.base_url)
    assert wordpress.public_status(done.remote_id) == 200  # readers see it
    # What the pre-flight view shows is what the site got (tags go by id on the wire).
    fields = target.payload(delivery(story)).fields
    assert fields["content"] == content and fields["title"] == post["title"]["raw"]
    assert fields["tags"] == ["Economy", "Turkey", "Interest rates"]


def test_existing_tags_are_reused_whatever_their_case(wordpress: Site, http: httpx.Client) -> None:
    target = target_for(wordpress, http)
    first = wordpress.post(published(target, a_story(keywords=("Monetary policy",))).remote_id)
    second = wordpress.post(published(target, a_story(keywords=("monetary POLICY",))).remote_id)
    assert first["tags"] == second["tags"] and len(first["tags"]) == 1


def test_a_correction_updates_the_same_post(wordpress: Site, http: httpx.Client) -> None:
    target = target_for(wordpress, http)
    story = a_story()
    first = published(target, story)
    corrected = story.edited(
        headline="Turkey's central bank holds rates at 50%",
        body="The lira firmed.",
        keywords=("Economy",),
    )
    outcome = target.send(delivery(corrected, DeliveryAction.CORRECT, 2, first.remote_id))
    assert outcome == Delivered(first.remote_id, first.link, status_code=200)
    post = wordpress.post(first.remote_id)
    assert post["title"]["raw"] == "Turkey's central bank holds rates at 50%"
    assert "The lira firmed." in post["content"]["raw"]
    assert "steady" not in post["content"]["raw"]
    assert wordpress.tag_names(post["tags"]) == ["Economy"]
    assert [p["id"] for p in wordpress.posts_of(story)] == [int(first.remote_id)]


def test_a_correction_without_the_post_id_finds_the_post(
    wordpress: Site, http: httpx.Client
) -> None:
    target = target_for(wordpress, http)
    story = a_story()
    first = published(target, story)
    outcome = target.send(delivery(story.edited(body="Updated."), DeliveryAction.CORRECT, 2))
    assert isinstance(outcome, Delivered) and outcome.remote_id == first.remote_id
    assert len(wordpress.posts_of(story)) == 1


def test_a_correction_of_a_post_deleted_on_the_site_publishes_it_again_and_says_so(
    wordpress: Site, http: httpx.Client
) -> None:
    target = target_for(wordpress, http)
    story = a_story()
    first = published(target, story)
    wordpress.delete_for_good(first.remote_id)
    outcome = target.send(delivery(story, DeliveryAction.CORRECT, 2, first.remote_id))
    assert isinstance(outcome, Delivered) and outcome.remote_id != first.remote_id
    assert f"Post {first.remote_id} had been deleted" in outcome.note
    assert outcome.remote_id in outcome.note
    assert wordpress.post(outcome.remote_id)["status"] == "publish"


def test_a_kill_moves_the_post_to_the_trash(wordpress: Site, http: httpx.Client) -> None:
    target = target_for(wordpress, http)
    story = a_story()
    first = published(target, story)
    kill = delivery(story, DeliveryAction.KILL, 2, first.remote_id)
    assert target.send(kill) == Delivered(first.remote_id, status_code=200)
    assert wordpress.post(first.remote_id)["status"] == "trash"
    assert wordpress.public_status(first.remote_id) in (401, 404)  # gone for readers
    # Sent again (its answer was lost): the post is in the trash already, which is done.
    again = target.send(delivery(story, DeliveryAction.KILL, 2, first.remote_id, True))
    assert again == Delivered(first.remote_id, status_code=410)
    assert len(wordpress.posts_of(story)) == 1


def test_a_kill_moves_the_post_to_draft_when_the_endpoint_says_so(
    wordpress: Site, http: httpx.Client
) -> None:
    target = target_for(wordpress, http, to_draft=True)
    story = a_story()
    first = published(target, story)
    assert target.payload(delivery(story, DeliveryAction.KILL, 2)).fields == {"status": "draft"}
    killed = target.send(delivery(story, DeliveryAction.KILL, 2, first.remote_id))
    assert killed == Delivered(first.remote_id, status_code=200)
    assert wordpress.post(first.remote_id)["status"] == "draft"
    assert wordpress.public_status(first.remote_id) in (401, 404)


def test_a_kill_of_a_story_never_on_the_site_sends_nothing(
    wordpress: Site, http: httpx.Client
) -> None:
    target = target_for(wordpress, http)
    story = a_story()
    outcome = target.send(delivery(story, DeliveryAction.KILL, 2))
    assert isinstance(outcome, Delivered) and outcome.remote_id == ""
    assert "nothing to take down" in outcome.note
    assert wordpress.posts_of(story) == []


def test_an_embargoed_story_is_scheduled_for_its_time(wordpress: Site, http: httpx.Client) -> None:
    target = target_for(wordpress, http)
    embargo = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=2, hours=3)
    done = published(target, a_story(embargo=embargo))
    post = wordpress.post(done.remote_id)
    assert post["status"] == "future"
    assert post["date_gmt"] == embargo.strftime("%Y-%m-%dT%H:%M:%S")
    assert wordpress.public_status(done.remote_id) in (401, 404)  # not out before its time


def test_an_embargo_lifted_early_publishes_the_post_now(
    wordpress: Site, http: httpx.Client
) -> None:
    target = target_for(wordpress, http)
    embargo = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    story = a_story(embargo=embargo)
    done = published(target, story)
    assert wordpress.post(done.remote_id)["status"] == "future"
    lifted = story.edited(embargo=None)
    outcome = target.send(delivery(lifted, DeliveryAction.CORRECT, 2, done.remote_id))
    assert isinstance(outcome, Delivered) and outcome.remote_id == done.remote_id
    post = wordpress.post(done.remote_id)
    assert post["status"] == "publish"
    assert dt.datetime.fromisoformat(post["date_gmt"] + "+00:00") <= dt.datetime.now(dt.UTC)
    assert wordpress.public_status(done.remote_id) == 200


def test_a_wrong_application_password_is_refused_in_plain_words(
    wordpress: Site, http: httpx.Client
) -> None:
    wrong = "abcd efgh ijkl mnop qrst uvwx"
    target = target_for(wordpress, http, secret=wrong)
    story = a_story()
    outcome = target.send(delivery(story))
    assert isinstance(outcome, Refused), outcome
    assert "application password" in outcome.reason and "401" in outcome.reason
    assert f"“{wordpress.user}”" in outcome.reason
    assert wrong not in outcome.reason and wordpress.app_password not in outcome.reason
    with pytest.raises(BadInput, match="application password") as raised:
        target.check_connection()
    assert wrong not in str(raised.value)
    assert wordpress.posts_of(story) == []


def test_the_connection_check_names_the_user(wordpress: Site, http: httpx.Client) -> None:
    line = target_for(wordpress, http).check_connection()
    assert line.startswith("WordPress at 127.0.0.1:") and f"“{wordpress.user}”" in line
    assert line.endswith("who may publish posts.")


def test_the_connection_check_names_a_user_who_may_not_publish(
    wordpress: Site, http: httpx.Client
) -> None:
    contributor = user_of(wordpress, "desk-contributor", "contributor")
    with pytest.raises(BadInput, match="may not publish posts \\(role: contributor\\)"):
        target_for(contributor, http).check_connection()
    refused = target_for(contributor, http).send(delivery(a_story()))
    assert isinstance(refused, Refused) and "HTTP 403" in refused.reason


@pytest.mark.parametrize("embargoed", [False, True], ids=["published", "embargoed"])
def test_no_second_post_after_a_create_whose_answer_was_lost(
    wordpress: Site, http: httpx.Client, embargoed: bool
) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    story = a_story(embargo=later if embargoed else None)

    def creates(seen: Seen) -> bool:
        return seen.method == "POST" and seen.path.endswith("/wp/v2/posts")

    with dropping_proxy(wordpress.base_url, creates) as (proxy_url, seen):
        target = target_for(wordpress, http, url=proxy_url)
        lost = target.send(delivery(story))
        assert isinstance(lost, TryAgain) and lost.maybe_delivered, lost
        assert [s.method for s in seen if creates(s)] == ["POST"]  # it reached WordPress
        assert len(wordpress.posts_of(story)) == 1

        # The worker's retry: it looks, finds the post and updates it (an update's answer
        # passes through the proxy).
        retried = target.send(delivery(story, maybe_delivered=True))
    assert isinstance(retried, Delivered), retried
    posts = wordpress.posts_of(story)
    assert [post["id"] for post in posts] == [int(retried.remote_id)]
    assert posts[0]["status"] == ("future" if embargoed else "publish")


def test_a_republish_whose_answer_was_lost_is_not_made_twice(
    wordpress: Site, http: httpx.Client
) -> None:
    """The post was deleted on the site; the correction publishes it again, but that
    create's answer is lost; the retry (still with the old id) must find the new post."""
    story = a_story()
    first = published(target_for(wordpress, http), story)
    wordpress.delete_for_good(first.remote_id)
    correction = delivery(story, DeliveryAction.CORRECT, 2, first.remote_id)

    def creates(seen: Seen) -> bool:
        return seen.method == "POST" and seen.path.endswith("/wp/v2/posts")

    with dropping_proxy(wordpress.base_url, creates) as (proxy_url, _):
        lost = target_for(wordpress, http, url=proxy_url).send(correction)
    assert isinstance(lost, TryAgain) and lost.maybe_delivered, lost
    retried = target_for(wordpress, http).send(
        delivery(story, DeliveryAction.CORRECT, 2, first.remote_id, maybe_delivered=True)
    )
    assert isinstance(retried, Delivered) and "had been deleted" in retried.note
    assert [post["id"] for post in wordpress.posts_of(story)] == [int(retried.remote_id)]


def test_a_remote_id_that_is_no_post_id_is_looked_up(wordpress: Site, http: httpx.Client) -> None:
    target = target_for(wordpress, http)
    story = a_story()
    first = published(target, story)
    outcome = target.send(delivery(story, DeliveryAction.CORRECT, 2, "../users/1"))
    assert outcome == Delivered(first.remote_id, first.link, status_code=200)


def test_an_author_without_unfiltered_html_keeps_the_mark(
    wordpress: Site, http: httpx.Client
) -> None:
    """WordPress filters the HTML of users who may not post any (its Author role): the mark
    that prevents a second post, and the story's markup, must come through that filter."""
    author = user_of(wordpress, "desk-author", "author")
    target = target_for(author, http)
    story = a_story()
    done = published(target, story)
    content = wordpress.post(done.remote_id)["content"]["raw"]
    assert story_mark(story) in content
    assert '<span class="dateline">' in content and '<p class="byline">' in content
    found = target.send(delivery(story.edited(body="Updated."), DeliveryAction.CORRECT, 2))
    assert isinstance(found, Delivered) and found.remote_id == done.remote_id
    assert len(wordpress.posts_of(story)) == 1
