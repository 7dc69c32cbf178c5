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
reaching us, the post is looked for by that token (`?search=` reaches the content) before
anything is created again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar
from urllib.parse import urlsplit

import httpx

from editorial.domain.errors import EndpointError
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
from editorial.sync.wordpress_answers import failure, json_answer, no_answer, site_error

# Every status a post of ours can have on the site but the trash (what a search must see).
_LIVE_STATUSES = "publish,future,draft,pending,private"
_MARK_ATTRIBUTE = "data-editorial-item"


def story_token(story: Story) -> str:
    """The mark of a story on the site: one word (so WordPress' search takes it whole),
    the same for every version of the story."""
    return "editorial" + hashlib.sha256(story.uri.encode()).hexdigest()[:32]


def api_root(url: str) -> str:
    """`https://site/wp-json/wp/v2` from the site's address (or from any URL inside its
    REST API, as people paste them)."""
    base = url.strip().rstrip("/")
    cut = base.find("/wp-json")
    if cut >= 0:
        base = base[:cut]
    return base + "/wp-json/wp/v2"


class _Ended(Exception):
    """A request whose answer decides the delivery's outcome at once."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome)
        self.outcome = outcome


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
        self._auth = httpx.BasicAuth(profile.user, secret)
        self._client = client
        self._api = api_root(profile.url)
        self._site = self._api.removesuffix("/wp-json/wp/v2")
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
        fields = self.post_fields(story, list(story.keywords))
        problems = () if story.headline.strip() else ("The story has no headline for the title.",)
        return _json_payload(fields, problems)

    def post_fields(self, story: Story, tags: Sequence[int | str]) -> dict[str, object]:
        fields: dict[str, object] = {
            "title": html.escape(story.headline.strip(), quote=False),
            "content": self.content(story),
            "excerpt": render_body(" ".join(story.lede.split())).strip(),
        }
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
        article = render_story(story.edited(headline=""), self._style)
        mark = f'{_MARK_ATTRIBUTE}="{story_token(story)}"'
        if article.startswith("<article "):
            return f"<article {mark} " + article[len("<article ") :]
        return f"<div {mark}>\n{article}\n</div>"

    # -- sending -------------------------------------------------------------------------

    def send(self, delivery: Delivery) -> Outcome:
        try:
            if delivery.action is DeliveryAction.KILL:
                return self._kill(delivery)
            return self._publish(delivery)
        except _Ended as ended:
            return ended.outcome

    def _publish(self, delivery: Delivery) -> Outcome:
        story = delivery.story
        post_id = delivery.remote_id
        first_time = delivery.action is DeliveryAction.PUBLISH
        if not post_id and (delivery.maybe_delivered or not first_time):
            # Looked for only when it may be there: the search reads every post's content.
            post_id = self._find(story)
        fields = self.post_fields(story, self._tag_ids(story.keywords))
        if not post_id:
            return self._create(fields)
        status, answer = self._call(
            "POST", f"/posts/{post_id}", "update the post", json_body=fields, accept=(404, 410)
        )
        if status in (404, 410):
            made = self._create(fields)
            if isinstance(made, Delivered):
                return Delivered(
                    made.remote_id,
                    made.link,
                    note=f"Post {post_id} had been deleted on the site, so the story was "
                    f"published again as post {made.remote_id}.",
                )
            return made
        return self._delivered(answer, "updated the post", creating=False)

    def _create(self, fields: Mapping[str, object]) -> Outcome:
        _, answer = self._call("POST", "/posts", "create the post", json_body=fields, creating=True)
        return self._delivered(answer, "created the post", creating=True)

    def _kill(self, delivery: Delivery) -> Outcome:
        post_id = delivery.remote_id or self._find(delivery.story)
        if not post_id:
            return Delivered(note="The story was not on the site: there was nothing to take down.")
        if self.profile.kill_to_draft:
            status, _ = self._call(
                "POST",
                f"/posts/{post_id}",
                "move the post to draft",
                json_body={"status": "draft"},
                accept=(404, 410),
            )
        else:
            # Without `force` WordPress moves the post to the trash; 410: it is there already.
            status, _ = self._call(
                "DELETE", f"/posts/{post_id}", "move the post to the trash", accept=(404, 410)
            )
        if status == 404:
            return Delivered(post_id, note=f"Post {post_id} had already been deleted on the site.")
        return Delivered(post_id)

    def _delivered(self, answer: object, done: str, *, creating: bool) -> Outcome:
        if isinstance(answer, dict) and isinstance(answer.get("id"), int):
            link = answer.get("link")
            return Delivered(str(answer["id"]), link if isinstance(link, str) else "")
        return TryAgain(
            f"WordPress at {self._site} {done} but its answer names no post id",
            maybe_delivered=creating,
        )

    def _find(self, story: Story) -> str:
        """The id of the post this story became, if the site has one (not in the trash)."""
        token = story_token(story)
        _, answer = self._call(
            "GET",
            "/posts",
            "look for the story's post",
            params={
                "search": token,
                "status": _LIVE_STATUSES,
                "context": "edit",
                "orderby": "id",
                "order": "asc",
                "per_page": "100",
                "_fields": "id,content",
            },
        )
        if not isinstance(answer, list):
            raise _Ended(TryAgain(f"WordPress at {self._site} answered a search with no list"))
        mark = f'{_MARK_ATTRIBUTE}="{token}"'
        for post in answer:
            content = post.get("content") if isinstance(post, dict) else None
            raw = content.get("raw") if isinstance(content, dict) else None
            if isinstance(raw, str) and mark in raw and isinstance(post.get("id"), int):
                return str(post["id"])
        return ""

    def _tag_ids(self, keywords: Sequence[str]) -> list[int]:
        """The site's tag id for each keyword, a tag made for those it lacks."""
        ids: list[int] = []
        for keyword in keywords:
            name = keyword.strip()
            if not name:
                continue
            tag_id = self._existing_tag(name) or self._new_tag(name)
            if tag_id not in ids:
                ids.append(tag_id)
        return ids

    def _existing_tag(self, name: str) -> int | None:
        _, answer = self._call(
            "GET",
            "/tags",
            f"look up the tag “{name}”",
            params={"search": name, "per_page": "100", "_fields": "id,name"},
        )
        wanted = name.casefold()
        for tag in answer if isinstance(answer, list) else ():
            # WordPress keeps names HTML-escaped ("Fish &amp; chips").
            if (
                isinstance(tag, dict)
                and isinstance(tag.get("id"), int)
                and html.unescape(str(tag.get("name", ""))).casefold() == wanted
            ):
                return int(tag["id"])
        return None

    def _new_tag(self, name: str) -> int:
        status, answer = self._call(
            "POST", "/tags", f"create the tag “{name}”", json_body={"name": name}, accept=(400,)
        )
        if isinstance(answer, dict):
            if status == 400:
                # Made meanwhile (or a name WordPress folds onto an existing tag's).
                data = answer.get("data")
                if answer.get("code") == "term_exists" and isinstance(data, dict):
                    term_id = data.get("term_id")
                    if isinstance(term_id, int):
                        return term_id
                raise _Ended(
                    Refused(
                        f"WordPress at {self._site} refused the tag “{name}”: "
                        f"{answer.get('message', 'no reason given')}"
                    )
                )
            if isinstance(answer.get("id"), int):
                return int(answer["id"])
        raise _Ended(TryAgain(f"WordPress at {self._site} made the tag “{name}” but named no id"))

    def _call(
        self,
        method: str,
        path: str,
        doing: str,
        *,
        json_body: Mapping[str, object] | None = None,
        params: Mapping[str, str] | None = None,
        accept: tuple[int, ...] = (),
        creating: bool = False,
    ) -> tuple[int, object]:
        """One request: its status and parsed JSON when it succeeded (or its status is in
        `accept`); any other answer, or none, ends the delivery (`_Ended`)."""
        try:
            response = self._client.request(
                method,
                self._api + path,
                params=params,
                content=encode(json_body) if json_body is not None else None,
                headers={"Accept": "application/json"}
                | ({"Content-Type": "application/json"} if json_body is not None else {}),
                auth=self._auth,
            )
        except httpx.TransportError as error:
            raise _Ended(no_answer(error, self._site, doing, creating)) from None
        status = response.status_code
        if not (200 <= status < 300 or status in accept):
            raise _Ended(failure(response, self._site, self.profile.user, doing, creating))
        try:
            return status, json_answer(response)
        except ValueError:
            raise _Ended(self._garbage(response, doing, creating)) from None

    def _garbage(self, response: httpx.Response, doing: str, creating: bool) -> Outcome:
        kind = response.headers.get("Content-Type", "no content type").split(";")[0].strip()
        if kind == "text/html":
            # A web page where the REST API should be: the URL is not the site's address,
            # or the site has no pretty permalinks; retrying would not change that.
            return Refused(
                f"{self._site} answered with a web page, not WordPress' REST API "
                f"(HTTP {response.status_code}, asked to {doing}). Check the endpoint's URL."
            )
        quote = site_error(response)
        return TryAgain(
            f"WordPress at {self._site} answered what is not JSON (HTTP {response.status_code}, "
            f"{kind}) when asked to {doing}" + (f": {quote}" if quote else ""),
            maybe_delivered=creating,
        )

    # -- the settings page's Test button -------------------------------------------------

    def check_connection(self) -> str:
        try:
            _, answer = self._call("GET", "/users/me", "say who is signed in")
        except _Ended as ended:
            raise EndpointError(_reason(ended.outcome)) from None
        name = answer.get("name") if isinstance(answer, dict) else None
        if not isinstance(name, str):
            raise EndpointError(f"{self._site} did not answer as WordPress does (no user name).")
        host = urlsplit(self._site).netloc or self._site
        return f"WordPress at {host} accepts “{self.profile.user}” ({html.unescape(name)})."


def _reason(outcome: Outcome) -> str:
    return outcome.reason if isinstance(outcome, TryAgain | Refused) else "no answer"


def encode(fields: Mapping[str, object]) -> bytes:
    """A request's body as sent (and as the pre-flight view shows it)."""
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


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
