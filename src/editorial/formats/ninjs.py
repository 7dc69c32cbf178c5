"""ninjs (IPTC News in JSON) items to stories: versions 1.x, 2.x and 3.x.

One reader serves all three: property names are compared in lower case (3.x writes
`versionCreated`, `contentType`, `edNote`), and the 1.x flat properties (`headline`,
`body_html`, `body_text`, `description_text`, `byline`, `subject`, an `altids`
object) are read beside the 2.x/3.x arrays (`headlines`, `bodies`, `descriptions`,
`subjects`).

What becomes of an item:
- **body**: a `text/markdown` body (what `ninjs_export` writes) is taken as it is;
  otherwise the HTML body converted to Markdown, otherwise the plain-text one;
- **dateline**: read off the start of the body (`GROSSETO, Italy (AP) -- …`) for its
  date and source and taken out of the text; `located` (`Grosseto, Italy`) names the
  place when present; a wire dateline's year is the one nearest `firstcreated`;
- **lede**: the description (and the body's copy of it dropped); with no description,
  the first paragraph when it carried the dateline, as wire copy is written;
- `pubstatus` `canceled` makes a killed story; any other item comes in as a draft, but
  for the library's own archive (`ninjs_archive`), whose items say the story's state.

Metadata times that cannot be read (`firstcreated`, `versioncreated`) are left out;
an unreadable `embargoed` is an error, since losing an embargo is never harmless.
`read_ninjs_lines` streams a JSON Lines file and names the line of any error.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import os
from collections.abc import Collection, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from editorial.domain.dateline import Dateline
from editorial.domain.dateline_parser import match_dateline
from editorial.domain.house_style_model import HouseStyle
from editorial.domain.story import DEFAULT_LANGUAGE, Status, Story
from editorial.domain.story import slugify as _slugify
from editorial.domain.translatable import QT_TRANSLATE_NOOP, MessageText
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError, problem
from editorial.formats.html_to_markdown import html_to_markdown
from editorial.formats.markdown_text import html_to_text, text_to_markdown
from editorial.formats.ninjs_archive import archived_state
from editorial.formats.ninjs_export import dumps_ninjs, ninjs_lines, story_to_ninjs
from editorial.formats.ninjs_properties import (
    compare_key,
    json_type,
    lower_names,
    raw_text,
    read_bodies,
    read_bylines,
    read_dateline,
    read_description,
    read_embargo,
    read_headline,
    read_keywords,
    read_metadata_time,
    read_pubstatus,
    read_subjects,
    read_time,
    read_urgency,
    read_uri,
    read_version,
    single_line,
)
from editorial.formats.reading import malformed_input
from editorial.formats.text_decoding import mend_utf8_line

__all__ = [
    "MAX_NINJS_LINE_CHARS",
    "dumps_ninjs",
    "ninjs_lines",
    "read_ninjs",
    "read_ninjs_lines",
    "story_from_ninjs",
    "story_to_ninjs",
]

MAX_NINJS_LINE_CHARS = 16 * 1024 * 1024
"""One item of a JSON Lines file; a story is never near this, a corrupt file may be."""
_LONGEST_INT = 4000  # digits: within Python's limit on converting text to int
_NAMED_MENDED_LINES = 5


def story_from_ninjs(
    item: Mapping[str, Any],
    *,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    reference: dt.datetime | None = None,
    warnings: list[str] | None = None,
    styles: Collection[HouseStyle] = (),
) -> Story:
    """The story in one ninjs item (any version). Raises `FormatError` (without a path;
    callers add it) when the item is not a ninjs object or a property has an unusable
    shape; `warnings` receives a line for each value left out or changed (an urgency
    that is no number, a time that cannot be read). `reference` dates a yearless
    dateline when the item carries no time; `styles` (the desk's house styles) teach the
    dateline reader their words."""
    if not isinstance(item, Mapping):
        raise FormatError(None, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "expected a ninjs object, found {found}"
        ), found=json_type(item)))  # fmt: skip
    notes: list[str] = [] if warnings is None else warnings
    data = lower_names(item)
    created = read_metadata_time(data, "firstcreated", notes)
    updated = read_metadata_time(data, "versioncreated", notes)
    when = (created or updated or read_metadata_time(data, "contentcreated", notes)
            or reference or _now())  # fmt: skip

    headline = read_headline(data, notes)
    bodies = read_bodies(data)
    description = read_description(data)
    if not (headline or bodies or description or data.get("uri") or data.get("guid")
            or data.get("altids")):  # fmt: skip
        raise FormatError(None, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "not a ninjs item: no uri, headline, body or description"
        )))  # fmt: skip

    body_dateline, lede, body = _copy(bodies, description, when, styles)
    # An archive of ours (`ninjs_archive`) says the story's state; any other item is a
    # draft, or killed when it is canceled.
    status, spiked = archived_state(data.get("altids"), notes)
    if status is None:
        canceled = read_pubstatus(data) in ("canceled", "cancelled")
        status = Status.KILLED if canceled else Status.DRAFT
    spiked_at = None if spiked is None else (read_time(spiked) or updated or when)
    # Kept as sent but on one line (a slug names the story in every listing); an item
    # without one gets ours.
    slugline = data.get("slugline")
    return Story(
        uri=read_uri(data, agency_domain, when),
        headline=headline,
        slug=single_line(slugline) if isinstance(slugline, str) else _slugify(headline),
        bylines=read_bylines(data),
        dateline=read_dateline(data, body_dateline, own="markdown" in bodies),
        lede=lede,
        body=body,
        note=raw_text(data.get("ednote")),
        keywords=read_keywords(data),
        language=single_line(data.get("language")) or DEFAULT_LANGUAGE,
        urgency=read_urgency(data.get("urgency"), notes),
        subjects=read_subjects(data),
        embargo=read_embargo(data),
        status=status,
        trashed_at=spiked_at,
        version=read_version(data.get("version"), notes),
        created_at=created,
        updated_at=updated,
    )


def read_ninjs(
    source: str | bytes,
    *,
    path: str | os.PathLike[str] | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    reference: dt.datetime | None = None,
    warnings: list[str] | None = None,
    styles: Collection[HouseStyle] = (),
) -> list[Story]:
    """Stories from a JSON document holding one ninjs item or an array of them.
    Raises `FormatError` naming `path`, and the line for malformed JSON; `warnings`
    receives what could not be kept as the items have it (`item 2: urgency …`)."""
    document = _parse_json(source, path, None)
    items = document if isinstance(document, list) else [document]
    stories = []
    for number, item in enumerate(items, 1):
        where = f"item {number}: " if isinstance(document, list) else ""
        notes: list[str] = []
        try:
            with malformed_input(None):
                stories.append(story_from_ninjs(item, agency_domain=agency_domain,
                                                reference=reference, warnings=notes,
                                                styles=styles))  # fmt: skip
        except FormatError as error:
            raise FormatError(path, _in_item(where, number, error.message)) from None
        if warnings is not None:
            warnings.extend(where + note for note in notes)
    return stories


def _parse_json(source: str | bytes, path: str | os.PathLike[str] | None, line: int | None) -> Any:
    """The JSON value; a number too long for Python's conversions is kept exact as a
    `Decimal` (the readers then say it is no usable number)."""
    try:
        return json.loads(source, parse_int=_whole_number)
    except json.JSONDecodeError as error:
        malformed = problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "malformed JSON: {detail} (column {column})"
        ), detail=error.msg, column=str(error.colno))  # fmt: skip
        raise FormatError(path, malformed, line=line or error.lineno) from None
    except UnicodeDecodeError as error:
        raise FormatError(path, _not_utf8(error), line=line) from None
    except RecursionError:
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "the JSON is nested too deeply to be a story"
        )), line=line) from None  # fmt: skip


def _not_utf8(error: UnicodeDecodeError) -> MessageText:
    return problem(
        QT_TRANSLATE_NOOP("ImportErrors", "not UTF-8 text ({detail})"), detail=error.reason
    )


def _in_item(where: str, number: int, message: str) -> str:
    """The problem of one item of an array, named by its number."""
    if not where:
        return message
    return problem(QT_TRANSLATE_NOOP("ImportErrors", "item {number}: {problem}"),
                   number=str(number), problem=message)  # fmt: skip


def _whole_number(digits: str) -> int | Decimal:
    return int(digits) if len(digits) <= _LONGEST_INT else Decimal(digits)


def read_ninjs_lines(
    source: str | os.PathLike[str] | Iterable[str | bytes],
    *,
    path: str | os.PathLike[str] | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    reference: dt.datetime | None = None,
    warnings: list[str] | None = None,
    styles: Collection[HouseStyle] = (),
) -> Iterator[Story]:
    """Stories from JSON Lines, one ninjs item per line, read as they are needed.

    `source` is a file path (`pathlib.Path` or any `os.PathLike`), the text itself (a
    `str`), or an iterable of lines (an open file). Blank lines are skipped. A malformed
    line raises `FormatError` naming the file (`path`, or the path given as `source`)
    and the line number; stories before it have already been yielded, so a caller that
    must import all or nothing collects them first (as `read_file` does). `warnings`
    receives what could not be kept as the items have it (`line 3: urgency …`).
    """
    notes: list[str] = [] if warnings is None else warnings
    if isinstance(source, os.PathLike):
        name = path if path is not None else source
        with open(source, "rb") as handle:
            yield from _stories_from_lines(handle, name, agency_domain, reference, notes, styles)
    elif isinstance(source, str):
        yield from _stories_from_lines(io.StringIO(source), path, agency_domain, reference,
                                       notes, styles)  # fmt: skip
    else:
        yield from _stories_from_lines(source, path, agency_domain, reference, notes, styles)


def _stories_from_lines(
    lines: Iterable[str | bytes],
    path: str | os.PathLike[str] | None,
    agency_domain: str,
    reference: dt.datetime | None,
    warnings: list[str],
    styles: Collection[HouseStyle],
) -> Iterator[Story]:
    mended_lines = 0
    for number, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                # A few stray bytes (a Latin-1 `é`) are read as such and named, on the
                # first lines that have them; more than a few make the file not UTF-8.
                mended_lines += 1
                shown = warnings if mended_lines <= _NAMED_MENDED_LINES else None
                mended = mend_utf8_line(raw.removeprefix(codecs.BOM_UTF8), number, shown)
                if mended is None:
                    raise FormatError(path, _not_utf8(error), line=number) from None
                line = mended
        else:
            line = raw.removeprefix("\ufeff") if number == 1 else raw
        if len(line) > MAX_NINJS_LINE_CHARS:
            raise FormatError(path, problem(QT_TRANSLATE_NOOP(
                "ImportErrors", "the line is longer than {limit} characters; no story is that long"
            ), limit=MAX_NINJS_LINE_CHARS), line=number)  # fmt: skip
        if not line.strip():
            continue
        item = _parse_json(line, path, number)
        notes: list[str] = []
        try:
            with malformed_input(None):
                story = story_from_ninjs(item, agency_domain=agency_domain, reference=reference,
                                         warnings=notes, styles=styles)  # fmt: skip
        except FormatError as error:
            raise FormatError(path, error.message, line=number) from None
        warnings.extend(f"line {number}: {note}" for note in notes)
        yield story
    if mended_lines > _NAMED_MENDED_LINES:
        warnings.append(f"and on {mended_lines - _NAMED_MENDED_LINES} more lines: bytes that "
                        "are not UTF-8 read as Latin-1")  # fmt: skip


def _copy(
    bodies: Mapping[str, str], description: str, when: dt.datetime, styles: Collection[HouseStyle]
) -> tuple[Dateline | None, str, str]:
    """(dateline read off the body, lede, Markdown body)."""
    if "markdown" in bodies:
        # Our own export: the lede is the description, the body is exact; the printed
        # body gives the dateline's date and source.
        printed = bodies.get("text") or ""
        if not printed and "html" in bodies:
            printed = html_to_text(bodies["html"])
        found = match_dateline(printed.lstrip(), reference=when, styles=styles)
        return (found.dateline if found else None), description, bodies["markdown"]
    if "html" in bodies:
        markdown = html_to_markdown(bodies["html"])
    else:
        markdown = text_to_markdown(bodies.get("text", ""))
    paragraphs = [p for p in markdown.split("\n\n") if p.strip()]
    dateline = None
    if paragraphs:
        found = match_dateline(paragraphs[0], reference=when, styles=styles)
        if found is not None:
            dateline = found.dateline
            paragraphs[0] = paragraphs[0][found.end :].strip()
            if not paragraphs[0]:
                paragraphs.pop(0)
    if description:
        if paragraphs and compare_key(paragraphs[0]) == compare_key(description):
            paragraphs.pop(0)
        return dateline, " ".join(description.split()), "\n\n".join(paragraphs)
    if dateline is not None and paragraphs:
        return dateline, " ".join(paragraphs[0].split()), "\n\n".join(paragraphs[1:])
    return dateline, "", "\n\n".join(paragraphs)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
