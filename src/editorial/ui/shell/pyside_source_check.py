"""A cheaper answer to the question PySide6 asks of every module imported after it.

Once PySide6 is loaded, shiboken's import hook (`shibokensupport/feature.py`, for the
opt-in `from __feature__ import snake_case`) asks of each newly imported module whether
its source mentions "PySide6", through `inspect.getsource`: for the window's start some
seven hundred modules (ours, SQLAlchemy's, ...), each file found through several stats,
decoded, split into lines and kept in `linecache` for the life of the process. Reading
the file's bytes and searching them gives the same answer for a plain `.py` module at a
fraction of the cost; any other module goes to PySide6's own function. Nothing changes
where the hook is not there (another PySide6 release): `install` then does nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def install() -> bool:
    """Put the cheaper check in place; True when PySide6's hook was found."""
    for name in _FEATURE_MODULES:
        feature = sys.modules.get(name)
        original = getattr(feature, "_mod_uses_pyside", None)
        if feature is not None and callable(original):
            if not getattr(original, "_editorial_bytes_check", False):
                feature._mod_uses_pyside = _bytes_check(original)  # type: ignore[attr-defined]
            return True
    return False


def _bytes_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside._editorial_bytes_check = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside
