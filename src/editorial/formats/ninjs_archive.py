"""The library's archive as ninjs 2.2 JSON Lines (`editorial export --all --format
ninjs-jsonl`), one item a line, read back by `editorial import`.

Each item is the story's ninjs as any export writes it (the times in `firstcreated` and
`versioncreated`, the editorial note in `ednote`, a kill as `pubstatus` canceled), and
what of the desk's bookkeeping ninjs 2.2 can carry: it allows no properties of its own,
so the story's state travels as alternative ids, `{"role": "editorial-status", "value":
"approved"}`, and a spiked story's state before the spike and the time of the spike
beside it. Its history of moves and its earlier versions stay in the library (a backup
or pg_dump keeps them): ninjs has no place for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from editorial.domain.house_style import BASIC_HOUSE_STYLE, HouseStyle
from editorial.domain.story import Status, Story
from editorial.formats.ninjs_export import dumps_item, iso_time, story_to_ninjs

STATUS_ROLE = "editorial-status"
SPIKED_FROM_ROLE = "editorial-spiked-from"
SPIKED_AT_ROLE = "editorial-spiked-at"


def archive_line(
    story: Story, spiked_from: Status | None = None, *, style: HouseStyle = BASIC_HOUSE_STYLE
) -> str:
    """The story as one JSON Lines line (with its newline)."""
    item = story_to_ninjs(story, style=style)
    altids: list[dict[str, str]] = item.setdefault("altids", [])
    altids.append({"role": STATUS_ROLE, "value": story.status.value})
    if story.status is Status.SPIKED:
        altids.append({"role": SPIKED_FROM_ROLE, "value": (spiked_from or Status.DRAFT).value})
        if story.trashed_at is not None:
            altids.append({"role": SPIKED_AT_ROLE, "value": iso_time(story.trashed_at)})
    return dumps_item(item, indent=None) + "\n"


def archived_state(altids: Any, warnings: list[str]) -> tuple[Status | None, str | None]:
    """(the status an archive gives the story, the time it was spiked as written), or
    (None, None) for an item that is no archive's."""
    if not isinstance(altids, list):
        return None, None
    roles = {
        str(entry.get("role")): entry.get("value")
        for entry in altids
        if isinstance(entry, Mapping) and isinstance(entry.get("value"), str)
    }
    written = roles.get(STATUS_ROLE)
    if written is None:
        return None, None
    status = _status(written, warnings)
    if status is Status.SPIKED:
        before = _status(roles.get(SPIKED_FROM_ROLE) or "draft", warnings)
        if before is None or before is Status.SPIKED:
            before = Status.DRAFT
        return before, roles.get(SPIKED_AT_ROLE) or ""
    return status, None


def _status(value: str, warnings: list[str]) -> Status | None:
    try:
        return Status(value)
    except ValueError:
        warnings.append(f"the status “{value[:40]}” is none of the desk's; read as a draft")
        return None
