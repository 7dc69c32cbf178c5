"""Stories into and out of the shapes the trade exchanges: web copy pasted from a news
page, ninjs (IPTC News in JSON) 1.x–3.x in and 2.2 out, Markdown with YAML front matter,
and the published HTML. Pure functions on `editorial.domain` objects: no Qt, no
database, no network. Every reader raises `FormatError` for bad input, and says what it
could not keep exactly as the file has it (`ReadResult.warnings`).

The heavy parts (html-to-markdown, PyYAML, charset-normalizer) are imported on first use.
"""

from editorial.formats.detect import (
    EXPORT_FORMATS,
    IMPORT_FORMATS,
    MAX_JSON_LINES_FILE_BYTES,
    MAX_TEXT_FILE_BYTES,
    ExportFormat,
    ImportFormat,
    detect_format,
    export_story,
    read_file,
)
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError
from editorial.formats.html_to_markdown import html_to_markdown
from editorial.formats.markdown_doc import story_from_markdown, story_to_markdown
from editorial.formats.markdown_text import html_to_text, markdown_to_text, text_to_markdown
from editorial.formats.ninjs import read_ninjs, read_ninjs_lines, story_from_ninjs
from editorial.formats.ninjs_export import dumps_ninjs, ninjs_lines, story_to_ninjs
from editorial.formats.reading import ReadResult
from editorial.formats.text_decoding import decode_text
from editorial.formats.wire_text import MAX_WEB_COPY_CHARS, parse_web_copy

__all__ = [
    "DEFAULT_AGENCY_DOMAIN",
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "MAX_JSON_LINES_FILE_BYTES",
    "MAX_TEXT_FILE_BYTES",
    "MAX_WEB_COPY_CHARS",
    "ExportFormat",
    "FormatError",
    "ImportFormat",
    "ReadResult",
    "decode_text",
    "detect_format",
    "dumps_ninjs",
    "export_story",
    "html_to_markdown",
    "html_to_text",
    "markdown_to_text",
    "ninjs_lines",
    "parse_web_copy",
    "read_file",
    "read_ninjs",
    "read_ninjs_lines",
    "story_from_markdown",
    "story_from_ninjs",
    "story_to_markdown",
    "story_to_ninjs",
    "text_to_markdown",
]
