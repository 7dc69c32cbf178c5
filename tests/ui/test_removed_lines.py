""" "Removed from the page": after a paste, every line the reader left out is listed
beside the story, and one click puts a line back into the body where it stood, as a step
that Ctrl+Z takes back (the line is then listed again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editorial.ui.editor.removed_lines_panel import RemovedLinesPanel
from editorial.ui.shell.main_window import MainWindow
from tests.formats.conftest import SAMPLE_WEB_COPY
from tests.ui.conftest import WindowFactory
from tests.ui.test_main_window import activate, new_story
from tests.ui.test_web_copy_paste import CTRL, HEADLINE, paste, wait_read

SHIFT = Qt.KeyboardModifier.ShiftModifier


def removed_texts(panel: RemovedLinesPanel, *, shown_only: bool = True) -> list[str]:
    rows = range(panel.list.count())
    return [
        panel.row(i).text.toolTip() for i in rows
        if not (shown_only and panel.list.item(i).isHidden())
    ]  # fmt: skip


def index_of(panel: RemovedLinesPanel, text: str) -> int:
    return removed_texts(panel, shown_only=False).index(text)


def test_the_lines_left_out_are_listed_and_each_comes_back_with_one_click(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    panel = window.editor_pane.removed_panel
    assert not panel.isVisible()
    paste(qtbot, window, SAMPLE_WEB_COPY.read_text(encoding="utf-8"))
    wait_read(qtbot, window)
    editor = window.editor
    assert editor.headline.text() == HEADLINE

    assert panel.isVisible() and panel.list.isVisible()
    listed = removed_texts(panel)
    for line in ("Subscribe", "Newsfeed", "log in or register", "Заголовок открываемого материала",
                 "- Sputnik International"):  # fmt: skip
        assert line in listed
    assert panel.toggle.text() == f"Removed from the page ({len(listed)})"
    newsfeed = index_of(panel, "Newsfeed")
    assert panel.row(newsfeed).reason.text() == "site navigation or interface"

    # A line after the story goes back after the last paragraph, in one click.
    before = editor.body.toPlainText()
    qtbot.mouseClick(panel.row(newsfeed).put_back, Qt.MouseButton.LeftButton)
    assert editor.body.toPlainText() == before + "\n\nNewsfeed"
    assert "Newsfeed" not in removed_texts(panel)
    assert panel.toggle.text() == f"Removed from the page ({len(listed) - 1})"
    story = editor.story()
    assert story is not None and story.body.endswith("Newsfeed")

    # Ctrl+Z takes it out again, and it is listed again; the reading itself stays.
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL)
    assert editor.body.toPlainText() == before
    assert "Newsfeed" in removed_texts(panel)
    assert editor.headline.text() == HEADLINE
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "Newsfeed" not in removed_texts(panel)

    # A line from above the headline goes to the start of the body.
    site = index_of(panel, "- Sputnik International")
    qtbot.mouseClick(panel.row(site).put_back, Qt.MouseButton.LeftButton)
    assert editor.body.toPlainText().startswith("\\- Sputnik International\n\nSerdyukov is on")


def test_the_list_folds_hides_with_the_reading_and_empties_for_another_story(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    panel = window.editor_pane.removed_panel
    paste(qtbot, window, SAMPLE_WEB_COPY.read_text(encoding="utf-8"))
    wait_read(qtbot, window)
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.isVisible() and not panel.list.isVisible()
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.list.isVisible()

    editor = window.editor
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL)  # the raw paste again: nothing removed
    assert editor.headline.text() == "" and not panel.isVisible()
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.headline.text() == HEADLINE and panel.isVisible()

    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.body, "x")
    assert not panel.isVisible()


PAGE = """<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a>
</li><li><a href="/login">Log in</a></li></ul></nav><main><article>
<div class="rubric">World</div><h1>Harbour reopens after three days of storms</h1>
<p class="lead">Ferries to Gozo ran again on Monday as the wind dropped across Malta.</p>
<p>VALLETTA, March 3 (Reuters) - Malta reopened its main harbour on Monday after three days of
storms that stranded ferries and closed schools, the transport authority said.</p>
<p>Waves of up to six metres hit the northern coast on Saturday, the weather office said.</p>
<div class="share"><a>Share</a> <a>Tweet</a></div>
<p>"The worst is over," the transport minister told reporters at the quay.</p>
<aside><h3>Read more</h3><ul><li><a>Floods close roads in Sicily</a></li></ul></aside>
</article></main><footer>© 2026 Island Daily. All rights reserved.</footer></body></html>"""


def paste_mime(qtbot: QtBot, window: MainWindow, text: str, html: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)
    activate(qtbot, window)
    window.editor.body.setFocus()
    qtbot.waitUntil(window.editor.body.hasFocus)
    qtbot.keyClick(window.editor.body, Qt.Key.Key_V, CTRL)


def test_a_paste_with_html_is_read_by_the_page_markup(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    # The plain text of the same selection, as a browser puts it beside the HTML.
    text = "Home\nWorld\nLog in\nWorld\nHarbour reopens after three days of storms\nMore.\n"
    paste_mime(qtbot, window, text, PAGE)
    wait_read(qtbot, window)
    editor = window.editor
    assert editor.headline.text() == "Harbour reopens after three days of storms"
    assert editor.dateline.dateline().city == "Valletta"
    assert editor.lede.toPlainText().startswith("Malta reopened its main harbour on Monday")
    body = editor.body.toPlainText()
    assert body.startswith("Waves of up to six metres")
    assert body.endswith("the transport minister told reporters at the quay.")
    assert "Share" not in body and "Floods close roads" not in body
    listed = removed_texts(window.editor_pane.removed_panel)
    assert "© 2026 Island Daily. All rights reserved." in listed
    assert "Floods close roads in Sicily" in listed
    assert "Ferries to Gozo ran again on Monday as the wind dropped across Malta." in listed


def test_a_line_goes_back_after_the_paragraph_it_followed_or_at_the_end() -> None:
    from editorial.domain.removed_copy import RemovedLine
    from editorial.ui.editor.removed_lines import _insertion

    body = "First.\n\nSecond, with First. inside.\n\nThird."
    assert _insertion(body, RemovedLine("Share", "x", after="First.")) == (6, "\n\nShare")
    assert _insertion(body, RemovedLine("Share", "x", after="")) == (0, "Share\n\n")
    # The paragraph it followed was edited away: the end of the body.
    assert _insertion(body, RemovedLine("Share", "x", after="Gone.")) == (len(body), "\n\nShare")
    assert _insertion("", RemovedLine("Share", "x", after="First.")) == (0, "Share")
    # A paragraph found only inside another is not the one it followed.
    assert _insertion("Not First. here\n\nFirst.", RemovedLine("S", "x", after="First.")) == (
        len("Not First. here\n\nFirst."),
        "\n\nS",
    )
