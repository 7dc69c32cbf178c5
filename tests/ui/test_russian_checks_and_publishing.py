"""The checks panel and the publishing dialogs in Russian: with the compiled Russian
messages installed, a finding from the Qt-free checks reads in Russian with its values
(and its date) filled in, the tally counts in Russian plurals, and the outbox and
pre-flight say their labels in Russian. The same widgets without the translator speak
the English the tests elsewhere expect."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from editorial.domain.byline import Byline
from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.counts import story_counts
from editorial.domain.dateline import Dateline
from editorial.domain.errors import MoveNotAllowed
from editorial.domain.findings import Field, Finding
from editorial.domain.publishing import DeliveryAction, OutboxEntry, OutboxState
from editorial.domain.review import Anchor, PlacedComment, ReviewComment
from editorial.domain.story import Status, Story
from editorial.domain.workflow import Action, Actor, Role, plan_move, read_only_message
from editorial.ui.checks.checks_panel import ChecksPanel
from editorial.ui.checks.checks_runner import CheckResult
from editorial.ui.checks.findings_model import tooltip_text, where_text
from editorial.ui.publishing.outbox_dialog import OutboxDialog
from editorial.ui.publishing.publishing_panel import PublishingPanel
from editorial.ui.review.comments_panel import CommentsPanel, comment_heading
from editorial.ui.shell.domain_text import error_text, translated
from tests.catalogs import HOUSE_STYLES

ROOT = Path(__file__).resolve().parents[2]
# Every part of the Russian translation, as the loader compiles it (the checks panel shows
# the story length in the words shared with the status bar, from the shell's part).
SOURCES = sorted((ROOT / "resources" / "translations" / "ru").glob("*.ts"))
NOW = dt.datetime(2008, 11, 17, 22, 30, tzinfo=dt.UTC)


class Speller:
    def check(self, word: str) -> bool:
        return word != "tomorow"

    def suggest(self, word: str) -> list[str]:
        return []


def lrelease() -> Path:
    for found in (Path(sys.executable).with_name("pyside6-lrelease"),
                  Path(sys.executable).with_name("pyside6-lrelease.exe")):  # fmt: skip
        if found.is_file():
            return found
    import PySide6

    return Path(PySide6.__file__).with_name("lrelease")


@pytest.fixture
def russian(qapp: object, tmp_path: Path) -> Iterator[QTranslator]:
    messages = tmp_path / "review_publishing_ru.qm"
    done = subprocess.run([str(lrelease()), *map(str, SOURCES), "-qm", str(messages)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 unfinished" in done.stdout, done.stdout
    translator = QTranslator()
    assert translator.load(str(messages))
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def checked() -> CheckResult:
    story = Story(
        uri="urn:test",
        headline="Talks resume in Ankara after a long pause in the dialogue between them",
        bylines=(Byline("Anna Ivanova"),),
        dateline=Dateline("Ankara", date=dt.date(2008, 11, 20)),
        lede="Officials said talks would resume.",
        body="The talks resumed.\n\nThey will continue tomorow.",
    )
    config = CheckConfig(now=NOW, headline_max_characters=40)
    findings = run_checks(story, HOUSE_STYLES["agency"], config, speller=Speller())
    return CheckResult(story, tuple(findings), story_counts(story), 40, "", 0.0)


def row_of(panel: ChecksPanel, code: str) -> int:
    for row, finding in enumerate(panel.model.findings):
        if finding.code == code:
            return row
    raise LookupError(code)


def shown(panel: ChecksPanel, code: str) -> tuple[str, str]:
    row = row_of(panel, code)
    return panel.model.index(row, 0).data(), panel.model.index(row, 1).data()


def test_the_checks_panel_speaks_russian(russian: QTranslator, qtbot: QtBot) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    result = checked()
    panel.show_result(result)

    assert shown(panel, "spelling") == ("Текст 3:20", "Слова «tomorow» нет в словаре.")
    where, said = shown(panel, "dateline.future-date")
    assert where == "Дата"
    # The date is written by the Russian locale, not left in English.
    assert said == "Дата в дейтлайне, 20 ноября 2008, ещё не наступила (сегодня 18 ноября 2008)."
    where, said = shown(panel, "count.headline-long")
    assert where.startswith("Заголовок 1:")
    length = len(result.story.headline)
    assert said == f"В заголовке {length} знаков при норме 40."
    assert "Ошибка" not in panel.status.text()
    # Russian plurals: 1 предупреждение, 2 предупреждения, 5 предупреждений.
    warnings = sum(f.severity.value == "warning" for f in result.findings)
    assert warnings == 3
    assert panel.status.text().startswith("3 предупреждения")
    assert "Без проверки орфографии" in panel.status.text()
    assert panel.heading.text() == "Проверка"
    assert "Заголовок " in panel.summary.text() and "лид и текст" in panel.summary.text()
    spelling = panel.model.findings[row_of(panel, "spelling")]
    assert tooltip_text(spelling) == "Предупреждение: Слова «tomorow» нет в словаре."

    panel.show_result(CheckResult(result.story, (), result.counts, 40, "", 0.0))
    assert panel.empty.text() == "Замечаний нет."


def test_without_the_translator_the_same_findings_read_in_english(
    qapp: object, qtbot: QtBot
) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    result = checked()
    panel.show_result(result)
    by_code = {f.code: f for f in result.findings}
    assert shown(panel, "spelling") == ("Body 3:20", by_code["spelling"].message)
    assert shown(panel, "dateline.future-date")[1] == (
        "The dateline's date, November 20, 2008, is in the future (it is November 18, 2008)."
    )
    assert panel.status.text().startswith("3 warnings")
    assert where_text(Finding("x", by_code["spelling"].severity, "m", Field.BYLINE)) == "Byline"


def entry(entry_id: int, state: OutboxState, attempts: int, reason: str = "") -> OutboxEntry:
    at = dt.datetime(2008, 11, 18, 9, 0, tzinfo=dt.UTC)
    return OutboxEntry(entry_id, 7, "urn:story:7", "Talks resume in Ankara", "wire",
                       DeliveryAction.CORRECT, 3, f"key-{entry_id}", state, attempts, at, at,
                       last_reason=reason)  # fmt: skip


def test_the_outbox_and_the_publishing_tab_speak_russian(
    russian: QTranslator, qtbot: QtBot
) -> None:
    dialog = OutboxDialog()
    qtbot.addWidget(dialog)
    dialog.show_entries([
        entry(1, OutboxState.FAILED, 5, "HTTP 403"),
        entry(2, OutboxState.QUEUED, 0),
    ])  # fmt: skip
    assert dialog.windowTitle() == "Очередь отправки"
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Материал", "Точка публикации", "Состояние", "Попытки"]
    assert dialog.summary.text() == "2 отправки · в ожидании: 1 · с ошибкой: 1"
    assert dialog.table.item(0, 2).text() == (
        "● Не прошло: HTTP 403 · версия 3 (исправление)"
    )
    assert dialog.resend_button.text() == "Отправить снова"
    dialog.show_entries([])
    assert dialog.summary.text() == "В очереди на публикацию пока ничего нет."

    panel = PublishingPanel()
    qtbot.addWidget(panel)
    assert panel.preflight_button.text() == "Просмотр…"
    assert panel.send_button.text() == "Отправить…"


def test_the_outbox_in_english_is_unchanged(qapp: object, qtbot: QtBot) -> None:
    dialog = OutboxDialog()
    qtbot.addWidget(dialog)
    dialog.show_entries([entry(1, OutboxState.FAILED, 1, "HTTP 403")])
    assert dialog.summary.text() == "1 deliveries · 0 waiting · 1 failed"
    assert dialog.table.item(0, 2).text() == "● Failed: HTTP 403 · version 3 (correction)"


def test_workflow_refusals_in_russian(russian: QTranslator) -> None:
    """The refusals the window shows (in the status bar, for the menus' moves) and the
    read-only reason: in Russian, the desk's words translated one by one."""
    with pytest.raises(MoveNotAllowed) as refused:
        plan_move(Status.SUBMITTED, Action.APPROVE, Actor("Rita Reporter",
                                                           frozenset({Role.REPORTER})))  # fmt: skip
    assert error_text(refused.value) == (
        "Для действия «одобрить» нужна роль: выпускающий редактор или шеф-редактор; "
        "у пользователя Rita Reporter роли: корреспондент."
    )
    with pytest.raises(MoveNotAllowed) as refused:
        plan_move(Status.APPROVED, Action.SUBMIT, Actor("Chief", frozenset(Role)))
    assert error_text(refused.value) == (
        "Материал в состоянии «одобрен» нельзя перевести действием «сдать»; "
        "из состояния «одобрен» возможно: вернуть, отозвать."
    )
    assert translated(read_only_message(Status.PUBLISHED)) == (
        "Материал опубликован; изменить его можно только через «Исправить»."
    )
    # An error with no template is shown as it is.
    assert error_text(ValueError("disk full")) == "disk full"


def test_workflow_refusals_in_english(qapp: object) -> None:
    with pytest.raises(MoveNotAllowed) as refused:
        plan_move(Status.KILLED, Action.SUBMIT, Actor("Chief", frozenset(Role)))
    assert error_text(refused.value) == "A killed story cannot be moved by submit: killed is final."


def placed(by: str) -> PlacedComment:
    at = dt.datetime(2008, 11, 18, 9, 5).astimezone()
    comment = ReviewComment(1, 7, Anchor("body", 0, "Talks"), "Source?", by, at, 2)
    return PlacedComment(comment, None)


def test_review_comments_in_russian(russian: QTranslator, qtbot: QtBot) -> None:
    panel = CommentsPanel()
    qtbot.addWidget(panel)
    panel.show_comments((placed("Rita"), placed("")))
    assert panel.heading.text() == "Комментарии (2, откреплённых: 2)"
    # The day in Russian's own abbreviations, not English ones.
    assert comment_heading(placed("Rita")) == "Rita · 18 нояб. 09:05"
    assert comment_heading(placed("")) == "Кто-то · 18 нояб. 09:05"


def test_review_comments_in_english(qapp: object, qtbot: QtBot) -> None:
    panel = CommentsPanel()
    qtbot.addWidget(panel)
    panel.show_comments((placed("Rita"),))
    assert panel.heading.text() == "Comments (1, 1 detached)"
    assert comment_heading(placed("")) == "Someone · 18 Nov 09:05"
