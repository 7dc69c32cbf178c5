"""The layers of docs/ARCHITECTURE.md, checked on the source: only `editorial.ui` speaks Qt,
and the domain and formats stay pure Python. Imports are read with `ast`, so nothing is
imported (and no Qt is loaded) to check them."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "editorial"

QT = ("PySide6", "shiboken6")
UI = "editorial.ui"
# Entry points that open the window: they may import the UI's composition root, but only
# inside a function, so the command-line paths never load Qt.
LAZY_UI_ENTRY_POINTS = {"editorial.cli", "editorial.__main__"}
LAZY_UI_ALLOWED = {"editorial.ui.app"}
# Pure layers: no Qt, no database, no network; they may use only themselves (formats may
# use the domain).
PURE_FORBIDDEN = ("sqlalchemy", "alembic", "httpx", "requests", "keyring", *QT)
PURE_MAY_USE = {
    "editorial.domain": ("editorial.domain",),
    "editorial.formats": ("editorial.formats", "editorial.domain"),
}


@dataclass(frozen=True)
class Import:
    module: str  # absolute dotted name of what is imported
    line: int
    in_function: bool


def is_within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(source: str, module: str, is_package: bool = False) -> Iterator[Import]:
    """Every import in `source` as an absolute name, with whether it runs lazily in a
    function. `from a import b` yields both `a` and `a.b` (b may be a module)."""
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST, in_function: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            lazy = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(alias.name, child.lineno, in_function)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - (child.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                yield Import(base, child.lineno, in_function)
                for alias in child.names:
                    if alias.name != "*":
                        yield Import(f"{base}.{alias.name}", child.lineno, in_function)
            elif isinstance(child, ast.Call) and _dynamic_import_target(child):
                yield Import(_dynamic_import_target(child) or "", child.lineno, in_function)
            yield from visit(child, lazy)

    yield from visit(ast.parse(source), False)


def _dynamic_import_target(call: ast.Call) -> str | None:
    """`importlib.import_module("x")` and `__import__("x")` with a literal name."""
    func = call.func
    named = (isinstance(func, ast.Name) and func.id in {"__import__", "import_module"}) or (
        isinstance(func, ast.Attribute) and func.attr == "import_module"
    )
    if named and call.args and isinstance(call.args[0], ast.Constant):
        value = call.args[0].value
        return value if isinstance(value, str) else None
    return None


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    found = []
    for imp in imports_of(source, module, is_package):
        where = f"{module}:{imp.line} imports {imp.module}"
        if is_within(module, UI):
            continue
        if any(is_within(imp.module, qt) for qt in QT):
            found.append(f"{where}: only editorial.ui may import Qt")
        elif is_within(imp.module, UI):
            lazy_ok = module in LAZY_UI_ENTRY_POINTS and imp.in_function
            if not (lazy_ok and _reaches_only_allowed_ui(imp.module)):
                found.append(
                    f"{where}: only cli/__main__ may reach the UI, lazily inside a function, "
                    f"through {', '.join(sorted(LAZY_UI_ALLOWED))}"
                )
        for layer, may_use in PURE_MAY_USE.items():
            if not is_within(module, layer):
                continue
            if any(is_within(imp.module, name) for name in PURE_FORBIDDEN):
                found.append(f"{where}: {layer} stays free of Qt, databases and HTTP")
            elif (
                is_within(imp.module, "editorial")
                and imp.module != "editorial"
                and not any(is_within(imp.module, allowed) for allowed in may_use)
            ):
                found.append(f"{where}: {layer} may use only {', '.join(may_use)}")
    return found


def _reaches_only_allowed_ui(name: str) -> bool:
    """An allowed UI module, a package on the way to one (`from editorial.ui import app`),
    or a name taken from one (`from editorial.ui.app import run_app`)."""
    return (
        name in LAZY_UI_ALLOWED
        or any(is_within(allowed, name) for allowed in LAZY_UI_ALLOWED)
        or name.rpartition(".")[0] in LAZY_UI_ALLOWED
    )


def source_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_package_is_where_the_walk_looks() -> None:
    names = {module_name(p) for p in source_modules()}
    assert {"editorial.cli", "editorial.domain.story"} <= names


@pytest.mark.parametrize("path", source_modules(), ids=lambda p: module_name(p))
def test_module_respects_the_layers(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert violations(source, module_name(path), path.name == "__init__.py") == []


# The checker itself, on made-up modules: each of these must be caught or let through.
CAUGHT = [
    ("editorial.services.editing", "import PySide6.QtCore"),
    ("editorial.services.editing", "from PySide6 import QtWidgets"),
    ("editorial.storage.library", "import shiboken6"),
    ("editorial.services.editing", "def f():\n    from PySide6.QtCore import QObject"),
    ("editorial.services.editing", "from editorial.ui.app import run_app"),
    ("editorial.services.editing", "from ..ui import app"),
    ("editorial.services.editing", "import importlib\nimportlib.import_module('PySide6')"),
    ("editorial.cli", "from editorial.ui.app import run_app"),  # at module level
    ("editorial.cli", "def main():\n    from editorial.ui.main_window import MainWindow"),
    ("editorial.cli", "def main():\n    import PySide6.QtWidgets"),
    ("editorial.__main__", "from editorial import ui"),
    ("editorial.domain.story", "import sqlalchemy"),
    ("editorial.domain.story", "from editorial.storage.library import Library"),
    ("editorial.domain.render", "from ..services import editing"),
    ("editorial.formats.ninjs", "import httpx"),
    ("editorial.formats.ninjs", "from editorial.storage import tables"),
]
ALLOWED = [
    ("editorial.ui.app", "from PySide6.QtWidgets import QApplication"),
    ("editorial.ui.widgets.editor", "from ..tasks import TaskRunner\nimport shiboken6"),
    ("editorial.cli", "def main():\n    from editorial.ui.app import run_app"),
    ("editorial.cli", "def main():\n    from editorial.ui import app"),
    ("editorial.services.editing", "from editorial.storage.library import Library"),
    ("editorial.storage.library", "import sqlalchemy"),
    ("editorial.domain.render", "from markdown_it import MarkdownIt\nfrom .story import Story"),
    ("editorial.formats.ninjs", "from editorial.domain.story import Story"),
    ("editorial.services.editing", "import importlib\nimportlib.import_module('json')"),
]


@pytest.mark.parametrize(("module", "source"), CAUGHT)
def test_checker_catches(module: str, source: str) -> None:
    assert violations(source, module)


@pytest.mark.parametrize(("module", "source"), ALLOWED)
def test_checker_allows(module: str, source: str) -> None:
    assert violations(source, module) == []


def test_relative_imports_resolve_from_a_package_init() -> None:
    found = {i.module for i in imports_of("from .ui import app", "editorial", is_package=True)}
    assert "editorial.ui.app" in found
