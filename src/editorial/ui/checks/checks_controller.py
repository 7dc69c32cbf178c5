"""Checks in the window: the editor's edits go to the checks runner, its results to the
checks panel and the underlines; a click in the panel goes to the finding; a right-click
on an underlined word offers its fixes.

Nothing here checks anything itself: `CheckingService` does, off the GUI thread. That
includes a misspelling's suggestions (Hunspell takes some 40 ms a word): the menu and
the tooltip show at once and are filled in when the checks lane answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace as with_changes
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QToolTip, QWidget

from editorial.domain.findings import Field, Finding
from editorial.domain.story import Story
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.checks.checked_fields import CheckedField, LineField, PlainTextField
from editorial.ui.checks.checks_panel import ChecksPanel
from editorial.ui.checks.checks_runner import CheckResult, ChecksRunner
from editorial.ui.checks.findings_model import tooltip_text
from editorial.ui.checks.spelling_menu import MenuHandlers, add_finding_actions, fill_suggestions
from editorial.ui.checks.text_spans import Span
from editorial.ui.shell.tasks import TaskRunner

if TYPE_CHECKING:
    from editorial.domain.changes import DeskChanges
    from editorial.services.checking import CheckingService
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.shell.change_bus import ChangeBus

NO_STORY = QT_TRANSLATE_NOOP("ChecksController", "Open a story to check it.")
SUGGESTIONS_KEPT = 512  # words whose suggestions are remembered for the menu and tooltip


def spelling_key(word: str) -> str:
    """A word as the speller compares it (typographic apostrophes made plain)."""
    return word.replace("’", "'")


class ChecksController(QObject):
    """`suggestions_arrived` is emitted once a misspelling's suggestions asked for by a
    menu or a tooltip have been put there."""

    suggestions_arrived = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        checking: CheckingService,
        bus: ChangeBus,
        editor: StoryEditor,
        panel: ChecksPanel,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._tasks = runner
        self._checking = checking
        self._bus = bus
        self._editor = editor
        self.panel = panel
        self.runner = ChecksRunner(runner, checking, self)
        self.result: CheckResult | None = None
        # (language, word) → suggestions, as the speller gave them on the checks lane.
        self._suggested: dict[tuple[str, str], tuple[str, ...]] = {}
        self.fields: dict[Field, CheckedField] = {
            Field.HEADLINE: LineField(Field.HEADLINE, editor.headline, trimmed=True),
            Field.LEDE: PlainTextField(Field.LEDE, editor.lede, trimmed=True),
            Field.BODY: PlainTextField(Field.BODY, editor.body, trimmed=False),
        }
        for checked in self.fields.values():
            checked.area.installEventFilter(self)
        editor.story_edited.connect(self.runner.schedule)
        self.runner.checked.connect(self._show_result)
        self.runner.failed.connect(panel.set_notice)
        self.runner.busy_changed.connect(panel.set_busy)
        panel.finding_activated.connect(self.go_to)
        bus.changed.connect(self.changes_published)

    def changes_published(self, changes: DeskChanges, _initiator: object) -> None:
        """The same text may give other findings now (a word added to the dictionary, a
        new headline limit or house style): check the open story again."""
        if changes.checks_changed and self._editor.story() is not None:
            self.runner.recheck()

    def show_story(self, story: Story | None) -> None:
        """A story was put in the editor (or none): check it at once."""
        self.result = None
        for checked in self.fields.values():
            checked.set_spans([])
        if story is None:
            self.runner.schedule(None)
            self.panel.show_message(self.tr(NO_STORY))
            return
        if self.panel.empty.text() == self.tr(NO_STORY) and not self.panel.model.findings:
            self.panel.show_checking()
        self.runner.check_now(story)

    # Results

    def _show_result(self, result: CheckResult) -> None:
        current = self._editor.story()
        if current is None or not _same_text(current, result.story):
            return  # typed over since: the next check is on its way
        self.result = result
        for checked in self.fields.values():
            checked.show_findings(result.findings)
        self.panel.show_result(result)

    # Going to a finding

    def go_to(self, finding: Finding) -> None:
        checked = self.fields.get(finding.field)
        if checked is None:
            widget = self._field_widget(finding.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        span = next((s for s in checked.spans if s.finding == finding), None)
        if span is not None:
            start, end = span.start, span.end  # where typing since has moved it
        elif finding.has_span:
            start, end = checked.story_offsets(finding.start, finding.end)
        else:
            start = end = 0
        checked.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if end > start:
            checked.select(start, end)

    def _field_widget(self, field: Field) -> QWidget | None:
        editor = self._editor
        if field is Field.BYLINE:
            return editor.bylines
        if field in (Field.DATELINE, Field.DATELINE_CITY):
            return editor.dateline.city
        if field is Field.DATELINE_DATE:
            return editor.dateline.date
        return None

    # The menu over an underlined word

    def menu_for(self, field: Field, position: int, parent: QWidget | None = None) -> QMenu:
        """The context menu of a field at a cursor position: the finding's fixes (when a
        span is there) above the field's own menu."""
        checked = self.fields[field]
        widget = checked.widget
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            menu = widget.createStandardContextMenu()
        else:
            menu = QMenu(parent)
        span = checked.span_at(position)
        if span is None:
            return menu
        word = checked.span_text(span)
        editable = not checked.is_read_only()
        handlers = MenuHandlers(
            replace=lambda text: self.replace(checked, span, text),
            add_to_dictionary=lambda: self.accept_word(word, keep=True),
            ignore=lambda: self.accept_word(word, keep=False),
        )
        known = self._known_suggestions(span, word)
        add_finding_actions(
            menu, known or span, word, handlers, editable=editable, pending=known is None
        )
        if known is None:

            def arrived(found: tuple[str, ...]) -> None:
                fill_suggestions(menu, found, word, handlers, editable=editable)
                self.suggestions_arrived.emit()

            self._ask_suggestions(word, arrived, menu, "menu suggestions")
        return menu

    def _known_suggestions(self, span: Span, word: str) -> Span | None:
        """The span with what to offer for it when that is known without asking the
        speller; None when the speller must be asked (off the GUI thread)."""
        story = self._editor.story()
        if not span.is_spelling or span.finding.suggestions or story is None:
            return span
        if self._tasks.is_closed:
            return span
        found = self._suggested.get((story.language, spelling_key(word)))
        if found is None:
            return None
        return Span(span.start, span.end, with_changes(span.finding, suggestions=found))

    def _ask_suggestions(
        self,
        word: str,
        then: Callable[[tuple[str, ...]], None],
        receiver: QObject,
        key: str,
    ) -> None:
        """Ask the speller on the checks lane; `then` runs on the GUI thread with what it
        offers, unless `receiver` (the menu, the field) is gone by then."""
        checking, story = self._checking, self._editor.story()
        if story is None:
            return
        language, wanted = story.language, spelling_key(word)

        def arrived(found: tuple[str, ...]) -> None:
            if len(self._suggested) >= SUGGESTIONS_KEPT:
                self._suggested.clear()
            self._suggested[(language, wanted)] = found
            then(found)

        self._tasks.checks(
            lambda: checking.suggest(wanted, language),
            arrived,
            lambda _error: then(()),  # no suggestions is still an answer
            key=key,
            receiver=receiver,
        )

    def replace(self, checked: CheckedField, span: Span, text: str) -> None:
        if span in checked.spans and not checked.is_read_only():
            checked.replace(span.start, span.end, text)

    def accept_word(self, word: str, *, keep: bool) -> None:
        """Add a word to the library's dictionary (`keep`) or ignore it this session; its
        underlines and rows go at once, and the story is checked again when the change
        comes back on the bus."""
        checking, story = self._checking, self._editor.story()
        if story is None or self._tasks.is_closed:
            return
        key, language = spelling_key(word), story.language
        for checked in self.fields.values():
            checked.remove_spans(partial(_is_spelling_of, checked, key))
        if self.result is not None:
            self.panel.model.set_findings(
                [f for f in self.panel.model.findings if not self._is_word(f, key)]
            )

        def work() -> DeskChanges:
            if keep:
                return checking.add_to_dictionary(key, language)
            return checking.ignore(key, language)

        def failed(error: Exception) -> None:
            self.panel.set_notice(
                self.tr("“{word}” could not be added to the dictionary: {error}").format(
                    word=word, error=error
                )
            )
            self.runner.recheck()

        self._tasks.database(
            work,
            lambda changes: self._bus.publish(changes, self),
            failed,
            label="dictionary word",
            receiver=self,
        )

    def _is_word(self, finding: Finding, key: str) -> bool:
        if finding.code != "spelling" or self.result is None:
            return False
        text = {
            Field.HEADLINE: self.result.story.headline,
            Field.LEDE: self.result.story.lede,
            Field.BODY: self.result.story.body,
        }.get(finding.field, "")
        return spelling_key(text[finding.start : finding.end]) == key

    # Right-clicks and tooltips over the fields

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ContextMenu, QEvent.Type.ToolTip):
            return False
        checked = next((c for c in self.fields.values() if c.area is watched), None)
        if checked is None:
            return False
        if isinstance(event, QContextMenuEvent):
            keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
            position = checked.cursor_position() if keyboard else checked.position_at(event.pos())
            if checked.span_at(position) is None:
                return False  # the field's own menu, untouched
            menu = self.menu_for(checked.field, position, checked.widget)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        if isinstance(event, QHelpEvent):
            span = checked.span_at(checked.position_at(event.pos()))
            if span is None:
                return False
            self._show_tooltip(checked, span, event.globalPos())
            return True
        return False

    def _show_tooltip(self, checked: CheckedField, span: Span, where: QPoint) -> None:
        """Say what is wrong at once; a misspelling's suggestions follow in the same
        tooltip when the speller has them, if it still shows this word."""
        word = checked.span_text(span)
        known = self._known_suggestions(span, word)
        shown = tooltip_text((known or span).finding)
        QToolTip.showText(where, shown, checked.area)
        if known is not None:
            return

        def arrived(found: tuple[str, ...]) -> None:
            if QToolTip.isVisible() and QToolTip.text() == shown:
                offered = with_changes(span.finding, suggestions=found)
                QToolTip.showText(where, tooltip_text(offered), checked.area)
            self.suggestions_arrived.emit()

        self._ask_suggestions(word, arrived, checked.area, "tooltip suggestions")


def _is_spelling_of(checked: CheckedField, key: str, span: Span) -> bool:
    return span.is_spelling and spelling_key(checked.span_text(span)) == key


def _same_text(a: Story, b: Story) -> bool:
    return (a.headline, a.lede, a.body, a.language) == (b.headline, b.lede, b.body, b.language)
