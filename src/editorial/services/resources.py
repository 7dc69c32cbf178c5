"""Where the bundled resources live, installed or run from a source checkout.

An installed package carries the top-level `resources/` folder as `editorial.resources`
(see `pyproject.toml`); a checkout run with `PYTHONPATH=src` has no such package, so the
folder is found beside `src/`. Only the services and the window read them: the domain is
handed what was read.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_CHECKOUT_RESOURCES = Path(__file__).resolve().parents[3] / "resources"


@lru_cache(maxsize=1)
def resources_root() -> Traversable:
    """The root of the bundled resources (icons, styles, house styles, ...)."""
    spec = find_spec("editorial.resources")
    if spec is None:
        return _CHECKOUT_RESOURCES
    folders = list(spec.submodule_search_locations or ())
    if len(folders) == 1 and os.path.isdir(folders[0]):
        # One folder on disk, as installed: the path `resources.files` would give, found
        # without importing importlib.resources (some 2 ms of the window's start).
        return Path(folders[0])
    from importlib import resources  # elsewhere (a zip, several folders): its reader

    try:
        root = resources.files("editorial.resources")
    except (ModuleNotFoundError, TypeError):  # TypeError: not a package (older Pythons)
        return _CHECKOUT_RESOURCES
    return root if root.is_dir() else _CHECKOUT_RESOURCES


def resource(*parts: str) -> Traversable:
    """A bundled resource by its path under `resources/`, e.g. `resource("house_styles")`."""
    node = resources_root()
    for part in parts:
        node = node.joinpath(part)
    return node
