"""A hang caught, not waited for: `within(seconds)` raises `Hung` in the main thread when
the work inside takes longer (SIGALRM; the pathological-input child processes use it, so
a quadratic pattern fails its test instead of holding CI)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


class Hung(Exception):
    pass


def _alarm(_signal: int, _frame: object) -> None:
    raise Hung


@contextmanager
def within(seconds: int) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
