"""docs/ARCHITECTURE.md is a map a newcomer can trust: every package under src/editorial
and every folder of the window (src/editorial/ui/*) is named in it, and every ui folder it
names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"
PACKAGE = ROOT / "src" / "editorial"


def packages_under(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}


def window_map_rows() -> set[str]:
    """The folders named in the first column of the window's map table."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## A map of the window", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `ui/([a-z_]+)/` \|", section, flags=re.MULTILINE))


def test_every_layer_is_in_the_tree() -> None:
    text = DOC.read_text(encoding="utf-8")
    tree = text.split("## The tree", 1)[1].split("\n## ", 1)[0]
    missing = {name for name in packages_under(PACKAGE) if f"  {name}/" not in tree}
    assert not missing, f"docs/ARCHITECTURE.md's tree does not name {sorted(missing)}"


def test_the_window_map_and_the_ui_folders_agree() -> None:
    folders = packages_under(PACKAGE / "ui")
    rows = window_map_rows()
    assert rows, "docs/ARCHITECTURE.md has no map of the window"
    assert folders - rows == set(), f"ui folders missing from the map: {folders - rows}"
    assert rows - folders == set(), f"the map names ui folders that do not exist: {rows - folders}"


def test_ui_holds_no_loose_modules() -> None:
    """A new window module goes into the folder of what it shows, not next to them."""
    loose = sorted(p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py")
    assert loose == [], f"modules directly under ui/: {loose}; put each in its folder"
