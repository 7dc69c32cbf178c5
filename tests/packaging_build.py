"""One build of the Linux installer (`packaging/build-linux.sh` on a copy of the checkout),
with its outcome written beside it, so the test command can start the build in the
background while the rest of the suite runs (the build is mostly PyInstaller on one core
for minutes; the suite mostly uses the other):

    python -m tests.packaging_build OUTDIR    # writes OUTDIR/build.log, OUTDIR/outcome.json

`tests/test_packaging_installed.py` waits for `outcome.json` when EDITORIAL_TEST_DEB_BUILD
names that folder, and builds in-process (the same `build_deb`) otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from tests.test_packaging import build_copy

OUTCOME = "outcome.json"
LOG = "build.log"
BUILD_TIMEOUT = 1500  # seconds; a build here takes 3 to 7 minutes


@dataclass(frozen=True)
class BuildOutcome:
    returncode: int
    deb: str  # the package's path, "" when the build failed
    seconds: float
    log: str  # the log file's path

    def log_tail(self) -> str:
        try:
            return Path(self.log).read_text(errors="replace")[-6000:]
        except OSError as error:
            return f"(no build log: {error})"


def build_deb(folder: Path) -> BuildOutcome:
    """Copies the checkout into FOLDER and builds the .deb there; never raises for a failed
    build (the outcome says so)."""
    folder.mkdir(parents=True, exist_ok=True)
    log_path = folder / LOG
    started = time.monotonic()
    with log_path.open("w") as log:
        try:
            source = build_copy(folder)
            returncode = subprocess.run(
                ["bash", "packaging/build-linux.sh"], cwd=source, stdout=log,
                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=BUILD_TIMEOUT,
            ).returncode  # fmt: skip
            packages = sorted((source / "dist").glob("editorial_*_*.deb"))
        except (OSError, subprocess.SubprocessError) as error:
            log.write(f"\nthe build could not run: {error}\n")
            returncode, packages = 1, []
    deb = str(packages[0]) if returncode == 0 and len(packages) == 1 else ""
    return BuildOutcome(
        returncode if deb or returncode else 1, deb, time.monotonic() - started, str(log_path)
    )


def write_outcome(folder: Path, outcome: BuildOutcome) -> None:
    partial = folder / (OUTCOME + ".part")
    partial.write_text(json.dumps(asdict(outcome)))
    os.replace(partial, folder / OUTCOME)  # whole or absent: the waiting test reads it once


def wait_for_outcome(folder: Path, timeout: float = BUILD_TIMEOUT + 120) -> BuildOutcome:
    """The outcome of a build started in the background, once it is written."""
    deadline = time.monotonic() + timeout
    path = folder / OUTCOME
    while not path.exists():
        if time.monotonic() > deadline:
            return BuildOutcome(1, "", timeout, str(folder / LOG))
        time.sleep(1)
    return BuildOutcome(**json.loads(path.read_text()))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.packaging_build OUTDIR", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    outcome = build_deb(folder)
    write_outcome(folder, outcome)
    return outcome.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
