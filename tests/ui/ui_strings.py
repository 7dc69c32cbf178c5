"""Find the window's user-visible strings that Qt's translation tools would miss.

A string literal (or f-string, or a sum of them) handed to a Qt text setter or a widget's
constructor, given to a message box or an input dialog as its title or text, or returned
by `headerData`, must come out of `self.tr(...)`, `QCoreApplication.translate(...)` or a
`QT_TRANSLATE_NOOP(...)` constant; and what those are given must be a plain literal, the
only thing `pyside6-lupdate` can extract. Names bound to a string at module level count
as that string. What is looked at is the expression that makes the text: a literal inside
another call (`QIcon("x.svg")`, `QKeySequence("Ctrl+S")`) is that call's business.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Methods whose string arguments are shown to the user.
TEXT_METHODS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setWhatsThis", "showMessage",
    "addAction", "addMenu", "addTab", "setTabText", "insertTab", "setTabToolTip",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setTitle",
    "setLabelText", "setInformativeText", "setDetailedText", "setOkButtonText",
    "setCancelButtonText", "addButton", "setItemText", "setItemToolTip", "setPrefix",
    "setSuffix", "setSpecialValueText", "setFormat", "setIconText", "addRow", "insertRow",
    "setTextValue", "setWindowIconText", "setToolTipText", "setButtonText",
})  # fmt: skip
# Widgets (and the like) whose constructor's string arguments are shown.
TEXT_CLASSES = frozenset({
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QCommandLinkButton", "QMessageBox", "QDockWidget", "QTreeWidgetItem",
    "QListWidgetItem", "QStandardItem", "QProgressDialog",
})  # fmt: skip
# Static dialogs: every string argument is a title, a label or a text.
DIALOG_CLASSES = frozenset({"QMessageBox", "QInputDialog"})
# QFileDialog's statics: the caption (second argument, or caption=) only; the rest is a
# folder and the filters' patterns.
FILE_DIALOG = "QFileDialog"
TEXT_KEYWORDS = frozenset({
    "text", "title", "caption", "toolTip", "statusTip", "placeholderText", "windowTitle",
    "label", "whatsThis", "accessibleName", "accessibleDescription", "labelText",
})  # fmt: skip
# Editorial's own widgets and helpers that put their argument on screen, by method name
# and (for the common names) the attribute they are called on.
OWN_TEXT_METHODS = frozenset({
    "show_message", "set_loading", "show_error", "show_editor", "show_entries", "_notify",
})  # fmt: skip
NOTICE_METHODS = frozenset({"say", "warning", "error", "show"})
NOTICE_OWNERS = frozenset({"_notices", "notices", "banner", "_banner", "message_banner"})
# Never translated: the product's name.
UNTRANSLATED = frozenset({"Editorial"})
TRANSLATING = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "qsTr"})
# A string made of these is no word of any language: separators, numbers, punctuation.
_WORDLESS = re.compile(r"^[\W\d_]*$")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _owner(node: ast.expr) -> str:
    return _name(node.value) if isinstance(node, ast.Attribute) else ""


def _worded(text: str) -> bool:
    return not _WORDLESS.match(text) and text.strip() not in UNTRANSLATED


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, constants: dict[str, list[str]]) -> None:
        self.path = path
        self.constants = constants
        self.findings: list[Finding] = []
        self._functions: list[str] = []

    def report(self, node: ast.AST, text: str, why: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), text, why))

    def literals(self, node: ast.expr) -> list[tuple[ast.AST, str]]:
        """The worded literals that make up the string `node` evaluates to, untranslated."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [(node, node.value)] if _worded(node.value) else []
        if isinstance(node, ast.JoinedStr):
            parts = "".join(
                v.value
                for v in node.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
            return [(node, ast.unparse(node))] if _worded(parts) else []
        if isinstance(node, ast.BinOp):
            return self.literals(node.left) + self.literals(node.right)
        if isinstance(node, ast.IfExp):
            return self.literals(node.body) + self.literals(node.orelse)
        if isinstance(node, ast.BoolOp):
            return [found for value in node.values for found in self.literals(value)]
        if isinstance(node, ast.List | ast.Tuple):
            return [found for value in node.elts for found in self.literals(value)]
        if isinstance(node, ast.Name) and node.id in self.constants:
            texts = [text for text in self.constants[node.id] if _worded(text)]
            return [(node, f"{node.id} = {texts!r}")] if texts else []
        if isinstance(node, ast.Subscript):
            return self.literals(node.value)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("format", "join", "strip", "upper", "lower", "title")
        ):
            return self.literals(node.func.value)
        return []

    def check(self, nodes: list[ast.expr], why: str) -> None:
        for node in nodes:
            for where, text in self.literals(node):
                self.report(where, text, why)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._functions.append(node.name)
        self.generic_visit(node)
        self._functions.pop()

    def visit_Return(self, node: ast.Return) -> None:
        if self._functions and self._functions[-1] == "headerData" and node.value is not None:
            self.check([node.value], "headerData returns an untranslated string")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name, owner = _name(node.func), _owner(node.func)
        keywords = [kw.value for kw in node.keywords if kw.arg in TEXT_KEYWORDS]
        if name in TRANSLATING:
            self._check_translated(node, name)
        elif owner == FILE_DIALOG:
            caption = node.args[1:2] + [kw.value for kw in node.keywords if kw.arg == "caption"]
            self.check(caption, f"{FILE_DIALOG}.{name} caption is not translatable")
        elif owner in DIALOG_CLASSES:
            self.check(list(node.args) + keywords, f"{owner}.{name} text is not translatable")
        elif (
            name in TEXT_METHODS
            or name in TEXT_CLASSES
            or name in OWN_TEXT_METHODS
            or (name in NOTICE_METHODS and owner in NOTICE_OWNERS)
        ):
            self.check(list(node.args) + keywords, f"{name}() is given untranslatable text")
        self.generic_visit(node)

    def _check_translated(self, node: ast.Call, name: str) -> None:
        # tr(text, disambiguation, n); translate(context, text, disambiguation, n)
        index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
        if len(node.args) <= index:
            return
        text = node.args[index]
        if name == "tr" and _owner(node.func) not in ("self", ""):
            # lupdate gives `window.tr("x")` no class context, and Qt looks it up under
            # the object's class: translate() with a named context is meant.
            self.report(node, ast.unparse(node), "tr() on another object than self")
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            if isinstance(text, ast.Name | ast.Attribute | ast.Subscript) and name in (
                "translate",
                "tr",
            ):
                return  # a QT_TRANSLATE_NOOP constant, translated where it is shown
            self.report(node, ast.unparse(text), f"{name}() needs a plain literal lupdate can read")
        if name == "translate" and not (
            isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
        ):
            self.report(node, ast.unparse(node.args[0]), "translate() needs a literal context")


def _marked_text(value: ast.expr) -> str | None:
    """The string a module-level value is: a literal, or one marked QT_TRANSLATE_NOOP
    (still English until translated where it is shown)."""
    if (
        isinstance(value, ast.Call)
        and _name(value.func) == "QT_TRANSLATE_NOOP"
        and len(value.args) == 2
    ):
        value = value.args[1]
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return value.value
    return None


def module_constants(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level names bound to a string or to a tuple or list of strings."""
    constants: dict[str, list[str]] = {}
    for statement in tree.body:
        targets: list[ast.expr] = []
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        items = value.elts if isinstance(value, ast.Tuple | ast.List) else [value]
        texts = [_marked_text(item) for item in items]
        if texts and all(text is not None for text in texts):
            for target in targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = [text for text in texts if text is not None]
    return constants


def scan_source(source: str, path: Path) -> list[Finding]:
    tree = ast.parse(source, filename=str(path))
    scanner = _Scanner(path, module_constants(tree))
    scanner.visit(tree)
    return scanner.findings


def scan_file(path: Path) -> list[Finding]:
    return scan_source(path.read_text(encoding="utf-8"), path)
