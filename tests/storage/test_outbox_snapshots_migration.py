"""Migration 0014 moves each outbox entry's snapshot into a row of its own, its frozen
payload a column there, and back again on the way down: on SQLite and PostgreSQL alike,
every entry keeps the story it sends, its exact payload (or none yet), its headline and
its attempts."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, inspect, text

from editorial.domain.publishing import OutboxState
from editorial.domain.story import Story
from editorial.storage.engine import location_url
from editorial.storage.library import Library
from editorial.storage.outbox_store import AttemptResult
from tests.storage.test_outbox_store import LEASE, approved, endpoint
from tests.storage.test_postgresql import migrate
from tests.storage.whole import assert_whole_at


def _render(_profile: object, action: object, version: int, story: Story) -> str:
    return json.dumps({"headline": story.headline, "version": version, "said": "«ok»"})


def _what_each_entry_sends(library: Library) -> dict[int, tuple[object, ...]]:
    found = {}
    for entry in library.outbox.entries():
        _, story = library.outbox.entry(entry.id)
        found[entry.id] = (entry.headline, entry.state, entry.attempts, story.headline,
                           story.body, story.version, library.outbox.frozen_payload(entry.id),
                           len(library.outbox.attempts(entry.id)))  # fmt: skip
    return found


def test_0014_carries_every_entry_down_and_up_again(library_location: str) -> None:
    with Library.open(library_location) as library:
        endpoint(library, "wire")
        library.render_payloads_with(_render)
        sent = approved(library, "Sent with «quotes» and \"marks\"")
        approved(library, "Frozen, waiting")
        library.render_payloads_with(None)
        approved(library, "Not rendered yet")
        claim = library.outbox.claim("w1", LEASE)
        assert claim is not None and claim.entry.story_id == sent.id
        assert claim.story.headline == sent.headline  # read from its snapshot's row
        assert library.outbox.finish(claim, AttemptResult(OutboxState.DELIVERED, 201, ""))
        before = _what_each_entry_sends(library)
    assert [sends[-2] != "" for sends in before.values()] == [False, True, True]  # newest first

    migrate(library_location, "0013", down=True)
    engine = create_engine(location_url(library_location))
    with engine.connect() as connection:
        assert "outbox_snapshots" not in inspect(connection).get_table_names()
        kept = dict(connection.execute(text("SELECT id, snapshot FROM outbox")).all())
        attempts = connection.execute(text("SELECT count(*) FROM delivery_attempts")).scalar()
    engine.dispose()
    snapshots = {i: s if isinstance(s, dict) else json.loads(s) for i, s in kept.items()}
    assert {i: s.get("editorial:payload", "") for i, s in snapshots.items()} == {
        i: sends[-2] for i, sends in before.items()
    }  # the payload back inside its snapshot, as 0013 kept it
    assert attempts == 1

    with Library.open(library_location) as library:  # upgraded again as it opens
        assert _what_each_entry_sends(library) == before
    assert_whole_at(library_location)
