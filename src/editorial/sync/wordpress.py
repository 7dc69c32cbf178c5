"""A WordPress site as a publishing target, through its REST API (`/wp-json/wp/v2/posts`)
with an application password over HTTP Basic.

A story becomes one post: title = headline, content = the published HTML (dateline and
byline; `render_story`, the preview's renderer), excerpt = lede, slug, tags from the
keywords, `status` `publish`, or `future` with its `date` while an embargo holds. The
post's id is the delivery's `remote_id`; corrections update that post in place, a kill
moves it to the trash (or to draft, as the endpoint is set).

WordPress has no idempotency key, so every post carries a mark of its story in the HTML,
`data-editorial-item="<token>"` on the article (kept by WordPress' HTML filter for every
role, invisible to readers). After a request that may have arrived without its answer
reaching us, the post is looked for by that token (`?search=` reaches the content; the
newest posts are read when a search plugin misses it) before anything is created again;
so is a correction or a kill that comes without a post id. A publish the first time round
does not look: the search reads every post's content, a cost paid only when needed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import ipaddress
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import ClassVar
from urllib.parse import urlsplit

import httpx

from editorial.domain.delivery_reasons import (
    NO_ANSWER,
    WP_ACCEPTS,
    WP_MAY_NOT_PUBLISH,
    WP_NO_POST_ID,
    WP_NOT_WORDPRESS,
    WP_USER_ROLES,
    reason_message,
)
from editorial.domain.delivery_reasons import reason as written
from editorial.domain.errors import BadInput
from editorial.domain.house_style import BASIC_HOUSE_STYLE, HouseStyle
from editorial.domain.render import render_body, render_story
from editorial.domain.story import Story
from editorial.sync.target import (
    Delivered,
    Delivery,
    DeliveryAction,
    EndpointProfile,
    Outcome,
    Payload,
    Refused,
    TryAgain,
)
from editorial.sync.wordpress_api import Ended, WordPressApi, encode

_MARK_ATTRIBUTE = "data-editorial-item"


def story_token(story: Story) -> str:
    """The mark of a story on the site: one word (so WordPress' search takes it whole),
    the same for every version of the story."""
    return "editorial" + hashlib.sha256(story.uri.encode()).hexdigest()[:32]


def story_mark(story: Story) -> str:
    return f'{_MARK_ATTRIBUTE}="{story_token(story)}"'


def plain_http_problem(url: str) -> str:
    """Why the secret must not go to `url` ("" when it may): plain http only to loopback."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https":
        return ""
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme == "http" and loopback:
        return ""
    return (
        f"The endpoint's URL {url!r} is not https: the application password would travel "
        "unencrypted. Use the site's https:// address (plain http only for this computer)."
    )


class WordPressTarget:
    kind: ClassVar[str] = "wordpress"

    def __init__(
        self,
        profile: EndpointProfile,
        secret: str,
        client: httpx.Client,
        *,
        style: HouseStyle = BASIC_HOUSE_STYLE,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.profile = profile
        self._api = WordPressApi(profile.url, profile.user, secret, client)
        self._insecure = plain_http_problem(profile.url)
        self._style = style
        self._now = now

    # -- what goes out -------------------------------------------------------------------

    def payload(self, delivery: Delivery) -> Payload:
        """The fields `send` posts. Tags are shown by name: WordPress takes tag ids, which
        `send` finds (or creates) on the site at the moment it sends."""
        story = delivery.story
        if delivery.action is DeliveryAction.KILL:
            if self.profile.kill_to_draft:
                return _json_payload({"status": "draft"})
            return Payload(content_type="application/json", body="", fields={})  # a DELETE
        fields = self.post_fields(story, list(story.keywords), delivery.frozen)
        problems = () if story.headline.strip() else ("The story has no headline for the title.",)
        return _json_payload(fields, problems)

    @staticmethod
    def render(profile: EndpointProfile, delivery: Delivery, style: HouseStyle) -> str:
        """What the house style shapes in the post (title, content, excerpt), frozen for
        the version; the status and the tag ids are settled as it goes out."""
        return encode(styled_fields(delivery.story, style)).decode("utf-8")

    def post_fields(
        self, story: Story, tags: Sequence[int | str], frozen: str = ""
    ) -> dict[str, object]:
        fields: dict[str, object] = dict(_thawed(frozen) or styled_fields(story, self._style))
        if story.slug.strip():
            fields["slug"] = story.slug.strip()
        embargo = _utc(story.embargo) if story.embargo is not None else None
        if embargo is not None and embargo > self._now():
            fields["status"] = "future"
            # With its offset, `date` means the same moment whatever the site's time zone.
            fields["date"] = embargo.strftime("%Y-%m-%dT%H:%M:%S+00:00")
            fields["date_gmt"] = embargo.strftime("%Y-%m-%dT%H:%M:%S")
        else:
            fields["status"] = "publish"
        fields["tags"] = list(tags)
        return fields

    def content(self, story: Story) -> str:
        """The published HTML without the headline (the post's title shows it), marked."""
        return post_content(story, self._style)

    # -- sending -------------------------------------------------------------------------

    def send(self, delivery: Delivery) -> Outcome:
        if self._insecure:
            return Refused(self._insecure)
        try:
            if delivery.action is DeliveryAction.KILL:
                return self._kill(delivery)
            return self._publish(delivery)
        except Ended as ended:
            return ended.outcome

    def _publish(self, delivery: Delivery) -> Outcome:
        story = delivery.story
        post_id = _post_id(delivery)
        first_time = delivery.action is DeliveryAction.PUBLISH
        if not post_id and (delivery.maybe_delivered or not first_time):
            # Looked for only when it may be there: the search reads every post's content.
            post_id = self._find(story)
        fields = self.post_fields(story, self._api.tag_ids(story.keywords), delivery.frozen)
        if not post_id:
            return self._create(fields)
        answered = self._api.call(
            "POST", f"/posts/{post_id}", "update the post", json_body=fields, accept=(404, 410)
        )
        if answered[0] in (404, 410):
            # Deleted on the site. Published again, unless an earlier try of this very
            # step made the new post already (its answer lost too).
            again = self._find(story)
            made = self._update(again, fields) if again else self._create(fields)
            if isinstance(made, Delivered):
                note = (
                    f"Post {post_id} had been deleted on the site, so the story was "
                    f"published again as post {made.remote_id}."
                )
                return replace(made, note=note)
            return made
        answer = answered[1]
        still_scheduled = isinstance(answer, dict) and answer.get("status") == "future"
        if fields["status"] == "publish" and still_scheduled:
            # The embargo was lifted early: WordPress keeps a post whose date is still
            # ahead scheduled, whatever the status asked, until it is given a date now.
            now = self._now().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
            answered = self._api.call(
                "POST", f"/posts/{post_id}", "publish the post now",
                json_body={"status": "publish", "date_gmt": now, "date": now + "+00:00"},
            )  # fmt: skip
        return self._delivered(answered, "updated the post", creating=False)

    def _update(self, post_id: str, fields: Mapping[str, object]) -> Outcome:
        answered = self._api.call("POST", f"/posts/{post_id}", "update the post", json_body=fields)
        return self._delivered(answered, "updated the post", creating=False)

    def _create(self, fields: Mapping[str, object]) -> Outcome:
        answered = self._api.call(
            "POST", "/posts", "create the post", json_body=fields, creating=True
        )
        return self._delivered(answered, "created the post", creating=True)

    def _kill(self, delivery: Delivery) -> Outcome:
        post_id = _post_id(delivery) or self._find(delivery.story)
        if not post_id:
            return Delivered(note="The story was not on the site: there was nothing to take down.")
        if self.profile.kill_to_draft:
            status, _ = self._api.call(
                "POST",
                f"/posts/{post_id}",
                "move the post to draft",
                json_body={"status": "draft"},
                accept=(404, 410),
            )
        else:
            # Without `force` WordPress moves the post to the trash; 410: it is there already.
            status, _ = self._api.call(
                "DELETE", f"/posts/{post_id}", "move the post to the trash", accept=(404, 410)
            )
        if status == 404:
            gone = f"Post {post_id} had already been deleted on the site."
            return Delivered(post_id, status_code=status, note=gone)
        return Delivered(post_id, status_code=status)

    def _find(self, story: Story) -> str:
        return self._api.find_post(story_token(story), story_mark(story))

    def _delivered(self, answered: tuple[int, object], done: str, *, creating: bool) -> Outcome:
        status, answer = answered
        if isinstance(answer, dict) and isinstance(answer.get("id"), int):
            link = answer.get("link")
            return Delivered(
                str(answer["id"]), link if isinstance(link, str) else "", status_code=status
            )
        return TryAgain(
            written(WP_NO_POST_ID, site=self._api.site, done=done),
            maybe_delivered=creating,
            status_code=status,
        )

    # -- the settings page's Test button -------------------------------------------------

    def check_connection(self) -> str:
        if self._insecure:
            raise BadInput(self._insecure)
        try:
            _, answer = self._api.call(
                "GET", "/users/me", "say who is signed in", params={"context": "edit"}
            )
        except Ended as ended:
            why = _reason(ended.outcome)
            raise BadInput(why, said=reason_message(why)) from None
        name = answer.get("name") if isinstance(answer, dict) else None
        if not isinstance(answer, dict) or not isinstance(name, str):
            raise BadInput.saying(written(WP_NOT_WORDPRESS, site=self._api.site).message)
        user = f"“{self.profile.user}” ({html.unescape(name)})"
        host = urlsplit(self._api.site).netloc or self._api.site
        may = answer.get("capabilities")
        if isinstance(may, dict) and not may.get("publish_posts"):
            roles = answer.get("roles")
            listed = ", ".join(map(str, roles)) if isinstance(roles, list) else ""
            role = written(WP_USER_ROLES, roles=listed) if listed else ""
            refused = written(WP_MAY_NOT_PUBLISH, site=host, user=user, roles=role)
            raise BadInput.saying(refused.message)
        return written(WP_ACCEPTS, site=host, user=user)


def styled_fields(story: Story, style: HouseStyle) -> dict[str, object]:
    return {
        "title": html.escape(story.headline.strip(), quote=False),
        "content": post_content(story, style),
        "excerpt": render_body(" ".join(story.lede.split())).strip(),
    }


def post_content(story: Story, style: HouseStyle) -> str:
    """The published HTML without the headline (the post's title shows it), marked."""
    article = render_story(story.edited(headline=""), style)
    mark = story_mark(story)
    if article.startswith("<article "):
        return f"<article {mark} " + article[len("<article ") :]
    return f"<div {mark}>\n{article}\n</div>"


def _thawed(frozen: str) -> dict[str, object]:
    """The styled fields as frozen ({} when there are none, or they do not read)."""
    if not frozen:
        return {}
    try:
        fields = json.loads(frozen)
    except ValueError:
        return {}
    wanted = ("title", "content", "excerpt")
    if not isinstance(fields, dict) or not all(isinstance(fields.get(k), str) for k in wanted):
        return {}
    return {k: fields[k] for k in wanted}


def _post_id(delivery: Delivery) -> str:
    """The post id the outbox kept; anything but a number is no id (looked for instead)."""
    remote_id = delivery.remote_id.strip()
    return remote_id if remote_id.isdecimal() and remote_id.isascii() else ""


def _reason(outcome: Outcome) -> str:
    return outcome.reason if isinstance(outcome, TryAgain | Refused) else written(NO_ANSWER)


def _json_payload(fields: dict[str, object], problems: tuple[str, ...] = ()) -> Payload:
    return Payload(
        content_type="application/json",
        body=encode(fields).decode("utf-8"),
        fields=fields,
        problems=problems,
    )


def _utc(moment: dt.datetime) -> dt.datetime:
    """A time without a zone is taken as UTC (as the ninjs export does)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)
