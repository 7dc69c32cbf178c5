"""One change bus for the window: every mutation's result is published here, and each view
subscribes and refreshes only what concerns it (as Anki's `OpChanges` reach its screens).

What is published is a `DeskChanges` (domain/changes.py) and its initiator: the object that
made the change (the story session, the desk, a dialog), so a view can leave alone what it
already shows because it made it. A change that came from outside the window, such as
another process saving into a shared library, is published with the initiator None.

A view subscribes by connecting a method of its own (a QObject) to `changed`: Qt then
disconnects it when the view is deleted, and delivers on the view's thread. So `publish`
may be called from any thread: a poller on a worker thread can publish what it found, and
the views hear of it on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # loaded with the first change, once the window is painted
    from editorial.domain.changes import DeskChanges, StoryChanges


class ChangeBus(QObject):
    """`changed(changes, initiator)`: a `DeskChanges` and who made it (None: not this
    window)."""

    changed = Signal(object, object)

    def publish(self, changes: DeskChanges | StoryChanges, initiator: object | None = None) -> None:
        from editorial.domain.changes import DeskChanges, StoryChanges

        if isinstance(changes, StoryChanges):
            changes = DeskChanges.of_stories(changes)
        if not changes.is_empty:
            self.changed.emit(changes, initiator)
