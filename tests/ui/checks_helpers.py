"""Shared steps of the checks and spelling window tests."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from editorial.ui.checks.checks_runner import CheckResult
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_idle

CHECK_TIMEOUT_MS = 20_000


def wait_checked(qtbot: QtBot, window: MainWindow, timeout: int = CHECK_TIMEOUT_MS) -> CheckResult:
    """Until the checks describe the text now in the editor, and nothing is pending."""

    def current() -> bool:
        result = window.checks.result
        story = window.editor.story()
        return (
            result is not None
            and story is not None
            and not window.checks.runner.busy
            and (result.story.headline, result.story.lede, result.story.body, result.story.language)
            == (story.headline, story.lede, story.body, story.language)
        )

    qtbot.waitUntil(current, timeout=timeout)
    wait_idle(qtbot, window, timeout=timeout)
    result = window.checks.result
    assert result is not None
    return result


def set_language(window: MainWindow, language: str) -> None:
    window.editor.language.setEditText(language)


def block_underlines(edit: QPlainTextEdit) -> list[tuple[int, int, int, QTextCharFormat]]:
    """(block number, start, length, format) of every format the highlighter put on the
    document's blocks: what the editor draws."""
    found = []
    block = edit.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        for rng in layout.formats() if layout is not None else []:
            found.append((block.blockNumber(), rng.start, rng.length, QTextCharFormat(rng.format)))
        block = block.next()
    return found


def wavy_red(fmt: QTextCharFormat) -> bool:
    return (
        fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        and fmt.underlineColor().red() > 180
        and fmt.underlineColor().blue() < 100
    )


def spelling_rows(window: MainWindow) -> list[str]:
    return [f.message for f in window.checks_panel.model.findings if f.code == "spelling"]
