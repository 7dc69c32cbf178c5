"""`editorial endpoint add|list|remove|test`, `sync`, `outbox`, `resend` and `preflight`
in process on a real library, against a real endpoint on loopback: every verb, and each
of its errors in one line."""

from __future__ import annotations

import io
import json

import pytest

from editorial.cli import main
from editorial.domain.publishing import EndpointProfile
from editorial.storage.library import Library
from editorial.sync.credentials import SecretStore
from tests.sync.conftest import unique_name
from tests.sync.fault_server import serving

SECRET = "cli-secret-51f0"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as leaving:  # argparse's usage errors
        code = leaving.code if isinstance(leaving.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err
    assert len(err.splitlines()) <= 1 or err.startswith("usage:"), err
    return code, out, err


@pytest.fixture
def library(library_location: str, capsys: pytest.CaptureFixture[str],
            monkeypatch: pytest.MonkeyPatch) -> str:  # fmt: skip
    monkeypatch.setenv("EDITORIAL_USER", "Carla Chief")
    location = library_location
    assert run(capsys, "--library", location, "new", "--headline", "Quake")[0] == 0
    return location


def stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))


def approve(capsys: pytest.CaptureFixture[str], library: str) -> None:
    for move in ("submit", "approve"):
        assert run(capsys, "--library", library, move, "1")[0] == 0


def test_the_verbs_with_nothing_to_do(library: str, capsys: pytest.CaptureFixture[str]) -> None:
    def editorial(*argv: str) -> tuple[int, str, str]:
        return run(capsys, "--library", library, *argv)

    assert editorial("endpoint", "list") == (0, "", "")
    assert editorial("endpoint", "list", "--json") == (0, "[]\n", "")
    assert editorial("sync") == (0, "delivered 0, retrying 0, failed 0\n", "")
    assert editorial("sync", "--wait", "--timeout", "5")[0] == 0
    assert editorial("outbox") == (0, "", "")
    assert editorial("outbox", "--json", "--story", "1") == (0, "[]\n", "")
    assert editorial("preflight", "1") == (0, "No endpoint would receive this story.\n", "")


def test_each_verbs_errors_in_a_line(
    library: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def editorial(*argv: str) -> tuple[int, str, str]:
        return run(capsys, "--library", library, *argv)

    add = ("endpoint", "add", "wire", "--kind", "ninjs-push", "--secret-stdin", "--url")
    stdin(monkeypatch, "s\n")
    code, _, err = editorial(*add, "http://example.org/ninjs")
    assert code == 1 and "Plain http:// is accepted only for this machine" in err
    code, _, err = editorial(*add, "ftp://127.0.0.1/")
    assert code == 1 and "not an http:// or https:// URL" in err
    code, _, err = editorial(*add, "https://user:pw@example.org/")
    assert code == 1 and "no user name or password in the URL" in err
    stdin(monkeypatch, "\n")
    code, _, err = editorial(*add, "https://example.org/")
    assert (code, err) == (1, "editorial: The secret is empty: give it on standard input "
                              "(--secret-stdin).\n")  # fmt: skip
    assert editorial("endpoint", "add", "wire", "--kind", "gopher", "--url", "https://x.org",
                     "--secret-stdin")[0] == 2  # fmt: skip
    assert editorial("endpoint", "add", "wire", "--kind", "ninjs-push", "--url",
                     "https://x.org")[0] == 2  # the secret never as an argument  # fmt: skip
    assert editorial("endpoint")[0] == 2
    for verb in ("remove", "test"):
        assert editorial("endpoint", verb, "nope") == (
            1, "", "editorial: There is no endpoint named 'nope'.\n")  # fmt: skip
    code, _, err = editorial("sync", "--timeout", "5")
    assert (code, err) == (1, "editorial: --timeout goes with --wait.\n")
    assert editorial("sync", "--wait", "--timeout", "soon")[0] == 2
    assert editorial("resend", "5") == (1, "", "editorial: There is no outbox entry 5.\n")
    assert editorial("preflight", "99") == (1, "", "editorial: There is no story with id 99 "
                                                   "in this library.\n")  # fmt: skip
    assert editorial("outbox", "--story", "x")[0] == 2
    for extra in ((), ("--json",)):  # not an empty list, which reads as 'nothing queued'
        assert editorial("outbox", "--story", "99999", *extra) == (
            1, "", "editorial: There is no story with id 99999 in this library.\n")  # fmt: skip
    assert editorial("send", "1")[0] == 2
    assert editorial("send", "1", "--to", "wire") == (
        1,
        "",
        "editorial: Only an approved or published story is sent; story 1 is draft.\n",
    )


def test_what_waits_shows_in_the_outbox_and_sync_says_it_is_not_done(
    library: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An endpoint whose secret is not in the keyring: the entry waits and says why."""
    name = unique_name()
    with Library.open(library) as opened:
        opened.endpoints.add(EndpointProfile(name, "ninjs-push", "http://127.0.0.1:9/"))
        opened.endpoints.add(EndpointProfile("archive", "ninjs-push", "http://127.0.0.1:9/",
                                             publish_on_approval=False))  # fmt: skip
    approve(capsys, library)
    code, out, _ = run(capsys, "--library", library, "preflight", "1", "--json")
    (preflight,) = json.loads(out)
    body = json.loads(preflight["body"])
    assert (body["version"], body["pubstatus"], preflight["problems"]) == ("1", "usable", [])
    assert preflight["entry"] == 1
    code, out, _ = run(capsys, "--library", library, "sync")
    assert code == 75 and "retrying 1" in out and "1 still to go" in out
    code, out, _ = run(capsys, "--library", library, "outbox", "--json")
    (entry,) = json.loads(out)
    assert entry["state"] == "retrying" and "keyring" in entry["reason"]
    assert entry["idempotency_key"].endswith("@1") and entry["published_version"] == 1
    code, out, _ = run(capsys, "--library", library, "outbox")
    assert code == 0 and out.startswith("    1  retrying   wire-") and "publish v1" in out
    code, out, _ = run(capsys, "--library", library, "resend", "1")
    assert code == 0 and "\tqueued\t" in out
    code, _, err = run(capsys, "--library", library, "send", "1", "--to", name)
    assert code == 1 and "waits to go there" in err
    code, out, _ = run(capsys, "--library", library, "send", "1", "--to", "archive")
    assert (code, out) == (0, "2\tqueued\tarchive\tpublish v1\tQuake\n")


def test_an_endpoint_from_add_to_remove(
    library: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    secret_store: SecretStore,
) -> None:  # fmt: skip
    name = unique_name()

    def editorial(*argv: str) -> tuple[int, str, str]:
        return run(capsys, "--library", library, *argv)

    with serving(SECRET.encode(), plan=lambda n, _k: "422" if n == 0 else "ok") as server:
        stdin(monkeypatch, SECRET + "\n")
        code, out, _ = editorial("endpoint", "add", name, "--kind", "ninjs-push", "--url",
                                 server.url, "--secret-stdin", "--user", "desk")  # fmt: skip
        assert code == 0 and out.startswith(f"{name}\tninjs-push\t{server.url}")
        assert secret_store.require(name) == SECRET
        code, out, _ = editorial("endpoint", "list", "--json")
        assert json.loads(out) == [{
            "name": name, "kind": "ninjs-push", "url": server.url, "user": "desk",
            "enabled": True, "publish_on_approval": True, "kill_to_draft": False,
        }]  # fmt: skip
        code, out, _ = editorial("endpoint", "test", name)
        assert code == 0 and "answers (204" in out
        approve(capsys, library)
        code, out, err = editorial("sync", "--wait", "--timeout", "10")
        assert code == 0 and "failed 1" in out  # refused: waits for a person, not a retry
        assert "outbox entry 1" in err and "editorial resend 1" in err and "422" in err
        assert editorial("resend", "1")[0] == 0
        assert editorial("sync")[:2] == (0, "delivered 1, retrying 0, failed 0\n")
        code, out, _ = editorial("outbox")
        assert "delivered" in out and f"{server.url}/" in out
        assert editorial("resend", "1")[0] == 1
        assert editorial("show", "1", "--json")[1].count('"status": "published"') == 1
        assert editorial("endpoint", "remove", name) == (0, f"removed {name}\n", "")
    assert secret_store.get(name) is None
    assert editorial("endpoint", "list") == (0, "", "")


def test_an_endpoint_test_that_fails_says_why(
    library: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    secret_store: SecretStore,
) -> None:  # fmt: skip
    name = unique_name()
    with serving(b"another secret") as server:
        stdin(monkeypatch, SECRET)
        assert run(capsys, "--library", library, "endpoint", "add", name, "--kind",
                   "ninjs-push", "--url", server.url, "--secret-stdin")[0] == 0  # fmt: skip
        code, _, err = run(capsys, "--library", library, "endpoint", "test", name)
    assert code == 1 and "answered 401" in err
    code, _, err = run(capsys, "--library", library, "endpoint", "test", name)
    assert code == 1 and "does not answer (no answer (ConnectError" in err
    secret_store.delete(name)
