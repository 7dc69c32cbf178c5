"""Prototype measurement: does sending a ninjs push from a child process reach the aim?

    PYTHONPATH=src python bench/prototype_publish_child.py [--stories 300] [--rounds 3] \
        [--depth N] [--switch SECONDS] [--ceiling] [--start forkserver|spawn]

The worker's process keeps all its database work (claims, leases, records, moves); each
delivery's request (URL, headers with the signature, body bytes: what `NinjsPushTarget`
posts) goes over a `multiprocessing` pipe to a sender child holding the `httpx.Client`
(keep-alive), which sends one at a time, in order, and answers the delivery's outcome.
`--depth 0` (the default) hands requests over through a target, one at a time, under the
worker as it is; `--depth N` is a prototype lane (the `Bookkeeper` driven directly) that
hands the child up to N requests ahead, for passes where every answer is a 201 only (a
retry would have to cut its endpoint's line in the child). `--ceiling` times the child's
path alone, fed prepared requests. Each round times, on the same endpoint: the worker as
it is, the bare loop, the worker with the child, the bare loop; every figure is the same
run's ratio against the bare loop right after it. CPU is process time per story: the
parent's (all its threads), the child's (what it reports of itself) and the endpoint's
(from /proc, in clock ticks). Results and conclusion: the docstring of bench_publish.py.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pickle
import statistics
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_publish as bench

from editorial.domain.house_style import HouseStyle
from editorial.domain.publishing import EndpointProfile
from editorial.sync.ninjs_push import NinjsPushTarget
from editorial.sync.target import Delivery, Outcome, Payload, Target
from editorial.sync.worker import OutboxWorker

IDLE: list[float] = []  # the share of each pass the child spent waiting for the parent
# The share of each pipelined pass before its first request and after its last answer
# (claiming first, recording and moving what is left at the end: nothing to overlap).
ENDS: list[float] = []
SERVER: list[float] = []  # the endpoint's CPU seconds a story, in each pass with the child


def server_cpu() -> float:
    """The endpoint process's CPU seconds so far (from /proc: in clock ticks, coarse)."""
    endpoint = [p for p in multiprocessing.active_children() if p.name != "sender"]
    fields = Path(f"/proc/{endpoint[0].pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def sender(pipe: Connection) -> None:
    """The child: one keep-alive client, one request at a time, the outcome sent back."""
    from editorial.sync.http_outcomes import outcome_of_error, outcome_of_response, request_limited
    from editorial.sync.ninjs_push import _what_it_called_it
    from editorial.sync.worker import new_client

    idle = 0.0  # seconds waiting for the parent's next request
    with new_client() as client:
        while True:
            began = time.perf_counter()
            try:
                message = pipe.recv_bytes()
            except EOFError:
                return
            idle += time.perf_counter() - began
            if message == b"cpu":
                pipe.send_bytes(pickle.dumps((time.process_time(), idle)))
                continue
            url, headers, body, remote = pickle.loads(message)
            try:
                response = request_limited(client, "POST", url, content=body, headers=headers)
            except httpx.HTTPError as error:
                outcome: Outcome = outcome_of_error(error)
            else:
                remote_id, link = _what_it_called_it(response)
                outcome = outcome_of_response(response, remote_id or remote, link)
            pipe.send_bytes(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))


class Child:
    def __init__(self, start: str) -> None:
        began = time.perf_counter()
        self.pipe, theirs = multiprocessing.Pipe()
        self.process = multiprocessing.get_context(start).Process(target=sender,
                                                                  args=(theirs,), daemon=True,
                                                                  name="sender")
        self.process.start()
        theirs.close()
        self.pipe.send_bytes(b"cpu")
        pickle.loads(self.pipe.recv_bytes())
        self.started_in = time.perf_counter() - began

    def cpu(self) -> float:
        """The child's CPU seconds so far (and, in `self.idle`, its seconds waiting)."""
        self.pipe.send_bytes(b"cpu")
        value, self.idle = pickle.loads(self.pipe.recv_bytes())
        return float(value)

    def close(self) -> None:
        self.pipe.close()
        self.process.join(timeout=10)


class ChildNinjsTarget:
    """The ninjs target whose request goes out through the child (signed here)."""

    kind = "ninjs-push"

    def __init__(self, child: Child, inner: NinjsPushTarget) -> None:
        self._child, self._inner = child, inner

    @staticmethod
    def render(profile: EndpointProfile, delivery: Delivery, style: HouseStyle) -> str:
        return NinjsPushTarget.render(profile, delivery, style)

    def payload(self, delivery: Delivery) -> Payload:
        return self._inner.payload(delivery)

    def check_connection(self) -> str:
        return self._inner.check_connection()

    def send(self, delivery: Delivery) -> Outcome:
        body = self._inner.body(delivery)
        headers = self._inner.headers(delivery, body)
        request = (self._inner.profile.url, headers, body, delivery.remote_id)
        self._child.pipe.send_bytes(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
        outcome: Outcome = pickle.loads(self._child.pipe.recv_bytes())
        return outcome


def child_worker_rate(url: str, stories: int, child: Child) -> tuple[float, float, float]:
    """Stories per second with the child sending; the parent's and the child's CPU a story."""
    with tempfile.TemporaryDirectory() as folder:
        library = bench.approved_library(Path(folder), url, stories)

        def targets(profile: EndpointProfile, secret: str, client: httpx.Client,
                    style: HouseStyle) -> Target:  # fmt: skip
            return ChildNinjsTarget(child, NinjsPushTarget(profile, secret, client, style=style))

        worker = OutboxWorker(library.outbox, library.endpoints, library.workflow,
                              lambda _name: bench.SECRET, targets=targets)  # fmt: skip
        child_cpu = child.cpu()
        idle, served = child.idle, server_cpu()
        started, cpu = time.perf_counter(), time.process_time()
        report = worker.run_once()
        elapsed = time.perf_counter() - started
        parent = (time.process_time() - cpu) / stories
        assert report.delivered == stories and report.pending == 0, report
        library.close()
    own = (child.cpu() - child_cpu) / stories
    IDLE.append((child.idle - idle) / elapsed)
    SERVER.append((server_cpu() - served) / stories)
    return stories / elapsed, parent, own


def pipelined_rate(url: str, stories: int, child: Child, depth: int) -> tuple[float, float, float]:
    """As `child_worker_rate`, but the lane hands the child up to `depth` requests ahead
    (the child still sends them one at a time, in order): a prototype of the lane only, for
    a pass where every answer is 201 (a retry's line would have to be cut in the child)."""
    from collections import deque

    from editorial.sync.bookkeeping import Bookkeeper
    from editorial.sync.worker import new_client

    with tempfile.TemporaryDirectory() as folder:
        library = bench.approved_library(Path(folder), url, stories)
        worker = OutboxWorker(library.outbox, library.endpoints, library.workflow,
                              lambda _name: bench.SECRET)  # fmt: skip
        child_cpu = child.cpu()
        idle, served = child.idle, server_cpu()
        started, cpu = time.perf_counter(), time.process_time()
        worker._mark_published()
        with new_client() as client, Bookkeeper(
            library.outbox, worker.name, worker._lease, worker._render,
            worker._mark_published, worker._clock,
        ) as books:  # fmt: skip
            inner = NinjsPushTarget(library.endpoints.get("wire"), bench.SECRET, client)  # type: ignore[arg-type]
            first = last = 0.0
            books.claim_now()
            pending: deque = deque()
            while True:
                while len(pending) < depth and (claim := books.next_claim(False)) is not None:
                    entry = claim.entry
                    delivery = Delivery(lambda c=claim: c.story, entry.action,  # type: ignore[misc]
                                        entry.published_version, entry.idempotency_key,
                                        frozen=claim.payload)  # fmt: skip
                    body = inner.body(delivery)
                    request = (url, inner.headers(delivery, body), body, entry.remote_id)
                    child.pipe.send_bytes(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
                    pending.append(claim)
                    first = first or time.perf_counter()
                if not pending:
                    break
                # Every answer already there, taken while this thread holds the GIL: each
                # wait for it (the bookkeeping thread runs Python too) costs up to a
                # switch interval.
                while True:
                    claim = pending.popleft()
                    outcome = pickle.loads(child.pipe.recv_bytes())
                    books.sent(claim, worker._result(claim, outcome))
                    last = time.perf_counter()
                    if not pending or not child.pipe.poll():
                        break
        worker._mark_published()
        elapsed = time.perf_counter() - started
        ENDS.append(1 - (last - first) / elapsed)
        parent = (time.process_time() - cpu) / stories
        assert library.outbox.pending_count() == 0
        library.close()
    own = (child.cpu() - child_cpu) / stories
    IDLE.append((child.idle - idle) / elapsed)
    SERVER.append((server_cpu() - served) / stories)
    return stories / elapsed, parent, own


def child_loop_rate(requests: list[tuple[str, dict[str, str], bytes, str]], child: Child,
                    depth: int) -> tuple[float, float]:
    """The ceiling of the child's path: the same requests, prepared beforehand, handed to
    the child `depth` ahead by a parent doing nothing else. Stories/s, child CPU a story."""
    from collections import deque

    before = child.cpu()
    started = time.perf_counter()
    pending: deque[int] = deque()
    for number, request in enumerate(requests):
        child.pipe.send_bytes(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
        pending.append(number)
        if len(pending) >= max(1, depth):
            pending.popleft()
            pickle.loads(child.pipe.recv_bytes())
    while pending:
        pending.popleft()
        pickle.loads(child.pipe.recv_bytes())
    elapsed = time.perf_counter() - started
    return len(requests) / elapsed, (child.cpu() - before) / len(requests)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--depth", type=int, default=0,
                        help="requests handed to the child ahead (0: one at a time)")
    parser.add_argument("--switch", type=float, default=0.0,
                        help="sys.setswitchinterval in seconds for the parent (0: Python's)")
    parser.add_argument("--ceiling", action="store_true",
                        help="only the child's path: prepared requests, no worker")
    parser.add_argument("--start", default="forkserver", choices=("spawn", "forkserver"))
    args = parser.parse_args()
    if args.switch:
        sys.setswitchinterval(args.switch)
    now: list[float] = []
    child_ratios: list[float] = []
    parent_cpu: list[float] = []
    child_cpu: list[float] = []
    loads = [os.getloadavg()[0]]
    with bench.endpoint() as url:
        child = Child(args.start)
        print(f"child started ({args.start}) and answering in {child.started_in * 1000:.0f} ms")
        if args.ceiling:
            _, replay = bench.worker_rate(url, args.stories)
            requests = [(url, headers, body, "") for body, headers in replay]
            for _ in range(args.rounds):
                rate, own = child_loop_rate(requests, child, args.depth)
                ratio = rate / bench.bare_rate(url, replay)
                print(f"child alone: ratio {ratio:.2f}, child CPU {own * 1000:.2f} ms a story, "
                      f"bare CPU {bench.CPU['bare'][-1] * 1000:.2f}, load {os.getloadavg()[0]:.1f}")
            child.close()
            return 0
        for _ in range(args.rounds):
            rate, replay = bench.worker_rate(url, args.stories)
            now.append(rate / bench.bare_rate(url, replay))
            rate, parent, own = child_worker_rate(url, args.stories, child) if not args.depth \
                else pipelined_rate(url, args.stories, child, args.depth)
            child_ratios.append(rate / bench.bare_rate(url, replay))
            parent_cpu.append(parent)
            child_cpu.append(own)
            loads.append(os.getloadavg()[0])
        child.close()
    ms = 1000
    print(f"worker as it is:   ratio {statistics.median(now):.2f} "
          f"({', '.join(f'{r:.2f}' for r in now)}); CPU "
          f"{statistics.median(bench.CPU['worker']) * ms:.2f} ms a story")  # fmt: skip
    print(f"worker with child: ratio {statistics.median(child_ratios):.2f} "
          f"({', '.join(f'{r:.2f}' for r in child_ratios)}); CPU parent "
          f"{statistics.median(parent_cpu) * ms:.2f} + child "
          f"{statistics.median(child_cpu) * ms:.2f} ms a story")  # fmt: skip
    print(f"child waiting for the parent: {statistics.median(IDLE):.0%} of the pass; "
          f"endpoint CPU {statistics.median(SERVER) * ms:.2f} ms a story")
    if ENDS:
        print(f"before the first request and after the last answer: "
              f"{statistics.median(ENDS):.0%} of the pass")
    print(f"bare loop CPU:     {statistics.median(bench.CPU['bare']) * ms:.2f} ms a story")
    print(f"load average:      {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
