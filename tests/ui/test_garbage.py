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


def test_once_settled_start_up_objects_are_set_aside_and_new_cycles_still_go(
    qapp: object, qtbot: QtBot
) -> None:
    collector = MainThreadCollector()
    try:
        start_up = Node()  # lives as long as the process, as the modules and widgets do
        collector.settle()
        assert gc.get_freeze_count() > 0
        assert all(start_up is not o for o in gc.get_objects(0))  # never walked again
        node = Node()
        gone = weakref.ref(node)
        del node
        qtbot.waitUntil(lambda: gone() is None, timeout=YOUNG_EVERY_MS * 5)
    finally:
        collector.stop()
        gc.unfreeze()  # the test process's objects go back to collection
