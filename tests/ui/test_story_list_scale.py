"""The story list over a library larger than a page: read page by page as it is
scrolled, a saved story moved to its row (rowsMoved, never a reset or a re-sort),
spiked, restored, new and other processes' stories placed where they belong."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from editorial.domain.story import new_story
from editorial.storage.library import Library
from editorial.ui.library.story_list_model import PAGE_SIZE, StoryListModel, sort_key
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle, wait_open

STORIES = 2 * PAGE_SIZE + 50
T0 = dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.UTC)


def fill(path: Path, count: int = STORIES) -> list[int]:
    """A library of `count` stories a minute apart, story i changed at T0 + i minutes."""
    ticks = itertools.count()
    with Library.open(path, clock=lambda: T0 + dt.timedelta(minutes=next(ticks))) as library:
        added = [
            library.add(new_story("test.example", headline=f"Story number {n}"))
            for n in range(count)
        ]
    return [story.id for story in added if story.id is not None]


@pytest.fixture
def big_library(library_path: Path) -> list[int]:
    return fill(library_path)


def signals(model: StoryListModel) -> list[str]:
    seen: list[str] = []
    model.rowsMoved.connect(lambda *_: seen.append("moved"))
    model.modelReset.connect(lambda: seen.append("reset"))
    model.layoutChanged.connect(lambda *_: seen.append("layout"))
    model.rowsInserted.connect(lambda *_: seen.append("inserted"))
    model.rowsRemoved.connect(lambda *_: seen.append("removed"))
    return seen


def in_list_order(model: StoryListModel) -> bool:
    keys = [sort_key(summary) for summary in model.summaries()]
    return keys == sorted(keys) and len({s.id for s in model.summaries()}) == len(keys)


def scroll_to_end(qtbot: QtBot, window: MainWindow) -> None:
    model = window.model
    while not model.complete:
        window.list_panel.view.scrollToBottom()
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()) or model.complete)
        wait_idle(qtbot, window)


def test_the_list_opens_with_one_page_and_reads_more_as_it_scrolls(
    make_window: WindowFactory, library_path: Path, big_library: list[int], qtbot: QtBot
) -> None:
    window = make_window(library_path)
    model = window.model
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    newest = big_library[-1]
    assert model.summary_at(0) is not None and model.summary_at(0).id == newest  # type: ignore[union-attr]
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=5000)
    scroll_to_end(qtbot, window)
    assert model.rowCount() == STORIES
    assert not model.canFetchMore(QModelIndex())
    assert [s.id for s in model.summaries()] == list(reversed(big_library))


def test_the_first_frame_lists_a_screenful_and_the_desk_its_page_then_scrolling_reads_on(
    make_window: WindowFactory, library_path: Path, big_library: list[int], qtbot: QtBot
) -> None:
    """The first look reads only what fills a tall screen (FIRST_LOOK_ROWS); the desk's
    first page replaces it, and the list reads on from there as it is scrolled."""
    from editorial.ui.shell.app import FIRST_LOOK_ROWS

    window = make_window(library_path, wait=False)
    model = window.model
    assert FIRST_LOOK_ROWS < PAGE_SIZE
    # Taken as the first frame is told: the desk's page may replace the rows before the
    # test's own wait returns.
    first_frame: list[list[int]] = []
    window.listed.connect(lambda: first_frame.append([s.id for s in model.summaries()]))
    qtbot.waitUntil(lambda: bool(first_frame), timeout=10_000)
    assert first_frame == [list(reversed(big_library))[:FIRST_LOOK_ROWS]]
    wait_open(qtbot, window)
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    scroll_to_end(qtbot, window)
    assert [s.id for s in model.summaries()] == list(reversed(big_library))


def test_a_saved_story_moves_to_the_top_without_a_reset(
    make_window: WindowFactory, library_path: Path, big_library: list[int], qtbot: QtBot
) -> None:
    window = make_window(library_path)
    model = window.model
    old = big_library[-150]  # row 149 of the first page
    assert model.row_of(old) == 149
    window.list_panel.view.setCurrentIndex(model.index_of(old))
    qtbot.waitUntil(lambda: window.session.story_id == old)
    wait_idle(qtbot, window)
    seen = signals(model)
    window.editor.headline.end(False)
    qtbot.keyClicks(window.editor.headline, " revised")
    window.session.save_now()
    qtbot.waitUntil(lambda: model.row_of(old) == 0, timeout=5000)
    wait_idle(qtbot, window)
    assert "moved" in seen
    assert not {"reset", "layout", "inserted", "removed"} & set(seen)
    assert model.summary_at(0).headline.endswith(" revised")  # type: ignore[union-attr]
    assert model.rowCount() == PAGE_SIZE and in_list_order(model)
    assert window.list_panel.view.selected_id() == old


def test_new_spiked_and_restored_stories_come_and_go(
    make_window: WindowFactory, library_path: Path, big_library: list[int], qtbot: QtBot
) -> None:
    window = make_window(library_path)
    model = window.model
    window.commands.new_story.trigger()
    qtbot.waitUntil(lambda: window.session.story_id not in (None, big_library[-1]))
    created = window.session.story_id
    wait_idle(qtbot, window)
    assert model.row_of(created) == 0 and model.rowCount() == PAGE_SIZE + 1  # type: ignore[arg-type]
    window.commands.trash.trigger()
    qtbot.waitUntil(lambda: model.row_of(created) is None, timeout=5000)  # type: ignore[arg-type]
    wait_idle(qtbot, window)
    assert in_list_order(model) and model.rowCount() == PAGE_SIZE
    window.commands.show_trash.trigger()
    qtbot.waitUntil(lambda: model.trashed and model.row_of(created) == 0, timeout=5000)  # type: ignore[arg-type]
    wait_idle(qtbot, window)
    window.list_panel.view.setCurrentIndex(model.index_of(created))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.session.story_id == created)
    wait_idle(qtbot, window)
    window.commands.restore.trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)
    window.commands.show_trash.trigger()
    qtbot.waitUntil(lambda: not model.trashed and model.row_of(created) == 0, timeout=5000)  # type: ignore[arg-type]
    assert in_list_order(model)


def test_a_story_saved_by_another_process_shows_up(
    make_window: WindowFactory, library_path: Path, big_library: list[int], qtbot: QtBot
) -> None:
    window = make_window(library_path)
    model = window.model
    assert window.controllers is not None
    watcher = window.controllers.watcher  # the window's one poller of the library
    watcher.poll()  # the mark the window starts from
    wait_idle(qtbot, window)
    command = [sys.executable, "-m", "editorial", "--library", str(library_path), "new",
               "--headline", "Filed from the command line"]  # fmt: skip
    made = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60)
    new_id = int(made.stdout.split()[0])
    seen = signals(model)
    watcher.poll()
    qtbot.waitUntil(lambda: model.row_of(new_id) == 0, timeout=5000)
    wait_idle(qtbot, window)
    assert seen == ["inserted"]
    assert model.summary_at(0).headline == "Filed from the command line"  # type: ignore[union-attr]
    # A story saved elsewhere moves to the top, as one saved here does.
    old = big_library[-100]
    with Library.open(library_path) as library:
        library.save(library.get(old).edited(headline="Edited in another window"))
    watcher.poll()
    qtbot.waitUntil(lambda: model.row_of(old) == 0, timeout=5000)
    wait_idle(qtbot, window)
    assert seen == ["inserted", "moved"]
    assert in_list_order(model) and model.rowCount() == PAGE_SIZE + 1


def test_a_story_added_elsewhere_with_an_old_time_shows_up_in_its_place(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    """An import keeps its source's times, so what another process imported is not among
    the latest changes: the watcher sees the library grew, and the list reads its rows."""
    fill(library_path, 3)
    window = make_window(library_path)
    model = window.model
    assert window.controllers is not None
    watcher = window.controllers.watcher
    watcher.poll()
    wait_idle(qtbot, window)
    listings = window.controllers.stories.listings
    with Library.open(library_path, clock=lambda: T0 - dt.timedelta(days=400)) as library:
        old = library.add(new_story("test.example", headline="Filed last year"))
    watcher.poll()
    qtbot.waitUntil(lambda: model.row_of(old.id or 0) == 3, timeout=5000)
    wait_idle(qtbot, window)
    assert in_list_order(model) and model.rowCount() == 4
    assert window.controllers.stories.listings == listings + 1
    # A story made in the window is in its list already: the next look reads no rows.
    window.commands.new_story.trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=5000)
    wait_idle(qtbot, window)
    watcher.poll()
    wait_idle(qtbot, window)
    assert window.controllers.stories.listings == listings + 1


def test_a_page_read_while_the_list_changed_is_dropped(qapp: object, library_path: Path) -> None:
    """The rows loaded stay a prefix of the listing: a page read after a row that has
    since moved is not appended (the view asks again)."""
    fill(library_path, 30)
    model = StoryListModel()
    with Library.open(library_path) as library:
        first = library.listing.page(limit=10)
        model.reset(first, complete=False)
        after = first[-1]
        page = library.listing.page(after=after, limit=10)
        model.upsert(library.listing.summaries_of([after.id])[0])  # same place: kept
        model.add_page(after, page, full=True)
        assert model.rowCount() == 20 and in_list_order(model)
        stale = first[0]
        model.add_page(stale, page, full=True)
        assert model.rowCount() == 20


def test_placing_a_save_among_100000_rows_costs_no_sort(qapp: object) -> None:
    """The model holds 100,000 rows (as if all were scrolled through): a saved story
    moves from the middle to the top by one rowsMoved, in well under a frame's budget
    for the whole upkeep (a re-sort and diff of the list took 0.22-0.33 s)."""
    from editorial.domain.story import Status, StorySummary

    count = 100_000
    rows = [
        StorySummary(id=n, uri=f"urn:t:{n}", headline=f"Story {n}", slug=f"s-{n}",
                     status=Status.DRAFT, updated_at=T0 + dt.timedelta(seconds=n))
        for n in range(1, count + 1)
    ]  # fmt: skip
    model = StoryListModel()
    model.reset(rows, complete=True)
    seen = signals(model)
    middle = rows[count // 2]
    timings = []
    for n in range(20):  # the first moves it to the top, the others refresh it there
        saved = middle.with_changes(
            headline="Saved", updated_at=T0 + dt.timedelta(days=30, seconds=n)
        )
        started = time.perf_counter()
        model.upsert(saved)
        timings.append(time.perf_counter() - started)
    assert model.row_of(middle.id) == 0 and model.rowCount() == count
    assert seen[0] == "moved" and "layout" not in seen and "reset" not in seen
    assert sorted(timings)[len(timings) // 2] < 0.01, timings
