"""Reading any import file into stories, and writing a story out in an export format.

`read_file` works out the format (by the file's extension, then by its first
characters), decodes the text (`text_decoding`), and hands it to the reader for that
format. Every problem is a `FormatError` whose message names the file and says what is
wrong: a missing or unreadable file, a pipe or device, a binary file (a PDF, an image,
an archive), text in an encoding that cannot be told, a file too large to be stories,
malformed JSON with its line, nesting or numbers beyond what Python reads. A file
yields all its stories or raises: nothing is half read. What a file holds that could
not be kept exactly comes back beside the stories (`ReadResult.warnings`).
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from editorial.domain.house_style import BASIC_HOUSE_STYLE, HouseStyle
from editorial.domain.language import text_direction
from editorial.domain.removed_copy import RemovedLine, StoryReading
from editorial.domain.render import render_story
from editorial.domain.story import Story
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError, problem
from editorial.formats.file_opening import cannot_be_read, opened_file, read_bytes, refuse_size
from editorial.formats.reading import ReadResult, checked_text, malformed_input
from editorial.formats.text_decoding import BOMS, SNIFF_BYTES, decode_text, refuse_binary

if TYPE_CHECKING:
    from editorial.domain.gazetteer import Gazetteer

ImportFormat = Literal["auto", "web", "html", "ninjs", "markdown", "docx", "odt", "eml"]
ExportFormat = Literal["ninjs", "markdown", "html"]
IMPORT_FORMATS: tuple[str, ...] = ("auto", "web", "html", "ninjs", "markdown", "docx", "odt", "eml")
EXPORT_FORMATS: tuple[str, ...] = ("ninjs", "markdown", "html")

MAX_TEXT_FILE_BYTES = 16 * 1024 * 1024
"""Web copy, Markdown or one ninjs JSON document: far above any story or batch of them."""
MAX_JSON_LINES_FILE_BYTES = 512 * 1024 * 1024
"""A JSON Lines archive of ninjs items: some 100,000 stories."""

_HTML_START = re.compile(
    r"<(?:!--|(?:!doctype\s+html|html|head|body|meta|p|div|article|h1)\b)", re.IGNORECASE
)
_LINES_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_SUFFIX_FORMATS = {
    ".json": "ninjs", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".mkd": "markdown", ".txt": "web", ".text": "web", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".docx": "docx", ".odt": "odt", ".eml": "eml",
    **dict.fromkeys(_LINES_SUFFIXES, "ninjs"),
}  # fmt: skip


def read_file(
    path: str | os.PathLike[str],
    format: ImportFormat = "auto",
    *,
    reference: dt.datetime | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    gazetteer: Gazetteer | Callable[[], Gazetteer | None] | None = None,
    styles: Collection[HouseStyle] = (),
) -> ReadResult:
    """The stories in a file: web copy (one story), a saved news page (HTML: one story),
    ninjs (a JSON object, an array of them, or JSON Lines), or Markdown with front
    matter (one story), with a warning for whatever could not be kept exactly as the
    file has it, and for web copy the lines left out as the site's furniture.

    `reference` is the time a wire dateline's year is judged by when the file does not
    say (default: now); `gazetteer` and `styles` (the desk's house styles, for reading
    datelines) as for `parse_web_copy`. Raises `FormatError`.
    """
    if format not in IMPORT_FORMATS:
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "unknown import format “{format}”; one of {formats}"
        ), format=format, formats=", ".join(IMPORT_FORMATS)))  # fmt: skip
    warnings: list[str] = []
    removed: list[tuple[RemovedLine, ...]] = []
    with opened_file(path) as (handle, size), malformed_input(path):
        stories = _read_stories(handle, size, Path(path), path, format, warnings,
                                reference, agency_domain, gazetteer, styles, removed)  # fmt: skip
        checked = tuple(checked_text(story, warnings, _item(n, len(stories)))
                        for n, story in enumerate(stories, 1))  # fmt: skip
    removed += [()] * (len(checked) - len(removed))
    return ReadResult(checked, tuple(warnings), tuple(removed))


@dataclass
class StoryStream:
    """A file's stories as they are read (`stories`, consumed inside `stream_file`'s
    block); what could not be kept exactly gathers in `warnings` as they come. `read`:
    the whole reading of a file that is not streamed (its removed lines)."""

    stories: Iterator[Story]
    warnings: list[str] = field(default_factory=list)
    read: ReadResult | None = None


@contextmanager
def stream_file(
    path: str | os.PathLike[str],
    format: ImportFormat = "auto",
    *,
    reference: dt.datetime | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    gazetteer: Gazetteer | Callable[[], Gazetteer | None] | None = None,
    styles: Collection[HouseStyle] = (),
) -> Iterator[StoryStream]:
    """`read_file`, but a JSON Lines file (UTF-8) is read a line at a time as its stories
    are taken, whatever its size; any other file is read whole first. A malformed line
    raises `FormatError` from the iteration, when it is reached."""
    with opened_file(path) as (handle, size):
        if not _json_lines(handle, size, path, format):
            read = read_file(path, format, reference=reference, agency_domain=agency_domain,
                             gazetteer=gazetteer, styles=styles)  # fmt: skip
            yield StoryStream(iter(read.stories), list(read.warnings), read)
            return
        handle.seek(0)
        warnings: list[str] = []
        yield StoryStream(_checked_lines(handle, path, warnings, reference, agency_domain,
                                         styles), warnings)  # fmt: skip


def _json_lines(handle: BinaryIO, size: int, path: str | os.PathLike[str], format: str) -> bool:
    """Whether the file is ninjs JSON Lines in UTF-8 (what can be streamed)."""
    if format not in ("auto", "ninjs") or _format_by_suffix(Path(path)) not in (None, "ninjs"):
        return False
    head = read_bytes(handle, path, min(size, SNIFF_BYTES))
    if head.startswith(tuple(bom for bom, enc in BOMS if enc != "utf-8-sig")):
        return False
    refuse_binary(head, path)
    head_text = decode_text(head, path, partial=size > len(head))
    if format == "auto":
        chosen, lines = detect_format(Path(path), head_text)
        return chosen == "ninjs" and lines
    return _is_json_lines(Path(path), head_text)


def _checked_lines(
    handle: BinaryIO,
    path: str | os.PathLike[str],
    warnings: list[str],
    reference: dt.datetime | None,
    agency_domain: str,
    styles: Collection[HouseStyle],
) -> Iterator[Story]:
    from editorial.formats.ninjs import read_ninjs_lines

    stories = read_ninjs_lines(handle, path=path, agency_domain=agency_domain,
                               reference=reference, warnings=warnings, styles=styles)  # fmt: skip
    with malformed_input(path):
        try:
            for number, story in enumerate(stories, 1):
                yield checked_text(story, warnings, f"item {number}: ")
        except OSError as error:
            raise FormatError(path, cannot_be_read(error)) from None


def _read_stories(
    handle: BinaryIO,
    size: int,
    file: Path,
    path: str | os.PathLike[str],
    format: str,
    warnings: list[str],
    reference: dt.datetime | None,
    agency_domain: str,
    gazetteer: Gazetteer | Callable[[], Gazetteer | None] | None,
    styles: Collection[HouseStyle],
    removed: list[tuple[RemovedLine, ...]],
) -> list[Story]:
    known = format if format != "auto" else _format_by_suffix(file)
    if known in ("docx", "odt", "eml"):
        from editorial.formats.documents import MAX_DOCUMENT_FILE_BYTES, read_document

        refuse_size(path, size, known, MAX_DOCUMENT_FILE_BYTES)
        data = read_bytes(handle, path, size)
        try:
            reading = read_document(data, known, warnings=warnings, reference=reference,
                                    agency_domain=agency_domain, gazetteer=gazetteer,
                                    styles=styles)  # fmt: skip
        except FormatError as error:
            raise FormatError(path, error.message) from None
        return _one_story(path, reading, removed)
    if known in ("web", "html", "markdown"):
        refuse_size(path, size, known, MAX_TEXT_FILE_BYTES)  # before reading a byte
    refuse_size(path, size, "ninjs", MAX_JSON_LINES_FILE_BYTES)
    head = read_bytes(handle, path, min(size, SNIFF_BYTES))
    refuse_binary(head, path)
    head_text = decode_text(head, path, partial=size > len(head))
    if format == "auto":
        chosen, lines = detect_format(file, head_text)
    else:
        chosen = format
        lines = format == "ninjs" and _is_json_lines(file, head_text)
    refuse_size(path, size, chosen, MAX_JSON_LINES_FILE_BYTES if lines else MAX_TEXT_FILE_BYTES)
    handle.seek(0)
    if chosen == "ninjs":
        return _read_ninjs(
            handle, size, path, lines, head, agency_domain, reference, warnings, styles
        )
    text = decode_text(read_bytes(handle, path, size), path, warnings=warnings)
    if chosen == "markdown":
        from editorial.formats.markdown_doc import story_from_markdown

        return [story_from_markdown(text, path=path, agency_domain=agency_domain,
                                    reference=reference, warnings=warnings)]  # fmt: skip
    from editorial.formats.web_page import read_web_page
    from editorial.formats.wire_text import read_web_copy

    read = read_web_page if chosen == "html" else read_web_copy
    try:
        reading = read(text, reference=reference, agency_domain=agency_domain,
                       gazetteer=gazetteer, styles=styles)  # fmt: skip
    except FormatError as error:
        raise FormatError(path, error.message) from None
    return _one_story(path, reading, removed)


def _one_story(
    path: str | os.PathLike[str], reading: StoryReading, removed: list[tuple[RemovedLine, ...]]
) -> list[Story]:
    story = reading.story
    if not (story.headline or story.lede or story.body):
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "no story found in the text"
        )))  # fmt: skip
    removed.append(reading.removed)
    return [story]


def _item(number: int, count: int) -> str:
    return f"item {number}: " if count > 1 else ""


def detect_format(path: str | os.PathLike[str], text: str) -> tuple[str, bool]:
    """(format, whether it is JSON Lines) for a file with this name and opening text:
    the extension decides when it names a format, else the text's first characters."""
    by_suffix = _format_by_suffix(Path(path))
    if by_suffix is None:
        return _sniff(text, path)
    return by_suffix, by_suffix == "ninjs" and _is_json_lines(Path(path), text)


def _is_json_lines(file: Path, text: str) -> bool:
    return file.suffix.lower() in _LINES_SUFFIXES or _looks_like_lines(text)


def export_story(
    story: Story,
    format: ExportFormat,
    *,
    style: HouseStyle = BASIC_HOUSE_STYLE,
    now: dt.datetime | None = None,
) -> str:
    """The story as ninjs 2.2 JSON, Markdown with front matter, or a published HTML page
    (the article from `render_story` in a minimal UTF-8 document)."""
    if format == "ninjs":
        from editorial.formats.ninjs_export import dumps_ninjs

        return dumps_ninjs(story, style=style, now=now) + "\n"
    if format == "markdown":
        from editorial.formats.markdown_doc import story_to_markdown

        return story_to_markdown(story)
    if format == "html":
        return _html_page(story, style)
    raise FormatError(None, f"unknown export format “{format}”; one of {', '.join(EXPORT_FORMATS)}")


def _html_page(story: Story, style: HouseStyle) -> str:
    title = html.escape(story.headline.strip() or story.slug or "Story")
    language = html.escape(story.language)
    return (
        f'<!DOCTYPE html>\n<html lang="{language}" dir="{text_direction(story.language)}">\n'
        f'<head>\n<meta charset="utf-8">\n<title>{title}</title>\n</head>\n<body>\n'
        f"{render_story(story, style)}\n</body>\n</html>\n"
    )


def _read_ninjs(
    handle: BinaryIO,
    size: int,
    path: str | os.PathLike[str],
    lines: bool,
    head: bytes,
    agency_domain: str,
    reference: dt.datetime | None,
    warnings: list[str],
    styles: Collection[HouseStyle],
) -> list[Story]:
    from editorial.formats.ninjs import read_ninjs, read_ninjs_lines

    if lines and not head.startswith(tuple(bom for bom, enc in BOMS if enc != "utf-8-sig")):
        # JSON Lines is UTF-8 by definition: stream it, and name the line of any error.
        try:
            return list(read_ninjs_lines(handle, path=path, agency_domain=agency_domain,
                                         reference=reference, warnings=warnings,
                                         styles=styles))  # fmt: skip
        except OSError as error:
            raise FormatError(path, cannot_be_read(error)) from None
    text = decode_text(read_bytes(handle, path, size), path, warnings=warnings)
    if lines:
        return list(read_ninjs_lines(text, path=path, agency_domain=agency_domain,
                                     reference=reference, warnings=warnings,
                                     styles=styles))  # fmt: skip
    return read_ninjs(text, path=path, agency_domain=agency_domain, reference=reference,
                      warnings=warnings, styles=styles)  # fmt: skip


def _format_by_suffix(file: Path) -> str | None:
    return _SUFFIX_FORMATS.get(file.suffix.lower())


def _sniff(text: str, path: str | os.PathLike[str]) -> tuple[str, bool]:
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("---"):
        return "markdown", False
    if start.startswith("{"):
        return "ninjs", _looks_like_lines(start)
    if start.startswith("["):
        return "ninjs", False
    if start.startswith("<"):
        if _HTML_START.match(start):
            return "html", False
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors",
            "this looks like an XML file; import takes web copy, a web page (HTML), ninjs "
            "or Markdown",
        )))  # fmt: skip
    return "web", False


def _looks_like_lines(text: str) -> bool:
    """JSON Lines: a first line that is a whole JSON object, and more lines like it."""
    import json

    rows = [row for row in text.lstrip("\ufeff").splitlines()[:3] if row.strip()]
    if len(rows) < 2 or not all(row.lstrip().startswith("{") for row in rows):
        return False
    try:
        return isinstance(json.loads(rows[0]), dict)
    except (ValueError, RecursionError):
        return False
