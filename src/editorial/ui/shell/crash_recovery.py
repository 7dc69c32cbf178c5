"""Picking up after a crash: the next start reopens the story that was open, puts the
cursor (and the selection) back where it was, restores the window's geometry, and says
what was recovered.

The text itself needs nothing more here: the session saves within two seconds of typing
(and a library that cannot take it, the journal does). What the library cannot know is
where the editor was; that goes to the session file (`services/session_state.py`), a
fraction of a second after the cursor moves, written on the render lane. Each save also
records the cursor on the database lane just before the text goes in, so the file never
holds a cursor older than the text the library holds (a kill between the two would bring
back the text with the cursor short of its end); records are numbered, and one taken
earlier than the last written is dropped. The file also marks the
window as running until a clean quit: found still marked, with its process gone, the
last run ended without one.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from editorial.services.session_state import OpenStory, Previous, SessionStateFile
from editorial.ui.editor.story_session import SaveState
from editorial.ui.shell.message_banner import Severity
from editorial.ui.shell.tasks import Task

if TYPE_CHECKING:
    from editorial.domain.story import Story
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.editor.story_session import StorySession
    from editorial.ui.library.story_desk import StoryDesk
    from editorial.ui.shell.message_banner import MessageBanner
    from editorial.ui.shell.story_panes import StoryPanes
    from editorial.ui.shell.tasks import Lane, TaskRunner

RECORD_MS = 400  # where the cursor is reaches the file this soon after it moves
FIELDS = ("headline", "slug", "bylines", "keywords", "subjects", "lede", "body", "note")
TextField = QLineEdit | QPlainTextEdit


def recovered_line(headline: str, at: dt.datetime | None) -> str:
    headline = headline or QCoreApplication.translate("CrashRecovery", "Untitled")
    if at is None:
        return QCoreApplication.translate(
            "CrashRecovery",
            "Recovered the text of “{headline}” typed before Editorial closed unexpectedly.",
        ).format(headline=headline)
    return QCoreApplication.translate(
        "CrashRecovery",
        "Recovered the text of “{headline}” typed before Editorial closed unexpectedly at {time}.",
    ).format(headline=headline, time=at.astimezone().strftime("%H:%M"))


def reopened_line(headline: str, at: dt.datetime | None) -> str:
    """For a story nobody could type in (approved, published, spiked): it is reopened, and
    no text of it was recovered."""
    headline = headline or QCoreApplication.translate("CrashRecovery", "Untitled")
    if at is None:
        return QCoreApplication.translate(
            "CrashRecovery", "Reopened “{headline}”, open when Editorial closed unexpectedly."
        ).format(headline=headline)
    return QCoreApplication.translate(
        "CrashRecovery",
        "Reopened “{headline}”, open when Editorial closed unexpectedly at {time}.",
    ).format(headline=headline, time=at.astimezone().strftime("%H:%M"))


def cursor_of(field: TextField) -> tuple[int, int]:
    """(cursor, anchor): the cursor and the other end of the selection."""
    if isinstance(field, QPlainTextEdit):
        cursor = field.textCursor()
        return cursor.position(), cursor.anchor()
    position = field.cursorPosition()
    if not field.hasSelectedText():
        return position, position
    start = field.selectionStart()
    end = start + len(field.selectedText())
    return position, start if position == end else end


def put_cursor(field: TextField, position: int, anchor: int) -> None:
    """Put the cursor and the selection back, inside the text as it is now."""
    if isinstance(field, QPlainTextEdit):
        last = field.document().characterCount() - 1
        cursor = field.textCursor()
        cursor.setPosition(max(0, min(anchor, last)))
        cursor.setPosition(max(0, min(position, last)), QTextCursor.MoveMode.KeepAnchor)
        field.setTextCursor(cursor)
        field.ensureCursorVisible()
        return
    last = len(field.text())
    position, anchor = max(0, min(position, last)), max(0, min(anchor, last))
    if position == anchor:
        field.setCursorPosition(position)
    else:
        field.setSelection(anchor, position - anchor)


class CrashRecovery(QObject):
    def __init__(
        self,
        *,
        runner: TaskRunner,
        state_file: SessionStateFile,
        session: StorySession,
        desk: StoryDesk,
        panes: StoryPanes,
        editor: StoryEditor,
        window: QWidget,
        banner: MessageBanner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._file = state_file
        self._session = session
        self._desk = desk
        self._editor = editor
        self._window = window
        self._banner = banner
        self._fields: dict[str, TextField] = {name: getattr(editor, name) for name in FIELDS}
        self._field = "body"
        self._recording = False
        self._last: OpenStory | None = None
        self._taken = 0  # numbers the records in the order they are taken
        self._recovering: Previous | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.record)
        panes.story_shown.connect(self._story_shown)
        session.saving.connect(self._record_before_save)

    # Starting

    def start(self, otherwise: Callable[[], None]) -> None:
        """Read the last session (marking this one as running); reopen what was open when
        it ended unclean, else call `otherwise`."""
        state_file = self._file
        self._runner.database(
            state_file.start,
            lambda previous: self._started(previous, otherwise),
            lambda _error: self._started(None, otherwise),
            label="session state",
        )

    def _started(self, previous: Previous | None, otherwise: Callable[[], None]) -> None:
        self._start_recording()
        story_id = previous.open_story.story_id if previous is not None else None
        if previous is None or not previous.unclean or story_id is None:
            otherwise()
            return
        self._recovering = previous
        self._restore_geometry(previous.open_story.geometry)
        self._desk.open_story(story_id)

    def _story_shown(self, story: Story | None) -> None:
        previous, self._recovering = self._recovering, None
        if previous is not None and story is not None and story.id == previous.open_story.story_id:
            where = previous.open_story
            field = self._fields.get(where.field, self._editor.body)
            self._field = where.field if where.field in self._fields else "body"
            put_cursor(field, where.cursor, where.anchor)
            field.setFocus()
            said = reopened_line if self._session.state == SaveState.READ_ONLY else recovered_line
            line = said(story.headline, previous.recorded_at)
            self._banner.show_message(line, Severity.INFO)
        self._schedule()

    def _restore_geometry(self, geometry: str) -> None:
        if geometry:
            with contextlib.suppress(ValueError):  # not base64: the geometry stays
                self._window.restoreGeometry(QByteArray(base64.b64decode(geometry)))

    # Recording

    def _start_recording(self) -> None:
        if self._recording:
            return
        self._recording = True
        for name, field in self._fields.items():
            field.cursorPositionChanged.connect(lambda *_, n=name: self._moved_in(n))
            field.selectionChanged.connect(lambda n=name: self._moved_in(n))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._window.installEventFilter(self)
        self._schedule()

    def _moved_in(self, name: str) -> None:
        self._field = name
        self._schedule()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for name, field in self._fields.items():
            if new is field:
                self._field = name
        self._schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._schedule()
        return False

    def _schedule(self) -> None:
        if self._recording and not self._timer.isActive() and not self._runner.is_closed:
            self._timer.start(RECORD_MS)

    def snapshot(self) -> OpenStory:
        story = self._editor.story()
        field = self._fields[self._field]
        position, anchor = cursor_of(field)
        geometry = base64.b64encode(bytes(self._window.saveGeometry().data())).decode("ascii")
        return OpenStory(
            story_id=self._session.story_id,
            headline=story.headline if story is not None else "",
            field=self._field,
            cursor=position,
            anchor=anchor,
            geometry=geometry,
        )

    def record(self) -> None:
        """Write where the editor is now (on the render lane: quick, and keyed, so a
        newer record replaces one still waiting)."""
        if self._runner.is_closed or not self._recording:
            return
        snapshot = self.snapshot()
        if snapshot == self._last:
            return
        self._last = snapshot
        self._submit(snapshot, self._runner.render_lane)

    def _record_before_save(self) -> None:
        """Where the cursor is as the save takes its text, ahead of the save on its lane
        (even if a record of the same place waits on the render lane)."""
        if self._runner.is_closed or not self._recording:
            return
        self._last = self.snapshot()
        self._submit(self._last, self._runner.database_lane)

    def _submit(self, snapshot: OpenStory, lane: Lane) -> None:
        self._taken += 1
        state_file, taken = self._file, self._taken
        task: Task[None] = Task(
            lambda: state_file.record(snapshot, taken), key="session state", label="session state"
        )
        self._runner.submit(lane, task)

    def finish(self) -> None:
        """The clean quit (call before the lanes stop): the last record, and no crash."""
        self._timer.stop()
        if self._runner.is_closed:
            return
        snapshot = self.snapshot() if self._recording else None
        self._recording = False
        state_file = self._file

        def final() -> None:
            if snapshot is not None:
                state_file.record(snapshot)
            state_file.finish()

        task: Task[None] = Task(final, key="session state", label="session state")
        self._runner.submit(self._runner.render_lane, task)
