"""When to try a delivery again: exponential backoff with jitter (tenacity's), and the
endpoint's `Retry-After` when it gave one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import tenacity


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """`initial` seconds after the first failure, doubling up to `maximum`, plus up to
    `initial` seconds of jitter (two workers, or two desks, never retry in step).
    A `Retry-After` is honoured as given, but never less than `floor`."""

    initial: float = 2.0
    maximum: float = 600.0
    floor: float = 1.0

    def wait(self, attempts: int, retry_after: dt.timedelta | None = None) -> dt.timedelta:
        if retry_after is not None:
            return max(retry_after, dt.timedelta(seconds=self.floor))
        strategy = tenacity.wait_exponential_jitter(
            multiplier=self.initial, max=self.maximum, jitter=self.initial
        )
        state = tenacity.RetryCallState(tenacity.Retrying(), None, (), {})
        state.attempt_number = max(1, attempts)
        return dt.timedelta(seconds=strategy(state))
