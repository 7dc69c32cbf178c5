"""tests/run.sh spreads the suite over pytest-xdist workers (`--dist loadgroup`); the tests
that change one shared thing (the installed .deb, the one real WordPress) must still run
on one worker each. Checked in a real parallel pytest run over tests written here, with
this suite's own conftest: a pytest or pytest-xdist upgrade that loses the groups (as
pytest 9 with pytest-xdist 3.8 did) fails here, not as a dpkg lock in the middle of CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

MARKED = """
import os, time
import pytest

pytestmark = pytest.mark.xdist_group("installed-package")

@pytest.mark.parametrize("n", range(6))
def test_marked(n):
    time.sleep(0.05)
    with open(os.environ["WORKERS_SEEN"], "a") as seen:
        seen.write(f"marked {os.environ['PYTEST_XDIST_WORKER']}\\n")
"""

BY_FIXTURE = """
import os, time
import pytest

@pytest.fixture
def wordpress():
    return "a site"

@pytest.mark.parametrize("n", range(6))
def test_on_the_site(wordpress, n):
    time.sleep(0.05)
    with open(os.environ["WORKERS_SEEN"], "a") as seen:
        seen.write(f"site {os.environ['PYTEST_XDIST_WORKER']}\\n")

@pytest.mark.parametrize("n", range(6))
def test_anywhere(n):
    time.sleep(0.05)
    with open(os.environ["WORKERS_SEEN"], "a") as seen:
        seen.write(f"free {os.environ['PYTEST_XDIST_WORKER']}\\n")
"""


def test_grouped_tests_each_run_on_one_worker(tmp_path: Path) -> None:
    pytest.importorskip("xdist")
    (tmp_path / "test_marked.py").write_text(MARKED)
    (tmp_path / "test_by_fixture.py").write_text(BY_FIXTURE)
    seen = tmp_path / "seen.txt"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest",
         "-n", "2", "--dist", "loadgroup", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=ROOT, env={**os.environ, "WORKERS_SEEN": str(seen)},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    workers: dict[str, set[str]] = {}
    for line in seen.read_text().splitlines():
        kind, worker = line.split()
        workers.setdefault(kind, set()).add(worker)
    assert len(workers["marked"]) == 1, workers
    assert len(workers["site"]) == 1, workers
    # Both workers took tests: the run was parallel, and the rest is spread.
    assert len(set().union(*workers.values())) == 2, workers
