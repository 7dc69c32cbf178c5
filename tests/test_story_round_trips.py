"""A story with every content field set comes back unchanged through every way a story
leaves and comes back: the library (add, get, save, a kept revision), `show --json`,
Markdown, ninjs. The story is built from the declaration (`tests/story_samples.py`), so
a field added to `Story` and forgotten by any of these mappings fails here.
(The editor's widgets: `tests/ui/test_story_editor.py`.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from editorial.cli import main
from editorial.domain.story import Status, Story
from editorial.domain.story_plain import story_from_plain
from editorial.formats.markdown_doc import story_from_markdown, story_to_markdown
from editorial.formats.ninjs import story_from_ninjs
from editorial.formats.ninjs_export import dumps_ninjs
from editorial.storage.library import Library
from tests.story_samples import CONTENT_NAMES, CREATED, UPDATED, differences, every_field_set

# What ninjs and Markdown cannot carry of the content fields: the status travels only as
# killed or not (ninjs `pubstatus`; a file comes in as a draft unless killed), which the
# sample's killed story shows; see test_only_a_killed_status_travels_in_files.
NINJS_CANNOT_CARRY: tuple[str, ...] = ()
MARKDOWN_CANNOT_CARRY: tuple[str, ...] = ()
# Bookkeeping that files carry besides the content (id and trash are the library's own).
FILE_BOOKKEEPING = ("uri", "version", "created_at", "updated_at")


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite"


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    with Library.open(library_path) as opened:
        yield opened


def exported() -> Story:
    """The sample as a file from another desk has it: a version and times of its own."""
    return every_field_set().edited(version=3, created_at=CREATED, updated_at=UPDATED)


def test_the_library_keeps_every_field(library: Library) -> None:
    story = every_field_set()
    added = library.add(story)
    assert added.id is not None
    assert differences(added, story, CONTENT_NAMES) == {}
    got = library.get(added.id)
    assert got == added

    saved = library.save(got.edited(headline="Saved once"))
    assert differences(saved, story, CONTENT_NAMES) == {"headline": ("Saved once", story.headline)}
    saved = library.save(saved.edited(headline=story.headline), explicit=True)
    assert differences(library.get(added.id), story, CONTENT_NAMES) == {}

    # The next explicit save keeps the story as it was as a revision (the sample is
    # killed, so no import may replace it).
    library.save(saved.edited(body="The desk's take."), explicit=True)
    (kept,) = library.revisions(added.id)
    assert differences(kept.story, story, CONTENT_NAMES) == {}
    assert (kept.story.id, kept.story.uri, kept.story.version) == (added.id, story.uri,
                                                                   saved.version)  # fmt: skip


def test_show_json_reads_back_into_the_same_story(
    library: Library, library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stored = library.add(every_field_set())
    library.close()
    assert main(["--library", str(library_path), "show", str(stored.id), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert story_from_plain(shown) == stored  # every field, bookkeeping too
    assert differences(stored, every_field_set(), CONTENT_NAMES) == {}


def test_markdown_export_and_import_keep_every_field() -> None:
    story = exported()
    warnings: list[str] = []
    back = story_from_markdown(story_to_markdown(story), warnings=warnings)
    carried = [n for n in CONTENT_NAMES if n not in MARKDOWN_CANNOT_CARRY]
    assert differences(back, story, [*carried, *FILE_BOOKKEEPING]) == {}
    assert warnings == []


def test_ninjs_export_and_import_keep_every_field() -> None:
    story = exported()
    warnings: list[str] = []
    back = story_from_ninjs(json.loads(dumps_ninjs(story)), warnings=warnings)
    carried = [n for n in CONTENT_NAMES if n not in NINJS_CANNOT_CARRY]
    assert differences(back, story, [*carried, *FILE_BOOKKEEPING]) == {}
    assert warnings == []


@pytest.mark.parametrize("status", [s for s in Status if s is not Status.KILLED])
def test_only_a_killed_status_travels_in_files(status: Status) -> None:
    story = exported().edited(status=status)
    assert story_from_markdown(story_to_markdown(story)).status is Status.DRAFT
    assert story_from_ninjs(json.loads(dumps_ninjs(story))).status is Status.DRAFT
