"""A hang caught, not waited for: `within(seconds)` raises `Hung` in the main thread when
the work inside takes longer (SIGALRM; the pathological-input child processes use it, so
a quadratic pattern fails its test instead of holding CI)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


class Hung(Exception):
    """Not an OSError (as TimeoutError is): the CLI turns those into file messages, and a
    hang inside `main` must surface as the internal error the fuzz tests look for."""


@contextmanager
def within(seconds: float) -> Iterator[None]:
    def expire(_signal: int, _frame: object) -> None:
        raise Hung(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
