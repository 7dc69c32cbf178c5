"""Completion for the fields a desk fills from lists: the dateline city from the gazetteer,
bylines from the library's staff list, subjects from the IPTC Media Topics.

Each completer shows its own popup under its field (`QCompleter` in unfiltered mode, fed
with the matches we found), because what is completed is not always the whole field: a
byline field holds several people, and a chosen city also fills the region and country.

The desk's gazetteer (`Desk.places`) is built on a thread of its own once the library is
open (about a second); until then the city field simply offers nothing. Staff names
come from the library, so they are asked for on the database lane, a moment after the
editor stops typing.
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit

from editorial.domain.byline import Byline, format_bylines_field
from editorial.domain.media_topics import matching_topics
from editorial.ui.metadata_fields import SUBJECT_SEPARATOR

if TYPE_CHECKING:
    from editorial.domain.gazetteer import CityMatch
    from editorial.services.places import Places
    from editorial.storage.library import Library
    from editorial.ui.dateline_fields import DatelineFields
    from editorial.ui.tasks import TaskRunner

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

        self._runner.render(lambda: places.complete_city(text, MAX_SHOWN), found, key="city names")

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
    """Names from the library's staff list for the person being typed."""

    def __init__(self, line: QLineEdit, runner: TaskRunner) -> None:
        super().__init__(line)
        self._runner = runner
        self._library: Library | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STAFF_DELAY_MS)
        self._timer.timeout.connect(self._ask)

    def set_library(self, library: Library | None) -> None:
        self._library = library

    def find(self, text: str) -> None:
        self._timer.start()

    def _ask(self) -> None:
        library = self._library
        text = self.line.text()
        start, _ = last_person_span(text)
        prefix = text[start:].strip()
        if library is None or not prefix or self._runner.is_closed:
            self.offer([])
            return

        def found(people: list[Byline]) -> None:
            if self.line.text() == text:  # not typed on since
                shown = [p for p in people if p.name.casefold() != prefix.casefold()]
                self.offer([(format_bylines_field((p,)), p) for p in shown])

        self._runner.database(
            lambda: library.staff.complete(prefix, MAX_SHOWN), found, label="staff names"
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
    """Builds the desk's gazetteer, on a thread of its own, and says when it is
    ready (`loaded`, on the GUI thread). The thread is a daemon: quitting never waits
    for it."""

    loaded = Signal()
    failed = Signal(str)
    _done = Signal(str)  # from the loading thread: "" when loaded, else the error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued: the thread only posts; the slot runs where this object lives.
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    def start(self, places: Places) -> None:
        if places.loaded() is not None:
            self.loaded.emit()
            return
        threading.Thread(
            target=self._load, args=(places,), name="editorial-gazetteer", daemon=True
        ).start()

    def _load(self, places: Places) -> None:
        try:
            places.gazetteer()
            message = ""
        except Exception as error:  # the field works without completion; say why
            message = str(error) or type(error).__name__
        with contextlib.suppress(RuntimeError):  # the window closed while they loaded
            self._done.emit(message)

    def _finish(self, message: str) -> None:
        if message:
            self.failed.emit(message)
        else:
            self.loaded.emit()
