"""Checks a desk expects from the window: a slug another story has is a warning (the
command line's check says so too); the checks panel keeps to its lines when it lists
nothing; the headline-period fix says what it does and a one-character span is visible."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from editorial.domain.findings import Field, Finding, Severity
from editorial.domain.story import new_story as make_story
from editorial.storage.library import Library
from editorial.ui.checks.checks_runner import CheckResult
from editorial.ui.checks.spelling_highlighter import underline_format
from editorial.ui.checks.spelling_menu import MenuHandlers, add_finding_actions
from editorial.ui.checks.text_spans import Span
from tests.test_cli_process import run_editorial
from tests.ui.checks_helpers import wait_checked
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import new_story

DUPLICATE = "structure.duplicate-slug"


def test_a_slug_another_story_has_is_a_warning_in_the_window_and_the_command_line(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    with Library.open(library_path) as library:
        first = library.add(make_story("example.com", headline="Quake hits Turkey"))
        library.save(first.edited(slug="quake-hits-turkey"))
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Quake hits Turkey!")
    assert window.editor.slug.text() == "quake-hits-turkey"
    result = wait_checked(qtbot, window)
    found = [f for f in result.findings if f.code == DUPLICATE]
    assert len(found) == 1 and found[0].severity is Severity.WARNING
    assert "quake-hits-turkey" in found[0].message and f"story {first.id}" in found[0].message
    assert any(f.code == DUPLICATE for f in window.checks_panel.model.findings)

    window.editor.slug.setText("quake-turkey-2")
    window.editor.slug.textEdited.emit("quake-turkey-2")
    qtbot.keyClicks(window.editor.body, "A strong earthquake struck.")
    result = wait_checked(qtbot, window)
    assert not [f for f in result.findings if f.code == DUPLICATE]
    window.session.save_now()
    wait_idle(qtbot, window)

    window.editor.slug.setText("quake-hits-turkey")
    window.editor.slug.textEdited.emit("quake-hits-turkey")
    window.session.save_now()
    wait_idle(qtbot, window)
    checked = run_editorial(tmp_path, "--library", str(library_path), "check", str(story_id))
    assert DUPLICATE in checked.stdout, checked.stdout + checked.stderr


def test_the_checks_panel_keeps_to_its_message_when_it_lists_nothing(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    window.resize(1400, 860)
    qtbot.wait(50)
    result = wait_checked(qtbot, window)
    panel, side = window.checks_panel, window.side
    listed = CheckResult(result.story, (), result.counts, 60, "", 0.0)
    finding = Finding("structure.x", Severity.WARNING, "Something", Field.STORY)
    panel.show_result(CheckResult(result.story, (finding,), result.counts, 60, "", 0.0))
    with_findings = side.sizes()[1]
    assert with_findings > 250
    window.grab().save("/tmp/h46-checks-listing.png")
    panel.show_result(listed)
    assert panel.empty.text() == "No problems found."
    compact = side.sizes()[1]
    assert compact < with_findings / 2 and compact < 200
    assert compact >= window.side_tabs.tabBar().sizeHint().height() + panel.compact_height()
    window.grab().save("/tmp/h46-checks-empty.png")
    panel.show_result(CheckResult(result.story, (finding,), result.counts, 60, "", 0.0))
    assert side.sizes()[1] == with_findings  # the split comes back with findings
    # The History tab is not shrunk for the checks' sake.
    panel.show_result(listed)
    window.side_tabs.setCurrentWidget(window.history_panel)
    assert side.sizes()[1] == with_findings


def test_the_period_fix_says_what_it_does_and_a_one_character_span_is_tinted(
    qapp: object,
) -> None:
    period = Finding("structure.headline-period", Severity.WARNING,
                     "Headlines do not end with a period.", Field.HEADLINE, 5, 6, 1, 6,
                     suggestions=("",))  # fmt: skip
    menu = QMenu()
    handlers = MenuHandlers(lambda _t: None, lambda: None, lambda: None)
    actions = add_finding_actions(menu, Span(5, 6, period), ".", handlers, editable=True)
    titles = [a.text() for a in actions if not a.isSeparator()]
    assert "Delete the period" in titles and "Remove the extra space" not in titles
    short = underline_format(period, 1)
    long = underline_format(period, 8)
    assert short.background().color().alpha() > 0
    assert short.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert long.background().style().name == "NoBrush"


def test_the_layout_kept_at_closing_is_the_editors_not_the_shrunk_one(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Quake")
    result = wait_checked(qtbot, window)
    finding = Finding("structure.x", Severity.WARNING, "Something", Field.STORY)
    window.checks_panel.show_result(
        CheckResult(result.story, (finding,), result.counts, 60, "", 0.0)
    )
    normal = window.side.sizes()[1]
    share = normal / sum(window.side.sizes())
    window.checks_panel.show_result(CheckResult(result.story, (), result.counts, 60, "", 0.0))
    assert window.edit_commands.checks_fit.compact and window.side.sizes()[1] < normal
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed, timeout=10_000)
    again = make_window(library_path)
    wait_checked(qtbot, again)  # the story with "Quake", and its findings
    assert not again.edit_commands.checks_fit.compact
    # The panel's share of the column as the editor left it (a banner may make it lower).
    sizes = again.side.sizes()
    assert abs(sizes[1] / sum(sizes) - share) < 0.01
