"""The dateline fields: city, state or region, country, date and source, with the
dateline as it will read.

The date is typed, not picked: desks write "18 Nov", "Nov 18 2008", "2008-11-18",
"18 ноября" or "today", read by the domain's one date grammar (`editorial.domain.dates`,
never the desktop's locale), and the line under the fields shows at once how the dateline
will read (or that the date was not understood). The formatting itself is the house
style's, never ours, and in the story's language (`ANKARA, 18 ноября` for a Russian story).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from editorial.domain.dateline import Dateline
from editorial.domain.dates import field_date, read_date
from editorial.domain.house_style import format_dateline
from editorial.ui.editor.dateline_layout import DatelineArrangement
from editorial.ui.editor.paste_hook_edit import PasteHookLineEdit

if TYPE_CHECKING:
    from editorial.services.places import Places

DateFormatter = Callable[[Dateline, str], str]  # dateline, story language -> text


class DatelineFields(QWidget):
    """`changed` is emitted on every edit; `dateline()` reads the parts back.
    `date_problem(text)` says, each time it changes, why the date typed is not the one the
    story keeps ("" once it is): the preview shows it over the page, whose dateline still
    has the last date understood (the one saved)."""

    changed = Signal()
    date_problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formatter: DateFormatter = lambda dateline, language: format_dateline(
            dateline, language=language
        )
        self._language = ""
        self._date: dt.date | None = None
        self._date_understood = True
        self._problem = ""  # the date problem last announced
        self._zone = ""  # IANA zone of the city picked from the gazetteer
        self.places: Places | None = None  # the desk's, once the library is open

        self.city = self._line(self.tr("City"), self.tr("dateline city"))
        self.region = self._line(self.tr("State"), self.tr("dateline state or region"))
        self.region.setToolTip(
            self.tr("State, province or nation, where the house style names one")
        )
        self.country = self._line(self.tr("Country"), self.tr("dateline country"))
        self.date = self._line(self.tr("Date"), self.tr("dateline date"))
        self.date.setToolTip(
            self.tr("Type a date as you would write it: 18 Nov, 2008-11-18, today")
        )
        self.source = self._line(self.tr("Agency"), self.tr("dateline source"))
        self.date.editingFinished.connect(self._tidy_date)
        self.city.textEdited.connect(self._forget_zone)  # typed over a picked city
        widest = self.date.fontMetrics().horizontalAdvance("28 Sep 2000")
        self.date.setMinimumWidth(widest + 14)  # a whole date stays readable
        self.reading = QLabel(self)
        self.reading.setObjectName("datelineReading")
        self.reading.setAccessibleName(self.tr("dateline as published"))
        self.reading.setTextFormat(Qt.TextFormat.PlainText)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        # One row, or two when narrow (dateline_layout.py), as the fields' text needs.
        self.arrangement = DatelineArrangement(grid, self.lines, self.reading)
        self.arrangement.arrange(10_000)
        for line in self.lines:
            line.textChanged.connect(lambda _text: self.arrangement.arrange(self.width()))
        self._show_reading()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.arrangement.arrange(event.size().width())
        super().resizeEvent(event)

    def _line(self, placeholder: str, accessible: str) -> QLineEdit:
        line = PasteHookLineEdit(self)
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(accessible)
        line.setClearButtonEnabled(False)
        line.textEdited.connect(self._edited)
        return line

    @property
    def lines(self) -> tuple[QLineEdit, ...]:
        return (self.city, self.region, self.country, self.date, self.source)

    def set_formatter(self, formatter: DateFormatter) -> None:
        """How the house style writes a dateline (the editing service's formatter)."""
        self._formatter = formatter
        self._show_reading()

    def set_language(self, language: str) -> None:
        """The story's language, which the house style writes the date in."""
        if language != self._language:
            self._language = language
            self._show_reading()

    def refresh(self) -> None:
        """Show the dateline again (the house style changed)."""
        self._show_reading()

    def set_dateline(self, dateline: Dateline) -> None:
        self._zone = ""
        self._date = dateline.date
        self._date_understood = True
        self._mark_date()  # a story's valid date never wears the last one's red border
        self.city.setText(dateline.city)
        self.region.setText(dateline.region)
        self.country.setText(dateline.country)
        self.date.setText(field_date(dateline.date))
        self.source.setText(dateline.source)
        for line in self.lines:
            line.setCursorPosition(0)
        self._show_reading()

    def choose_place(self, city: str, region: str, country: str, timezone: str = "") -> None:
        """The editor picked a city from the gazetteer: take its region and country too,
        as an edit of theirs. An empty date becomes today's date in that city, which is
        the dateline's date (not the editor's own day, hours away)."""
        self._zone = timezone
        for line, text in ((self.city, city), (self.region, region), (self.country, country)):
            line.setText(text)
            line.setCursorPosition(0)
        if not self.date.text().strip():
            self.date.setText(field_date(self._today()))
            self.date.setCursorPosition(0)
        self._edited()

    def _forget_zone(self) -> None:
        self._zone = ""

    def _today(self) -> dt.date:
        """Today where the dateline is: the chosen city's zone, else the zone the
        gazetteer (when already loaded: never a wait here) knows for the typed city."""
        zone = self._zone
        gazetteer = self.places.loaded() if self.places is not None else None
        if not zone and gazetteer is not None and self.city.text().strip():
            found = gazetteer.lookup(self.city.text(), self.country.text())
            zone = found.timezone if found is not None else ""
        if zone:
            try:
                return dt.datetime.now(ZoneInfo(zone)).date()
            except (ZoneInfoNotFoundError, ValueError):
                pass
        return dt.date.today()

    def dateline(self) -> Dateline:
        return Dateline(
            city=self.city.text().strip(),
            region=self.region.text().strip(),
            country=self.country.text().strip(),
            date=self._date,
            source=self.source.text().strip(),
        )

    def set_read_only(self, read_only: bool) -> None:
        for line in self.lines:
            line.setReadOnly(read_only)

    @property
    def date_understood(self) -> bool:
        return self._date_understood

    def _edited(self) -> None:
        typed = self.date.text()
        try:
            # A date without a year takes the year nearest today in the dateline's city.
            self._date = (
                read_date(typed, self._today(), languages=(self._language,)).date
                if typed.strip()
                else None
            )
            self._date_understood = True
        except ValueError:
            # Keep the last date understood until the editor finishes typing a new one.
            self._date_understood = False
        self._mark_date()
        self._show_reading()
        self.changed.emit()

    def _mark_date(self) -> None:
        invalid = not self._date_understood
        if self.date.property("invalid") != invalid:
            self.date.setProperty("invalid", invalid)
            self.date.style().unpolish(self.date)
            self.date.style().polish(self.date)
        problem = self.date_problem_text()
        if problem != self._problem:
            self._problem = problem
            self.date_problem.emit(problem)

    def date_problem_text(self) -> str:
        """Why the date typed is not the story's ("" when it is)."""
        if self._date_understood:
            return ""
        kept = field_date(self._date) if self._date is not None else ""
        if kept:
            return self.tr(
                "The date “{typed}” is not understood: the story keeps {kept} until it is."
            ).format(typed=self.date.text().strip(), kept=kept)
        return self.tr(
            "The date “{typed}” is not understood: the story has no date until it is."
        ).format(typed=self.date.text().strip())

    def _tidy_date(self) -> None:
        if self._date_understood and self.date.text().strip():
            self.date.setText(field_date(self._date))

    def _show_reading(self) -> None:
        text = self._formatter(self.dateline(), self._language)
        if not self._date_understood:
            note = self.tr("Date not understood; try 18 Nov 2008")
            text = f"{text}   ({note})" if text else note
        self.reading.setText(text or self.tr("No dateline"))
        self.reading.setProperty("empty", not text)
        self.reading.style().unpolish(self.reading)
        self.reading.style().polish(self.reading)
