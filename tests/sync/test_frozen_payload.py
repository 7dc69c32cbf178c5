"""A retry carries the very bytes of the first attempt: the payload is frozen when the
desk approves (or, without a renderer, at the first attempt), so a house style changed
between two attempts changes nothing under the version's idempotency key."""

from __future__ import annotations

import datetime as dt

from editorial.domain.dateline import Dateline
from editorial.domain.publishing import DeliveryAction, EndpointProfile
from editorial.services.frozen_payloads import PayloadRenderer
from editorial.services.styles import StyleBook, bundled_catalog
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library
from editorial.sync.kinds import render_payload
from editorial.sync.worker import OutboxWorker
from tests.sync.conftest import FAST, SECRET, add_endpoint, approve_new, make_worker
from tests.sync.fault_server import serving

DATELINE = Dateline(city="Ankara", country="Turkey", date=dt.date(2026, 12, 1), source="Editorial")


def first_fails(number: int, _key: str) -> str:
    return "503" if number == 0 else "ok"


def test_a_house_style_changed_between_two_attempts_changes_no_byte(library: Library) -> None:
    catalog = bundled_catalog()
    style = [catalog.get("agency")]
    with serving(SECRET.encode(), plan=first_fails) as server:
        add_endpoint(library, "wire", server.url)
        story = approve_new(library, "Quake", dateline=DATELINE, lede="A quake hit Ankara.")
        worker = OutboxWorker(
            library.outbox, library.endpoints, library.workflow, lambda _name: SECRET,
            style=lambda: style[0], policy=FAST,
        )  # fmt: skip
        assert worker.run_once().retrying == 1  # the first attempt: 503
        style[0] = catalog.get("ap")
        assert worker.run_until_idle(timeout=10).pending == 0
    first, second = server.requests
    assert (first.fault, second.fault) == ("503", "ok")
    assert first.key == second.key and first.body == second.body
    # The change would have shown: the version rendered now, under the new style, differs.
    profile = EndpointProfile("wire", "ninjs-push", server.url)
    now = library.outbox.entry(library.outbox.entries()[0].id)[1]
    again = render_payload(profile, DeliveryAction.PUBLISH, 1, now, style[0])
    assert again.encode() != first.body and story.uri in again


def test_the_desk_freezes_the_payload_at_approval(library: Library) -> None:
    """Through the desk's renderer: the payload is the one rendered under the house style
    chosen when the story was approved, whatever it is when the worker sends it; the
    pre-flight view shows that same payload."""
    holder = PreferencesHolder(Preferences(house_style="agency"))
    library.render_payloads_with(PayloadRenderer(holder, StyleBook(catalog=bundled_catalog())))
    with serving(SECRET.encode(), plan=first_fails) as server:
        add_endpoint(library, "wire", server.url)
        approve_new(library, "Quake", dateline=DATELINE, lede="A quake hit Ankara.")
        (entry,) = library.outbox.entries()
        frozen = library.outbox.frozen_payload(entry.id)
        assert '"Ankara' in frozen or "ANKARA" in frozen
        holder.update({"house_style": "ap"})
        worker = make_worker(library)
        worker.run_once()
        holder.update({"house_style": "reuters"})
        assert worker.run_until_idle(timeout=10).pending == 0
    assert [r.body for r in server.requests] == [frozen.encode()] * 2
