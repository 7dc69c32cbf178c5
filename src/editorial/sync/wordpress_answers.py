"""What a WordPress site's answers mean for a delivery: the HTTP status, the site's own
error (`{"code": ..., "message": ...}`), Retry-After, and what a dropped connection says
about whether the request arrived. Words an editor can act on; never the secret (it only
ever travels in the Authorization header, which nothing here reads).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import json
import re

import httpx

from editorial.domain.delivery_reasons import (
    WP_FORBIDDEN,
    WP_MOVED,
    WP_MOVED_TO,
    WP_NO_ANSWER,
    WP_NO_ANSWER_DETAIL,
    WP_NO_API,
    WP_NO_TRASH,
    WP_NOT_NOW,
    WP_REFUSED,
    WP_UNAUTHORIZED,
)
from editorial.domain.delivery_reasons import reason as written
from editorial.sync.target import Outcome, Refused, TryAgain

# Statuses after which the same request may succeed later (the list).
TRANSIENT_STATUSES = frozenset({408, 425, 429})
# A 5xx may come after the post was written (a plugin failing on `save_post`, a proxy
# timing out while PHP carried on); 503 and 501 mean the request was not carried out.
NOT_CARRIED_OUT = frozenset({501, 503})
_LONGEST_QUOTE = 200


def retry_after(response: httpx.Response, now: dt.datetime | None = None) -> dt.timedelta | None:
    """The Retry-After header as a wait: delta-seconds or an HTTP date; None if absent or
    unreadable (the worker's own backoff applies then)."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return dt.timedelta(seconds=int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(when - (now or dt.datetime.now(dt.UTC)), dt.timedelta(0))


def site_error(response: httpx.Response) -> str:
    """WordPress' own words for a failure (`message` and `code` of its error JSON), or a
    short quote of a body that is not WordPress' error, or ""."""
    try:
        data = response.json()
    except (ValueError, UnicodeDecodeError):
        data = None
    if isinstance(data, dict) and isinstance(data.get("message"), str):
        message = _plain(data["message"])
        code = data.get("code")
        return f"{message} ({code})" if isinstance(code, str) and code else message
    text = _plain(response.text) if response.content else ""
    return text


def _plain(text: str) -> str:
    """One short line of text from what may be HTML (WordPress messages carry markup)."""
    text = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", text)).split())
    return text if len(text) <= _LONGEST_QUOTE else text[: _LONGEST_QUOTE - 1] + "…"


def error_code(response: httpx.Response) -> str:
    try:
        data = response.json()
    except (ValueError, UnicodeDecodeError):
        return ""
    code = data.get("code") if isinstance(data, dict) else None
    return code if isinstance(code, str) else ""


def json_answer(response: httpx.Response) -> object:
    """The parsed body of a successful answer; raises ValueError when it is not JSON."""
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as error:
        raise ValueError(str(error)) from None


def failure(response: httpx.Response, site: str, user: str, doing: str, creating: bool) -> Outcome:
    """The outcome of an answer that is not a success. `doing` says what was asked
    ("create the post"); `creating`: the request makes something new, so an answer that
    may come after the site carried it out leaves the post perhaps made."""
    status = response.status_code
    said = site_error(response)
    quoted = f": {said}" if said else ""
    if status == 401:
        return Refused(
            written(WP_UNAUTHORIZED, site=site, user=user, quoted=quoted), status_code=status
        )
    if status == 403:
        return Refused(
            written(WP_FORBIDDEN, site=site, user=user, doing=doing, quoted=quoted),
            status_code=status,
        )
    if status == 404 and not error_code(response).startswith("rest_post"):
        return Refused(written(WP_NO_API, site=site, quoted=quoted), status_code=status)
    if 300 <= status < 400:
        where = response.headers.get("Location", "")
        if where:
            moved = written(WP_MOVED_TO, site=site, where=where, status=str(status))
        else:
            moved = written(WP_MOVED, site=site, status=str(status))
        return Refused(moved, status_code=status)
    if status == 501 and error_code(response) == "rest_trash_not_supported":
        return Refused(written(WP_NO_TRASH, site=site), status_code=status)
    if status in TRANSIENT_STATUSES or status >= 500:
        return TryAgain(
            written(WP_NOT_NOW, site=site, doing=doing, status=str(status), quoted=quoted),
            after=retry_after(response),
            maybe_delivered=creating and status >= 500 and status not in NOT_CARRIED_OUT,
            status_code=status,
        )
    return Refused(
        written(WP_REFUSED, site=site, doing=doing, status=str(status), quoted=quoted),
        status_code=status,
    )


def no_answer(error: httpx.TransportError, site: str, doing: str, creating: bool) -> TryAgain:
    """A request without an answer. Only when the connection was never made (or never
    taken from the pool) can the request not have reached WordPress."""
    never_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    if isinstance(error, httpx.TimeoutException):
        why = "no answer in time"
    elif isinstance(error, httpx.ConnectError):
        why = "cannot connect"
    elif isinstance(error, httpx.RemoteProtocolError):
        why = "the connection was closed before an answer came"
    else:
        why = "the connection failed"
    detail = _plain(str(error))
    if detail:
        text = written(WP_NO_ANSWER_DETAIL, site=site, doing=doing, why=why, detail=detail)
    else:
        text = written(WP_NO_ANSWER, site=site, doing=doing, why=why)
    return TryAgain(text, maybe_delivered=creating and not never_sent)
