"""Garbage is collected on the GUI thread only, while the application runs."""

from __future__ import annotations

import gc
import weakref

from pytestqt.qtbot import QtBot

from editorial.ui.shell.garbage import YOUNG_EVERY_MS, MainThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_collection_waits_for_the_gui_threads_timer(qapp: object, qtbot: QtBot) -> None:
    gc.enable()
    collector = MainThreadCollector()
    try:
        assert not gc.isenabled()
        node = Node()
        gone = weakref.ref(node)
        del node
        for _ in range(5000):  # allocations that would trigger an automatic collection
            Node().me = None
        assert gone() is not None  # nothing collected it off the timer
        qtbot.waitUntil(lambda: gone() is None, timeout=YOUNG_EVERY_MS * 5)
    finally:
        collector.stop()
    assert gc.isenabled()
