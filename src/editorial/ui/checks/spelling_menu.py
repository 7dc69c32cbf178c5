"""The right-click menu over an underlined word: what to put there instead, and for a
misspelling "Add to Dictionary" (kept in the library) and "Ignore" (this session). The
field's own menu (cut, copy, paste…) follows below.

A misspelling's suggestions may not be known yet when the menu opens (Hunspell is asked
off the GUI thread): the menu then shows "Looking for suggestions…" in their place, and
`fill_suggestions` puts them there when they arrive, with the menu open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu

from editorial.ui.checks.findings_model import shown_message
from editorial.ui.checks.text_spans import Span

MAX_SUGGESTIONS = 5
PENDING = "pendingSuggestions"  # object name of the placeholder while suggestions come


@dataclass(frozen=True, slots=True)
class MenuHandlers:
    replace: Callable[[str], None]
    add_to_dictionary: Callable[[], None]
    ignore: Callable[[], None]


def suggestion_label(suggestion: str, *, spelling: bool, word: str = "") -> str:
    """A misspelling's suggestions are the words themselves, in bold; a rule's say what
    happens ("Replace with “said”", "Delete “.”"); whitespace is named, not shown."""
    if not suggestion:
        return _removal_label(word)
    if not suggestion.strip():
        if suggestion == " ":
            return QCoreApplication.translate("SpellingMenu", "Replace with one space")
        return QCoreApplication.translate("SpellingMenu", "Remove the extra space")
    if spelling:
        return suggestion.replace("&", "&&")
    return (
        QCoreApplication.translate("SpellingMenu", "Replace with “{suggestion}”")
        .format(suggestion=suggestion)
        .replace("&", "&&")
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpellingMenu", text)


def add_finding_actions(
    menu: QMenu,
    span: Span,
    word: str,
    handlers: MenuHandlers,
    *,
    editable: bool,
    pending: bool = False,
) -> list[QAction]:
    """Put the span's actions at the top of `menu`; returns them in menu order.
    `pending`: the misspelling's suggestions are on their way (see the module)."""
    finding = span.finding
    spelling = span.is_spelling
    actions: list[QAction] = []
    if not spelling:
        note = QAction(shown_message(finding), menu)
        note.setEnabled(False)
        actions.append(note)
    suggestions = _suggestion_actions(
        menu, finding.suggestions, word, handlers, spelling=spelling, editable=editable
    )
    actions += suggestions
    if spelling:
        if pending:
            waiting = QAction(
                QCoreApplication.translate("SpellingMenu", "Looking for suggestions…"), menu
            )
            waiting.setObjectName(PENDING)
            waiting.setEnabled(False)
            actions.append(waiting)
        elif not suggestions:
            actions.append(_no_suggestions(menu))
        actions.append(_separator(menu))
        add = QAction(
            QCoreApplication.translate("SpellingMenu", "Add “{word}” to Dictionary").format(
                word=word
            ),
            menu,
        )
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda _=False: handlers.add_to_dictionary())
        ignore = QAction(
            QCoreApplication.translate("SpellingMenu", "Ignore “{word}”").format(word=word), menu
        )
        ignore.setObjectName("ignoreWord")
        ignore.setToolTip(
            QCoreApplication.translate("SpellingMenu", "Accept this word until Editorial is closed")
        )
        ignore.triggered.connect(lambda _=False: handlers.ignore())
        actions += [add, ignore]
    actions.append(_separator(menu))
    if menu.actions():
        menu.insertActions(menu.actions()[0], actions)
    else:
        menu.addActions(actions[:-1])  # no field menu below: no closing separator
    return actions


def fill_suggestions(
    menu: QMenu,
    suggestions: tuple[str, ...],
    word: str,
    handlers: MenuHandlers,
    *,
    editable: bool,
) -> list[QAction]:
    """Put a misspelling's suggestions where the menu says it is looking for them;
    returns the actions put there (none when the menu no longer waits)."""
    waiting = menu.findChild(QAction, PENDING)
    if not isinstance(waiting, QAction):
        return []
    actions = _suggestion_actions(
        menu, suggestions, word, handlers, spelling=True, editable=editable
    ) or [_no_suggestions(menu)]
    menu.insertActions(waiting, actions)
    menu.removeAction(waiting)
    waiting.setObjectName("")  # no longer waiting, though deleted only later
    waiting.deleteLater()
    return actions


def _suggestion_actions(
    menu: QMenu,
    offered: tuple[str, ...],
    word: str,
    handlers: MenuHandlers,
    *,
    spelling: bool,
    editable: bool,
) -> list[QAction]:
    actions = []
    for suggestion in [s for s in offered if s != word][:MAX_SUGGESTIONS]:
        action = QAction(suggestion_label(suggestion, spelling=spelling, word=word), menu)
        action.setEnabled(editable)
        action.setData(suggestion)
        if spelling:
            bold = QFont(action.font())
            bold.setBold(True)
            action.setFont(bold)
        action.triggered.connect(lambda _=False, s=suggestion: handlers.replace(s))
        actions.append(action)
    return actions


def _removal_label(word: str) -> str:
    """What deleting the span does: the spaces, the period or the word it removes."""
    if not word or not word.strip():
        return "Remove the extra space"
    if word == ".":
        return QCoreApplication.translate("SpellingMenu", "Delete the period")
    return (
        QCoreApplication.translate("SpellingMenu", "Delete “{word}”")
        .format(word=word)
        .replace("&", "&&")
    )


def _no_suggestions(menu: QMenu) -> QAction:
    none = QAction(QCoreApplication.translate("SpellingMenu", "No suggestions"), menu)
    none.setEnabled(False)
    return none


def _separator(menu: QMenu) -> QAction:
    separator = QAction(menu)
    separator.setSeparator(True)
    return separator
