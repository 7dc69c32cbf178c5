"""File ▸ Import… and File ▸ Export…, and files dropped on the window.

Importing reads and keeps the files on the database lane (one transaction per file, so
a bad file leaves nothing half-imported), then says in one line what came of it, lists
the new stories and opens the first. Exporting builds the text of the story as it is in
the editor (ninjs, Markdown or the published HTML) and writes the file, both on the
database lane; the window never waits for a disk.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.shell.domain_text import error_text
from editorial.ui.shell.plural_text import counted

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction

    from editorial.domain.removed_copy import RemovedLine
    from editorial.domain.story import Story
    from editorial.services.transfer import ImportReport, TransferService
    from editorial.ui.editor.story_editor import StoryEditor
    from editorial.ui.library.story_desk import StoryDesk
    from editorial.ui.library.story_list_sync import StoryListSync
    from editorial.ui.shell.change_bus import ChangeBus
    from editorial.ui.shell.notices import Notices
    from editorial.ui.shell.tasks import TaskRunner

NOTICE_MS = 8000
# (what the files are, their patterns): only the words are translated.
IMPORT_FILTERS = (
    (
        QT_TRANSLATE_NOOP("StoryTransfer", "Stories"),
        "*.txt *.json *.jsonl *.ndjson *.md *.markdown *.html *.htm *.docx *.odt *.eml",
    ),
    ("ninjs", "*.json *.jsonl *.ndjson"),
    ("Markdown", "*.md *.markdown"),
    (QT_TRANSLATE_NOOP("StoryTransfer", "Web copy"), "*.txt *.html *.htm"),
    (QT_TRANSLATE_NOOP("StoryTransfer", "Documents and e-mail"), "*.docx *.odt *.eml"),
    (QT_TRANSLATE_NOOP("StoryTransfer", "All files"), "*"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StoryTransfer", text)


def import_filters() -> str:
    return ";;".join(f"{_tr(title)} ({patterns})" for title, patterns in IMPORT_FILTERS)


@dataclass(frozen=True, slots=True)
class ExportFormat:
    key: str  # as TransferService.export names it
    title: str
    suffix: str

    @property
    def file_filter(self) -> str:
        return f"{_tr(self.title)} (*{self.suffix})"


EXPORT_FORMATS = (
    ExportFormat("ninjs", QT_TRANSLATE_NOOP("StoryTransfer", "ninjs 2.2 JSON"), ".json"),
    ExportFormat(
        "markdown", QT_TRANSLATE_NOOP("StoryTransfer", "Markdown with front matter"), ".md"
    ),
    ExportFormat("html", QT_TRANSLATE_NOOP("StoryTransfer", "Published HTML"), ".html"),
)


class ImportWords(QObject):
    """The import's counted phrases (Qt's plurals need a QObject's `tr`)."""

    def stories(self, count: int) -> str:
        return counted(self.tr("{count} story(ies)", "", count), count)

    def files(self, count: int) -> str:
        """`from 2 files` (Russian says it in the genitive)."""
        return counted(self.tr("{count} file(s)", "imported from", count), count)

    def files_to_import(self, count: int) -> str:
        """`Importing 2 files` (Russian says it in the accusative)."""
        return counted(self.tr("{count} file(s)", "being imported", count), count)

    def lines_left_out(self, count: int) -> str:
        return counted(self.tr("{count} line(s) of site furniture left out", "", count), count)

    def files_failed(self, count: int) -> str:
        return counted(self.tr("{count} file(s) failed", "", count), count)


def import_summary(report: ImportReport) -> str:
    """`Imported 3 stories from 2 files; 1 file failed: bad.json: malformed JSON …`."""
    words = ImportWords()
    good = [f for f in report.files if f.error is None]
    stories = sum(len(f.stories) for f in good)
    parts = [
        QCoreApplication.translate("StoryTransfer", "Imported {stories} from {files}").format(
            stories=words.stories(stories), files=words.files(len(good))
        )
    ]
    removed = sum(len(lines) for f in good for _, lines in f.removed)
    if removed:  # never silently: the command line's `import --json` lists each one
        parts.append(words.lines_left_out(removed))
    failed = report.failed
    if failed:
        reasons = "; ".join(error_text(f.error) for f in failed if f.error is not None)
        parts.append(
            QCoreApplication.translate("StoryTransfer", "{files_failed}: {reasons}").format(
                files_failed=words.files_failed(len(failed)), reasons=reasons
            )
        )
    return "; ".join(parts)


def write_text_file(path: Path, text: str) -> Path:
    """Write through a temporary file beside the target, so a failed write never leaves
    half a file where a good one was."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_text(text, encoding="utf-8", newline="\n")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


class StoryTransfer(QObject):
    """`host`: the widget files are dropped on and the file dialogs open over (the
    window); `desk` opens what was imported, `stories` says which listing is shown and
    `show_trash` leaves the trash for the library."""

    def __init__(
        self,
        *,
        runner: TaskRunner,
        transfer: TransferService,
        bus: ChangeBus,
        notices: Notices,
        editor: StoryEditor,
        desk: StoryDesk,
        stories: StoryListSync,
        show_trash: QAction,
        host: QWidget,
    ) -> None:
        super().__init__(host)
        self._runner = runner
        self._transfer = transfer
        self._bus = bus
        self._notices = notices
        self._editor = editor
        self._desk = desk
        self._stories = stories
        self._show_trash = show_trash
        self.host = host
        self.last_folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.last_report: ImportReport | None = None
        # Given the story opened after an import and the lines its copy left out, to
        # list them beside it ("Removed from the page").
        self.show_removed: Callable[[int, tuple[RemovedLine, ...]], None] | None = None
        host.setAcceptDrops(True)
        host.installEventFilter(self)

    # Import

    def ask_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.host, self.tr("Import Stories"), self.last_folder, import_filters()
        )
        if paths:
            self.last_folder = os.path.dirname(paths[0])
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        if not paths:
            return
        transfer = self._transfer
        files = ImportWords().files_to_import(len(paths))
        self._notices.say(self.tr("Importing {files}…").format(files=files), 0)
        self._runner.database(
            lambda: transfer.import_files(paths),
            self._imported,
            lambda error: self._notices.error(
                self.tr("The files could not be imported: {error}").format(error=error_text(error))
            ),
            label="import",
        )

    def _imported(self, report: ImportReport) -> None:
        self.last_report = report
        message = import_summary(report)
        stories = [s for f in report.files for s in f.stories]
        if report.failed:
            if stories:
                self._notices.warning(message)
            else:
                self._notices.error(message)
            self._notices.clear_line()
        else:
            self._notices.say(message, NOTICE_MS)
        if self._stories.trashed:
            # Imported stories belong to the library, not the trash: go back to it
            # (the story open before the trash opens again).
            self._show_trash.setChecked(False)
            return
        self._bus.publish(report.changes, self)
        first = stories[0] if stories else None
        if first is not None and first.id is not None:
            removed = next((f.removed_from(first.uri) for f in report.files
                            if first in f.stories), ())  # fmt: skip
            if removed and self.show_removed is not None:
                self.show_removed(first.id, removed)
            self._desk.open_story(first.id)

    # Export

    def ask_export(self) -> None:
        story = self._editor.story()
        if story is None:
            return
        name = story.slug or "story"
        start = os.path.join(self.last_folder, name + EXPORT_FORMATS[0].suffix)
        filters = ";;".join(f.file_filter for f in EXPORT_FORMATS)
        path, chosen = QFileDialog.getSaveFileName(
            self.host, self.tr("Export Story"), start, filters, EXPORT_FORMATS[0].file_filter
        )
        if not path:
            return
        export_format = next(
            (f for f in EXPORT_FORMATS if f.file_filter == chosen), EXPORT_FORMATS[0]
        )
        if not Path(path).suffix:
            path += export_format.suffix
        self.last_folder = os.path.dirname(path)
        self.export_to(story, export_format.key, Path(path))

    def export_to(self, story: Story, format: str, path: Path) -> None:
        transfer = self._transfer

        def export() -> Path:
            return write_text_file(path, transfer.export(story, format))

        def exported(written: Path) -> None:
            headline = story.headline.strip() or self.tr("The story")
            said = self.tr("“{headline}” exported to {path}")
            self._notices.say(said.format(headline=headline, path=written), NOTICE_MS)

        def failed(error: Exception) -> None:
            self._notices.error(
                self.tr("The story could not be exported to {path}: {error}").format(
                    path=path, error=error_text(error)
                )
            )

        self._runner.database(export, exported, failed, label="export")

    # Files dropped on the window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host:
            if isinstance(event, QDragEnterEvent) and _local_files(event):
                event.acceptProposedAction()
                return True
            if isinstance(event, QDropEvent) and _local_files(event):
                event.acceptProposedAction()
                self.import_paths(_local_files(event))
                return True
        return super().eventFilter(watched, event)


def _local_files(event: QDropEvent) -> list[str]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
