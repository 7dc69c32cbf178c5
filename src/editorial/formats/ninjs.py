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
- `pubstatus` `canceled` makes a killed story; any other item comes in as a draft.

Metadata times that cannot be read (`firstcreated`, `versioncreated`) are left out;
an unreadable `embargoed` is an error, since losing an embargo is never harmless.
`read_ninjs_lines` streams a JSON Lines file and names the line of any error.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import quote

from editorial.domain.byline import Byline, parse_bylines
from editorial.domain.dateline import Dateline
from editorial.domain.dateline_parser import match_dateline, title_city
from editorial.domain.story import DEFAULT_LANGUAGE, DEFAULT_URGENCY, Status, Story, new_story_uri
from editorial.domain.story import slugify as _slugify
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError
from editorial.formats.html_to_markdown import html_to_markdown
from editorial.formats.markdown_text import html_to_text, text_to_markdown
from editorial.formats.ninjs_export import (
    KEYWORD_REL,
    MEDIATOPIC_URI,
    dumps_ninjs,
    ninjs_lines,
    story_to_ninjs,
)

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

_URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_LOOKS_HTML = re.compile(r"<(?:p|div|br|span|h[1-6]|ul|ol|li|b|i|em|strong|a|blockquote|body)\b",
                         re.IGNORECASE)  # fmt: skip
_MEDIATOPIC_CODE = re.compile(r"^(?:medtop:)?\d{8}$")


def story_from_ninjs(
    item: Mapping[str, Any],
    *,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    reference: dt.datetime | None = None,
) -> Story:
    """The story in one ninjs item (any version). Raises `FormatError` (without a path;
    callers add it) when the item is not a ninjs object or a property has an unusable
    shape. `reference` dates a yearless dateline when the item carries no time."""
    if not isinstance(item, Mapping):
        raise FormatError(None, f"expected a ninjs object, found {_json_type(item)}")
    data = _lower(item)
    created = _time(data.get("firstcreated"))
    updated = _time(data.get("versioncreated"))
    when = created or updated or _time(data.get("contentcreated")) or reference or _now()

    headline = _headline(data)
    bodies = _bodies(data)
    description = _description(data)
    if not (headline or bodies or description or data.get("uri") or data.get("guid")
            or data.get("altids")):  # fmt: skip
        raise FormatError(None, "not a ninjs item: no uri, headline, body or description")

    body_dateline, lede, body = _copy(bodies, description, when)
    slugline = data.get("slugline")  # kept as sent; an item without one gets ours
    return Story(
        uri=_uri(data, agency_domain, when),
        headline=headline,
        slug=slugline.strip() if isinstance(slugline, str) else _slugify(headline),
        bylines=_bylines(data),
        dateline=_dateline(data, body_dateline, own="markdown" in bodies),
        lede=lede,
        body=body,
        note=_raw(data.get("ednote")),
        keywords=_keywords(data),
        language=_text(data.get("language")) or DEFAULT_LANGUAGE,
        urgency=_urgency(data.get("urgency")),
        subjects=_subjects(data),
        embargo=_embargo(data),
        status=Status.KILLED if _pubstatus(data) in ("canceled", "cancelled") else Status.DRAFT,
        version=_version(data.get("version")),
        created_at=created,
        updated_at=updated,
    )


def read_ninjs(
    source: str | bytes,
    *,
    path: str | os.PathLike[str] | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    reference: dt.datetime | None = None,
) -> list[Story]:
    """Stories from a JSON document holding one ninjs item or an array of them.
    Raises `FormatError` naming `path`, and the line for malformed JSON."""
    try:
        document = json.loads(source)
    except json.JSONDecodeError as error:
        raise FormatError(path, f"malformed JSON: {error.msg} (column {error.colno})",
                          line=error.lineno) from None  # fmt: skip
    except UnicodeDecodeError as error:
        raise FormatError(path, f"not UTF-8 text ({error.reason})") from None
    items = document if isinstance(document, list) else [document]
    stories = []
    for number, item in enumerate(items, 1):
        try:
            stories.append(story_from_ninjs(item, agency_domain=agency_domain, reference=reference))
        except FormatError as error:
            where = f"item {number}: " if isinstance(document, list) else ""
            raise FormatError(path, where + error.message) from None
    return stories


def read_ninjs_lines(
    source: str | os.PathLike[str] | Iterable[str | bytes],
    *,
    path: str | os.PathLike[str] | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    reference: dt.datetime | None = None,
) -> Iterator[Story]:
    """Stories from JSON Lines, one ninjs item per line, read as they are needed.

    `source` is a file path (`pathlib.Path` or any `os.PathLike`), the text itself (a
    `str`), or an iterable of lines (an open file). Blank lines are skipped. A malformed
    line raises `FormatError` naming the file (`path`, or the path given as `source`)
    and the line number; stories before it have already been yielded, so a caller that
    must import all or nothing collects them first (as `read_file` does).
    """
    if isinstance(source, os.PathLike):
        name = path if path is not None else source
        with open(source, "rb") as handle:
            yield from _stories_from_lines(handle, name, agency_domain, reference)
    elif isinstance(source, str):
        yield from _stories_from_lines(io.StringIO(source), path, agency_domain, reference)
    else:
        yield from _stories_from_lines(source, path, agency_domain, reference)


def _stories_from_lines(
    lines: Iterable[str | bytes],
    path: str | os.PathLike[str] | None,
    agency_domain: str,
    reference: dt.datetime | None,
) -> Iterator[Story]:
    for number, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                raise FormatError(path, f"not UTF-8 text ({error.reason})", line=number) from None
        else:
            line = raw.removeprefix("\ufeff") if number == 1 else raw
        if len(line) > MAX_NINJS_LINE_CHARS:
            raise FormatError(path, f"the line is longer than {MAX_NINJS_LINE_CHARS:,} "
                              "characters; no story is that long", line=number)  # fmt: skip
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise FormatError(path, f"malformed JSON: {error.msg} (column {error.colno})",
                              line=number) from None  # fmt: skip
        try:
            yield story_from_ninjs(item, agency_domain=agency_domain, reference=reference)
        except FormatError as error:
            raise FormatError(path, error.message, line=number) from None


def _lower(obj: Mapping[str, Any]) -> dict[str, Any]:
    """Property names in lower case (3.x `contentType` is 2.x `contenttype`)."""
    return {str(key).lower(): value for key, value in obj.items()}


def _objects(data: Mapping[str, Any], name: str) -> list[dict[str, Any]]:
    """An array property as objects with lower-case names; a bare string counts as one
    object with that value (some producers write `"headlines": "…"`)."""
    value = data.get(name)
    if value is None:
        return []
    if isinstance(value, str):
        return [{"value": value}]
    if isinstance(value, Mapping):
        return [_lower(value)]
    if not isinstance(value, list):
        raise FormatError(None, f"“{name}” should be an array, not {_json_type(value)}")
    out = []
    for entry in value:
        if isinstance(entry, Mapping):
            out.append(_lower(entry))
        elif isinstance(entry, str):
            out.append({"value": entry})
        elif entry is not None:
            raise FormatError(None, f"“{name}” holds {_json_type(entry)} where an object belongs")
    return out


def _headline(data: Mapping[str, Any]) -> str:
    entries = [e for e in _objects(data, "headlines") if isinstance(e.get("value"), str)]
    main = next((e for e in entries if str(e.get("role", "")).lower() == "main"), None)
    chosen = main or (entries[0] if entries else None)
    if chosen is None:
        flat = data.get("headline")
        return " ".join(flat.split()) if isinstance(flat, str) else ""
    value = str(chosen["value"])
    if "html" in str(chosen.get("contenttype", "")).lower():
        value = html_to_text(value)
    return " ".join(value.split())


def _bodies(data: Mapping[str, Any]) -> dict[str, str]:
    """The first body of each kind present: `markdown`, `html`, `text`."""
    found: dict[str, str] = {}
    for entry in _objects(data, "bodies"):
        value = entry.get("value")
        if isinstance(value, str):
            kind = _body_kind(str(entry.get("contenttype") or ""), str(entry.get("role") or ""),
                              value)  # fmt: skip
            found.setdefault(kind, value)
    for name, kind in (("body_html", "html"), ("body_xhtml", "html"), ("body_text", "text")):
        value = data.get(name)
        if isinstance(value, str):
            found.setdefault(kind, value)
    return found


def _body_kind(contenttype: str, role: str, value: str) -> str:
    kind = contenttype.lower()
    if "markdown" in kind:
        return "markdown"
    if "html" in kind or "xml" in kind or role.lower() in ("xhtml", "html", "richtext"):
        return "html"
    if not kind and _LOOKS_HTML.search(value):
        return "html"
    return "text"


def _description(data: Mapping[str, Any]) -> str:
    for entry in _objects(data, "descriptions"):
        value = entry.get("value")
        if isinstance(value, str) and value.strip():
            if "html" in str(entry.get("contenttype", "")).lower():
                return html_to_text(value)
            return value
    if isinstance(data.get("description_text"), str) and data["description_text"].strip():
        return str(data["description_text"])
    if isinstance(data.get("description_html"), str):
        return html_to_text(data["description_html"])
    return ""


def _copy(
    bodies: Mapping[str, str], description: str, when: dt.datetime
) -> tuple[Dateline | None, str, str]:
    """(dateline read off the body, lede, Markdown body)."""
    if "markdown" in bodies:
        # Our own export: the lede is the description, the body is exact; the printed
        # body gives the dateline's date and source.
        printed = bodies.get("text") or ""
        if not printed and "html" in bodies:
            printed = html_to_text(bodies["html"])
        found = match_dateline(printed.lstrip(), reference=when)
        return (found.dateline if found else None), description, bodies["markdown"]
    if "html" in bodies:
        markdown = html_to_markdown(bodies["html"])
    else:
        markdown = text_to_markdown(bodies.get("text", ""))
    paragraphs = [p for p in markdown.split("\n\n") if p.strip()]
    dateline = None
    if paragraphs:
        found = match_dateline(paragraphs[0], reference=when)
        if found is not None:
            dateline = found.dateline
            paragraphs[0] = paragraphs[0][found.end :].strip()
            if not paragraphs[0]:
                paragraphs.pop(0)
    if description:
        if paragraphs and _key(paragraphs[0]) == _key(description):
            paragraphs.pop(0)
        return dateline, " ".join(description.split()), "\n\n".join(paragraphs)
    if dateline is not None and paragraphs:
        return dateline, " ".join(paragraphs[0].split()), "\n\n".join(paragraphs[1:])
    return dateline, "", "\n\n".join(paragraphs)


def _dateline(data: Mapping[str, Any], from_body: Dateline | None, own: bool) -> Dateline:
    """Names from `located`, completed (for other agencies' items) from AP's
    `datelinelocation` and the printed dateline when they name the same city; date and
    source from the printed dateline."""
    located = data.get("located")
    city, region, country = _located(located) if isinstance(located, str) else ("", "", "")
    others: list[tuple[str, str, str]] = []
    if isinstance(data.get("datelinelocation"), Mapping):
        where = _lower(data["datelinelocation"])
        others.append((_text(where.get("city")), _text(where.get("countryareaname")),
                       _text(where.get("countryname"))))  # fmt: skip
    if from_body is not None:
        others.append((from_body.city, from_body.region, from_body.country))
    if not (own and (city or country)):  # our own export's `located` says it all
        for other_city, other_region, other_country in others:
            city = city or other_city
            if _key(other_city) == _key(city):
                region, country = region or other_region, country or other_country
        if city and not country:
            # 1.x (Superdesk) `place`: the story's state and country
            for place in _objects(data, "place"):
                region = region or _text(place.get("state"))
                country = country or _text(place.get("country"))
    if from_body is None:
        return Dateline(city=city, region=region, country=country)
    return Dateline(city=city, region=region, country=country, date=from_body.date,
                    source=from_body.source)  # fmt: skip


def _located(text: str) -> tuple[str, str, str]:
    """`Ankara, Turkey` -> city and country; `Springfield, Illinois, United States`
    adds the region; a lone country name (`Turkey`) is the country."""
    if not text.strip():
        return "", "", ""
    parts = [" ".join(p.split()) for p in text.split(",") if p.strip()]
    if len(parts) == 1:
        from editorial.domain.gazetteer import country_code

        return ("", "", parts[0]) if country_code(parts[0]) else (parts[0], "", "")
    if len(parts) == 2:
        return parts[0], "", parts[1]
    return parts[0], ", ".join(parts[1:-1]), parts[-1]


def _bylines(data: Mapping[str, Any]) -> tuple[Byline, ...]:
    text = data.get("by", data.get("byline"))
    if isinstance(text, str) and text.strip():
        return _people(text)
    people: list[Byline] = []
    for entry in _objects(data, "bylines") or _objects(data, "authors"):
        name = _text(entry.get("by") or entry.get("name"))
        role = _text(entry.get("title") or entry.get("role"))
        for person in _people(name):
            people.append(Byline(name=person.name, role=person.role or role))
    return tuple(people)


def _people(text: str) -> tuple[Byline, ...]:
    try:
        people = parse_bylines(text)
    except ValueError:
        return ()
    return tuple(Byline(name=title_city(p.name), role=p.role) for p in people)


def _subjects(data: Mapping[str, Any]) -> tuple[str, ...]:
    names: list[str] = []
    for entry in _objects(data, "subjects") + _objects(data, "subject"):
        if str(entry.get("rel", "")).lower() == KEYWORD_REL:
            continue
        value = _text(entry.get("name")) or _text(entry.get("literal"))
        if not value:
            code, uri = _text(entry.get("code")), _text(entry.get("uri"))
            scheme = _text(entry.get("scheme"))
            if uri.startswith(MEDIATOPIC_URI):
                value = "medtop:" + uri.removeprefix(MEDIATOPIC_URI).strip("/")
            elif code and "mediatopic" in scheme:
                value = code if code.startswith("medtop:") else "medtop:" + code
            else:
                value = code or uri
        if value and value not in names:
            names.append(value)
    return tuple(names)


def _keywords(data: Mapping[str, Any]) -> tuple[str, ...]:
    words: list[str] = []
    flat = data.get("keywords")
    if isinstance(flat, list):
        words.extend(_text(word) for word in flat if isinstance(word, str))
    for entry in _objects(data, "subjects"):
        if str(entry.get("rel", "")).lower() == KEYWORD_REL:
            words.append(_text(entry.get("name")) or _text(entry.get("literal")))
    return tuple(dict.fromkeys(word for word in words if word))


def _urgency(value: Any) -> int:
    if isinstance(value, bool):
        return DEFAULT_URGENCY
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int | float) and value == value:  # NaN is not an urgency
        return min(9, max(1, round(value)))
    return DEFAULT_URGENCY


def _embargo(data: Mapping[str, Any]) -> dt.datetime | None:
    for name in ("embargoed", "embargoeduntil"):
        value = data.get(name)
        if value in (None, ""):
            continue
        moment = _time(value)
        if moment is None:
            raise FormatError(None, f"cannot read the embargo time “{value}” ({name})")
        return moment
    return None


def _pubstatus(data: Mapping[str, Any]) -> str:
    return _text(data.get("pubstatus")).lower()


def _version(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return 0


def _uri(data: Mapping[str, Any], agency_domain: str, when: dt.datetime) -> str:
    """The item's own URI (the story keeps it, so importing it twice finds the same
    story); a guid that is no URI becomes `urn:guid:…`, an item with only alternative
    ids `urn:altid:<role>:<id>`; none at all, a new URN."""
    for name in ("uri", "guid"):
        value = _text(data.get(name))
        if value:
            return value if _URI_SCHEME.match(value) else "urn:guid:" + quote(value, safe="")
    altids = data.get("altids")  # 1.x: an object of role -> id; 2.x: [{role, value}]
    pairs: list[tuple[Any, Any]] = list(altids.items()) if isinstance(altids, Mapping) else [
        (entry.get("role"), entry.get("value")) for entry in _objects(data, "altids")
    ]  # fmt: skip
    for role, value in pairs:
        if isinstance(value, str) and value.strip():
            label = quote(str(role or "id"), safe="")
            return f"urn:altid:{label}:{quote(value.strip(), safe='')}"
    return new_story_uri(agency_domain, when)


def _time(value: Any) -> dt.datetime | None:
    """An ISO 8601 / RFC 3339 time, in UTC when it names no zone; None if unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _raw(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true or false",
             int: "a number", float: "a number", type(None): "null"}  # fmt: skip
    return names.get(type(value), type(value).__name__)
