"""The preview: the one renderer's HTML, nothing loaded, no link followed, no stale page."""

from __future__ import annotations

import html
import http.server
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from editorial.domain.render import render_story
from editorial.domain.story import Story
from editorial.ui.preview.preview import PreviewPane, escaped, preview_document
from editorial.ui.shell.resources import PREVIEW_CSS, resource_text
from editorial.ui.shell.tasks import TaskRunner


class CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        CountingHandler.requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """A web server on this machine that counts what is asked of it."""
    CountingHandler.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def pane(qapp: object, qtbot: QtBot) -> Iterator[PreviewPane]:
    runner = TaskRunner()
    pane = PreviewPane(runner)
    pane.set_renderer(render_story)
    pane.resize(600, 500)
    qtbot.addWidget(pane)
    pane.show()
    yield pane
    runner.shutdown()


def browser(pane: PreviewPane) -> QTextBrowser:
    widget = pane.backend.widget()
    assert isinstance(widget, QTextBrowser)
    return widget


def show(qtbot: QtBot, pane: PreviewPane, story: Story) -> None:
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.show_story(story, at_once=True)


def test_the_page_is_the_renderer_html_styled_by_preview_css(
    pane: PreviewPane, qtbot: QtBot
) -> None:
    story = Story(uri="u", headline="Quake", body="Buildings shook.")
    show(qtbot, pane, story)
    assert pane.fragment == render_story(story)
    css = resource_text(PREVIEW_CSS)
    assert "h1.headline" in css and "span.dateline" in css
    assert preview_document(pane.fragment, css).count(pane.fragment) == 1
    assert "Buildings shook." in browser(pane).toPlainText()


def test_remote_images_and_styles_are_never_fetched(
    pane: PreviewPane, qtbot: QtBot, server: str
) -> None:
    image = f"{server}/chart.png"
    story = Story(uri="u", headline="Chart", body=f"Before.\n\n![chart]({image})\n\nAfter.")
    show(qtbot, pane, story)
    pane.grab()  # lays out and paints the page, which is when images are asked for
    qtbot.wait(300)
    assert image in browser(pane).refused  # Qt asked, and was refused
    assert CountingHandler.requests == []
    assert "After." in browser(pane).toPlainText()


def test_links_are_not_followed(
    pane: PreviewPane, qtbot: QtBot, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    story = Story(uri="u", headline="Links", body=f"Read [the report]({server}/report) today.")
    show(qtbot, pane, story)
    view = browser(pane)
    cursor = view.document().find("the report")
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 2, QTextCursor.MoveMode.MoveAnchor)
    where = view.cursorRect(cursor).center()
    assert view.anchorAt(where).endswith("/report")
    with qtbot.waitSignal(view.anchorClicked, timeout=2000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(200)
    assert view.source().isEmpty()
    assert "Read the report today." in view.toPlainText()
    assert opened == [] and CountingHandler.requests == []


def test_a_rendering_that_arrives_after_a_newer_edit_is_dropped(
    pane: PreviewPane, qtbot: QtBot
) -> None:
    release = threading.Event()

    def slow_for_old(story: Story) -> str:
        if story.headline == "Old":
            release.wait(5)
        return render_story(story)

    pane.set_renderer(slow_for_old)
    shown: list[str] = []
    pane.rendered.connect(shown.append)
    pane.show_story(Story(uri="u", headline="Old"), at_once=True)
    qtbot.wait(50)  # the old rendering is under way on the render lane
    pane.show_story(Story(uri="u", headline="New"), at_once=True)
    release.set()
    qtbot.waitUntil(lambda: not pane.pending)
    qtbot.wait(100)
    assert len(shown) == 1 and "New" in shown[0]
    assert "New" in pane.fragment and "Old" not in pane.fragment


def test_typing_is_debounced_and_the_scroll_position_kept(pane: PreviewPane, qtbot: QtBot) -> None:
    body = "\n\n".join(f"Paragraph {n} of a long story." for n in range(300))
    story = Story(uri="u", headline="Long", body=body)
    show(qtbot, pane, story)
    bar = browser(pane).verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000)
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    renders: list[str] = []
    pane.rendered.connect(renders.append)
    for n in range(5):
        pane.show_story(story.edited(body=body + " more" * n))
    qtbot.waitUntil(lambda: not pane.pending)
    qtbot.wait(50)
    assert len(renders) == 1  # five quick edits, one rendering
    assert bar.value() == position


def test_the_preview_escapes_its_messages_as_html_escape_does() -> None:
    texts = ["<b>bold</b> & \"quoted\" 'single'", "&amp; already", "plain", "", "<<>>&&"]
    assert [escaped(text) for text in texts] == [html.escape(text) for text in texts]
