"""How long the preview waits after a keystroke before it renders again.

A fixed pause is wrong at both ends: 200 ms is four times what a short story costs to
render and show (the page lags behind the typing for nothing), and at 10,000 words a
rendering shown between two keystrokes holds the GUI thread for tens of milliseconds
(the keystroke after it waits). So the pause follows what showing the preview costs
here, measured on every rendering: the render lane's time plus a multiple of the time
the GUI thread spends setting the page. While typing, the GUI thread then spends at
most about 1 / (1 + SHOW_FACTOR) of a pause on the preview, and the page follows the
last keystroke within one pause and one rendering.
"""

from __future__ import annotations

SHORTEST_MS = 30  # below this a pause would render between the keystrokes of a burst
LONGEST_MS = 400  # a slow machine still sees the page well within a second
UNMEASURED_MS = 120  # before the first rendering was timed
SHOW_FACTOR = 2.5
SMOOTHING = 0.3  # weight of the newest measurement: one slow rendering does not jump it


class TypingPause:
    def __init__(self) -> None:
        self._render_ms: float | None = None
        self._show_ms: float | None = None

    def measured(self, render_ms: float, show_ms: float) -> None:
        """One rendering took `render_ms` on the render lane (from the request to the
        answer) and `show_ms` on the GUI thread to set."""
        self._render_ms = _smoothed(self._render_ms, render_ms)
        self._show_ms = _smoothed(self._show_ms, show_ms)

    @property
    def ms(self) -> int:
        if self._render_ms is None or self._show_ms is None:
            return UNMEASURED_MS
        wanted = self._render_ms + SHOW_FACTOR * self._show_ms
        return round(min(LONGEST_MS, max(SHORTEST_MS, wanted)))


def _smoothed(previous: float | None, new: float) -> float:
    return new if previous is None else previous + SMOOTHING * (new - previous)
