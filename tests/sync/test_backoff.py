"""When a delivery is tried again: exponential backoff with jitter, up to a ceiling, and
the endpoint's Retry-After when it gave one."""

from __future__ import annotations

import datetime as dt

from editorial.sync.backoff import RetryPolicy


def test_waits_double_with_jitter_up_to_the_ceiling() -> None:
    policy = RetryPolicy(initial=2.0, maximum=600.0)
    for attempt in range(1, 15):
        waits = {policy.wait(attempt).total_seconds() for _ in range(50)}
        base = min(2.0 * 2 ** (attempt - 1), 600.0)
        assert all(base <= wait <= min(base + 2.0, 600.0) for wait in waits), (attempt, waits)
        if base + 2.0 <= 600.0:
            assert len(waits) > 1  # jittered: two workers never retry in step
    assert policy.wait(40).total_seconds() == 600.0


def test_retry_after_is_taken_as_given_but_never_below_the_floor() -> None:
    policy = RetryPolicy(initial=2.0, maximum=600.0, floor=1.0)
    assert policy.wait(9, dt.timedelta(seconds=30)) == dt.timedelta(seconds=30)
    assert policy.wait(1, dt.timedelta(seconds=3600)) == dt.timedelta(seconds=3600)
    assert policy.wait(1, dt.timedelta(0)) == dt.timedelta(seconds=1)
