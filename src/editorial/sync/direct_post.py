"""POSTs to one URL straight through the transport its client would use for it.

A ninjs push is one signed request after another to one URL over one keep-alive
connection. `httpx.Client` wraps each in layers such a request never uses (its cookie jar,
which parses every answer's headers through `http.cookiejar`; auth and redirect flows; the
merging of a client's defaults into each request): on loopback they were about 30% of a
request's CPU, as much as the whole outbox's bookkeeping. So the target builds the
request itself (the client's default headers, its timeouts as they are at that moment)
and hands it to the client's own transport for the URL: the same connection pool, TLS
context, proxy or mount, limits and errors as `client.post`.

httpx has no public way to ask a client which transport serves a URL; `_transport_for_url`
has served that since httpx 0.18. Where it is missing, or the client does something the
direct path would skip (auth, event hooks, cookies it holds), every request goes through
the client as before (`request_limited`).
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from editorial.sync.http_outcomes import ANSWER_LIMIT, read_limited, request_limited

# The client's own answer to "which transport serves this URL" (see above).
_ASK = "_transport_for_url"


class DirectPost:
    """POST to `url` through `client`'s transport for it (or through the client itself,
    where that transport cannot be had or would skip what the client does)."""

    def __init__(self, client: httpx.Client, url: httpx.URL | str) -> None:
        self._client = client
        self._url = url
        self._transport = _transport_of(client, url)
        # Lower-cased, so a header the request sets replaces the client's default of it.
        self._defaults = {name.lower(): value for name, value in client.headers.items()}

    @property
    def direct(self) -> bool:
        return self._transport is not None

    def __call__(
        self, body: bytes, headers: Mapping[str, str], *, limit: int = ANSWER_LIMIT
    ) -> httpx.Response:
        """One POST, its answer read up to `limit` bytes (see `request_limited`)."""
        transport = self._transport
        if transport is None:
            return request_limited(self._client, "POST", self._url, content=body,
                                   headers=headers, limit=limit)  # fmt: skip
        merged = self._defaults.copy()
        merged.update((name.lower(), value) for name, value in headers.items())
        # The client's timeouts read at each request: `sync --wait --timeout` cuts them
        # to what is left of its time.
        request = httpx.Request("POST", self._url, content=body, headers=merged,
                                extensions={"timeout": self._client.timeout.as_dict()})  # fmt: skip
        response = transport.handle_request(request)
        response.request = request
        try:
            return read_limited(response, limit)
        finally:
            response.close()


def _transport_of(client: httpx.Client, url: httpx.URL | str) -> httpx.BaseTransport | None:
    """The transport `client` sends `url`'s requests through; None where the client must
    send them itself (it signs them, hooks them or holds cookies for them, or this httpx
    cannot say which transport it is)."""
    if not isinstance(url, httpx.URL) or client.auth is not None or len(client.cookies):
        return None
    hooks = client.event_hooks
    if hooks.get("request") or hooks.get("response"):
        return None
    find = getattr(client, _ASK, None)
    if find is None:
        return None
    try:
        transport = find(url)
    except Exception:  # a later httpx that changed it: the client sends, as before
        return None
    return transport if isinstance(transport, httpx.BaseTransport) else None
