"""`editorial` in a real process on one library, as cron, systemd or a desk's script runs
it: what it printed, with no traceback ever."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# A process started in the background by a shell without job control (`cmd &` in a
# script, as a CI job may be) ignores SIGINT, and so would everything it starts; a
# started `editorial` is Ctrl+C-able as from a terminal: the disposition is reset before
# it is exec'd (exec keeps a default or ignored disposition as it is).
AS_FROM_A_TERMINAL = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)


@dataclass
class Editorial:
    library: Path
    said: list[str] = field(default_factory=list)  # everything printed, for secret checks

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "EDITORIAL_USER": "Carla Chief"}

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "editorial", "--library", str(self.library), *args]

    def __call__(self, *args: str, stdin: str = "", status: int | None = 0) -> str:
        done = subprocess.run(self.argv(*args), input=stdin, capture_output=True, text=True,
                              env=self.env, timeout=120)  # fmt: skip
        self.said += [done.stdout, done.stderr]
        assert "Traceback" not in done.stderr, done.stderr
        if status is not None:
            assert done.returncode == status, (args, done.returncode, done.stdout, done.stderr)
        return done.stdout

    def start(self, *args: str) -> subprocess.Popen[str]:
        argv = [sys.executable, "-c", AS_FROM_A_TERMINAL, *self.argv(*args)]
        return subprocess.Popen(argv, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=self.env)  # fmt: skip

    def json(self, *args: str) -> Any:
        return json.loads(self(*args, "--json"))
