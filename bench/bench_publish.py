"""Publishing throughput: approved stories per second that the outbox's worker delivers to
a ninjs push endpoint on loopback, against a bare `httpx` loop posting the same bodies
over the same keep-alive connection (the ratio is the figure; the aim is 0.8 or better).

    PYTHONPATH=src python bench/bench_publish.py [--stories 300] [--runs 5] [--json FILE]

Each run times the worker, then the bare loop right after it on the same endpoint, so the
two figures of a run see the same load; the bench prints the median of each, the median
of the runs' own ratios, every run's ratio and the load average, and writes them as JSON
(default: bench-publish.json in the current folder) for comparing runs.

The worker's side counts everything a delivery costs: claiming entries with their lease,
signing the payload frozen at approval, the request, recording every attempt and moving
the stories to published (each with its history entry and the revision of the version it
replaces). The lane sends one entry at a time; the bookkeeping (`sync/bookkeeping.py`:
recording what was sent meanwhile, claiming ahead, moving to published) runs beside it on
one thread, one transaction at a time. The endpoint is a threaded HTTP/1.1 server in a
process of its own, answering 201 with a small JSON body.

Measured on the shared 2-core development machine (December 2026), 5 runs of 300
stories, the code before and after this work back to back at a load average near 2.2:
before (per-story moves to published; claims and records between the sends) 181 stories/s
against a bare loop of 1063/s, ratio 0.17; after (the moves in a few statements per
batch, the bookkeeping beside the sending) 428/s against 1212/s, ratio 0.36 (runs 0.32 to
0.38). Under the load of eight sessions sharing the cores (7-14) single runs spread from
0.19 to 0.79: the figure then says more about the scheduler than about the code. What the
load does not change is the CPU a story costs: about 1.9 ms in the worker's process
(sending about 1.0, claiming 0.4, moving to published 0.35, recording 0.15) against 0.75
ms in the bare loop. Python runs one thread at a time, so the ratio can hardly pass about
0.45 until that is halved (the sending itself, httpx with the answer read to a limit and
signed, costs a third more than the bare post). Against a real endpoint tens of
milliseconds away the bookkeeping hides entirely behind the network.

Later (December 2026, load average 7-13 from other work on the same two cores, so only the
CPU figures mean much): the stories delivered by each bookkeeping transaction are moved
to published right after it on the same thread, the client's TLS context is made once a
process, a small uncompressed answer is read as it is rather than rebuilt, and a
revision is compressed once. Worker CPU per story (all threads, 6 runs each, old and new
code alternating) went from a median of 1.70 ms to 1.41 ms.

Then (2 December 2026) the question was whether 0.8 can be reached at all. The lead's
figure on a quiet machine (load 0.8): worker 502/s, bare 1520/s, ratio 0.31 (runs 0.29 to
0.41); here at load 1.0-1.3, 0.40 (runs 0.25 to 0.42). What was measured:
- Not a GIL convoy: with the switch interval at 5 ms (CPython's default), 0.5 ms and
  0.1 ms, three runs each alternated at load 1.9, the ratios were 0.33-0.39, 0.33-0.56
  and 0.32-0.41: no difference beyond the noise.
- The sending: through the target alone (no bookkeeping, one thread) 0.54 ms CPU and
  0.73 ms wall a story against the bare loop's 0.48 and 0.64 (+13%; its profile shows
  nothing large outside httpx and httpcore themselves); a worker
  that only sent would make about 0.87. The endpoint's process takes 0.15-0.18 ms of CPU
  a request, the bare client 0.45-0.54.
- The bookkeeping alone, one thread, in the largest batches (claims of 256, records of
  64, one move of 300): 0.49 ms CPU a story (claim 0.21, record 0.09, the completeness
  check 0.02, move to published with revision and history 0.18). In the pass, beside
  the sending, it costs more (0.8-1.0 ms on its thread) and so does the sending (the
  lane's thread 0.9-1.2 ms a story, against 0.54 alone: the two threads hand one GIL back
  and forth and share the caches). The process's CPU a story: 1.7-1.9 ms (load 5-6).
- So the ceiling: 0.8 needs the worker within 1.25 times the bare loop's wall time, about
  0.8 ms a story; the sending (0.54) and the bookkeeping's floor (0.49) already make 1.03
  ms of CPU under one GIL even if they overlapped perfectly, a ratio near 0.6 at best.
  Bookkeeping in a process of its own would leave three busy processes on the two cores
  (sender ~0.55, bookkeeper ~0.5, endpoint ~0.16 ms a story: at least 0.6 ms of wall a
  story from CPU alone) and change the crash and lease design; it was not done.
Tried and taken back: the lane waited for the bookkeeping thread 205-230 ms of each
pass of 300 (11-14%: for the first large claim, for claims queued behind moves, at the
end). With moves to published as jobs of their own, run only when no claim or record is
due, and claims ahead growing from 8 by four times, it waited 27-106 ms a pass (load
4.4-4.8, 3 passes each, old and new alternated); but the CPU a story did not change
(median 1.90 ms old, 1.88 new, 9 runs each at load 4.7-5.8; 1.79 and 1.79 at load
1.4-2.6) and neither did the ratio (medians 0.37 old, 0.34 new, 9 runs each alternated at
load 1.4-2.6): the pass is CPU-bound under one GIL, and while the lane waited the
bookkeeping ran alone on work it had to do anyway. So the scheduling stayed as it was.
Wall-clock ratios at load 5 spread from 0.1 to 1.25 for both and say
nothing. The figure stays far from 0.8, for the reason above: on loopback the
endpoint answers in about 0.15 ms, so nothing hides the bookkeeping's CPU; against a
real endpoint tens of milliseconds away it hides entirely behind the network.

Then on a quiet machine (load average about 1, nothing else running), 5 runs of 300:
the worker 685 stories/s against the bare loop's 1,909/s, ratio 0.36 (runs 0.35 to
0.43); CPU a story 1.39 ms in the worker's process against 0.43 ms in the bare loop.
With the bookkeeping run on the lane itself (no thread; an experiment, not kept) the
ratio was the same (0.36-0.37 against 0.34-0.35 alternated) at about 1.5 ms a story:
the CPU, not the threads, sets the figure. What 0.8 needs is the bookkeeping under
about 0.15 ms a story: plain statements over tuples instead of ORM rows for the moves
to published, their revisions and history, or the bookkeeping in a process of its own.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path

from editorial.domain.house_style import BASIC_HOUSE_STYLE
from editorial.domain.publishing import EndpointProfile
from editorial.domain.story import new_story
from editorial.domain.workflow import EVERY_ROLE, Action, Actor
from editorial.storage.library import Library
from editorial.sync.kinds import render_payload
from editorial.sync.ninjs_push import NinjsPushTarget
from editorial.sync.target import Delivery
from editorial.sync.worker import OutboxWorker, new_client

AIM = 0.8
SECRET = "bench-secret"
CHIEF = Actor("Bench", EVERY_ROLE)
BODY = "\n\n".join(
    f"Paragraph {n}: the minister told a news conference after talks with his Turkish "
    "counterpart that dialogue would resume before the end of the year." for n in range(10)
)


class Endpoint(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: with Nagle's algorithm on, each answer
    # would wait for the client's delayed ACK (40 ms), and the bench would time that.
    disable_nagle_algorithm = True
    taken = 0

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        Endpoint.taken += 1
        said = json.dumps({"id": f"item-{Endpoint.taken}"}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(said)))
        self.end_headers()
        self.wfile.write(said)


def serve(port: Connection) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    server.daemon_threads = True
    port.send(server.server_address[1])
    server.serve_forever()


@contextmanager
def endpoint() -> Iterator[str]:
    """The endpoint in a process of its own, so it never waits for this one's GIL."""
    ours, theirs = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(target=serve, args=(theirs,),
                                                           daemon=True)  # fmt: skip
    process.start()
    try:
        yield f"http://127.0.0.1:{ours.recv()}/ninjs"
    finally:
        process.terminate()
        process.join(timeout=10)


def approved_library(folder: Path, url: str, stories: int) -> Library:
    library = Library.open(folder / "lib.sqlite")
    # As the desk does: each entry's payload rendered and frozen at approval.
    library.render_payloads_with(
        lambda profile, action, version, story: render_payload(
            profile, action, version, story, BASIC_HOUSE_STYLE))  # fmt: skip
    library.endpoints.add(EndpointProfile("wire", "ninjs-push", url))
    for number in range(stories):
        story = library.add(new_story("bench.example", headline=f"Story {number}")
                            .edited(body=BODY, lede="The lede."))  # fmt: skip
        assert story.id is not None
        story = library.workflow.move(story.id, story.version, Action.SUBMIT, CHIEF)
        library.workflow.move(story.id, story.version, Action.APPROVE, CHIEF)  # type: ignore[arg-type]
    return library


def worker_rate(url: str, stories: int) -> tuple[float, list[tuple[bytes, dict[str, str]]]]:
    """Stories per second through the worker; and the requests it made, to replay. The
    process's CPU time over the pass (every thread's) goes to `CPU["worker"]`."""
    with tempfile.TemporaryDirectory() as folder:
        library = approved_library(Path(folder), url, stories)
        worker = OutboxWorker(library.outbox, library.endpoints, library.workflow,
                              lambda _name: SECRET)  # fmt: skip
        moving = _timed(library.workflow, "move_each")
        started, cpu = time.perf_counter(), time.process_time()
        report = worker.run_once()
        elapsed = time.perf_counter() - started
        CPU["worker"].append((time.process_time() - cpu) / stories)
        MOVE_SHARES.append(moving[0] / elapsed)
        assert report.delivered == stories and report.pending == 0, report
        replay = []
        with new_client() as client:
            push = NinjsPushTarget(EndpointProfile("wire", "ninjs-push", url), SECRET, client)
            for entry in library.outbox.entries():
                _, story = library.outbox.entry(entry.id)
                delivery = Delivery(story, entry.action, entry.published_version,
                                    entry.idempotency_key,
                                    frozen=library.outbox.frozen_payload(entry.id))  # fmt: skip
                body = push.body(delivery)
                replay.append((body, push.headers(delivery, body)))
        library.close()
    return stories / elapsed, replay


MOVE_SHARES: list[float] = []  # of each worker run, the share spent moving to published
# Seconds of this process's CPU (all its threads) per story, each run: the figure the
# load of a shared machine does not change.
CPU: dict[str, list[float]] = {"worker": [], "bare": []}


def _timed(owner: object, name: str) -> list[float]:
    """Wrap one method of `owner` to add up the seconds spent in it."""
    spent = [0.0]
    method = getattr(owner, name)

    def timed(*args: object, **kwargs: object) -> object:
        began = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - began

    setattr(owner, name, timed)
    return spent


def bare_rate(url: str, requests: list[tuple[bytes, dict[str, str]]]) -> float:
    """The same bodies and headers, posted in a plain loop over one keep-alive client."""
    with new_client() as client:
        started, cpu = time.perf_counter(), time.process_time()
        for body, headers in requests:
            response = client.post(url, content=body, headers=headers)
            assert response.status_code == 201
        elapsed = time.perf_counter() - started
        CPU["bare"].append((time.process_time() - cpu) / len(requests))
    return len(requests) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=Path("bench-publish.json"))
    args = parser.parse_args()
    worker_rates, bare_rates, ratios = [], [], []
    load_before = os.getloadavg()[0]
    with endpoint() as url:
        for _ in range(args.runs):
            # The bare loop right after the worker, on the same endpoint: the two figures
            # of a run see the same load, so a run's ratio is fair even on a busy machine.
            rate, replay = worker_rate(url, args.stories)
            bare = bare_rate(url, replay)
            worker_rates.append(rate)
            bare_rates.append(bare)
            ratios.append(rate / bare)
    load = max(load_before, os.getloadavg()[0])
    worker, bare = statistics.median(worker_rates), statistics.median(bare_rates)
    ratio = statistics.median(ratios)
    share = statistics.median(MOVE_SHARES)
    worker_cpu, bare_cpu = (statistics.median(CPU[side]) * 1000 for side in ("worker", "bare"))
    cpu_ratios = [b / w for w, b in zip(CPU["worker"], CPU["bare"], strict=True)]
    print(f"outbox worker: {worker:8.1f} stories/s (median of {args.runs} runs of "
          f"{args.stories})")  # fmt: skip
    print(f"bare httpx:    {bare:8.1f} stories/s (the same bodies and headers)")
    print(f"ratio:         {ratio:8.2f} (the median of each run's own ratio; aim: {AIM} "
          f"or better)")  # fmt: skip
    print(f"each run:      {', '.join(f'{r:.2f}' for r in ratios)}")
    print(f"CPU per story: {worker_cpu:8.2f} ms in the worker's process (all its threads), "
          f"{bare_cpu:.2f} ms in the bare loop; bare/worker {statistics.median(cpu_ratios):.2f}"
          " (medians; the load does not change these)")  # fmt: skip
    print(f"load average:  {load:8.1f} (on {os.cpu_count()} cores; the figures are only "
          "comparable on a quiet machine)")  # fmt: skip
    print(f"of the worker's wall time, {share:.0%} went to moving the stories to published "
          "(on the bookkeeping thread beside the sending; what is left at the end of the "
          "pass, on the lane)")  # fmt: skip
    args.json.write_text(json.dumps({
        "stories": args.stories, "runs": args.runs,
        "worker_stories_per_second": [round(r, 1) for r in worker_rates],
        "bare_stories_per_second": [round(r, 1) for r in bare_rates],
        "ratios": [round(r, 3) for r in ratios],
        "worker_median": round(worker, 1), "bare_median": round(bare, 1),
        "ratio_median": round(ratio, 3), "aim": AIM, "load_average": round(load, 2),
        "cores": os.cpu_count(), "move_share_median": round(share, 3),
        "worker_cpu_ms_per_story": [round(c * 1000, 3) for c in CPU["worker"]],
        "bare_cpu_ms_per_story": [round(c * 1000, 3) for c in CPU["bare"]],
        "worker_cpu_ms_median": round(worker_cpu, 3), "bare_cpu_ms_median": round(bare_cpu, 3),
        "cpu_ratio_median": round(statistics.median(cpu_ratios), 3),
    }, indent=2))  # fmt: skip
    print(f"Figures written to {args.json}")
    return 0 if ratio >= AIM else 1


if __name__ == "__main__":
    sys.exit(main())
