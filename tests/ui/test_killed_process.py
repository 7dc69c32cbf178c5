"""A crash loses at most the last two seconds of typing: a real window process is killed
with SIGKILL two seconds after the last keystroke, and the library has the text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from editorial.storage.library import Library

CHILD = Path(__file__).with_name("crash_child.py")


def test_text_typed_two_seconds_before_a_kill_is_in_the_library(tmp_path: Path) -> None:
    library = tmp_path / "desk.sqlite"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, str(CHILD), str(library), "2.0"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stderr
    story_id = int(done.stdout.split("typed ")[1].split()[0])
    with Library.open(library) as kept:
        story = kept.get(story_id)
    assert story.headline == "Quake hits eastern Turkey"
    assert story.body.startswith("Rescuers searched the rubble through the night.")
