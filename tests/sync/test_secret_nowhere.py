"""A full publishing run through the command line in real processes, with the secret in
the real keyring: the story arrives signed with it, and afterwards the secret is nowhere
else: not in the library (nor its WAL), the settings, the logs and caches, an exported
file, or anything a command printed (its errors included)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from editorial.app_log import log_path
from editorial.sync.credentials import SecretStore
from tests.sync.conftest import unique_name
from tests.sync.fault_server import serving

ROOT = Path(__file__).resolve().parents[2]


def test_after_a_full_run_the_secret_is_only_in_the_keyring(
    tmp_path: Path, secret_store: SecretStore
) -> None:
    secret = f"sk-{uuid.uuid4().hex}"
    name = unique_name()
    library = tmp_path / "desk" / "lib.sqlite"
    library.parent.mkdir()
    exported = tmp_path / "out"
    exported.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "EDITORIAL_USER": "Carla Chief"}
    said: list[str] = []

    def editorial(*argv: str, stdin: str = "", status: int = 0) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "editorial", "--library", str(library), *argv],
            input=stdin, capture_output=True, text=True, env=env, timeout=90,
        )  # fmt: skip
        said.extend([done.stdout, done.stderr])
        assert done.returncode == status, (argv, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        return done.stdout

    with serving(secret.encode(), plan=lambda n, _k: "503" if n == 0 else "ok") as server:
        editorial("new", "--headline", "Quake hits eastern Turkey")
        add = ("endpoint", "add", name, "--kind", "ninjs-push", "--url", server.url,
               "--secret-stdin")  # fmt: skip
        editorial(*add, stdin=secret + "\n")
        editorial(*add, stdin=secret + "\n", status=1)  # taken: said without the secret
        editorial("endpoint", "add", "other", "--kind", "ninjs-push", "--url",
                  "http://example.org/", "--secret-stdin", stdin=secret, status=1)  # fmt: skip
        assert "answers" in editorial("endpoint", "test", name)
        editorial("submit", "1")
        editorial("preflight", "1", "--json")
        editorial("approve", "1")
        editorial("sync", status=75)  # the endpoint answered 503: a retry remains
        editorial("sync", "--wait", "--timeout", "30")
        entries = json.loads(editorial("outbox", "--json"))
        editorial("outbox")
        editorial("endpoint", "list", "--json")
        editorial("export", "1", "--format", "ninjs", "-o", str(exported / "quake.json"))
        editorial("history", "1", "--json")
        editorial("show", "1", "--json")

    assert [e["state"] for e in entries] == ["delivered"]
    (request,) = [r for r in server.requests if r.fault == "ok"]
    assert request.signed and json.loads(request.body)["headlines"][0]["value"].startswith("Quake")
    assert secret_store.require(name) == secret

    home = Path(os.environ["XDG_DATA_HOME"]).parent
    places = [tmp_path, home / "config", home / "cache", home / "data"]
    state = os.environ.get("XDG_STATE_HOME")
    if state:
        places.append(Path(state))
    # The commands' log is among the files searched: it is written, and names each command.
    log = log_path()
    assert log.is_relative_to(Path(state or home / "state"))
    assert "command endpoint" in log.read_text(encoding="utf-8")
    files = [p for place in places if place.exists() for p in place.rglob("*") if p.is_file()]
    files = [p for p in files if "keyrings" not in p.parts]  # the keyring's own store
    assert library in files
    found = [str(p) for p in files if secret.encode() in p.read_bytes()]
    assert found == []
    assert all(secret not in text for text in said)
    SecretStore().delete(name)
