"""Completion for the fields a desk fills from lists: the dateline city from the gazetteer,
bylines from the library's staff list, subjects from the IPTC Media Topics.

Each completer shows its own popup under its field (`QCompleter` in unfiltered mode, fed
with the matches we found), because what is completed is not always the whole field: a
byline field holds several people, and a chosen city also fills the region and country.

The desk's gazetteer (`Desk.places`) is built once per process on the checks lane after
the window is ready (about a second; the checks need it too); until then the city field
simply offers nothing. Staff names come from the staff service, so they are asked for on
the database lane, a moment after the editor stops typing. Every answer comes back
through the task runner with its completer as the receiver: a completer deleted
meanwhile (its window closed) is never called.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit

from editorial.domain.byline import Byline, format_bylines_field
from editorial.domain.media_topics import matching_topics
from editorial.ui.editor.metadata_fields import SUBJECT_SEPARATOR
from editorial.ui.shell.domain_text import error_text

if TYPE_CHECKING:
    from editorial.domain.gazetteer import CityMatch
    from editorial.services.places import Places
    from editorial.services.staff import StaffService
    from editorial.ui.editor.dateline_fields import DatelineFields
    from editorial.ui.shell.tasks import TaskRunner

STAFF_DELAY_MS = 180  # typing pauses this long before the library is asked
MAX_SHOWN = 10
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1

# People in a byline field are separated by semicolons, commas or " and ".
_PERSON_SEPARATOR = re.compile(r"[;,]|\s+and\s+", re.IGNORECASE)


def last_item_span(text: str, separators: str) -> tuple[int, int]:
    """Where the item being typed begins (after the last separator and spaces) and ends."""
    start = max(text.rfind(sep) for sep in separators) + 1
    while start < len(text) and text[start].isspace():
        start += 1
    return start, len(text)


def last_person_span(text: str) -> tuple[int, int]:
    """Where the person being typed begins in a byline field, and ends."""
    start = 0
    for separator in _PERSON_SEPARATOR.finditer(text):
        start = separator.end()
    while start < len(text) and text[start].isspace():
        start += 1
    return start, len(text)


class FieldCompleter(QObject):
    """A popup of choices under a line edit. Subclasses find the choices (`offer`) and
    act on the one taken (`take`)."""

    shown = Signal()  # the popup was filled (for tests and for the curious)

    def __init__(self, line: QLineEdit) -> None:
        super().__init__(line)
        self.line = line
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self)
        self.completer.setWidget(line)
        self.completer.setModel(self.model)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(MAX_SHOWN)
        # The overload that gives the row (the text alone cannot tell two Springfields).
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        line.textEdited.connect(self._edited)
        self._taking = False

    def choices(self) -> list[str]:
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def offer(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Show (label, value) choices under the field; none hides the popup."""
        self.model.clear()
        for label, value in choices[:MAX_SHOWN]:
            item = QStandardItem(label)
            item.setData(value, VALUE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        popup = self.popup()
        if not choices or not self.line.hasFocus():
            popup.hide()
            return
        self.completer.complete()
        popup.setCurrentIndex(QModelIndex())
        self.shown.emit()

    def popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # QCompleter makes its popup on first use
        return popup

    def choose(self, row: int) -> None:
        """Take the choice in `row` as if the editor had picked it."""
        self._activated(self.model.index(row, 0))

    def replace_span(self, start: int, end: int, text: str) -> None:
        """Put `text` in place of the field's characters [start, end), as an edit the
        editor can undo (textEdited is emitted, so the story hears of it)."""
        self._taking = True
        try:
            self.line.setSelection(start, end - start)
            self.line.insert(text)
        finally:
            self._taking = False

    def _edited(self, text: str) -> None:
        if not self._taking:
            self.find(text)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.popup().hide()
            self.take(index.data(VALUE_ROLE))

    def find(self, text: str) -> None:
        raise NotImplementedError

    def take(self, value: Any) -> None:
        raise NotImplementedError


class CityCompleter(FieldCompleter):
    """Cities of the gazetteer by any of their names; a chosen one fills the region
    and country, keeping the name in the script the editor typed. The search runs on
    the render lane (a short prefix can take tens of milliseconds), newest first."""

    def __init__(self, fields: DatelineFields, runner: TaskRunner) -> None:
        super().__init__(fields.city)
        self.fields = fields
        self._runner = runner
        self._places: Places | None = None

    def set_places(self, places: Places | None) -> None:
        self._places = places

    def find(self, text: str) -> None:
        places = self._places
        loaded = places is not None and places.loaded() is not None
        if len(text.strip()) < 2 or not loaded or self._runner.is_closed:
            self.offer([])
            return
        assert places is not None

        def found(matches: list[CityMatch]) -> None:
            if self.line.text() == text:  # not typed on since
                self.offer([(_city_label(match), match) for match in matches])

        self._runner.render(
            lambda: places.complete_city(text, MAX_SHOWN),
            found,
            key="city names",
            receiver=self,
        )

    def gazetteer_loaded(self) -> None:
        """The cities are in: offer them for what is already typed."""
        if self.line.hasFocus() and self.line.text().strip():
            self.find(self.line.text())

    def take(self, value: CityMatch) -> None:
        city = value.city
        self.fields.choose_place(_city_name(value), city.region, city.country, city.timezone)


def _city_name(match: CityMatch) -> str:
    """The name to put in the field: the city's own, unless the editor is typing in
    another script (`Москва` stays Cyrillic; `Ankar`, an old name, becomes `Ankara`)."""
    own = match.city.name
    return match.matched if _script(match.matched) != _script(own) else own


def _city_label(match: CityMatch) -> str:
    name = _city_name(match)
    label = match.city.label
    return label if name == match.city.name else f"{name} — {label}"


def _script(text: str) -> str:
    """The script of the first letter, by its Unicode name (LATIN, CYRILLIC, ARABIC…)."""
    letter = next((c for c in text if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ", 1)[0] if letter else ""


class StaffCompleter(FieldCompleter):
    """Names from the desk's staff list for the person being typed."""

    def __init__(self, line: QLineEdit, runner: TaskRunner, staff: StaffService) -> None:
        super().__init__(line)
        self._runner = runner
        self._staff = staff
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STAFF_DELAY_MS)
        self._timer.timeout.connect(self._ask)

    def find(self, text: str) -> None:
        self._timer.start()

    def _ask(self) -> None:
        staff = self._staff
        text = self.line.text()
        start, _ = last_person_span(text)
        prefix = text[start:].strip()
        if not prefix or self._runner.is_closed:
            self.offer([])
            return

        def found(people: list[Byline]) -> None:
            if self.line.text() == text:  # not typed on since
                shown = [p for p in people if p.name.casefold() != prefix.casefold()]
                self.offer([(format_bylines_field((p,)), p) for p in shown])

        self._runner.database(
            lambda: staff.complete(prefix, MAX_SHOWN),
            found,
            label="staff names",
            receiver=self,
        )

    def take(self, value: Byline) -> None:
        text = self.line.text()
        start, end = last_person_span(text)
        self.replace_span(start, end, format_bylines_field((value,)))


class SubjectsCompleter(FieldCompleter):
    """IPTC Media Topic names for the subject being typed."""

    def find(self, text: str) -> None:
        start, _ = last_item_span(text, SUBJECT_SEPARATOR)
        prefix = text[start:]
        self.offer([(name, name) for name in matching_topics(prefix)])

    def take(self, value: str) -> None:
        text = self.line.text()
        start, end = last_item_span(text, SUBJECT_SEPARATOR)
        self.replace_span(start, end, value)


class GazetteerWarmer(QObject):
    """Builds the desk's gazetteer once, on the checks lane, and says when it is ready
    (`loaded`, on the GUI thread) or why not (`failed`). Deleted before the cities are
    in, it hears nothing: the runner drops the answer."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner

    def start(self, places: Places) -> None:
        if places.loaded() is not None:
            self.loaded.emit()
            return
        if self._runner.is_closed:
            return
        self._runner.checks(
            lambda: _load_gazetteer(places),
            lambda _none: self.loaded.emit(),
            # The field works without completion; say why there is none.
            lambda error: self.failed.emit(error_text(error) or type(error).__name__),
            key="gazetteer",
            receiver=self,
        )


def _load_gazetteer(places: Places) -> None:
    places.gazetteer()
