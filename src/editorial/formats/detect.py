"""Reading any import file into stories, and writing a story out in an export format.

`read_file` works out the format (by the file's extension, then by its first
characters), decodes the text, and hands it to the reader for that format. Every
problem is a `FormatError` whose message names the file and says what is wrong: a
missing or unreadable file, a binary file (a PDF, an image, an archive), text in an
encoding that cannot be told, a file too large to be stories, malformed JSON with its
line. A file yields all its stories or raises: nothing is half read.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import os
import re
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from editorial.domain.house_style import BASIC_HOUSE_STYLE, HouseStyle
from editorial.domain.language import text_direction
from editorial.domain.render import render_story
from editorial.domain.story import Story
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError

if TYPE_CHECKING:
    from editorial.domain.gazetteer import Gazetteer

ImportFormat = Literal["auto", "web", "ninjs", "markdown"]
ExportFormat = Literal["ninjs", "markdown", "html"]
IMPORT_FORMATS: tuple[str, ...] = ("auto", "web", "ninjs", "markdown")
EXPORT_FORMATS: tuple[str, ...] = ("ninjs", "markdown", "html")

MAX_TEXT_FILE_BYTES = 16 * 1024 * 1024
"""Web copy, Markdown or one ninjs JSON document: far above any story or batch of them."""
MAX_JSON_LINES_FILE_BYTES = 512 * 1024 * 1024
"""A JSON Lines archive of ninjs items: some 100,000 stories."""

_SNIFF_BYTES = 64 * 1024
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_LINES_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_SUFFIX_FORMATS = {
    ".json": "ninjs", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".mkd": "markdown", ".txt": "web", ".text": "web",
    **dict.fromkeys(_LINES_SUFFIXES, "ninjs"),
}  # fmt: skip
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
_MAGIC = (
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or a Word or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"RIFF", "a media file"),
    (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"), (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"ID3", "an MP3 file"), (b"%!PS", "a PostScript document"),
)  # fmt: skip


def read_file(
    path: str | os.PathLike[str],
    format: ImportFormat = "auto",
    *,
    reference: dt.datetime | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    gazetteer: Gazetteer | Callable[[], Gazetteer | None] | None = None,
    styles: Collection[HouseStyle] = (),
) -> list[Story]:
    """The stories in a file: web copy (one story), ninjs (a JSON object, an array of
    them, or JSON Lines), or Markdown with front matter (one story).

    `reference` is the time a wire dateline's year is judged by when the file does not
    say (default: now); `gazetteer` and `styles` (the desk's house styles, for reading
    datelines) as for `parse_web_copy`. Raises `FormatError`.
    """
    file = Path(path)
    if format not in IMPORT_FORMATS:
        raise FormatError(
            path, f"unknown import format “{format}”; one of {', '.join(IMPORT_FORMATS)}"
        )
    size = _size(file)
    known = format if format != "auto" else _format_by_suffix(file)
    if known in ("web", "markdown"):
        _refuse_size(path, size, known, MAX_TEXT_FILE_BYTES)  # before reading a byte
    _refuse_size(path, size, "ninjs", MAX_JSON_LINES_FILE_BYTES)
    head = _read(file, min(size, _SNIFF_BYTES))
    _refuse_binary(head, path)
    head_text = decode_text(head, path, partial=size > len(head))
    if format == "auto":
        chosen, lines = detect_format(file, head_text)
    else:
        chosen = format
        lines = format == "ninjs" and _is_json_lines(file, head_text)
    _refuse_size(path, size, chosen, MAX_JSON_LINES_FILE_BYTES if lines else MAX_TEXT_FILE_BYTES)
    if chosen == "ninjs":
        return _read_ninjs(file, path, lines, head, agency_domain, reference, styles)
    text = decode_text(_read(file, size), path)
    if chosen == "markdown":
        from editorial.formats.markdown_doc import story_from_markdown

        return [story_from_markdown(text, path=path, agency_domain=agency_domain,
                                    reference=reference)]  # fmt: skip
    from editorial.formats.wire_text import parse_web_copy

    try:
        story = parse_web_copy(text, reference=reference, agency_domain=agency_domain,
                               gazetteer=gazetteer, styles=styles)  # fmt: skip
    except FormatError as error:
        raise FormatError(path, error.message) from None
    if not (story.headline or story.lede or story.body):
        raise FormatError(path, "no story found in the text")
    return [story]


def detect_format(path: str | os.PathLike[str], text: str) -> tuple[str, bool]:
    """(format, whether it is JSON Lines) for a file with this name and opening text:
    the extension decides when it names a format, else the text's first characters."""
    by_suffix = _format_by_suffix(Path(path))
    if by_suffix is None:
        return _sniff(text, path)
    return by_suffix, by_suffix == "ninjs" and _is_json_lines(Path(path), text)


def _is_json_lines(file: Path, text: str) -> bool:
    return file.suffix.lower() in _LINES_SUFFIXES or _looks_like_lines(text)


def decode_text(data: bytes, path: str | os.PathLike[str] | None = None, *,
                partial: bool = False) -> str:  # fmt: skip
    """Bytes to text: UTF-8 (with or without a byte-order mark), UTF-16 or UTF-32 with a
    byte-order mark, else a legacy encoding that charset-normalizer can tell with
    confidence (Windows-1251, KOI8-R, Latin-1 …). `partial` allows a character cut at
    the end (a sample). Raises `FormatError` for binary data or an unknown encoding."""
    _refuse_binary(data, path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding, errors="ignore" if partial else "strict")
            except UnicodeDecodeError:
                raise FormatError(path, f"the text is not valid {encoding.upper()}") from None
            return _clean(text, path)
    try:
        return _clean(data.decode("utf-8"), path)
    except UnicodeDecodeError as error:
        if partial and error.start >= len(data) - 3:
            return _clean(data[: error.start].decode("utf-8"), path)
    return _clean(_guess(data, path), path)


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
    file: Path,
    path: str | os.PathLike[str],
    lines: bool,
    head: bytes,
    agency_domain: str,
    reference: dt.datetime | None,
    styles: Collection[HouseStyle],
) -> list[Story]:
    from editorial.formats.ninjs import read_ninjs, read_ninjs_lines

    if lines and not head.startswith(tuple(bom for bom, enc in _BOMS if enc != "utf-8-sig")):
        # JSON Lines is UTF-8 by definition: stream it, and name the line of any error.
        try:
            return list(read_ninjs_lines(file, path=path, agency_domain=agency_domain,
                                         reference=reference, styles=styles))  # fmt: skip
        except OSError as error:
            raise FormatError(path, f"cannot be read: {error.strerror or error}") from None
    text = decode_text(_read(file, _size(file)), path)
    if lines:
        return list(read_ninjs_lines(text, path=path, agency_domain=agency_domain,
                                     reference=reference, styles=styles))  # fmt: skip
    return read_ninjs(text, path=path, agency_domain=agency_domain, reference=reference,
                      styles=styles)  # fmt: skip


def _refuse_size(path: str | os.PathLike[str], size: int, kind: str, limit: int) -> None:
    if size > limit:
        raise FormatError(path, f"the file is {_megabytes(size)}; the largest {kind} file "
                          f"imported is {_megabytes(limit)}")  # fmt: skip


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
        raise FormatError(path, "this looks like an HTML or XML page; import takes web copy "
                          "(the story's text copied from the page), ninjs or Markdown")  # fmt: skip
    return "web", False


def _looks_like_lines(text: str) -> bool:
    """JSON Lines: a first line that is a whole JSON object, and more lines like it."""
    import json

    rows = [row for row in text.lstrip("\ufeff").splitlines()[:3] if row.strip()]
    if len(rows) < 2 or not all(row.lstrip().startswith("{") for row in rows):
        return False
    try:
        return isinstance(json.loads(rows[0]), dict)
    except ValueError:
        return False


def _refuse_binary(data: bytes, path: str | os.PathLike[str] | None) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise FormatError(path, f"this is {kind}, not text; import takes web copy, ninjs "
                              "or Markdown")  # fmt: skip
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample and not sample.startswith(tuple(bom for bom, _ in _BOMS)):
        raise FormatError(path, "this is a binary file, not text (it holds NUL bytes)")


def _guess(data: bytes, path: str | os.PathLike[str] | None) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # Coherence is how much the decoded text reads like a language; near zero it is a
    # guess no editor should get.
    if best is None or best.coherence < 0.05:
        raise FormatError(path, "the text is in an unknown encoding (not UTF-8, and not a "
                          "legacy encoding that can be told); save it as UTF-8")  # fmt: skip
    return str(best)


def _clean(text: str, path: str | os.PathLike[str] | None) -> str:
    """Refuse text that is more than a little control characters (binary data that
    happened to decode)."""
    sample = text[:_SNIFF_BYTES]
    controls = len(_CONTROLS.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise FormatError(path, "this is a binary file, not text")
    return text


def _size(file: Path) -> int:
    try:
        info = file.stat()
    except FileNotFoundError:
        raise FormatError(file, "no such file") from None
    except OSError as error:
        raise FormatError(file, f"cannot be read: {error.strerror or error}") from None
    if not file.is_file():
        raise FormatError(file, "not a file")
    if info.st_size == 0:
        raise FormatError(file, "the file is empty")
    return info.st_size


def _read(file: Path, size: int) -> bytes:
    try:
        with file.open("rb") as handle:
            return handle.read(size)
    except OSError as error:
        raise FormatError(file, f"cannot be read: {error.strerror or error}") from None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB"
