"""The session file: where the editor was, and whether the last run ended cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editorial.services.session_state import OpenStory, SessionStateFile, session_path


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


def test_a_run_that_never_quit_cleanly_is_found_with_where_the_editor_was(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    crashed = SessionStateFile(path, pid=dead_pid(), token="another process")
    assert crashed.start() is None  # the first run: nothing before it
    crashed.record(OpenStory(story_id=7, headline="Quake", field="body", cursor=12, anchor=5))
    # No finish(): killed.

    previous = SessionStateFile(path).start()
    assert previous is not None and previous.unclean
    assert previous.open_story.story_id == 7
    assert (previous.open_story.field, previous.open_story.cursor) == ("body", 12)
    assert previous.open_story.anchor == 5
    assert previous.recorded_at is not None
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_a_clean_quit_is_not_a_crash_and_late_records_do_not_mark_one(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    run = SessionStateFile(path, pid=dead_pid(), token="another process")
    run.start()
    run.record(OpenStory(story_id=3))
    run.finish()
    run.record(OpenStory(story_id=4))  # a record queued behind the quit
    assert json.loads(path.read_text())["running"] is None
    previous = SessionStateFile(path).start()
    assert previous is not None and not previous.unclean
    assert previous.open_story.story_id == 3


def test_another_window_still_running_on_the_library_is_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    other = SessionStateFile(path, pid=os.getppid(), token="x")  # live, not this one
    other.start()
    other.record(OpenStory(story_id=3))
    assert SessionStateFile(path).start() is None
    # Another window of this very process.
    SessionStateFile(path).record(OpenStory(story_id=4))
    assert SessionStateFile(path).start() is None


def test_a_new_process_with_the_id_of_the_crashed_one_still_finds_the_crash(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.json"
    crashed = SessionStateFile(path, pid=os.getpid(), token="the crashed process")
    crashed.start()
    crashed.record(OpenStory(story_id=5))
    previous = SessionStateFile(path).start()  # same id, this process's own token
    assert previous is not None and previous.unclean and previous.open_story.story_id == 5


def test_a_damaged_or_strange_file_recovers_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("{broken")
    assert SessionStateFile(path).start() is None
    strange = {"running": {"pid": 1}, "open_story": {"story_id": "7", "cursor": "x"}}
    path.write_text(json.dumps(strange))
    previous = SessionStateFile(path, pid=2).start()
    assert previous is None or previous.open_story.story_id is None


def test_each_library_has_its_own_session_file_in_the_state_folder() -> None:
    one, two = session_path("/a/lib.sqlite"), session_path("/b/lib.sqlite")
    assert one != two and one.parent.name == "sessions"
    assert "state" in str(one)


def test_a_record_taken_before_the_last_written_is_dropped(tmp_path: Path) -> None:
    """Records come from two lanes: one taken earlier and written later must not put the
    editor back where it was before."""
    path = tmp_path / "s.json"
    run = SessionStateFile(path, pid=dead_pid(), token="another process")
    run.start()
    run.record(OpenStory(story_id=3, cursor=293), taken=2)
    run.record(OpenStory(story_id=3, cursor=286), taken=1)  # late from the other lane
    assert json.loads(path.read_text())["open_story"]["cursor"] == 293
    run.record(OpenStory(story_id=3, cursor=300), taken=3)
    assert json.loads(path.read_text())["open_story"]["cursor"] == 300
