"""The few calls of WordPress' REST API (`/wp-json/wp/v2`) the WordPress target makes:
one request with its answer read as an editor would want it, finding a post by the mark
the target puts in it, and tag ids for keywords. Any answer that decides the delivery
(a refusal, no answer, garbage) ends it through `Ended`, carrying its outcome.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence

import httpx

from editorial.domain.delivery_reasons import (
    CREATE_TAG,
    LOOK_UP_TAG,
    WP_NO_LIST,
    WP_NOT_JSON,
    WP_NOT_JSON_QUOTED,
    WP_TAG_NO_ID,
    WP_TAG_REFUSED,
    WP_WEB_PAGE,
    doing_tag,
)
from editorial.domain.delivery_reasons import reason as written
from editorial.sync.http_outcomes import request_limited
from editorial.sync.target import Outcome, Refused, TryAgain
from editorial.sync.wordpress_answers import failure, json_answer, no_answer, site_error

# Every status a post of ours can have on the site but the trash (what a search must see).
LIVE_STATUSES = "publish,future,draft,pending,private"
# When the search misses (a search plugin that leaves HTML out of its index), the newest
# posts are read: a post made by a request whose answer was lost is among them.
NEWEST_POSTS_READ = 50
# A search's answer carries whole posts: more room than a delivery's answer, still bounded.
WORDPRESS_ANSWER_LIMIT = 32 << 20


class Ended(Exception):
    """An answer that decides the delivery's outcome at once."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome)
        self.outcome = outcome


def api_root(url: str) -> str:
    """`https://site/wp-json/wp/v2` from the site's address (or from any URL inside its
    REST API, as people paste them)."""
    base = url.strip().rstrip("/")
    cut = base.find("/wp-json")
    if cut >= 0:
        base = base[:cut]
    return base + "/wp-json/wp/v2"


def encode(fields: Mapping[str, object]) -> bytes:
    """A request's body as sent (and as the pre-flight view shows it)."""
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


class WordPressApi:
    def __init__(self, url: str, user: str, secret: str, client: httpx.Client) -> None:
        self.root = api_root(url)
        self.site = self.root.removesuffix("/wp-json/wp/v2")
        self.user = user
        self._auth = httpx.BasicAuth(user, secret)
        self._client = client

    def call(
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
        `accept`); any other answer, or none, ends the delivery. `doing` says what was
        asked, for the reason ("create the post"); `creating`: the request makes a post."""
        try:
            response = request_limited(
                self._client,
                method,
                self.root + path,
                limit=WORDPRESS_ANSWER_LIMIT,
                params=params,
                content=encode(json_body) if json_body is not None else None,
                headers={"Accept": "application/json"}
                | ({"Content-Type": "application/json"} if json_body is not None else {}),
                auth=self._auth,
            )
        except httpx.TransportError as error:
            raise Ended(no_answer(error, self.site, doing, creating)) from None
        status = response.status_code
        if not (200 <= status < 300 or status in accept):
            raise Ended(failure(response, self.site, self.user, doing, creating))
        try:
            return status, json_answer(response)
        except ValueError:
            raise Ended(self._garbage(response, doing, creating)) from None

    def _garbage(self, response: httpx.Response, doing: str, creating: bool) -> Outcome:
        kind = response.headers.get("Content-Type", "no content type").split(";")[0].strip()
        if kind == "text/html":
            # A web page where the REST API should be: the URL is not the site's address,
            # or the site has no pretty permalinks; retrying would not change that.
            return Refused(
                written(WP_WEB_PAGE, site=self.site, status=str(response.status_code), doing=doing),
                status_code=response.status_code,
            )
        quote = site_error(response)
        status = str(response.status_code)
        return TryAgain(
            written(WP_NOT_JSON_QUOTED, site=self.site, status=status, kind=kind, doing=doing,
                 quote=quote) if quote
            else written(WP_NOT_JSON, site=self.site, status=status, kind=kind, doing=doing),
            maybe_delivered=creating,
            status_code=response.status_code,
        )

    # -- finding a post by its mark ------------------------------------------------------

    def find_post(self, token: str, mark: str) -> str:
        """The id of the oldest post (not in the trash) whose raw content holds `mark`:
        searched for by `token` (WordPress' search reads the content), then among the
        newest posts when the search finds none; "" when the site has none."""
        searched = self._posts({"search": token, "orderby": "id", "order": "asc"})
        found = _marked(searched, mark)
        if not found:
            newest = self._posts({"orderby": "id", "order": "desc"}, NEWEST_POSTS_READ)
            found = _marked(newest, mark)
        return str(min(found)) if found else ""

    def _posts(self, query: Mapping[str, str], count: int = 100) -> list[object]:
        params = {"status": LIVE_STATUSES, "context": "edit", "per_page": str(count),
                  "_fields": "id,content", **query}  # fmt: skip
        _, answer = self.call("GET", "/posts", "look for the story's post", params=params)
        if not isinstance(answer, list):
            raise Ended(TryAgain(written(WP_NO_LIST, site=self.site)))
        return answer

    # -- tags ----------------------------------------------------------------------------

    def tag_ids(self, keywords: Sequence[str]) -> list[int]:
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
        _, answer = self.call(
            "GET",
            "/tags",
            doing_tag(LOOK_UP_TAG, name),
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
        status, answer = self.call(
            "POST", "/tags", doing_tag(CREATE_TAG, name), json_body={"name": name}, accept=(400,)
        )
        if isinstance(answer, dict):
            if status == 400:
                # Made meanwhile (or a name WordPress folds onto an existing tag's).
                data = answer.get("data")
                if answer.get("code") == "term_exists" and isinstance(data, dict):
                    term_id = data.get("term_id")
                    if isinstance(term_id, int):
                        return term_id
                said = site_error_text(answer)
                refused = written(WP_TAG_REFUSED, site=self.site, name=name, said=said)
                raise Ended(Refused(refused))
            if isinstance(answer.get("id"), int):
                return int(answer["id"])
        raise Ended(TryAgain(written(WP_TAG_NO_ID, site=self.site, name=name)))


def _marked(posts: list[object], mark: str) -> list[int]:
    found: list[int] = []
    for post in posts:
        content = post.get("content") if isinstance(post, dict) else None
        raw = content.get("raw") if isinstance(content, dict) else None
        if isinstance(raw, str) and mark in raw and isinstance(post, dict):
            post_id = post.get("id")
            if isinstance(post_id, int):
                found.append(post_id)
    return found


def site_error_text(answer: Mapping[str, object]) -> str:
    message = answer.get("message")
    return html.unescape(message) if isinstance(message, str) and message else "no reason given"
