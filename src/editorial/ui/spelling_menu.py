"""The right-click menu over an underlined word: what to put there instead, and for a
misspelling "Add to Dictionary" (kept in the library) and "Ignore" (this session). The
field's own menu (cut, copy, paste…) follows below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu

from editorial.ui.text_spans import Span

MAX_SUGGESTIONS = 5


@dataclass(frozen=True, slots=True)
class MenuHandlers:
    replace: Callable[[str], None]
    add_to_dictionary: Callable[[], None]
    ignore: Callable[[], None]


def suggestion_label(suggestion: str, *, spelling: bool) -> str:
    """A misspelling's suggestions are the words themselves, in bold; a rule's say what
    happens ("Replace with “said”"); whitespace is named, not shown."""
    if not suggestion.strip():
        return "Replace with one space" if suggestion == " " else "Remove the extra space"
    if spelling:
        return suggestion.replace("&", "&&")
    return f"Replace with “{suggestion}”".replace("&", "&&")


def add_finding_actions(
    menu: QMenu, span: Span, word: str, handlers: MenuHandlers, *, editable: bool
) -> list[QAction]:
    """Put the span's actions at the top of `menu`; returns them in menu order."""
    finding = span.finding
    spelling = span.is_spelling
    actions: list[QAction] = []
    if not spelling:
        note = QAction(finding.message, menu)
        note.setEnabled(False)
        actions.append(note)
    suggestions = [s for s in finding.suggestions if s != word][:MAX_SUGGESTIONS]
    for suggestion in suggestions:
        action = QAction(suggestion_label(suggestion, spelling=spelling), menu)
        action.setEnabled(editable)
        action.setData(suggestion)
        if spelling:
            bold = QFont(action.font())
            bold.setBold(True)
            action.setFont(bold)
        action.triggered.connect(lambda _=False, s=suggestion: handlers.replace(s))
        actions.append(action)
    if spelling:
        if not suggestions:
            none = QAction("No suggestions", menu)
            none.setEnabled(False)
            actions.append(none)
        actions.append(_separator(menu))
        add = QAction(f"Add “{word}” to Dictionary", menu)
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda _=False: handlers.add_to_dictionary())
        ignore = QAction(f"Ignore “{word}”", menu)
        ignore.setObjectName("ignoreWord")
        ignore.setToolTip("Accept this word until Editorial is closed")
        ignore.triggered.connect(lambda _=False: handlers.ignore())
        actions += [add, ignore]
    actions.append(_separator(menu))
    if menu.actions():
        menu.insertActions(menu.actions()[0], actions)
    else:
        menu.addActions(actions[:-1])  # no field menu below: no closing separator
    return actions


def _separator(menu: QMenu) -> QAction:
    separator = QAction(menu)
    separator.setSeparator(True)
    return separator
