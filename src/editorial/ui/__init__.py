"""The window (PySide6). Importing it first makes the start-up's imports cheaper
(`shell/pyside_source_check.py`): every module of the window imports PySide6 anyway."""

import PySide6.QtCore  # noqa: F401  (loads the import hook the check below replaces)

from editorial.ui.shell.pyside_source_check import install

install()
