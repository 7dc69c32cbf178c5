"""Stories in and out of the library as files: web copy, ninjs, Markdown, HTML.

Each file is one transaction: all its stories are kept or none are, and a bad file never
stops the files after it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from editorial.domain.changes import StoryChanges
from editorial.domain.removed_copy import RemovedLine
from editorial.domain.story import Story
from editorial.domain.translatable import error_message_text
from editorial.services.places import Places, shared_places
from editorial.services.styles import StyleBook
from editorial.settings import PreferencesHolder
from editorial.storage.imports import ImportOutcome, KeptStory, StreamedOutcome
from editorial.storage.library import Library

if TYPE_CHECKING:
    from editorial.formats.reading import ReadResult


@dataclass(frozen=True, slots=True)
class SkippedStory:
    """A story in a file that was not kept, and why (the library already holds this
    version of it or a newer one): said to the editor, never silently dropped."""

    uri: str
    headline: str
    reason: str
    story_id: int | None = None  # the library's story with this uri, when there is one


@dataclass(frozen=True, slots=True)
class FileImport:
    """What one file gave: the stories kept (added or updated) and skipped, what could
    not be kept of them as read (`warnings`, one line each), or the error why none."""

    path: str
    # A file read whole gives its stories whole; a streamed one (JSON Lines) names them.
    added: tuple[Story | KeptStory, ...] = ()
    updated: tuple[Story | KeptStory, ...] = ()
    error: str | None = None
    skipped: tuple[SkippedStory, ...] = ()
    warnings: tuple[str, ...] = ()
    removed: tuple[tuple[str, tuple[RemovedLine, ...]], ...] = ()
    """(uri, lines of the copy left out as a site's furniture) for each story read from
    web copy or a page: said to the editor, never silently dropped."""

    @property
    def stories(self) -> tuple[Story | KeptStory, ...]:
        return self.added + self.updated

    def removed_from(self, uri: str) -> tuple[RemovedLine, ...]:
        return next((lines for story_uri, lines in self.removed if story_uri == uri), ())


@dataclass(frozen=True, slots=True)
class ImportReport:
    files: tuple[FileImport, ...] = ()
    changes: StoryChanges = field(default_factory=StoryChanges)

    @property
    def failed(self) -> tuple[FileImport, ...]:
        return tuple(f for f in self.files if f.error is not None)


def _removed_by_uri(read: ReadResult) -> tuple[tuple[str, tuple[RemovedLine, ...]], ...]:
    pairs = ((story.uri, read.removed_from(n)) for n, story in enumerate(read.stories))
    return tuple((uri, lines) for uri, lines in pairs if lines)


class TransferService:
    def __init__(
        self,
        library: Library,
        preferences: PreferencesHolder,
        styles: StyleBook,
        places: Places | None = None,
    ) -> None:
        self.library = library
        self.preferences = preferences
        self.styles = styles
        self.places = places or shared_places()

    def import_files(
        self,
        paths: Iterable[str | os.PathLike[str]],
        format: str = "auto",
        *,
        reference: dt.datetime | None = None,
    ) -> ImportReport:
        results: list[FileImport] = []
        changes = StoryChanges()
        for path in paths:
            result = self.import_file(path, format, reference=reference)
            results.append(result)
            changes = changes | StoryChanges(
                created=frozenset(s.id for s in result.added if s.id is not None),
                updated=frozenset(s.id for s in result.updated if s.id is not None),
            )
        return ImportReport(tuple(results), changes)

    def import_file(
        self,
        path: str | os.PathLike[str],
        format: str = "auto",
        *,
        reference: dt.datetime | None = None,
    ) -> FileImport:
        """One file, kept whole or not at all. A file that cannot be read, or whose
        stories the library refuses as input (`BadInput`), comes back with its `error`;
        a library that cannot be used raises."""
        from editorial.domain.errors import BadInput, StoryError
        from editorial.formats.detect import stream_file
        from editorial.formats.reading import refusing_long_headlines

        shown = os.fspath(path)
        outcome: ImportOutcome | StreamedOutcome
        try:
            with stream_file(
                path,
                format,  # type: ignore[arg-type]
                reference=reference,
                agency_domain=self.preferences.current.agency_domain,
                gazetteer=self.places.gazetteer_if_readable,  # built only for web copy
                styles=self.styles.catalog.styles.values(),
            ) as stream:
                if stream.read is not None:  # read whole: its stories come back whole
                    stories = stream.read.stories
                    outcome = self.library.import_stories(list(refusing_long_headlines(
                        stories, path, numbered=len(stories) > 1
                    )))  # fmt: skip
                else:  # JSON Lines, streamed into one transaction (undone by an error)
                    outcome = self.library.import_stream(
                        refusing_long_headlines(stream.stories, path, numbered=True)
                    )
        except (BadInput, StoryError) as error:
            return FileImport(shown, error=error_message_text(error))
        skipped = tuple(
            SkippedStory(s.uri, s.headline, s.reason, s.story_id) for s in outcome.skipped
        )
        return FileImport(
            shown,
            tuple(outcome.added),
            tuple(outcome.updated),
            skipped=skipped,
            warnings=tuple(stream.warnings) + tuple(outcome.notes),
            removed=_removed_by_uri(stream.read) if stream.read is not None else (),
        )

    def archive_lines(self) -> Iterator[str]:
        """The whole library as ninjs JSON Lines (`formats.ninjs_archive`), a line per
        story as it is read: one transaction, constant memory."""
        from editorial.formats.ninjs_archive import archive_line

        style = self.styles.chosen(self.preferences.current)
        for kept in self.library.each_story():
            yield archive_line(kept.story, kept.spiked_from, style=style)

    def export(self, story: Story, format: str, *, now: dt.datetime | None = None) -> str:
        from editorial.formats.detect import export_story

        return export_story(
            story,
            format,  # type: ignore[arg-type]
            style=self.styles.chosen(self.preferences.current),
            now=now,
        )
