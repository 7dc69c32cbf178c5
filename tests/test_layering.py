"""The layers of docs/ARCHITECTURE.md, checked on the source: only `editorial.ui` speaks Qt,
the domain and formats stay pure Python, the window and the command line reach the library
and the file formats only through the services, and no modules import each other in a
circle. Imports are read with `ast`, so nothing is imported (and no Qt is loaded) to
check them."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "editorial"

QT = ("PySide6", "shiboken6")
UI = "editorial.ui"
# Entry points that open the window: they may import the UI's composition root, but only
# inside a function, so the command-line paths never load Qt.
LAZY_UI_ENTRY_POINTS = {"editorial.cli", "editorial.__main__"}
LAZY_UI_ALLOWED = {"editorial.ui.shell.app"}
# Pure layers: no Qt, no database, no network; they may use only themselves (formats may
# use the domain).
PURE_FORBIDDEN = ("sqlalchemy", "alembic", "httpx", "requests", "keyring", *QT)
PURE_MAY_USE = {
    "editorial.domain": ("editorial.domain",),
    "editorial.formats": ("editorial.formats", "editorial.domain"),
}
# The service boundary: the window and the command line use the services (and the domain's
# values and errors, and the declared preferences), never storage, formats or sync. The
# package root `editorial` holds only the version. The log (`editorial.app_log`: stdlib
# logging to a file, no Qt) is written by every layer, as the settings are read by all
# (`editorial.settings`, and `editorial.startup_settings`: the few the window's first
# frame reads before the settings load, and the folders).
UI_MAY_USE = ("editorial.ui", "editorial.services", "editorial.domain", "editorial.settings",
              "editorial.startup_settings", "editorial.app_log")  # fmt: skip
CLI_MAY_USE = ("editorial.services", "editorial.domain", "editorial.settings",
               "editorial.startup_settings", "editorial.app_log")  # fmt: skip
CLI_MODULE = re.compile(r"^editorial\.(cli(_\w+)?|__main__)$")


@dataclass(frozen=True)
class Import:
    module: str  # absolute dotted name of what is imported
    line: int
    in_function: bool
    type_checking: bool = False  # under `if TYPE_CHECKING:`: never run, read by mypy only


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

    def visit(node: ast.AST, in_function: bool, checking: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            lazy = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(alias.name, child.lineno, in_function, checking)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - (child.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                yield Import(base, child.lineno, in_function, checking)
                for alias in child.names:
                    if alias.name != "*":
                        yield Import(f"{base}.{alias.name}", child.lineno, in_function, checking)
            elif isinstance(child, ast.Call) and _dynamic_import_target(child):
                target = _dynamic_import_target(child) or ""
                yield Import(target, child.lineno, in_function, checking)
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for branch in child.body:
                    yield from visit_node(branch, lazy, True)
                for branch in child.orelse:
                    yield from visit_node(branch, lazy, checking)
            else:
                yield from visit(child, lazy, checking)

    def visit_node(node: ast.stmt, in_function: bool, checking: bool) -> Iterator[Import]:
        # A statement of an `if` branch, visited as its own parent would visit it.
        holder = ast.Module(body=[node], type_ignores=[])
        yield from visit(holder, in_function, checking)

    yield from visit(ast.parse(source), False, False)


def _is_type_checking(test: ast.expr) -> bool:
    """`if TYPE_CHECKING:` or `if typing.TYPE_CHECKING:`."""
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


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


def boundary_violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """The window uses only the UI, the services, the domain and the settings; the command
    line only the services, the domain and the settings (and, lazily, `editorial.ui.shell.app`,
    which `violations` checks). Imports under TYPE_CHECKING count too: a type named in an
    annotation is a dependency all the same."""
    if is_within(module, UI):
        may_use, who = UI_MAY_USE, "editorial.ui"
    elif CLI_MODULE.match(module):
        may_use, who = CLI_MAY_USE, "the command line"
    else:
        return []
    found = []
    for imp in imports_of(source, module, is_package):
        target = resolve(imp.module)
        if not is_within(target, "editorial") or target == "editorial":
            continue
        if CLI_MODULE.match(module) and (CLI_MODULE.match(target) or is_within(target, UI)):
            continue  # its own modules; the lazy UI entry point is checked by `violations`
        if not any(is_within(target, allowed) for allowed in may_use):
            found.append(
                f"{module}:{imp.line} imports {target}: {who} may use only {', '.join(may_use)}"
            )
    return found


@cache
def source_module_names() -> frozenset[str]:
    return frozenset(module_name(p) for p in source_modules())


def resolve(name: str) -> str:
    """The module an imported name lives in: `editorial.domain.errors.BadInput` is
    `editorial.domain.errors`. Names outside the source tree are left as they are."""
    if not is_within(name, "editorial"):
        return name
    parts = name.split(".")
    while len(parts) > 1 and ".".join(parts) not in source_module_names():
        parts.pop()
    return ".".join(parts)


def import_graph(*, with_type_checking: bool) -> dict[str, set[str]]:
    """Which modules of the source tree each module imports, at module level or inside
    a function (a function's import runs as surely as a top-level one, only later)."""
    graph: dict[str, set[str]] = {}
    for path in source_modules():
        module = module_name(path)
        source = path.read_text(encoding="utf-8")
        targets = graph.setdefault(module, set())
        for imp in imports_of(source, module, path.name == "__init__.py"):
            if imp.type_checking and not with_type_checking:
                continue
            target = resolve(imp.module)
            if target in source_module_names() and target != module:
                targets.add(target)
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan's algorithm), each
    as a sorted list: modules that reach each other through their imports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return cycles


def _reaches_only_allowed_ui(name: str) -> bool:
    """An allowed UI module, a package on the way to one
    (`from editorial.ui.shell import app`), or a name taken from one
    (`from editorial.ui.shell.app import run_app`)."""
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


@pytest.mark.parametrize("path", source_modules(), ids=lambda p: module_name(p))
def test_module_keeps_to_the_service_boundary(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert boundary_violations(source, module_name(path), path.name == "__init__.py") == []


def test_no_modules_import_each_other_in_a_circle() -> None:
    """Counted: imports at module level, inside functions, and under TYPE_CHECKING. A
    circle through a function-level import still ties the modules into one piece that
    cannot be understood, tested or moved apart; one through TYPE_CHECKING does not fail
    at run time, but it is the same knot for a reader and for mypy, and it is the first
    step to a real one. So none is let through: pass what a module needs (a protocol, a
    narrower parameter) instead of importing the module that holds it."""
    graph = import_graph(with_type_checking=True)
    assert sum(len(targets) for targets in graph.values()) > 100  # the walk found imports
    assert import_cycles(graph) == []


# The checker itself, on made-up modules: each of these must be caught or let through.
CAUGHT = [
    ("editorial.services.editing", "import PySide6.QtCore"),
    ("editorial.services.editing", "from PySide6 import QtWidgets"),
    ("editorial.storage.library", "import shiboken6"),
    ("editorial.services.editing", "def f():\n    from PySide6.QtCore import QObject"),
    ("editorial.services.editing", "from editorial.ui.shell.app import run_app"),
    ("editorial.services.editing", "from ..ui import app"),
    ("editorial.services.editing", "import importlib\nimportlib.import_module('PySide6')"),
    ("editorial.cli", "from editorial.ui.shell.app import run_app"),  # at module level
    ("editorial.cli", "def main():\n    from editorial.ui.shell.main_window import MainWindow"),
    ("editorial.cli", "def main():\n    import PySide6.QtWidgets"),
    ("editorial.__main__", "from editorial import ui"),
    ("editorial.domain.story", "import sqlalchemy"),
    ("editorial.domain.story", "from editorial.storage.library import Library"),
    ("editorial.domain.render", "from ..services import editing"),
    ("editorial.formats.ninjs", "import httpx"),
    ("editorial.formats.ninjs", "from editorial.storage import tables"),
]
ALLOWED = [
    ("editorial.ui.shell.app", "from PySide6.QtWidgets import QApplication"),
    ("editorial.ui.widgets.editor", "from ..tasks import TaskRunner\nimport shiboken6"),
    ("editorial.cli", "def main():\n    from editorial.ui.shell.app import run_app"),
    ("editorial.cli", "def main():\n    from editorial.ui.shell import app"),
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


BOUNDARY_CAUGHT = [
    ("editorial.ui.editor.completers", "from editorial.storage.library import Library"),
    (
        "editorial.ui.dialogs.staff_dialog",
        "if TYPE_CHECKING:\n    from editorial.storage import library",
    ),
    (
        "editorial.ui.library.story_desk",
        "def f():\n    from editorial.storage.errors import VersionConflict",
    ),
    (
        "editorial.ui.editor.web_copy_paste",
        "from editorial.formats.wire_text import parse_web_copy",
    ),
    ("editorial.ui.library.story_list_model", "from ...sync import outbox"),
    ("editorial.cli", "from editorial.storage.errors import LibraryError"),
    ("editorial.cli_files", "def f():\n    from editorial.formats.detect import read_file"),
    ("editorial.cli_new_thing", "import editorial.storage.library"),
]
BOUNDARY_ALLOWED = [
    ("editorial.ui.library.story_desk", "from editorial.domain.errors import VersionConflict"),
    ("editorial.ui.shell.window_tools", "from editorial.services.desk import Desk"),
    ("editorial.ui.dialogs.preferences_dialog", "from editorial.settings import OPTIONS"),
    ("editorial.ui.shell.main_window", "from .tasks import TaskRunner"),
    ("editorial.cli", "from editorial import __version__\nfrom editorial.cli_common import x"),
    ("editorial.cli_files", "def f():\n    from editorial.services.desk import open_desk"),
    ("editorial.services.checking", "from editorial.storage.library import Library"),
]


@pytest.mark.parametrize(("module", "source"), BOUNDARY_CAUGHT)
def test_boundary_checker_catches(module: str, source: str) -> None:
    assert boundary_violations(source, module)


@pytest.mark.parametrize(("module", "source"), BOUNDARY_ALLOWED)
def test_boundary_checker_allows(module: str, source: str) -> None:
    assert boundary_violations(source, module) == []


def test_the_cycle_finder_finds_circles_of_any_length_and_nothing_else() -> None:
    graph = {
        "a": {"b"},
        "b": {"c"},
        "c": {"a", "d"},  # a → b → c → a
        "d": {"e"},
        "e": {"d"},  # d ⇄ e
        "f": {"a"},  # leads into a circle, is not in one
    }
    assert sorted(import_cycles(graph)) == [["a", "b", "c"], ["d", "e"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_imports_under_type_checking_and_in_functions_are_marked() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from editorial.ui.shell.main_window import MainWindow\n"
        "def f():\n"
        "    import editorial.ui.shell.tasks\n"
    )
    found = {i.module: i for i in imports_of(source, "editorial.ui.library.story_desk")}
    assert found["editorial.ui.shell.main_window"].type_checking
    assert not found["editorial.ui.shell.main_window"].in_function
    assert found["editorial.ui.shell.tasks"].in_function
    assert not found["editorial.ui.shell.tasks"].type_checking


def test_imported_names_resolve_to_their_modules() -> None:
    assert resolve("editorial.domain.errors.BadInput") == "editorial.domain.errors"
    assert resolve("editorial.domain") == "editorial.domain"
    assert resolve("editorial.__version__") == "editorial"
    assert resolve("PySide6.QtCore") == "PySide6.QtCore"


def test_relative_imports_resolve_from_a_package_init() -> None:
    source = "from .ui.shell import app"
    found = {i.module for i in imports_of(source, "editorial", is_package=True)}
    assert "editorial.ui.shell.app" in found
