"""What an HTTP answer, or its absence, means for a delivery: the rule of the publishing
issue, in one place for every kind of target.

- 2xx: delivered; 409: the endpoint has this version already, delivered.
- 408, 425, 429 and 5xx: try again (after the endpoint's `Retry-After`, when it gave one).
- Any other answer (another 4xx, a redirect): refused, until a person resends it.
- No answer: try again; when the request may have gone out (the connection dropped after
  sending, a read timed out) the attempt is marked as maybe delivered.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from typing import Any

import httpx

from editorial.domain.delivery_reasons import (
    NO_ANSWER_DETAIL,
    NO_ANSWER_KIND,
    REDIRECTED,
    REDIRECTED_NOWHERE,
)
from editorial.domain.delivery_reasons import reason as written
from editorial.sync.target import Delivered, Outcome, Refused, TryAgain

RETRIED_STATUSES = frozenset({408, 425, 429})
# Errors raised before the request could have reached the endpoint.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ProxyError,
             httpx.LocalProtocolError, httpx.UnsupportedProtocol)  # fmt: skip
_LONGEST_WAIT = dt.timedelta(days=1)  # a Retry-After beyond this is taken as a day
_EXCERPT = 160
ANSWER_LIMIT = 1 << 20  # bytes of an answer read at most (1 MiB)
# How the answer came over the wire: not true of the body as read (decoded, maybe cut).
_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def request_limited(
    client: httpx.Client, method: str, url: str | httpx.URL, *, limit: int = ANSWER_LIMIT,
    **options: Any,
) -> httpx.Response:
    """One request, its answer read up to `limit` bytes (what an endpoint says about a
    delivery is small; a huge or endless answer is cut, never held whole in memory). The
    answer returned is complete in itself: its body is what was read, decoded."""
    with client.stream(method, url, **options) as streamed:
        return read_limited(streamed, limit)


def read_limited(streamed: httpx.Response, limit: int = ANSWER_LIMIT) -> httpx.Response:
    """An answer still streaming, read up to `limit` bytes (the caller closes it)."""
    if _small_and_plain(streamed.headers, limit):
        # Its framing holds it to its length (h11 reads no further): read whole, it is
        # the answer as it is, with nothing to cut or to make again.
        streamed.read()
        return streamed
    chunks, size = [], 0
    for chunk in streamed.iter_bytes():
        chunks.append(chunk[: limit - size])
        size += len(chunks[-1])
        if size >= limit:
            break
    headers = [(k, v) for k, v in streamed.headers.multi_items() if k.lower() not in _FRAMING]
    return httpx.Response(streamed.status_code, headers=headers, content=b"".join(chunks),
                          request=streamed.request, extensions=streamed.extensions)  # fmt: skip


def _small_and_plain(headers: httpx.Headers, limit: int) -> bool:
    """An answer whose length is given and within `limit`, not compressed (so the body as
    read is no bigger than that) and not chunked."""
    length = headers.get("Content-Length", "")
    plain = headers.get("Content-Encoding", "identity").strip().lower() == "identity"
    return plain and length.isdigit() and int(length) <= limit \
        and "Transfer-Encoding" not in headers  # fmt: skip


def outcome_of_response(response: httpx.Response, remote_id: str = "", link: str = "") -> Outcome:
    code = response.status_code
    if 200 <= code < 300:
        return Delivered(remote_id=remote_id, link=link, status_code=code)
    if code == 409:
        return Delivered(remote_id=remote_id, link=link, status_code=code)
    reason = f"{code} {response.reason_phrase or httpx.codes.get_reason_phrase(code)}".strip()
    said = excerpt(response)
    if said:
        reason += f": {said}"
    if code in RETRIED_STATUSES or 500 <= code < 600:
        after = retry_after(response.headers.get("Retry-After"))
        return TryAgain(reason, after=after, status_code=code)
    if 300 <= code < 400:
        where = response.headers.get("Location", "")
        if where:
            return Refused(written(REDIRECTED, answer=reason, where=where), status_code=code)
        return Refused(written(REDIRECTED_NOWHERE, answer=reason), status_code=code)
    return Refused(reason, status_code=code)


def outcome_of_error(error: httpx.HTTPError) -> TryAgain:
    """A request that got no answer: whether it may have reached the endpoint decides
    what a target without idempotency keys must check before trying again."""
    sent = not isinstance(error, _NOT_SENT)
    kind = type(error).__name__
    detail = " ".join(str(error).split())[:_EXCERPT]
    if detail:
        return TryAgain(written(NO_ANSWER_DETAIL, kind=kind, detail=detail), maybe_delivered=sent)
    return TryAgain(written(NO_ANSWER_KIND, kind=kind), maybe_delivered=sent)


def retry_after(value: str | None, now: dt.datetime | None = None) -> dt.timedelta | None:
    """`Retry-After` as a wait: seconds, or an HTTP date; None when absent or unreadable."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return min(dt.timedelta(seconds=int(text[:9])), _LONGEST_WAIT)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    wait = when - (now or dt.datetime.now(dt.UTC))
    return max(dt.timedelta(0), min(wait, _LONGEST_WAIT))


def excerpt(response: httpx.Response) -> str:
    """The start of what the endpoint said, on one line, printable (it may be anything:
    an HTML error page, binary garbage)."""
    try:
        text = response.text
    except (UnicodeDecodeError, LookupError, httpx.HTTPError):
        return ""
    flat = " ".join("".join(c if c.isprintable() else " " for c in text[:2000]).split())
    return flat[:_EXCERPT] + ("…" if len(flat) > _EXCERPT else "")
