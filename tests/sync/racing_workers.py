"""A worker process for the tests with two workers on one library (imported by
multiprocessing's spawn start method, so kept apart from the test modules)."""

from __future__ import annotations

from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any


def drain(name: str, path: str, secret: str, barrier: Barrier, results: Queue[Any]) -> None:
    """Open the library, wait for the other worker, then drain the outbox as `editorial
    sync --wait` does; report what this worker delivered."""
    import httpx

    from editorial.storage.library import Library
    from editorial.sync.backoff import RetryPolicy
    from editorial.sync.worker import OutboxWorker

    with Library.open(path, create=False, busy_timeout=30) as library:
        worker = OutboxWorker(
            library.outbox, library.endpoints, library.workflow, lambda _name: secret,
            policy=RetryPolicy(initial=0.01, maximum=0.05, floor=0.01), name=name,
            client=lambda: httpx.Client(timeout=httpx.Timeout(10.0)),
        )  # fmt: skip
        barrier.wait()
        try:
            report = worker.run_until_idle(timeout=120)
        except Exception as error:  # reported to the test, which fails on it
            results.put((name, "raised", f"{type(error).__name__}: {error}"))
            return
        results.put((name, report.delivered, report.pending))
