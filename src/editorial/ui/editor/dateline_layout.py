"""The dateline's five fields in one row when the editor is wide enough for what they
hold, else in two (city, state, country above; date and agency below), so that no field
cuts its text to "Ankar" on a small screen or a narrow editor pane."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit

MAX_WANTED = 240  # a long agency name may scroll in its field rather than widen the row
# A field's frame and its text margins (Fusion's and the platform styles' are all within)
FIELD_PADDING = 24


def wanted_width(line: QLineEdit) -> int:
    """The width that shows the field's whole text (or its placeholder)."""
    text = line.text() or line.placeholderText()
    return min(MAX_WANTED, line.fontMetrics().horizontalAdvance(text) + FIELD_PADDING)


class DatelineArrangement:
    """Places `lines` (city, region, country, date, source) and the `reading` line under
    them in `grid`, in one row or two, whichever the width allows."""

    def __init__(self, grid: QGridLayout, lines: Sequence[QLineEdit], reading: QLabel) -> None:
        self.grid = grid
        self.lines = tuple(lines)
        self.reading = reading
        self.one_row: bool | None = None

    def fits_one_row(self, width: int) -> bool:
        spacing = max(0, self.grid.horizontalSpacing())
        needed = sum(wanted_width(line) for line in self.lines) + spacing * (len(self.lines) - 1)
        return needed <= width

    def arrange(self, width: int) -> None:
        one_row = self.fits_one_row(width)
        if one_row == self.one_row:
            self._share(one_row)
            return
        self.one_row = one_row
        grid = self.grid
        for widget in (*self.lines, self.reading):
            grid.removeWidget(widget)
        for column in range(len(self.lines)):
            grid.setColumnStretch(column, 0)
        city, region, country, date, source = self.lines
        if one_row:
            for column, line in enumerate(self.lines):
                grid.addWidget(line, 0, column)
            grid.addWidget(self.reading, 1, 0, 1, len(self.lines))
        else:
            for column, line in enumerate((city, region, country)):
                grid.addWidget(line, 0, column)
            grid.addWidget(date, 1, 0)
            grid.addWidget(source, 1, 1, 1, 2)
            grid.addWidget(self.reading, 2, 0, 1, 3)
        self._share(one_row)

    def _share(self, one_row: bool) -> None:
        """Each column's share of the width is what its fields want, so that a row that
        fits gives every field its text. No minimum is set: the pane may still narrow,
        and then the fields go to two rows."""
        city, region, country, date, _agency = self.lines
        if one_row:
            columns: list[tuple[QLineEdit, ...]] = [(line,) for line in self.lines]
        else:
            columns = [(city, date), (region,), (country,), (), ()]  # the agency spans 1-2
        for column, lines in enumerate(columns):
            share = max((wanted_width(line) for line in lines), default=0)
            self.grid.setColumnStretch(column, share)
