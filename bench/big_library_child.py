"""The measures of `bench_big_library.py` that run inside a child process with the window
(or the library) open; each prints one JSON line."""

from __future__ import annotations

import json
import statistics
import string
import time
from pathlib import Path
from typing import Any

TYPED = (string.ascii_lowercase * 3)[:60]
KEY_INTERVAL_MS = 80
SCROLL_PAGES = 50


def resident_bytes() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096


def open_window(library: str) -> Any:
    from PySide6.QtCore import QCoreApplication

    from editorial.ui.shell.app import application, open_window

    application()
    window = open_window(library)
    wait_until(lambda: window.controllers is not None and window.runner.is_idle, 60)
    QCoreApplication.processEvents()
    return window


def wait_until(condition: Any, seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def memory(library: str) -> dict[str, Any]:
    from PySide6.QtCore import QModelIndex

    window = open_window(library)
    model, view = window.model, window.list_panel.view
    for _ in range(SCROLL_PAGES):
        view.scrollToBottom()
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        wait_until(lambda: window.runner.is_idle, 30)
    view.scrollToTop()
    wait_until(lambda: window.runner.is_idle, 30)
    rows = model.rowCount()
    rss = resident_bytes()
    window.close()
    return {"rss": rss, "rows": rows}


def typing(library: str) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest

    window = open_window(library)
    before = window.session.story_id
    window.commands.new_story.trigger()
    wait_until(lambda: window.session.story_id not in (None, before), 30)
    wait_until(lambda: window.runner.is_idle, 30)
    headline = window.editor.headline
    headline.setFocus()
    saves = {"count": 0}
    window.session.saved.connect(lambda *_: saves.__setitem__("count", saves["count"] + 1))
    clock, stall = QElapsedTimer(), {"last": 0, "longest": 0}
    clock.start()

    def beat() -> None:
        now = clock.elapsed()
        stall["longest"] = max(stall["longest"], now - stall["last"])
        stall["last"] = now

    heartbeat = QTimer()
    heartbeat.setInterval(2)
    heartbeat.timeout.connect(beat)
    stall["last"] = clock.elapsed()
    heartbeat.start()
    keys: list[float] = []
    typed = ""
    for letter in TYPED:
        typed += letter
        started = time.perf_counter()
        QTest.keyClick(headline, letter)
        wait_until(lambda t=typed: t in window.windowTitle(), 5)  # type: ignore[misc]
        keys.append((time.perf_counter() - started) * 1000)
        pause_until = time.monotonic() + KEY_INTERVAL_MS / 1000
        wait_until(lambda u=pause_until: time.monotonic() >= u, 5)  # type: ignore[misc]
    settle = time.monotonic() + 2.5  # the last autosave lands
    wait_until(lambda: time.monotonic() >= settle and window.runner.is_idle, 30)
    heartbeat.stop()
    window.close()
    return {"keys_ms": keys, "stall_ms": float(stall["longest"]), "autosaves": saves["count"]}


def autosave(library: str) -> dict[str, Any]:
    from editorial.storage.library import Library

    times: list[float] = []
    with Library.open(library) as lib:
        (summary,) = lib.listing.page(limit=1)
        story = lib.get(summary.id)
        for n in range(200):
            edited = story.edited(body=story.body + f" {n}")
            started = time.perf_counter()
            story = lib.save(edited)
            times.append((time.perf_counter() - started) * 1000)
    return {"save_ms": times, "median": statistics.median(times)}


def main(kind: str, library: str) -> None:
    measure = {"memory": memory, "typing": typing, "autosave": autosave}[kind]
    print(json.dumps(measure(library)), flush=True)
