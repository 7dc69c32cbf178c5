"""The window's files under `resources/` (icons, style sheets, the preview CSS), found
through the one resource lookup the whole package shares
(`editorial.services.resources`), as paths Qt can open."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from editorial.services.resources import resource

APP_ICON = "icons/editorial.svg"
PREVIEW_CSS = "preview.css"
APP_STYLE_SHEET = "styles/editorial.qss"


def resource_path(name: str) -> Path:
    """A file path for a resource such as "icons/editorial.svg" (installed or not)."""
    return Path(str(resource(*name.split("/"))))


@cache
def resource_text(name: str) -> str:
    """A text resource, or "" when it is missing (the window still works unstyled)."""
    try:
        return resource(*name.split("/")).read_text(encoding="utf-8")
    except OSError:
        return ""
