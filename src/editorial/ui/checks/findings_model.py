"""The checks panel's rows: one per finding, in story order (field by field, then by
position), with a severity icon, where it is, and what it says.

A new set of findings is merged into the rows already shown, not swapped in: rows that
stay (same field, code and message, perhaps moved by typing) are updated in place, so the
list does not jump, lose its selection or its scroll position while the editor types.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QIcon, QPainter, QPainterPath, QPixmap

from editorial.domain.findings import Field, Finding, Severity, sort_findings
from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message
from editorial.ui.shell.domain_text import translated
from editorial.ui.shell.theme import Theme, current_theme

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
WHERE, MESSAGE = range(2)
HEADERS = (
    QT_TRANSLATE_NOOP("FindingsModel", "Where"),
    QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
)
MERGE_LIMIT = 600  # beyond this many rows a reset is cheaper than a merge

FIELD_LABELS = {
    Field.HEADLINE: QT_TRANSLATE_NOOP("FindingsModel", "Headline"),
    Field.LEDE: QT_TRANSLATE_NOOP("FindingsModel", "Lede"),
    Field.BODY: QT_TRANSLATE_NOOP("FindingsModel", "Body"),
    Field.BYLINE: QT_TRANSLATE_NOOP("FindingsModel", "Byline"),
    Field.DATELINE: QT_TRANSLATE_NOOP("FindingsModel", "Dateline"),
    Field.DATELINE_CITY: QT_TRANSLATE_NOOP("FindingsModel", "Dateline city"),
    Field.DATELINE_DATE: QT_TRANSLATE_NOOP("FindingsModel", "Dateline date"),
    Field.STORY: QT_TRANSLATE_NOOP("FindingsModel", "Story"),
}
# The theme's colour (ui/shell/theme.py) of each severity's mark.
SEVERITY_COLOURS = {
    Severity.ERROR: "severity-error",
    Severity.WARNING: "severity-warning",
    Severity.INFO: "severity-info",
}
SEVERITY_NAMES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("FindingsModel", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("FindingsModel", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("FindingsModel", "Note"),
}

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("FindingsModel", text)


def shown_message(finding: Finding) -> str:
    """The finding's message in the window's language: its template translated (in the
    "Checks" context the domain marks it in) and filled with its values; the English
    message when it has no template (or the translation does not know it)."""
    if not finding.template:
        return finding.message
    return translated(Message(finding.template, finding.arguments, "Checks"))


def where_text(finding: Finding) -> str:
    """`Body 3:14` for a span (line and column, as `editorial check` prints them), the
    field's name alone for a finding about a whole field."""
    label = FIELD_LABELS.get(finding.field)
    shown = _tr(label) if label else str(finding.field)
    if finding.has_span and finding.line:
        return f"{shown} {finding.line}:{finding.column}"
    return shown


def tooltip_text(finding: Finding) -> str:
    text = QCoreApplication.translate("FindingsModel", "{severity}: {message}").format(
        severity=_tr(SEVERITY_NAMES[finding.severity]), message=shown_message(finding)
    )
    shown = [s for s in finding.suggestions if s.strip()]
    if shown:
        text += "\n" + QCoreApplication.translate(
            "FindingsModel", "Suggested: {suggestions}"
        ).format(suggestions=", ".join(shown))
    return text


def severity_icon(severity: Severity) -> QIcon:
    return _severity_icon(severity, current_theme())


@cache
def _severity_icon(severity: Severity, theme: Theme) -> QIcon:
    """A small drawn mark: a red disc for errors, an amber triangle for warnings, a blue
    ring for notes; shapes differ so colour is not the only cue."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = theme.colour(SEVERITY_COLOURS[severity])
        unit = size / 16
        if severity is Severity.WARNING:
            path = QPainterPath(QPointF(8 * unit, 2 * unit))
            path.lineTo(QPointF(15 * unit, 14 * unit))
            path.lineTo(QPointF(1 * unit, 14 * unit))
            path.closeSubpath()
            painter.fillPath(path, colour)
        elif severity is Severity.ERROR:
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(2 * unit, 2 * unit, 12 * unit, 12 * unit))
        else:
            pen = painter.pen()
            pen.setColor(colour)
            pen.setWidthF(2 * unit)
            painter.setPen(pen)
            painter.drawEllipse(QRectF(3 * unit, 3 * unit, 10 * unit, 10 * unit))
        mark = "i" if severity is Severity.INFO else "!"
        font = QFont()
        font.setPixelSize(int(9 * unit))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour if severity is Severity.INFO else theme.colour("mark-glyph"))
        top = 4 * unit if severity is Severity.WARNING else 2 * unit
        painter.drawText(QRectF(0, top, size, 12 * unit), Qt.AlignmentFlag.AlignCenter, mark)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _key(finding: Finding) -> tuple[str, str, str]:
    """What makes a row the same row after typing moved it."""
    return (finding.field.value, finding.code, finding.message)


class FindingsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def finding_at(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def row_of(self, finding: Finding) -> int:
        return self._findings.index(finding) if finding in self._findings else -1

    def set_findings(self, findings: list[Finding]) -> None:
        new = sort_findings(findings)
        old = self._findings
        if new == old:
            return
        if len(old) + len(new) > MERGE_LIMIT or not old or not new:
            self.beginResetModel()
            self._findings = new
            self.endResetModel()
            return
        import difflib  # on first use: the window's first frame lists no findings

        matcher = difflib.SequenceMatcher(
            None, [_key(f) for f in old], [_key(f) for f in new], autojunk=False
        )
        # Applied from the end, so the rows before each change keep their numbers.
        for tag, o1, o2, n1, n2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                changed = [i for i in range(o1, o2) if old[i] != new[n1 + i - o1]]
                self._findings[o1:o2] = new[n1:n2]
                if changed:
                    self.dataChanged.emit(
                        self.index(min(changed), 0), self.index(max(changed), MESSAGE)
                    )
                continue
            if o2 > o1:
                self.beginRemoveRows(QModelIndex(), o1, o2 - 1)
                del self._findings[o1:o2]
                self.endRemoveRows()
            if n2 > n1:
                self.beginInsertRows(QModelIndex(), o1, o1 + n2 - n1 - 1)
                self._findings[o1:o1] = new[n1:n2]
                self.endInsertRows()
        assert self._findings == new

    # QAbstractTableModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        finding = self.finding_at(index.row()) if index.isValid() else None
        if finding is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return where_text(finding) if column == WHERE else shown_message(finding)
        if role == Qt.ItemDataRole.DecorationRole and column == WHERE:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(finding)
        if role == Qt.ItemDataRole.ForegroundRole and column == WHERE:
            return QBrush(current_theme().colour("muted"))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{severity}, {where}: {message}").format(
                severity=self.tr(SEVERITY_NAMES[finding.severity]),
                where=where_text(finding),
                message=shown_message(finding),
            )
        if role == FINDING_ROLE:
            return finding
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
