"""File ▸ Import… and File ▸ Export… in the window, and files dropped on it."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from editorial.domain.changes import StoryChanges
from editorial.services.transfer import FileImport, ImportReport
from editorial.storage.library import Library
from editorial.ui.dialogs import import_export
from editorial.ui.dialogs.import_export import EXPORT_FORMATS, import_summary
from editorial.ui.shell.main_window import MainWindow
from tests.formats.conftest import SAMPLE_WEB_COPY, assert_valid_ninjs_22
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import new_story

HEADLINE = "Russia urges resumption of dialogue with NATO, alliance wary"


def test_the_summary_counts_stories_and_files_and_names_failures() -> None:
    def story_file(path: str, count: int) -> FileImport:
        from editorial.domain.story import Story

        return FileImport(path, added=tuple(Story(uri=f"u{i}") for i in range(count)))

    report = ImportReport(
        (
            story_file("a.jsonl", 2),
            story_file("b.txt", 1),
            FileImport("c.json", error="c.json: bad"),
        )
    )
    assert import_summary(report) == "Imported 3 stories from 2 files; 1 file failed: c.json: bad"
    assert import_summary(ImportReport((story_file("a.md", 1),))) == (
        "Imported 1 story from 1 file"
    )


def import_files(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> ImportReport:
    transfer = window.tools.transfer
    transfer.last_report = None
    transfer.import_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: transfer.last_report is not None, timeout=20_000)
    wait_idle(qtbot, window)
    assert transfer.last_report is not None
    return transfer.last_report


def test_import_asks_for_files_lists_the_stories_and_opens_the_first(
    make_window: WindowFactory,
    library_path: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(library_path)
    sample = tmp_path / "ria.txt"
    sample.write_text(SAMPLE_WEB_COPY.read_text(encoding="utf-8"), encoding="utf-8")
    threads: list[threading.Thread] = []
    transfer_service = window.controllers.services.transfer  # type: ignore[union-attr]
    original = transfer_service.import_files

    def recording(*args: object, **kwargs: object) -> ImportReport:
        threads.append(threading.current_thread())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(transfer_service, "import_files", recording)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(sample)], "")
    )
    assert window.commands.import_files.isEnabled()
    window.commands.import_files.trigger()
    qtbot.waitUntil(lambda: window.editor.headline.text() == HEADLINE, timeout=20_000)
    wait_idle(qtbot, window)

    assert threads and threads[0] is not threading.main_thread()
    assert "Imported 1 story from 1 file; 12 lines of site furniture left out" in (
        window.statusBar().currentMessage()
    )
    assert not window.banner.isVisible()
    assert [s.headline for s in window.model.summaries()] == [HEADLINE]
    assert window.editor.dateline.dateline().city == "Ankara"
    assert window.tools.transfer.last_folder == str(tmp_path)


def test_a_malformed_file_is_named_and_the_good_ones_still_come_in(
    make_window: WindowFactory, library_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    bad = tmp_path / "wire-feed.json"
    bad.write_text('{"headline": "Half an item", "body_text": ', encoding="utf-8")
    good = tmp_path / "ria.txt"
    good.write_text(SAMPLE_WEB_COPY.read_text(encoding="utf-8"), encoding="utf-8")

    report = import_files(qtbot, window, [bad, good])
    assert [f.error is None for f in report.files] == [False, True]
    assert window.banner.isVisible()
    message = window.banner.text()
    assert message.startswith(
        "Imported 1 story from 1 file; 12 lines of site furniture left out; 1 file failed: "
    )
    assert "wire-feed.json" in message
    qtbot.waitUntil(lambda: window.editor.headline.text() == HEADLINE)

    only_bad = import_files(qtbot, window, [bad])
    assert only_bad.changes == StoryChanges()
    assert window.banner.text().startswith("Imported 0 stories from 0 files; 1 file failed:")
    assert window.model.rowCount() == 1  # nothing half-imported
    with Library.open(library_path) as library:
        assert [s.headline for s in library.list_stories()] == [HEADLINE]


def test_export_writes_valid_ninjs_of_the_story_in_the_editor(
    make_window: WindowFactory,
    library_path: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Talks resume in Ankara")
    qtbot.keyClicks(editor.dateline.city, "Ankara")
    qtbot.keyClicks(editor.dateline.country, "Turkey")
    qtbot.keyClicks(editor.dateline.date, "18 Nov 2008")
    qtbot.keyClicks(editor.lede, "Talks resumed on Tuesday.")
    editor.body.setPlainText("The minister said *dialogue* was the way forward.")
    qtbot.keyClicks(editor.subjects, "politics")
    target = tmp_path / "out" / "talks"
    target.parent.mkdir()
    asked: list[str] = []

    def save_name(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))  # the suggested name
        return str(target), EXPORT_FORMATS[0].file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    written: list[threading.Thread] = []
    write = import_export.write_text_file

    def recording_write(path: Path, text: str) -> Path:
        written.append(threading.current_thread())
        return write(path, text)

    monkeypatch.setattr(import_export, "write_text_file", recording_write)
    assert window.commands.export.isEnabled()
    window.commands.export.trigger()
    exported = target.with_suffix(".json")
    qtbot.waitUntil(exported.exists, timeout=10_000)
    wait_idle(qtbot, window)

    assert asked[0].endswith("talks-resume-ankara.json")
    assert written and written[0] is not threading.main_thread()
    item = json.loads(exported.read_text(encoding="utf-8"))
    assert_valid_ninjs_22(item)
    assert item["headlines"][0]["value"] == "Talks resume in Ankara"
    assert item["located"] == "Ankara, Turkey"
    assert {"name": "politics", "uri": "http://cv.iptc.org/newscodes/mediatopic/11000000"} in item[
        "subjects"
    ]
    assert "exported to" in window.statusBar().currentMessage()
    assert [p.name for p in exported.parent.iterdir()] == ["talks.json"]  # no leftovers


def test_export_as_markdown_and_html(
    make_window: WindowFactory, library_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    qtbot.keyClicks(window.editor.headline, "Quake hits")
    window.editor.body.setPlainText("Buildings *shook*.")
    story = window.editor.story()
    assert story is not None
    for key, name in (("markdown", "quake.md"), ("html", "quake.html")):
        window.tools.transfer.export_to(story, key, tmp_path / name)
    qtbot.waitUntil(lambda: (tmp_path / "quake.html").exists(), timeout=10_000)
    wait_idle(qtbot, window)
    assert "Buildings *shook*." in (tmp_path / "quake.md").read_text(encoding="utf-8")
    assert "<em>shook</em>" in (tmp_path / "quake.html").read_text(encoding="utf-8")


def test_an_export_that_cannot_be_written_says_so(
    make_window: WindowFactory, library_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    new_story(qtbot, window)
    story = window.editor.story()
    assert story is not None
    window.tools.transfer.export_to(story, "ninjs", tmp_path / "missing" / "story.json")
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert "could not be exported" in window.banner.text()
    assert "missing" in window.banner.text()


def test_files_dropped_on_the_window_are_imported(
    make_window: WindowFactory, library_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    sample = tmp_path / "dropped.txt"
    sample.write_text(SAMPLE_WEB_COPY.read_text(encoding="utf-8"), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample))])
    point = QPoint(10, 10)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys))
    qtbot.waitUntil(lambda: window.editor.headline.text() == HEADLINE, timeout=20_000)
    wait_idle(qtbot, window)


def test_dropped_word_document_and_email_come_in_as_stories(
    make_window: WindowFactory, library_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    from tests.formats.test_documents import COPY, docx, email
    from tests.formats.test_documents import HEADLINE as FILED

    window = make_window(library_path)
    word = tmp_path / "filed.docx"
    word.write_bytes(docx(COPY))
    mail = tmp_path / "filed.eml"
    mail.write_bytes(email("VALLETTA, March 3 (Reuters) - Ferries to Gozo ran again today.\n"))
    report = import_files(qtbot, window, [word, mail])
    assert [f.error for f in report.files] == [None, None]
    assert sorted(s.headline for s in window.model.summaries()) == sorted(["Harbour storm", FILED])
    assert "1 line of site furniture left out" in window.statusBar().currentMessage()
    # The first story opens, with what its copy left out listed beside it.
    qtbot.waitUntil(lambda: window.editor.headline.text() == FILED, timeout=10_000)
    panel = window.editor_pane.removed_panel
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    assert panel.row(0).text.text() == "Sent from my phone"
    qtbot.mouseClick(panel.row(0).put_back, Qt.MouseButton.LeftButton)
    assert window.editor.body.toPlainText().endswith("\n\nSent from my phone")
