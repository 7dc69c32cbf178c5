"""Every control of the main window can be reached with the keyboard and is named for a
screen reader: its own accessible name, a label whose buddy it is, or its visible text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import new_story


def focusable(window: MainWindow) -> list[QWidget]:
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isEnabled()
        and widget.window() is window  # a completer's popup is a window of its own
    ]


def named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    # The line edit inside a combo box or a spin box is named by its owner.
    owner = widget.parentWidget()
    return isinstance(owner, QComboBox | QAbstractSpinBox) and named(owner, buddies)


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = f"{type(parent).__name__}#{parent.objectName()}" if parent else "-"
    return f"{type(widget).__name__}#{widget.objectName()} in {where}"


def test_every_focusable_control_has_a_name(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    wait_idle(qtbot, window)
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    widgets = focusable(window)
    assert len(widgets) > 30  # the editor's fields, the lists, the tabs, the preview
    unnamed = sorted(describe(w) for w in widgets if not named(w, buddies))
    assert unnamed == [], "\n".join(unnamed)


def test_tab_reaches_the_fields_in_the_order_they_are_filled(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    wait_idle(qtbot, window)
    editor = window.editor
    editor.headline.setFocus()
    qtbot.waitUntil(editor.headline.hasFocus)
    order = [editor.headline]
    reached: list[QWidget] = []
    for _ in range(80):
        widget = window.focusWidget()
        assert widget is not None
        if widget is not order[0] or not reached:
            reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)  # never typed into a field: it moves on
        if window.focusWidget() is editor.headline:
            break
    # Every field of the story is on the way, in the order a desk fills them.
    fields = [editor.headline, editor.dateline.city, editor.dateline.date, editor.lede,
              editor.body, editor.note]  # fmt: skip
    assert all(field in reached for field in fields), "\n".join(describe(w) for w in reached)
    positions = [reached.index(field) for field in fields]
    assert positions == sorted(positions)
    # Beyond the editor, the story list and the tabs of the checks are on the way too.
    assert window.list_panel.view in reached or window.list_tabs.tabBar() in reached
    assert window.side_tabs.tabBar() in reached
