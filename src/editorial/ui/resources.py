"""Finding the files under `resources/` (icons, style sheets, the preview CSS).

Installed, they ship inside the package as `editorial.resources`; in a source checkout run
with `PYTHONPATH=src` they sit at the top of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

APP_ICON = "icons/editorial.svg"
PREVIEW_CSS = "preview.css"
APP_STYLE_SHEET = "styles/editorial.qss"


@cache
def resources_dir() -> Path:
    try:
        from importlib.resources import files

        packaged = Path(str(files("editorial.resources")))
        if packaged.is_dir():
            return packaged
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[3] / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name


@cache
def resource_text(name: str) -> str:
    """A text resource, or "" when it is missing (the window still works unstyled)."""
    try:
        return resource_path(name).read_text(encoding="utf-8")
    except OSError:
        return ""
