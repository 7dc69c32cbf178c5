"""Linear time judged by how the time grows, not by one huge input against a clock: the
same work on a text FACTOR times as long must take less than MAX_GROWTH times as long.
Linear work takes about FACTOR times as long, quadratic work FACTOR² times: a pattern
that backtracks over the whole text fails at a fifth of a megabyte as surely as at a
megabyte, in a fraction of the time, and on a busy machine as on an idle one.

Time is the process's processor time, not the clock's: other processes on a busy
machine do not count. Every run is still under an alarm on the clock
(`time_limit.within`), so a hang fails at once."""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable
from typing import TypeVar

from tests.time_limit import within

Input = TypeVar("Input")

FACTOR = 4
MAX_GROWTH = 8.0  # between FACTOR (linear) and FACTOR² (quadratic)
# Below this a run is too short to time: the smaller one counts as
# this long. (A quadratic pass whose larger run still takes under MAX_GROWTH times this
# would take a few seconds on a megabyte: not a hang.)
FLOOR_SECONDS = 0.05
TRIES = 3


def _timed(run: Callable[[Input], object], value: Input, limit: float) -> float:
    # Without the cyclic collector: in a long test session each of its full passes walks
    # every object the session made, so the larger run's share of them made it look
    # superlinear (8.5 times for four times the text, seen in CI; 4 times alone).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        started = time.process_time()
        with within(limit):
            run(value)
        return time.process_time() - started
    finally:
        if was_enabled:
            gc.enable()


def growth(
    make: Callable[[int], Input],
    run: Callable[[Input], object],
    size: int,
    *,
    limit: float = 30.0,
) -> tuple[float, float]:
    """Processor seconds of `run` on `make(size)` and on `make(FACTOR * size)`: the fastest of up
    to TRIES runs each, run again only while they grow too much (another process took
    the processor for a moment; a quadratic pass grows every time). Raises
    `time_limit.Hung` when one run takes longer than `limit` seconds."""
    small_input, large_input = make(size), make(FACTOR * size)
    small = large = math.inf
    for _ in range(TRIES):
        small = min(small, _timed(run, small_input, limit))
        large = min(large, _timed(run, large_input, limit))
        if grows_linearly(small, large):
            break
    return small, large


def grows_linearly(small: float, large: float) -> bool:
    return large < MAX_GROWTH * max(small, FLOOR_SECONDS)
