"""Regression test for PySide6 6.12.0 on CPython 3.11: every call of a Qt method returning
void dropped one reference to `None`, and after about 5,000 calls the process died with
`Fatal Python error: none_dealloc`. pyproject.toml pins PySide6-Essentials below 6.12 on
Python < 3.12; this test fails if a broken build comes back (on 3.12+ `None` is immortal
and the count cannot fall, so it passes there trivially)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject

CALLS = 2000
# Other threads and caches touch None too; the bug takes one reference per call.
TOLERANCE = 50


def test_void_qt_calls_keep_the_reference_to_none() -> None:
    obj = QObject()
    obj.setObjectName("warm-up")  # first-call caches (signatures, type lookups) settle here
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        obj.setObjectName("story-list")
    after = sys.getrefcount(None)
    assert after >= before - TOLERANCE, (
        f"PySide6 {pyside_version} on Python {sys.version.split()[0]} lost "
        f"{before - after} references to None in {CALLS} void calls; "
        "this build crashes with none_dealloc (see the pin in pyproject.toml)"
    )
    assert obj.objectName() == "story-list"
