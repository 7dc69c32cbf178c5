"""The library search in the window, on real widgets over a real library: Ctrl+Shift+F,
results as you type with the matched words in bold, a stale answer never shown over a
newer one, a malformed query said under the field, a result opened in the editor, and
the desk's saved searches kept in the library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editorial.domain.byline import Byline
from editorial.domain.story import new_story
from editorial.storage.library import Library
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import activate


def fill(path: Path) -> dict[str, int]:
    with Library.open(path) as library:
        quake = library.add(
            new_story("x.org", headline="Quake hits eastern Turkey").edited(
                body="Rescuers searched the rubble in Ankara.", bylines=(Byline("Anna Ivanova"),)
            )
        )
        markets = library.add(new_story("x.org", headline="Markets fall").edited(
            body="Stocks fell on quake fears."))  # fmt: skip
    assert quake.id is not None and markets.id is not None
    return {"quake": quake.id, "markets": markets.id}


def open_search(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert window.list_tabs.currentWidget() is window.search_panel
    qtbot.waitUntil(lambda: window.search_panel.field.hasFocus())


def type_query(qtbot: QtBot, window: MainWindow, text: str) -> None:
    controller = window.controllers.search  # type: ignore[union-attr]
    panel = window.search_panel
    panel.field.clear()
    with qtbot.waitSignal(controller.answered, timeout=10_000):
        qtbot.keyClicks(panel.field, text)
    wait_idle(qtbot, window)


def test_results_show_as_you_type_and_open_the_story(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    ids = fill(library_path)
    window = make_window(library_path)
    open_search(qtbot, window)
    panel = window.search_panel
    type_query(qtbot, window, "rubb")  # a word still being typed is its beginning
    assert panel.hit_ids() == [ids["quake"]]
    assert "<b>rubble</b>" in panel.hit_text(0) and "Quake hits eastern Turkey" in panel.hit_text(0)
    type_query(qtbot, window, "quake")
    assert panel.hit_ids() == [ids["markets"], ids["quake"]]
    assert panel.message.text() == "2 stories"
    panel.order.setCurrentIndex(1)  # best match first
    qtbot.waitUntil(lambda: panel.hit_ids() == [ids["quake"], ids["markets"]], timeout=10_000)
    # Choosing a result opens it in the editor.
    item = panel.results.item(1)
    panel.results.itemActivated.emit(item)
    qtbot.waitUntil(lambda: window.session.story_id == ids["markets"], timeout=10_000)
    assert window.editor.story().headline == "Markets fall"


def test_typing_fast_runs_few_searches_and_shows_only_the_last(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    ids = fill(library_path)
    window = make_window(library_path)
    open_search(qtbot, window)
    controller = window.controllers.search  # type: ignore[union-attr]
    type_query(qtbot, window, "markets fall")
    assert controller.searches <= 3  # one per pause, not one per keystroke
    assert window.search_panel.hit_ids() == [ids["markets"]]
    # An answer to an older question than the field now asks is dropped.
    controller.run()
    window.search_panel.field.setText("rubble")
    controller.run()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.search_panel.hit_ids() == [ids["quake"]], timeout=10_000)


def test_a_malformed_query_is_said_under_the_field(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    fill(library_path)
    window = make_window(library_path)
    open_search(qtbot, window)
    type_query(qtbot, window, "status:ready")
    assert window.search_panel.hit_ids() == []
    assert "no status “ready”" in window.search_panel.message.text()
    type_query(qtbot, window, 'NEAR("quake" *')
    assert window.search_panel.message.text() in {"2 stories", "No story found."}


def test_results_follow_a_change_to_the_library(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    ids = fill(library_path)
    window = make_window(library_path)
    open_search(qtbot, window)
    type_query(qtbot, window, "stocks")
    assert window.search_panel.hit_ids() == [ids["markets"]]
    window.controllers.desk.new_story()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.session.story_id not in (None, *ids.values()), timeout=10_000)
    window.editor.headline.setText("Stocks rally")
    window.session.save_by_hand()
    qtbot.waitUntil(lambda: len(window.search_panel.hit_ids()) == 2, timeout=10_000)


def test_saved_searches_are_added_run_and_removed(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    ids = fill(library_path)
    window = make_window(library_path)
    open_search(qtbot, window)
    controller = window.controllers.search  # type: ignore[union-attr]
    panel = window.search_panel
    controller.save("Ivanova's copy", "by:ivanova")
    qtbot.waitUntil(lambda: panel.saved.count() == 1, timeout=10_000)
    assert panel.saved.item(0).text() == "Ivanova's copy"
    with qtbot.waitSignal(controller.answered, timeout=10_000):
        panel.saved.itemClicked.emit(panel.saved.item(0))
    wait_idle(qtbot, window)
    assert panel.field.text() == "by:ivanova" and panel.hit_ids() == [ids["quake"]]
    with Library.open(library_path) as library:  # kept in the library, for the whole desk
        assert [s.query for s in library.search.saved()] == ["by:ivanova"]
    panel.saved.setCurrentRow(0)
    panel.remove_button.click()
    qtbot.waitUntil(lambda: panel.saved.count() == 0, timeout=10_000)


def test_a_result_gives_its_time_as_the_story_list_does() -> None:
    """`05:55` today and `18 Nov 2008` long ago, as in the list beside it (results said
    `2026-12-02 05:55` while the list said `05:55`)."""
    import datetime as dt

    from editorial.domain.search_results import SearchHit
    from editorial.domain.story import Status
    from editorial.ui.search.search_panel import hit_html

    now = dt.datetime.now(dt.UTC)
    today = hit_html(SearchHit(1, "Quake", Status.DRAFT, now, "rubble"))
    assert f"· {now.astimezone():%H:%M}</span>" in today
    assert f"{now.astimezone():%Y-%m-%d}" not in today
    long_ago = dt.datetime(2008, 11, 18, 12, 0, tzinfo=dt.UTC)
    old = hit_html(SearchHit(2, "Crisis", Status.PUBLISHED, long_ago, "banks"))
    assert "2008</span>" in old and "2008-11-18" not in old
