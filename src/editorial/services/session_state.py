"""What the window was doing, kept so the next start can pick up after a crash.

One small JSON file per library in the user's state folder (`$XDG_STATE_HOME/editorial/
sessions/`), apart from the preferences and the window layout: which story was open, the
field the cursor was in, the cursor and the selection, the window's geometry, when that
was. It also says whether a window is running on the library (`running`: its process id
and a token of that process, written at start and cleared at a clean quit): a file that
says a window runs whose process is gone is the mark of an unclean exit (a kill, a crash,
a power cut). The token tells a process that reuses the id (a container's first process)
from the one that wrote it.

Replaced whole and synced on each write (`local_files.write_atomically`). Holds no text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import threading
import uuid
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from editorial.services.local_files import library_file_name, state_dir, write_atomically

SESSIONS_FOLDER = "sessions"
PROCESS_TOKEN = uuid.uuid4().hex  # this process, whatever its id


@dataclass(frozen=True, slots=True)
class OpenStory:
    """Where the editor was. `field`: the editor field with the cursor ("body", ...);
    `cursor` and `anchor`: the cursor and the other end of the selection in it;
    `geometry`: the window's geometry as the toolkit saves it (base64), opaque here."""

    story_id: int | None = None
    headline: str = ""
    field: str = ""
    cursor: int = 0
    anchor: int = 0
    geometry: str = ""
    at: str = ""  # ISO time of this record


@dataclass(frozen=True, slots=True)
class Previous:
    """The last session's record, and whether it ended without a clean quit."""

    open_story: OpenStory
    unclean: bool

    @property
    def recorded_at(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.open_story.at)
        except ValueError:
            return None


def session_path(location: str) -> Path:
    return state_dir() / SESSIONS_FOLDER / library_file_name(location, ".json")


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it there
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    except OSError:
        return False
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False  # no such process (or, rarely, one we may not ask: taken as gone)
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and (
            code.value == still_active
        )
    finally:
        kernel32.CloseHandle(handle)


class SessionStateFile:
    """The session file of one library, for one window. Thread-safe; after `finish`
    (the clean quit) records are ignored, so none written late marks a crash."""

    def __init__(self, path: Path, pid: int | None = None, token: str = PROCESS_TOKEN) -> None:
        self.path = path
        self.pid = os.getpid() if pid is None else pid
        self.token = token
        self._lock = threading.Lock()
        self._last = OpenStory()
        self._last_taken = 0  # the `taken` of the record written last
        self._finished = False

    @classmethod
    def for_library(cls, location: str) -> SessionStateFile:
        return cls(session_path(location))

    def start(self) -> Previous | None:
        """Read the last session's record, then mark this window as running. None when
        there was none, or when the window that wrote it is still running (another
        window on the same library: not a crash)."""
        with self._lock:
            previous = self._read()
            running = previous.get("running") if previous else None
            self._last = _open_story(previous.get("open_story")) if previous else OpenStory()
            self._write(self._last, running=True)
            if not previous or self._still_running(running):
                return None
            return Previous(self._last, unclean=running is not None)

    def record(self, open_story: OpenStory, taken: int = 0) -> None:
        """Keep where the editor is now (stamped with the time). `taken` orders records
        written from more than one thread: one taken before the last written is dropped."""
        stamped = OpenStory(**{**asdict(open_story), "at": dt.datetime.now(dt.UTC).isoformat()})
        with self._lock:
            if self._finished or (taken and taken < self._last_taken):
                return
            self._last_taken = max(self._last_taken, taken)
            self._last = stamped
            self._write(stamped, running=True)

    def finish(self) -> None:
        """The clean quit: the record stays, the running mark goes."""
        with self._lock:
            if self._finished:
                return
            self._finished = True
            self._write(self._last, running=False)

    def _still_running(self, running: Any) -> bool:
        """Whether the window that marked the file is still running: one of this process
        (another window), or a live process of that id that is not this one."""
        if not isinstance(running, dict):
            return False
        pid, token = running.get("pid"), running.get("process")
        if token == PROCESS_TOKEN:
            return True
        return isinstance(pid, int) and pid != os.getpid() and process_alive(pid)

    def _read(self) -> dict[str, Any] | None:
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {}  # damaged: nothing to recover from it, and no crash to tell of
        return stored if isinstance(stored, dict) else {}

    def _write(self, open_story: OpenStory, *, running: bool) -> None:
        mark = {"pid": self.pid, "process": self.token} if running else None
        document = {"running": mark, "open_story": asdict(open_story)}
        # The session record is a convenience: a full disk must not stop the editor.
        with contextlib.suppress(OSError):
            write_atomically(self.path, json.dumps(document, ensure_ascii=False).encode("utf-8"))


def _open_story(stored: Any) -> OpenStory:
    if not isinstance(stored, dict):
        return OpenStory()
    values: dict[str, Any] = {}
    for declared in fields(OpenStory):
        value = stored.get(declared.name)
        if declared.name == "story_id":
            if isinstance(value, int) and not isinstance(value, bool):
                values["story_id"] = value
        elif isinstance(value, type(getattr(OpenStory(), declared.name))):
            values[declared.name] = value
    return OpenStory(**values)
