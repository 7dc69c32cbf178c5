"""`editorial sync` in a real process against an endpoint that hangs: `--timeout` is kept
to, and Ctrl+C or SIGTERM stops it in a line, with the delivery under way kept (tried
again at once, as maybe delivered) rather than held by a lease for minutes."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from editorial.sync.credentials import SecretStore
from tests.sync.cli_process import Editorial
from tests.sync.conftest import unique_name
from tests.sync.fault_server import FaultServer, serving

SECRET = "process-secret-0c2d"


def desk_with_an_approved_story(tmp_path: Path, server: FaultServer) -> tuple[Editorial, str]:
    editorial = Editorial(tmp_path / "desk.sqlite")
    name = unique_name()
    editorial("new", "--headline", "Quake hits eastern Turkey")
    editorial("endpoint", "add", name, "--kind", "ninjs-push", "--url", server.url,
              "--secret-stdin", stdin=SECRET + "\n")  # fmt: skip
    editorial("submit", "1")
    editorial("approve", "1")
    return editorial, name


def wait_for_requests(server: FaultServer, count: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while len(server.requests) < count:
        assert time.monotonic() < deadline, "the endpoint was never reached"
        time.sleep(0.05)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_stopped_sync_keeps_the_delivery_under_way(
    tmp_path: Path, secret_store: SecretStore, stop: signal.Signals
) -> None:
    plan = {0: "slow"}
    with serving(SECRET.encode(), plan=lambda n, _k: plan.get(n, "ok"), slow_seconds=30) as server:
        editorial, name = desk_with_an_approved_story(tmp_path, server)
        running = editorial.start("sync", "--wait")
        wait_for_requests(server, 1)
        time.sleep(0.2)
        running.send_signal(stop)
        out, err = running.communicate(timeout=15)
        assert running.returncode == 130, (out, err)
        assert "Traceback" not in err
        assert err == ("editorial: sync stopped: what was under way is kept and goes on the "
                       "next sync\n")  # fmt: skip
        (entry,) = editorial.json("outbox")
        assert (entry["state"], entry["maybe_delivered"]) == ("retrying", True)
        assert entry["reason"].startswith("interrupted while sending")
        # Not held by the stopped worker's lease: the next sync sends it at once, under
        # the same key; the endpoint had taken it, and says so.
        assert editorial("sync").startswith("delivered 1,")
    assert [r.key for r in server.requests] == [entry["idempotency_key"]] * 2
    assert server.requests[0].body == server.requests[1].body
    assert len(server.accepted) == 1
    SecretStore().delete(name)


def test_sync_wait_timeout_is_kept_while_the_endpoint_hangs(
    tmp_path: Path, secret_store: SecretStore
) -> None:
    with serving(SECRET.encode(), plan=lambda _n, _k: "slow", slow_seconds=30) as server:
        editorial, name = desk_with_an_approved_story(tmp_path, server)
        started = time.monotonic()
        out = editorial("sync", "--wait", "--timeout", "2", status=75)
        took = time.monotonic() - started
    assert took < 12, f"--timeout 2 took {took:.1f} s"  # the process' own start included
    assert "retrying 1" in out and "1 still to go" in out
    SecretStore().delete(name)
