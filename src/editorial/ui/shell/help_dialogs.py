"""The Help menu's dialogs (`help_menu.py` builds the menu): About Editorial and Keyboard
Shortcuts. Loaded when one is first opened, not at start.

About says what is running (the version, Qt's and PySide6's, Python's), where the
library is (a URL's password masked), and the licences of what ships with it: the
distributions Editorial requires, found through `importlib.metadata` as installed (or
bundled). The shortcuts are read off the window's actions, so the list is never out of
step with the menus.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editorial import installed_version

if TYPE_CHECKING:
    from importlib import metadata

APP = "editorial"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True, slots=True)
class Bundled:
    name: str
    version: str
    licence: str


def licence_of(dist: metadata.Distribution) -> str:
    """The licence a distribution declares: its SPDX expression, a short License field,
    or its licence classifiers."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression)
    declared = _field(meta, "License").strip()
    if declared and "\n" not in declared and len(declared) <= 60:
        return declared
    classified = [
        str(c).split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if str(c).startswith("License ::")
    ]
    if classified:
        return ", ".join(classified)
    if declared:
        return declared.splitlines()[0][:60]
    return QCoreApplication.translate("AboutDialog", "not declared")


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def _required_names(dist: metadata.Distribution) -> Iterator[str]:
    for requirement in dist.requires or []:
        spec, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue  # optional extras (tests, docs) are not bundled
        match = _NAME.match(spec.strip())
        if match:
            yield match.group(0)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def bundled_distributions(root: str = APP) -> list[Bundled]:
    """Editorial and everything it requires, transitively, as installed."""
    from importlib import metadata  # when the About box opens: some 35 ms of every start

    seen: dict[str, Bundled] = {}
    waiting = [root]
    while waiting:
        name = waiting.pop()
        if _normal(name) in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python
        seen[_normal(name)] = Bundled(
            _field(dist.metadata, "Name") or name, dist.version, licence_of(dist)
        )
        waiting.extend(_required_names(dist))
    return sorted(seen.values(), key=lambda b: b.name.lower())


def _read_only_table(headers: list[str], rows: list[list[str]], parent: QWidget) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class AboutDialog(QDialog):
    """`shown_location`: the library's, as shown (`help_menu.masked_location`)."""

    def __init__(self, shown_location: str, parent: QWidget | None = None) -> None:
        import platform  # when the About box opens: not on the way to the first frame

        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Editorial"))
        shown = shown_location or self.tr("(no library open)")
        self.facts = QLabel(self)
        self.facts.setObjectName("aboutFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setWordWrap(True)
        self.facts.setText(
            "\n".join(
                [
                    self.tr("Editorial {version}").format(version=installed_version()),
                    self.tr(
                        "A workstation for newsroom desks. Free software under the GPL, "
                        "version 3 or later."
                    ),
                    "",
                    self.tr("Library: {location}").format(location=shown),
                    f"Qt {qVersion()} · PySide6 {PYSIDE_VERSION} · Python "
                    f"{platform.python_version()}",
                    f"{platform.system()} {platform.release()} ({platform.machine()})",
                ]
            )
        )
        self.bundled = bundled_distributions()
        heading = QLabel(self.tr("Included software and its licences:"), self)
        self.licences = _read_only_table(
            [self.tr("Name"), self.tr("Version"), self.tr("Licence")],
            [[b.name, b.version, b.licence] for b in self.bundled],
            self,
        )
        self.licences.setObjectName("aboutLicences")
        self.licences.setAccessibleName(self.tr("Included software and its licences"))
        heading.setBuddy(self.licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(heading)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    where: str
    title: str
    keys: str


def _plain(title: str) -> str:
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every action of the window that has a shortcut, with the menu it is in."""
    rows: list[ShortcutRow] = []
    listed: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} ▸ {_plain(action.text())}")  # type: ignore[arg-type]
            elif not action.isSeparator():
                listed.add(id(action))
                if not action.shortcuts():
                    continue
                keys = ", ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                )
                rows.append(ShortcutRow(path, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))  # type: ignore[arg-type]
    for action in window.findChildren(QAction):
        if id(action) in listed or not action.shortcuts() or not action.text():
            continue
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        rows.append(ShortcutRow("", _plain(action.text()), keys))
        listed.add(id(action))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.rows = shortcut_rows(window)
        self.table = _read_only_table(
            [self.tr("Menu"), self.tr("Command"), self.tr("Shortcut")],
            [[r.where, r.title, r.keys] for r in self.rows],
            self,
        )
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)
