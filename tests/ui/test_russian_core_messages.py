"""What the Qt-free core says reaches a Russian desk in Russian: a library that cannot be
opened or written, a file that cannot be imported, spelling without a dictionary, an
endpoint's Test Connection and a delivery's reason, as the window shows them, with the
real Russian catalogue installed by the window's own loader; the same window without it
says the English the command line prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editorial.domain.initials import initials_of
from editorial.domain.publishing import DeliveryAction, EndpointProfile, OutboxEntry, OutboxState
from editorial.domain.story import new_story
from editorial.services.review import VersionInfo
from editorial.services.welcome import RUSSIAN_WELCOME_HEADLINE, WELCOME_HEADLINE
from editorial.storage.library import Library
from editorial.sync.http_outcomes import outcome_of_error
from editorial.sync.wordpress_answers import failure
from editorial.ui.publishing.outbox_dialog import OutboxDialog
from editorial.ui.publishing.publishing_panel import EndpointRow, PublishingPanel
from editorial.ui.shell.domain_text import translated
from editorial.ui.shell.translations import Translation, install_translation
from tests.storage.readonly import make_read_only, undo_read_only
from tests.sync.fault_server import serving
from tests.ui.checks_helpers import set_language, wait_checked
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_corrections_and_versions import services
from tests.ui.test_import_export import import_files
from tests.ui.test_main_window import artifacts_dir
from tests.ui.test_main_window import new_story as open_new_story
from tests.ui.test_publishing_dialogs import fill, open_endpoints
from tests.ui.test_search_panel import open_search, type_query
from tests.ui.test_story_workflow import desk_user, history_rows

TIMEOUT_MS = 30_000
MARCH = dt.datetime(2026, 3, 4, 9, 30, tzinfo=dt.UTC)
__all__ = ["desk_user"]  # a fixture of the workflow's tests, used here too


def written(moment: dt.datetime, locale: str, pattern: str) -> str:
    local = moment.astimezone()
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale(locale).toString(shown, pattern)


@pytest.fixture(params=["ru", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's language: the Russian catalogue installed as the window installs it,
    or none (English)."""
    chosen: str = request.param
    default = QLocale()
    installed: Translation | None = None
    if chosen == "ru":
        installed = install_translation(qapp, "ru", QLocale("en_US"))
        assert installed.language == "ru"
    try:
        yield chosen
    finally:
        if installed is not None:
            installed.remove()
        QLocale.setDefault(default)


def test_a_file_that_is_not_a_library_is_reported_in_the_windows_language(
    language: str, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are my notes, not a database.\n" * 200)
    window = make_window(path)
    assert window.banner.isVisible()
    text = window.banner.text()
    if language == "ru":
        assert f"{path} — не библиотека Editorial (это не база данных SQLite)." in text
        assert "not an Editorial library" not in text
    else:
        assert f"{path} is not an Editorial library (it is not an SQLite database)." in text


def test_a_read_only_library_says_so_in_the_windows_language(
    language: str, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    library = shelf / "desk.sqlite"
    with Library.open(library) as made:
        made.add(new_story("x.org", headline="Quake hits eastern Turkey"), by="Anna")
    make_read_only(shelf)
    try:
        window = make_window(library)
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=TIMEOUT_MS)
        text = window.banner.text()
    finally:
        undo_read_only(shelf, lazy=True)
    if language == "ru":
        assert text.startswith("В библиотеку нельзя записать: ")
        assert f"В библиотеку {library} нельзя записывать (проверьте права доступа)." in text
    else:
        assert text.startswith("The library can't be written: ")
        assert f"The library {library} cannot be written (check its permissions)." in text


def test_files_that_cannot_be_imported_are_named_in_the_windows_language(
    language: str, make_window: WindowFactory, library_path: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(library_path)
    malformed = tmp_path / "wire-feed.json"
    malformed.write_text('{"headline": "Half an item", "body_text": ', encoding="utf-8")
    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    report = import_files(qtbot, window, [malformed, pdf, empty])
    assert all(f.error is not None for f in report.files)
    text = window.banner.text()
    if language == "ru":
        assert f"{malformed}: строка 1: ошибка в JSON: Expecting value (столбец 43)" in text
        assert f"{pdf}: это документ PDF, а не текст; импортируются текст с сайта" in text
        assert f"{empty}: файл пуст" in text
        assert "malformed" not in text and "not text" not in text
    else:
        assert f"{malformed}: line 1: malformed JSON: Expecting value (column 43)" in text
        assert f"{pdf}: this is a PDF document, not text; import takes web copy" in text
        assert f"{empty}: the file is empty" in text
    # The command line's words are the English whatever the window speaks.
    assert str(report.files[2].error) == f"{empty}: the file is empty"


def test_spelling_without_a_dictionary_says_so_in_the_windows_language(
    language: str, make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    open_new_story(qtbot, window)
    set_language(window, "tlh")
    window.editor.body.setPlainText("nuqneH. Qapla'.")
    wait_checked(qtbot, window)
    notice = window.checks_panel.notice.text()
    if language == "ru":
        assert "Для языка «tlh» не установлен орфографический словарь (установлены: " in notice
    else:
        assert "No spelling dictionary is installed for language 'tlh' (installed: " in notice


def test_a_slug_another_story_has_is_said_in_the_windows_language(
    language: str, make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    from editorial.ui.checks.findings_model import shown_message

    with Library.open(library_path) as library:
        first = library.add(new_story("example.com", headline="Quake hits Turkey"))
        library.save(first.edited(slug="quake-hits-turkey"))
    window = make_window(library_path)
    open_new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Quake hits Turkey!")
    result = wait_checked(qtbot, window)
    (found,) = [f for f in result.findings if f.code == "structure.duplicate-slug"]
    shown = shown_message(found)
    if language == "ru":
        assert shown == (f"Слаг «quake-hits-turkey» уже есть у другого материала: «Quake hits "
                         f"Turkey» (материал {first.id}). Дайте этому материалу свой.")  # fmt: skip
    else:
        assert shown == found.message == (
            f"Another story has the slug “quake-hits-turkey”: “Quake hits Turkey” (story "
            f"{first.id}). Give this one its own."
        )


def test_the_search_tab_shows_its_words_whole_at_1024x700(
    language: str, make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    """The saved searches' heading and buttons, in the list's narrow column: Russian's
    longer words ("Сохранённые", "Сохранить", "Удалить") are not cut."""
    window = make_window(library_path)
    window.resize(1024, 700)
    open_new_story(qtbot, window)
    open_search(qtbot, window)
    # The column the window gave the list at 1024×700 beside a story and its checks
    # (237 pixels in the pictures); the stretch goes to the editor.
    sizes = window.splitter.sizes()
    window.splitter.setSizes([230, sizes[1] + sizes[0] - 230, sizes[2]])
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.saved_heading.isVisible())
    for widget in (panel.saved_heading, panel.save_button, panel.remove_button):
        # On screen: a panel wider than its column is cut by the column, not squeezed.
        shown = widget.visibleRegion().boundingRect().width()
        assert shown >= widget.sizeHint().width(), widget.text()
    window.grab().save(str(artifacts_dir() / f"search-tab-1024x700-{language}.png"))


def test_the_history_tab_in_the_windows_language(
    language: str, make_window: WindowFactory, library_path: Path, qtbot: QtBot, desk_user: str
) -> None:
    with Library.open(library_path, clock=lambda: MARCH) as library:
        editing, _workflow = services(library)
        story = editing.create("Quake hits eastern Turkey").story
        story = editing.save(story.edited(body="Rescuers searched."), explicit=True).story
        editing.save(story.edited(body="Rescuers searched all night."), explicit=True)
    window = make_window(library_path)
    panel = window.history_panel
    window.side_tabs.setCurrentWidget(panel)
    wait_idle(qtbot, window)
    panel.select_versions(2)
    panel.restore_button.click()
    qtbot.waitUntil(lambda: window.editor.body.toPlainText() == "Rescuers searched.")
    wait_idle(qtbot, window)
    rows = history_rows(window)
    tooltip = str(panel.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole))
    who = initials_of(desk_user)  # the Who column names people by initials
    window.grab().save(str(artifacts_dir() / f"history-tab-{language}.png"))
    if language == "ru":
        assert rows[0][1:5] == (who, "Возврат версии", "Восстановлена версия 2.", "4")
        assert rows[1][0] == written(MARCH, "ru_RU", "d MMM HH:mm")  # "4 мар. 09:30"
        assert "мар" in rows[1][0]
        assert rows[1][2] == "Сохранение"
        assert "Сохранение" in tooltip and "Save" not in tooltip
    else:
        assert rows[0][1:5] == (who, "Restore version", "Restored version 2.", "4")
        assert rows[1][0] == MARCH.astimezone().strftime("%d %b %H:%M")  # "04 Mar 09:30"
        assert rows[1][2] == "Save"
        assert "Save" in tooltip


def test_a_review_names_versions_in_the_windows_language(language: str) -> None:
    info = VersionInfo(3, "submit", "Rita Reporter", MARCH)
    alone = VersionInfo(1, "create", "", MARCH)
    when = written(MARCH, "en_US", "d MMM HH:mm")
    assert info.label == f"v3 filed by Rita Reporter, {when}"  # the English, always
    if language == "ru":
        russian = written(MARCH, "ru_RU", "d MMM HH:mm")
        assert translated(info.said) == f"v3 сдан (Rita Reporter), {russian}"
        assert translated(alone.said) == f"v1 начат, {russian}"
    else:
        assert translated(info.said) == info.label
        assert translated(alone.said) == f"v1 started, {when}"


def test_a_first_run_welcomes_the_desk_in_the_windows_language(
    language: str, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(None)  # the default library, made now: the welcome story's
    wait_idle(qtbot, window)
    story = window.editor.story()
    assert story is not None
    if language == "ru":
        assert window.editor.headline.text() == RUSSIAN_WELCOME_HEADLINE
        assert story.language == "ru"
        assert "Новый материал начинается с" in window.editor.body.toPlainText()
        assert "МОСКВА" in window.preview.fragment
    else:
        assert window.editor.headline.text() == WELCOME_HEADLINE
        assert story.language == "en"
        assert "ANKARA" in window.preview.fragment


def kept_reasons() -> tuple[str, str]:
    """A WordPress refusal and a request without an answer, as the sync code words them
    and the outbox keeps them (plain text in the library)."""
    site = "https://news.example.org"
    answer = httpx.Response(
        403, json={"code": "rest_cannot_create", "message": "Sorry, you are not allowed."},
        request=httpx.Request("POST", f"{site}/wp-json/wp/v2/posts"),
    )  # fmt: skip
    refused = failure(answer, site, "desk", "create the post", creating=True).reason
    silent = outcome_of_error(httpx.ConnectError("Connection refused")).reason
    return str(refused), str(silent)


def outbox_entry(entry_id: int, state: OutboxState, reason: str) -> OutboxEntry:
    at = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)
    return OutboxEntry(entry_id, 7, "urn:story:7", "Talks resume in Ankara", "news-site",
                       DeliveryAction.PUBLISH, 3, f"key-{entry_id}", state, 2, at, at,
                       next_try_at=at, last_reason=reason)  # fmt: skip


def test_why_a_delivery_failed_in_the_windows_language(language: str, qtbot: QtBot) -> None:
    refused, silent = kept_reasons()
    assert refused == (
        "WordPress at https://news.example.org does not let “desk” create the post (HTTP 403: "
        "Sorry, you are not allowed. (rest_cannot_create)). Check the application password "
        "and that the user's role may publish posts."
    )  # the English the command line prints
    dialog = OutboxDialog()
    qtbot.addWidget(dialog)
    dialog.show_entries([outbox_entry(1, OutboxState.FAILED, refused),
                         outbox_entry(2, OutboxState.RETRYING, silent)])  # fmt: skip
    panel = PublishingPanel()
    qtbot.addWidget(panel)
    site = EndpointProfile("news-site", "wordpress", "https://news.example.org", "desk")
    panel.show_rows([EndpointRow(site, outbox_entry(1, OutboxState.FAILED, refused))])
    panel.list.setCurrentRow(0)
    failed, retrying = dialog.table.item(0, 2).text(), dialog.table.item(1, 2).text()
    details = panel.details.text()
    if language == "ru":
        wanted = (
            "WordPress на https://news.example.org не позволяет пользователю «desk» создать "
            "запись (HTTP 403: Sorry, you are not allowed. (rest_cannot_create)). Проверьте "
            "пароль приложения"
        )
        assert wanted in failed and "does not let" not in failed
        assert "нет ответа (ConnectError: Connection refused)" in retrying
        assert "не позволяет пользователю «desk» создать запись" in details.replace(
            "&quot;", '"'
        ).replace("&laquo;", "«").replace("&raquo;", "»")
        assert "create the post" not in details
    else:
        assert refused in failed
        assert "no answer (ConnectError: Connection refused)" in retrying
        assert "does not let “desk” create the post" in details


def test_test_connection_answers_in_the_windows_language(
    language: str, make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    secret = "typed-into-the-window-93ab"
    window = make_window(library_path)
    dialog = open_endpoints(qtbot, window)
    with serving(secret.encode()) as server:
        fill(qtbot, dialog, "agency-feed", server.url, secret)
        dialog.test_button.click()  # the secret typed: no keyring needed
        qtbot.waitUntil(lambda: dialog.answer.text().startswith("✔"), timeout=10_000)
        answers = dialog.answer.text()
        dialog.secret.setText("not-the-secret")
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.answer.text().startswith("✘"), timeout=10_000)
        refused = dialog.answer.text()
    dialog.close()
    if language == "ru":
        assert answers == f"✔ agency-feed: {server.url} отвечает (204 No Content)."
        assert refused.startswith(f"✘ agency-feed: {server.url} ответил 401 Unauthorized")
    else:
        assert answers == f"✔ agency-feed: {server.url} answers (204 No Content)."
        assert refused.startswith(f"✘ agency-feed: {server.url} answered 401 Unauthorized")


def test_a_malformed_search_is_said_in_the_windows_language(
    language: str, make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    open_search(qtbot, window)
    type_query(qtbot, window, "status:ready")
    said = window.search_panel.message.text()
    type_query(qtbot, window, "urgency:high")
    urgency = window.search_panel.message.text()
    if language == "ru":
        assert said.startswith("Поиск: состояния «ready» нет (возможны: draft, ")
        assert urgency == "Поиск: срочность — от 1 до 9 (urgency:1 или urgency:1..3), а не «high»."
    else:
        assert said.startswith("Search: there is no status “ready” (one of draft, ")
        assert urgency == "Search: urgency is 1 to 9 (urgency:1 or urgency:1..3), not “high”."


def test_the_story_list_dates_in_the_windows_language(language: str) -> None:
    from editorial.ui.library.story_list import format_updated

    now = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)
    shown = format_updated(MARCH, now=now), format_updated(MARCH.replace(year=2008), now=now)
    if language == "ru":
        assert shown[0] == written(MARCH, "ru_RU", "d MMM HH:mm") and "мар" in shown[0]
        assert shown[1] == written(MARCH.replace(year=2008), "ru_RU", "d MMM yyyy")
    else:
        assert shown == (
            written(MARCH, "en_US", "d MMM HH:mm"),
            written(MARCH.replace(year=2008), "en_US", "d MMM yyyy"),
        )  # `4 Mar 09:30`, `4 Mar 2008`: as before
