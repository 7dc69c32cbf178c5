"""The main window's menus, actions and shortcuts, declared in one place.

Actions only carry titles, shortcuts and enabled state; the window connects them to what
they do. Delete belongs to the story list alone (in a text field it deletes text).
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenuBar, QWidget

# The actions' shortcuts are set right after the window's first frame is painted
# (`set_pending_shortcuts`, from MainWindow.complete), not as the actions are made:
# reading 20 key sequences and entering them in the application's shortcut map is some
# 6 M instructions (1 ms) of a cold start, and no key reaches a window not shown yet.
# Kept here meanwhile, beside their actions (weakly: a window closed takes its own).
_pending: weakref.WeakKeyDictionary[QAction, str] = weakref.WeakKeyDictionary()
# A pending shortcut that is one of QKeySequence's standard keys, by its name
# (`STANDARD + "Undo"`): "Delete" is a key and a standard key both.
STANDARD = "standard:"


def titled_action(title: str, parent: QWidget) -> QAction:
    """`QAction(title, parent)`, made without QIcon's class: PySide6 weighs that call
    against the QAction(QIcon, str) overload, which makes QIcon's class with its
    ThemeIcon enum of 151 names (some 10 M instructions of a cold start) before the
    window has any icon to show."""
    action = QAction(parent)
    action.setText(title)
    return action


def defer_shortcut(action: QAction, shortcut: str) -> None:
    """`shortcut` ("Ctrl+N", or STANDARD and a standard key's name) is the action's once
    its window is complete."""
    _pending[action] = shortcut


def set_pending_shortcuts(window: QWidget) -> None:
    """The window's actions get the shortcuts `defer_shortcut` kept for them."""
    from PySide6.QtGui import QKeySequence

    for action in window.findChildren(QAction):
        shortcut = _pending.pop(action, None)
        if shortcut is None:
            continue
        if shortcut.startswith(STANDARD):
            key = QKeySequence(getattr(QKeySequence.StandardKey, shortcut[len(STANDARD) :]))
        else:
            key = QKeySequence(shortcut)
        # A list of one: setShortcut's overloads are weighed against a Qt.Key, which
        # makes all of Qt's enums (see qt_ints.py); setShortcuts has no such overload.
        action.setShortcuts([key])


class WindowActions:
    """The window's actions, by name. A plain class, not a dataclass: its generated
    __init__ of 28 parameters is compiled as the window starts (some 5 M instructions,
    0.8 ms), and the actions are neither compared nor printed."""

    new_story: QAction
    save: QAction
    close_story: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    submit: QAction
    approve: QAction
    return_story: QAction
    correct: QAction
    kill: QAction
    review: QAction
    show_desk: QAction
    search: QAction
    trash: QAction
    restore: QAction
    show_trash: QAction
    import_files: QAction
    export: QAction
    preferences: QAction
    staff: QAction
    profiles: QAction
    preflight: QAction
    outbox: QAction
    endpoints: QAction

    def __init__(self, **actions: QAction) -> None:
        names = self.__annotations__.keys()  # the actions declared above, in order
        if actions.keys() != names:
            raise TypeError(f"actions not as declared: {sorted(actions.keys() ^ names)}")
        self.__dict__.update(actions)

    def set_story_actions_enabled(
        self, has_story: bool, in_trash: bool, read_only: bool = False
    ) -> None:
        """The workflow's moves (spike and restore too) are enabled by `StoryWorkflow`,
        by the rule the moves themselves follow."""
        editable = has_story and not in_trash
        self.save.setEnabled(editable and not read_only)
        self.close_story.setEnabled(has_story)
        self.export.setEnabled(has_story)
        self.find.setEnabled(has_story)
        self.find_next.setEnabled(has_story)
        self.find_previous.setEnabled(has_story)

    def all(self) -> list[QAction]:
        return [getattr(self, name) for name in self.__annotations__]


def _action(
    window: QMainWindow,
    title: str,
    shortcut: str | None = None,
    tip: str = "",
    *,
    checkable: bool = False,
) -> QAction:
    action = titled_action(title, window)
    if shortcut is not None:
        defer_shortcut(action, shortcut)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(checkable)
    return action


def build_actions(window: QMainWindow) -> WindowActions:
    return WindowActions(
        new_story=_action(
            window,
            QCoreApplication.translate("WindowActions", "&New Story"),
            "Ctrl+N",
            QCoreApplication.translate("WindowActions", "Start a new story"),
        ),
        save=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Save"),
            "Ctrl+S",
            QCoreApplication.translate("WindowActions", "Save the story now"),
        ),
        close_story=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Close Story"),
            "Ctrl+W",
            QCoreApplication.translate("WindowActions", "Close the story"),
        ),
        quit=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Quit"),
            "Ctrl+Q",
            QCoreApplication.translate("WindowActions", "Save and quit Editorial"),
        ),
        undo=_action(
            window, QCoreApplication.translate("WindowActions", "&Undo"), STANDARD + "Undo"
        ),
        redo=_action(
            window, QCoreApplication.translate("WindowActions", "&Redo"), STANDARD + "Redo"
        ),
        find=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Find…"),
            "Ctrl+F",
            QCoreApplication.translate("WindowActions", "Find text in the story"),
        ),
        find_next=_action(window, QCoreApplication.translate("WindowActions", "Find &Next"), "F3"),
        find_previous=_action(
            window, QCoreApplication.translate("WindowActions", "Find &Previous"), "Shift+F3"
        ),
        submit=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Submit"),
            None,
            QCoreApplication.translate("WindowActions", "File the story for the copy desk"),
        ),
        approve=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Approve"),
            None,
            QCoreApplication.translate("WindowActions", "Sign the story off for publication"),
        ),
        return_story=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Return to Author…"),
            None,
            QCoreApplication.translate(
                "WindowActions", "Send the story back with a note saying why"
            ),
        ),
        correct=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Correct…"),
            None,
            QCoreApplication.translate(
                "WindowActions", "Open a published story's new version, with a note"
            ),
        ),
        kill=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Kill…"),
            None,
            QCoreApplication.translate("WindowActions", "Withdraw a published story for good"),
        ),
        review=_action(
            window,
            QCoreApplication.translate("WindowActions", "Re&view"),
            "Ctrl+R",
            QCoreApplication.translate(
                "WindowActions", "Review the story: what changed, comments, sign-off"
            ),
            checkable=True,
        ),
        show_desk=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Desk View"),
            "Ctrl+Shift+D",
            QCoreApplication.translate(
                "WindowActions", "The stories on the desk, grouped by state"
            ),
        ),
        search=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Search the Library…"),
            "Ctrl+Shift+F",
            QCoreApplication.translate(
                "WindowActions",
                'Find stories: words, "a phrase", -word, by:, status:, lang:, date:',
            ),
        ),
        trash=_action(
            window,
            QCoreApplication.translate("WindowActions", "S&pike"),
            "Delete",
            QCoreApplication.translate("WindowActions", "Spike the selected story (shelve it)"),
        ),
        restore=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Restore"),
            "Ctrl+Shift+R",
            QCoreApplication.translate("WindowActions", "Take the story off the spike, as it was"),
        ),
        show_trash=_action(
            window,
            QCoreApplication.translate("WindowActions", "Show S&piked"),
            "Ctrl+Shift+T",
            QCoreApplication.translate("WindowActions", "Show the spiked stories"),
            checkable=True,
        ),
        import_files=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Import…"),
            "Ctrl+I",
            QCoreApplication.translate(
                "WindowActions", "Add stories from files: web copy, ninjs, Markdown"
            ),
        ),
        export=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Export…"),
            "Ctrl+E",
            QCoreApplication.translate(
                "WindowActions", "Write the story to a file: ninjs, Markdown or HTML"
            ),
        ),
        preferences=_action(
            window,
            QCoreApplication.translate("WindowActions", "Pre&ferences…"),
            "Ctrl+,",
            QCoreApplication.translate("WindowActions", "Your name, house style, …"),
        ),
        staff=_action(
            window,
            QCoreApplication.translate("WindowActions", "S&taff…"),
            None,
            QCoreApplication.translate("WindowActions", "The people the byline field completes"),
        ),
        profiles=_action(
            window,
            QCoreApplication.translate("WindowActions", "People and R&oles…"),
            None,
            QCoreApplication.translate("WindowActions", "Who is at the desk and what each may do"),
        ),
        preflight=_action(
            window,
            QCoreApplication.translate("WindowActions", "Pre-f&light…"),
            None,
            QCoreApplication.translate(
                "WindowActions", "Exactly what each endpoint will receive for the story"
            ),
        ),
        outbox=_action(
            window,
            QCoreApplication.translate("WindowActions", "&Outbox…"),
            None,
            QCoreApplication.translate("WindowActions", "Every delivery: waiting, sent, failed"),
        ),
        endpoints=_action(
            window,
            QCoreApplication.translate("WindowActions", "Publishing &Endpoints…"),
            None,
            QCoreApplication.translate("WindowActions", "Where approved stories are sent"),
        ),
    )


def build_menus(menu_bar: QMenuBar, actions: WindowActions) -> None:
    file_menu = menu_bar.addMenu(QCoreApplication.translate("WindowActions", "&File"))
    file_menu.addActions([actions.new_story, actions.save])
    file_menu.addSeparator()
    file_menu.addActions([actions.import_files, actions.export])
    file_menu.addSeparator()
    file_menu.addAction(actions.close_story)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = menu_bar.addMenu(QCoreApplication.translate("WindowActions", "&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.find, actions.find_next, actions.find_previous])
    edit_menu.addAction(actions.search)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)

    story_menu = menu_bar.addMenu(QCoreApplication.translate("WindowActions", "&Story"))
    story_menu.addAction(actions.staff)

    desk_menu = menu_bar.addMenu(QCoreApplication.translate("WindowActions", "&Desk"))
    desk_menu.addActions([actions.review, actions.show_desk])
    desk_menu.addSeparator()
    desk_menu.addActions([actions.submit, actions.approve, actions.return_story])
    desk_menu.addSeparator()
    desk_menu.addActions([actions.correct, actions.kill])
    desk_menu.addSeparator()
    desk_menu.addActions([actions.trash, actions.restore])
    desk_menu.addSeparator()
    desk_menu.addActions([actions.preflight, actions.outbox, actions.endpoints])
    desk_menu.addSeparator()
    desk_menu.addAction(actions.profiles)

    view_menu = menu_bar.addMenu(QCoreApplication.translate("WindowActions", "&View"))
    view_menu.addAction(actions.show_trash)
