"""The window (PySide6). Importing it first makes the start-up's imports cheaper: PySide6's
own support code is compiled once and kept (`shell/shiboken_code_cache.py`), and the
question PySide6 asks of every module imported after it is answered more cheaply
(`shell/pyside_source_check.py`): every module of the window imports PySide6 anyway."""

from editorial.startup_settings import cache_dir
from editorial.ui.shell.shiboken_code_cache import kept_compiled

with kept_compiled(cache_dir()):
    import PySide6.QtCore  # noqa: F401  (loads the import hook the check below replaces)

from editorial.ui.shell.pyside_source_check import install

install()
