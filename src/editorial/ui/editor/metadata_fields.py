"""The story's wire metadata beside the copy: urgency, subjects and embargo.

Each field keeps the value it was given until the editor changes it, so that opening a
story and saving it never rounds an embargo to the minute or squeezes an urgency the
combo does not list (ninjs from elsewhere may carry one).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QWidget,
)

from editorial.domain.story import DEFAULT_URGENCY
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.editor.paste_hook_edit import PasteHookLineEdit
from editorial.ui.shell.visible_buttons import VisibleCheckBox

# IPTC urgency runs from 1 (most urgent) to 9; the desk's words for the steps.
URGENCY_NAMES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("UrgencyField", "Flash"),
    2: QT_TRANSLATE_NOOP("UrgencyField", "Bulletin"),
    3: QT_TRANSLATE_NOOP("UrgencyField", "Urgent"),
    4: QT_TRANSLATE_NOOP("UrgencyField", "Routine (high)"),
    5: QT_TRANSLATE_NOOP("UrgencyField", "Routine"),
    6: QT_TRANSLATE_NOOP("UrgencyField", "Routine (low)"),
    7: QT_TRANSLATE_NOOP("UrgencyField", "Low"),
    8: QT_TRANSLATE_NOOP("UrgencyField", "Low"),
    9: QT_TRANSLATE_NOOP("UrgencyField", "Lowest"),
}

# Several Media Topic names contain commas, so the subjects field separates topics with
# semicolons.
SUBJECT_SEPARATOR = ";"
EMBARGO_FORMAT = "d MMM yyyy HH:mm t"  # the zone said: embargoes are met by the minute


def urgency_label(urgency: int) -> str:
    """`3 – Urgent`; a number outside the scale is shown as it is."""
    name = URGENCY_NAMES.get(urgency)
    if not name:
        return str(urgency)
    return f"{urgency} – {QCoreApplication.translate('UrgencyField', name)}"


def parse_subjects(text: str) -> tuple[str, ...]:
    """Semicolon separated subjects, trimmed, without empties or repeats."""
    seen: dict[str, str] = {}
    for subject in (part.strip() for part in text.split(SUBJECT_SEPARATOR)):
        if subject and subject.casefold() not in seen:
            seen[subject.casefold()] = subject
    return tuple(seen.values())


def format_subjects(subjects: tuple[str, ...]) -> str:
    return f"{SUBJECT_SEPARATOR} ".join(subjects)


class UrgencyField(QComboBox):
    """Urgency 1–9 by name. `changed` is emitted when the editor picks another."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("urgency"))
        self.setToolTip(self.tr("How urgent the story is for the wire: 1 flash … 9 lowest"))
        for urgency in URGENCY_NAMES:
            self.addItem(urgency_label(urgency), urgency)
        self._value = DEFAULT_URGENCY
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(self._picked)
        self.set_value(DEFAULT_URGENCY)

    def set_value(self, urgency: int) -> None:
        self._value = urgency
        index = self.findData(urgency)
        if index < 0:  # off the scale: listed as it is, so nothing is lost
            self.addItem(urgency_label(urgency), urgency)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def value(self) -> int:
        return self._value

    def _picked(self, index: int) -> None:
        value = self.itemData(index)
        if isinstance(value, int) and value != self._value:
            self._value = value
            self.changed.emit()


class EmbargoField(QWidget):
    """No embargo, or a time before which the story must not be published.

    The time is shown and typed in the editor's own time zone and kept as an aware
    datetime (the library stores UTC)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.datetime | None = None
        self._loading = False
        self.check = VisibleCheckBox(self.tr("none"), self)  # seen under a dark theme too
        self.check.setAccessibleName(self.tr("embargo"))
        self.check.setToolTip(self.tr("Hold the story until a given time"))
        self.when = QDateTimeEdit(self)
        self.when.setAccessibleName(self.tr("embargo time"))
        self.when.setDisplayFormat(EMBARGO_FORMAT)
        self.when.setCalendarPopup(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        layout.addWidget(self.when)
        layout.addStretch(1)
        self.check.toggled.connect(self._toggled)
        self.when.dateTimeChanged.connect(self._time_edited)
        self._show()

    def set_value(self, embargo: dt.datetime | None) -> None:
        self._value = embargo
        self._show()

    def value(self) -> dt.datetime | None:
        return self._value

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.when.setReadOnly(read_only)

    def _show(self) -> None:
        self._loading = True
        try:
            embargoed = self._value is not None
            self.check.setChecked(embargoed)
            self.check.setText(self.tr("until") if embargoed else self.tr("none"))
            self.when.setVisible(embargoed)
            if self._value is not None:
                self.when.setDateTime(_local_qt(self._value))
        finally:
            self._loading = False

    def _toggled(self, checked: bool) -> None:
        if self._loading:
            return
        if checked:
            # An hour from now, on the hour: where most embargoes are set from.
            start = QDateTime.currentDateTime().addSecs(3600)
            start.setTime(QTime(start.time().hour(), 0))
            self._value = _aware(start)
        else:
            self._value = None
        self._show()
        self.changed.emit()

    def _time_edited(self, moment: QDateTime) -> None:
        if self._loading or self._value is None:
            return
        self._value = _aware(moment)
        self.changed.emit()


def _local_qt(moment: dt.datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def _aware(moment: QDateTime) -> dt.datetime:
    """A local QDateTime as an aware datetime in the local zone, to the minute."""
    local = moment.toPython()
    assert isinstance(local, dt.datetime)
    return local.replace(second=0, microsecond=0).astimezone()


class SubjectsField(PasteHookLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("subjects"))
        self.setPlaceholderText(
            self.tr("IPTC Media Topics, separated by semicolons: politics; sport")
        )
        self.setToolTip(
            self.tr(
                "IPTC Media Topics by name (type a few letters for the list), or codes such "
                "as medtop:11000000; separated by semicolons"
            )
        )

    def set_subjects(self, subjects: tuple[str, ...]) -> None:
        self.setText(format_subjects(subjects))
        self.setCursorPosition(0)

    def subjects(self) -> tuple[str, ...]:
        return parse_subjects(self.text())
