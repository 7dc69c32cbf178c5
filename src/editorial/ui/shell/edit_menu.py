"""The Edit menu's clipboard commands and Find & Replace, and View ▸ Zoom, on the window.

Cut, Copy, Paste and Select All act on the field with the focus (a paste into the story's
fields goes through its smart paste: `ui/editor/web_copy_paste.py`), with the platform's
standard shortcuts. Zoom scales the editor's writing and the preview together, in steps,
and is remembered in the window-state cache (a layout, not a preference: the font size
preference is the settings' own, and zoom is relative to it).

The window's own menus are declared in `window_actions.py`; these join them here so
that that file only gains one call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextEdit,
)

from editorial.ui.preview.preview_follow import PreviewFollower
from editorial.ui.shell.checks_fit import ChecksFit

if TYPE_CHECKING:
    from editorial.ui.checks.checks_panel import ChecksPanel
    from editorial.ui.editor.find_bar import FindBar
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.preview.preview import PreviewPane
    from editorial.ui.shell.window_actions import WindowActions
    from editorial.ui.shell.window_state import WindowState


class EditableWindow(Protocol):
    """What the commands need of the main window (which builds them: no import back)."""

    commands: WindowActions
    preview: PreviewPane
    side: QSplitter
    side_tabs: QTabWidget
    state: WindowState

    @property
    def checks_panel(self) -> ChecksPanel: ...
    @property
    def editor(self) -> StoryEditor: ...
    @property
    def find_bar(self) -> FindBar: ...

    def addAction(self, action: QAction, /) -> None: ...


Key = QKeySequence.StandardKey
ZOOM_KEY = "view/zoom"
ZOOM_RANGE = (-5, 10)  # steps of 10 %: half size up to twice the size


class EditCommands(QObject):
    """Edit ▸ Cut, Copy, Paste, Select All, Find & Replace…; View ▸ Zoom In, Zoom Out,
    Actual Size. Also keeps the preview following the editor and showing a date the
    dateline did not understand, and the checks panel's height fitting what it shows
    (`checks_fit.py`): the window's one hook for the right column's behaviour."""

    def __init__(self, window: EditableWindow) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self._window = window
        self.cut = self._action(self.tr("Cu&t"), [Key.Cut], lambda: self._on_focused("cut"))
        self.copy = self._action(self.tr("&Copy"), [Key.Copy], lambda: self._on_focused("copy"))
        self.paste = self._action(
            self.tr("&Paste"), [Key.Paste], lambda: self._on_focused("paste")
        )
        self.select_all = self._action(
            self.tr("Select &All"), [Key.SelectAll], lambda: self._on_focused("selectAll")
        )
        self.replace = self._action(
            self.tr("Find and &Replace…"),
            [QKeySequence("Ctrl+H")],
            lambda: window.find_bar.open_bar(replace=True),
            self.tr("Find text in the story and replace it"),
        )
        self.zoom_in = self._action(
            self.tr("Zoom &In"),
            [Key.ZoomIn],
            lambda: self.set_zoom(self.zoom + 1),
            self.tr("Larger text in the editor and the preview"),
        )
        # Ctrl+= too: the same key as Ctrl++ without Shift on most layouts (unlisted: the
        # menu and the shortcuts list show one key a command).
        self._action("", [QKeySequence("Ctrl+=")], lambda: self.set_zoom(self.zoom + 1))
        self.zoom_out = self._action(
            self.tr("Zoom &Out"),
            [Key.ZoomOut],
            lambda: self.set_zoom(self.zoom - 1),
            self.tr("Smaller text in the editor and the preview"),
        )
        self.zoom_reset = self._action(
            self.tr("&Actual Size"),
            [QKeySequence("Ctrl+0")],
            lambda: self.set_zoom(0),
            self.tr("The editor and the preview at their usual size"),
        )
        self._place_in_menus()
        self.follower = PreviewFollower(window.editor, window.preview)
        window.editor.dateline.date_problem.connect(window.preview.set_notice)
        self.checks_fit = ChecksFit(window.side, window.side_tabs, window.checks_panel)
        try:
            saved = int(window.state.value(ZOOM_KEY, "0"))
        except ValueError:
            saved = 0  # a damaged cache only loses the zoom
        self.set_zoom(saved, remember=False)

    def _action(
        self,
        title: str,
        keys: list[QKeySequence | Key],
        slot: Callable[[], object],
        tip: str = "",
    ) -> QAction:
        action = QAction(title, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)  # the shortcut works with the menu bar hidden
        return action

    def _place_in_menus(self) -> None:
        commands = self._window.commands
        edit = _menu_of(commands.redo)
        if edit is not None:
            clipboard = [self.cut, self.copy, self.paste, self.select_all]
            after_redo = _action_after(edit, commands.redo)
            if after_redo is None:
                edit.addSeparator()
                edit.addActions(clipboard)
            else:
                edit.insertSeparator(after_redo)
                edit.insertActions(after_redo, clipboard)
            after_find = _action_after(edit, commands.find)
            if after_find is None:
                edit.addAction(self.replace)
            else:
                edit.insertAction(after_find, self.replace)
        view = _menu_of(commands.show_trash)
        if view is not None:
            view.addSeparator()
            view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])

    # The focused field

    def _on_focused(self, operation: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            read_only = widget.isReadOnly()
            if read_only and operation in ("cut", "paste"):
                return
            getattr(widget, operation)()
        elif operation == "selectAll" and widget is not None and hasattr(widget, "selectAll"):
            widget.selectAll()  # a list selects all its rows, as its own Ctrl+A does

    # Zoom

    @property
    def zoom(self) -> int:
        return self._window.editor.zoom

    def set_zoom(self, steps: int, *, remember: bool = True) -> None:
        steps = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], steps))
        self._window.editor.set_zoom(steps)
        self._window.preview.set_zoom(steps)
        self.zoom_out.setEnabled(steps > ZOOM_RANGE[0])
        self.zoom_in.setEnabled(steps < ZOOM_RANGE[1])
        if remember:
            self._window.state.set_value(ZOOM_KEY, str(steps))


def _menu_of(action: QAction) -> QMenu | None:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            return owner
    return None


def _action_after(menu: QMenu, action: QAction) -> QAction | None:
    actions = menu.actions()
    index = actions.index(action) if action in actions else -1
    return actions[index + 1] if 0 <= index < len(actions) - 1 else None


def add_edit_commands(window: EditableWindow) -> EditCommands:
    return EditCommands(window)
