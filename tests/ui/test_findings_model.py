"""The checks panel's model: a valid Qt model, rows in story order, and new findings
merged into the rows already shown so the list keeps its place while the editor types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from editorial.domain.findings import Field, Finding, Severity
from editorial.ui.checks.findings_model import (
    FINDING_ROLE,
    FindingsModel,
    severity_icon,
    tooltip_text,
    where_text,
)


def spelling(word: str, start: int, line: int = 1) -> Finding:
    return Finding(
        "spelling", Severity.WARNING, f"“{word}” is not in the dictionary.", Field.BODY,
        start, start + len(word), line, start + 1, ("the",),
    )  # fmt: skip


MISSING = Finding("structure.missing-byline", Severity.INFO, "No byline.", Field.BYLINE)
LONG = Finding("count.headline-long", Severity.ERROR, "Too long.", Field.HEADLINE, 80, 90, 1, 81)


def test_a_valid_model_in_story_order(qapp: object, qtmodeltester: Any) -> None:
    model = FindingsModel()
    model.set_findings([spelling("teh", 30), MISSING, spelling("wrold", 4), LONG])
    qtmodeltester.check(model)
    assert [model.index(row, 0).data() for row in range(4)] == [
        "Headline 1:81", "Byline", "Body 1:5", "Body 1:31",
    ]  # fmt: skip
    assert model.index(2, 1).data() == "“wrold” is not in the dictionary."
    assert model.index(2, 0).data(FINDING_ROLE) == spelling("wrold", 4)
    assert not model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is None
    assert "Suggested: the" in model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Finding"


def test_typing_moves_rows_in_place_without_a_reset(qapp: object, qtbot: QtBot) -> None:
    model = FindingsModel()
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_findings([spelling("wrold", 4), spelling("teh", 30), spelling("fnord", 50)])
    view.selectionModel().setCurrentIndex(
        model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    resets: list[bool] = []
    removed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    # Three characters typed at the start: every row moves, none is new.
    model.set_findings([spelling("wrold", 7), spelling("teh", 33), spelling("fnord", 53)])
    assert not resets and not removed and not inserted
    assert view.currentIndex().row() == 1
    assert model.findings[1].start == 33

    # "wrold" corrected, a new misspelling further on.
    model.set_findings([spelling("teh", 33), spelling("fnord", 53), spelling("zorp", 70)])
    # (Changes are applied from the end: the new row goes in while the old one is there.)
    assert not resets and removed == [(0, 0)] and inserted == [(3, 3)]
    assert view.currentIndex().row() == 0  # the selected "teh" row followed its finding
    assert [f.message[1:4] for f in model.findings] == ["teh", "fno", "zor"]


def test_icons_and_texts(qapp: object) -> None:
    for severity in Severity:
        icon = severity_icon(severity)
        assert not icon.isNull() and icon.availableSizes()
    assert where_text(MISSING) == "Byline"
    assert tooltip_text(LONG) == "Error: Too long."
    double = Finding("structure.double-space", Severity.INFO, "Two spaces.", Field.BODY,
                     1, 3, 1, 2, (" ",))  # fmt: skip
    assert tooltip_text(double) == "Note: Two spaces."  # a space is no suggestion to read
