"""The story as it will be published, beside the editor.

The HTML is the editing service's, unchanged (the one renderer); the preview only wraps
it in a document styled by `resources/preview.css`. Rendering runs on the render lane
after a short pause in typing, and an answer that arrives after a newer edit is dropped.

The page is shown by a backend behind a two-method interface (as ReText does), today a
QTextBrowser: it runs no scripts, follows no links and loads nothing from anywhere;
images stand in as grey boxes.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from editorial.ui.preview.typing_pause import TypingPause
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.qt_ints import ALIGN_CENTER
from editorial.ui.shell.tasks import TaskRunner
from editorial.ui.shell.theme import current_theme, page_css

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage

    from editorial.domain.story import Story

Renderer = Callable[["Story"], str]
PLACEHOLDER_SIZE = QSize(240, 120)
FOLLOW_MARGIN = 24  # pixels over the paragraph followed, so its start shows


ZOOM_STEP = 0.1  # of the style sheet's sizes, per step
# Compiled when first used (`re` keeps it): zooming, not the window's first frame.
_POINTS = r"(\d+(?:\.\d+)?)pt\b"


def zoomed_css(css: str, steps: int) -> str:
    """The style sheet with every size in points scaled by `steps` zoom steps."""
    if not steps:
        return css
    factor = max(0.3, 1 + ZOOM_STEP * steps)
    return re.sub(_POINTS, lambda m: f"{float(m.group(1)) * factor:.1f}pt", css)


def preview_document(fragment: str, css: str) -> str:
    """The rendered story as a whole HTML document with the preview's style sheet."""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<style>{css}</style></head>\n<body>\n{fragment}\n</body></html>"
    )


# html.escape's five replacements, made without importing `html` (its table of entities
# is some 1 ms of the window's start, which shows a message here).
_HTML_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)


def escaped(text: str) -> str:
    """`text` as html.escape(text) gives it."""
    return text.translate(_HTML_ESCAPES)


def empty_document(css: str, message: str) -> str:
    return preview_document(f'<p class="placeholder">{escaped(message)}</p>', css)


def _follow_palette(widget: QWidget, changed: Callable[[QPalette], None]) -> None:
    """`changed` when the application's palette (the theme: `theme.py` sets it there)
    changes. Qt's signal, not `changeEvent`: PySide6 hands Python an event only after
    making the classes of all of QEvent's ~50 kinds, which the window's first frame
    does without (some 4 ms); the widget is its receiver, so it ends with the widget."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.paletteChanged.connect(changed)


class PreviewBackend(Protocol):
    """What the pane needs of whatever shows the page."""

    def widget(self) -> QWidget: ...

    def set_document(self, document: str) -> None:
        """Show a whole HTML document, keeping the reader's scroll position."""


class LockedTextBrowser(QTextBrowser):
    """A QTextBrowser that never leaves the page: links are not followed and no resource
    is loaded, from the network or from disk (`refused` lists what was asked for)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Preview"))
        self.document().setDocumentMargin(28)
        self.refused: list[str] = []
        self._placeholder: QImage | None = None
        _follow_palette(self, self._palette_changed)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # Qt's classes for pictures, only when a story has one: the window's first frame
        # goes without making them (some 1.5 ms).
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QTextDocument

        url = name.toString() if isinstance(name, QUrl) else str(name)
        if url not in self.refused:
            self.refused.append(url)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            # Answering with an image (not None) also stops Qt asking again on every paint.
            return self._placeholder_image()
        return None

    def _placeholder_image(self) -> QImage:
        from PySide6.QtGui import QFont, QImage, QPainter

        if self._placeholder is None:
            image = QImage(PLACEHOLDER_SIZE, QImage.Format.Format_ARGB32)
            theme = current_theme()
            image.fill(theme.colour("image-bg"))
            painter = QPainter(image)
            painter.setPen(theme.colour("image-text"))
            font = QFont(self.font())
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
            painter.setFont(font)
            painter.drawText(
                image.rect(),
                ALIGN_CENTER,
                self.tr("Image not loaded\nin the preview"),
            )
            painter.end()
            self._placeholder = image
        return self._placeholder

    def _palette_changed(self, _palette: QPalette) -> None:
        self._placeholder = None  # drawn again in the new theme's colours


class TextBrowserBackend:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.browser = LockedTextBrowser(parent)

    def widget(self) -> QWidget:
        return self.browser

    def set_document(self, document: str) -> None:
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(document)
        bar.setValue(position)
        # A long document may finish its layout later, with the range still growing.
        QTimer.singleShot(0, lambda: bar.setValue(position) if bar.value() < position else None)


class PreviewPane(QWidget):
    """`rendered` is emitted each time the pane shows a new rendering (with its HTML)."""

    rendered = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        parent: QWidget | None = None,
        backend: PreviewBackend | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._renderer: Renderer | None = None
        self.backend: PreviewBackend = backend or TextBrowserBackend(self)
        self._story: Story | None = None
        self._requested = 0  # number of the newest rendering asked for
        self._shown = 0  # number of the rendering on screen
        self.fragment = ""  # the HTML shown, as the renderer made it
        self._message = ""  # the message shown instead of a story, if any
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.render_now)
        self.pause = TypingPause()  # the pause after a keystroke, from measured costs
        self._asked_at = 0.0  # when the newest rendering was asked for (perf_counter)
        self._zoom = 0  # steps of ZOOM_STEP from the style sheet's sizes
        # Over the page: what the page cannot show (a date typed but not understood).
        self.notice = QLabel(self)
        self.notice.setObjectName("previewNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.backend.widget())
        self.show_message(self.tr("Opening the library…"))
        _follow_palette(self, self._palette_changed)

    def set_renderer(self, renderer: Renderer) -> None:
        self._renderer = renderer

    def set_notice(self, text: str) -> None:
        """A line over the page ("" hides it): the story saved differs from what is typed."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        """Show the page `steps` sizes larger (smaller when negative) than its style sheet."""
        if steps != self._zoom:
            self._zoom = steps
            self._show_again()

    def _css(self) -> str:
        return zoomed_css(page_css(), self._zoom)

    def show_message(self, message: str) -> None:
        self._requested += 1  # whatever is still rendering is no longer wanted
        self._shown = self._requested
        self.fragment = ""
        self._message = message
        self.backend.set_document(empty_document(self._css(), message))

    def show_story(self, story: Story | None, *, at_once: bool = False) -> None:
        """Show this story after a pause in typing, or at once (when a story is opened)."""
        self._story = story
        if story is None:
            self._timer.stop()
            self.show_message(self.tr("No story open"))
            return
        if at_once:
            self._timer.stop()
            self.render_now()
            return
        self._timer.start(self.pause.ms)

    @property
    def pending(self) -> bool:
        """A rendering is waiting for the pause to end or for the render lane."""
        return self._timer.isActive() or self._requested != self._shown

    def render_now(self) -> None:
        story, renderer = self._story, self._renderer
        if story is None or renderer is None or self._runner.is_closed:
            return
        self._requested += 1
        number = self._requested
        self._asked_at = time.perf_counter()
        self._runner.render(
            lambda: renderer(story),
            lambda fragment: self._show(number, fragment),
            lambda error: self._failed(number, error),
            key="preview",
        )

    def _show(self, number: int, fragment: str) -> None:
        if number != self._requested:
            return  # an edit came after this rendering started: a newer one is coming
        self._shown = number
        self.fragment = fragment
        self._message = ""
        arrived = time.perf_counter()
        self.backend.set_document(preview_document(fragment, self._css()))
        shown = time.perf_counter()
        self.pause.measured((arrived - self._asked_at) * 1000, (shown - arrived) * 1000)
        self.rendered.emit(fragment)

    def _palette_changed(self, _palette: QPalette) -> None:
        """A new palette is a new theme: the page is shown again in its colours."""
        self._show_again()

    def _show_again(self) -> None:
        """The same page in the current theme and size."""
        if self.fragment:
            self.backend.set_document(preview_document(self.fragment, self._css()))
        else:
            self.backend.set_document(empty_document(self._css(), self._message))

    def _failed(self, number: int, error: Exception) -> None:
        if number == self._requested:
            self._shown = number
            self.show_message(
                self.tr("The preview could not be rendered: {error}").format(
                    error=error_text(error)
                )
            )

    # Following the editor (`preview_follow.py`)

    def scroll_to_text(self, phrase: str) -> bool:
        """Scroll so that the first block holding `phrase` is near the top; False when
        the page does not hold it."""
        backend = self.backend
        if not isinstance(backend, TextBrowserBackend) or not phrase:
            return False
        browser = backend.browser
        document = browser.document()
        found = document.find(phrase)
        if found.isNull():
            return False
        top = document.documentLayout().blockBoundingRect(found.block()).top()
        browser.verticalScrollBar().setValue(max(0, int(top) - FOLLOW_MARGIN))
        return True

    def scroll_to_top(self) -> None:
        widget = self.backend.widget()
        if isinstance(widget, QTextBrowser):
            widget.verticalScrollBar().setValue(0)
