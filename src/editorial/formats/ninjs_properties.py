"""Reading the properties of a ninjs item (any version) into story fields: one small
reader per property, tolerant of the shapes agencies send and strict only where losing a
value would hurt (an embargo). Property names arrive lower-cased (`lower_names`)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from editorial.domain.byline import Byline, parse_bylines
from editorial.domain.dateline import Dateline
from editorial.domain.dateline_parser import title_city
from editorial.domain.media_topics import MEDIATOPIC_URI, topic_name
from editorial.domain.story import DEFAULT_URGENCY, new_story_uri
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.formats.errors import FormatError, problem, words
from editorial.formats.markdown_text import html_to_text
from editorial.formats.ninjs_export import KEYWORD_REL
from editorial.formats.reading import shown

MAX_VERSION = 2**53 - 1
"""The largest version kept: the largest whole number a JSON reader in JavaScript holds
exactly (ninjs is read by web front ends), and far inside SQLite's integers."""

_URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_LOOKS_HTML = re.compile(r"<(?:p|div|br|span|h[1-6]|ul|ol|li|b|i|em|strong|a|blockquote|body)\b",
                         re.IGNORECASE)  # fmt: skip


def lower_names(obj: Mapping[str, Any]) -> dict[str, Any]:
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
        return [lower_names(value)]
    if not isinstance(value, list):
        raise FormatError(None, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "“{name}” should be an array, not {found}"
        ), name=name, found=json_type(value)))  # fmt: skip
    out = []
    for entry in value:
        if isinstance(entry, Mapping):
            out.append(lower_names(entry))
        elif isinstance(entry, str):
            out.append({"value": entry})
        elif entry is not None:
            raise FormatError(None, problem(QT_TRANSLATE_NOOP(
                "ImportErrors", "“{name}” holds {found} where an object belongs"
            ), name=name, found=json_type(entry)))  # fmt: skip
    return out


def read_headline(data: Mapping[str, Any], warnings: list[str]) -> str:
    entries = [e for e in _objects(data, "headlines") if isinstance(e.get("value"), str)]
    main = next((e for e in entries if raw_text(e.get("role")).lower() == "main"), None)
    chosen = main or (entries[0] if entries else None)
    if chosen is None:
        flat = data.get("headline")
        if isinstance(flat, int | float | Decimal) and not isinstance(flat, bool):
            warnings.append(f"the headline is the number {shown(flat)}; kept as its text")
            return str(flat)
        if flat is not None and not isinstance(flat, str):
            warnings.append(f"the headline is {json_type(flat)}, not text; left out")
        return " ".join(flat.split()) if isinstance(flat, str) else ""
    value = str(chosen["value"])
    if "html" in raw_text(chosen.get("contenttype")).lower():
        value = html_to_text(value)
    return " ".join(value.split())


def read_bodies(data: Mapping[str, Any]) -> dict[str, str]:
    """The first body of each kind present: `markdown`, `html`, `text`."""
    found: dict[str, str] = {}
    for entry in _objects(data, "bodies"):
        value = entry.get("value")
        if isinstance(value, str):
            kind = _body_kind(raw_text(entry.get("contenttype")), raw_text(entry.get("role")),
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


def read_description(data: Mapping[str, Any]) -> str:
    for entry in _objects(data, "descriptions"):
        value = entry.get("value")
        if isinstance(value, str) and value.strip():
            if "html" in raw_text(entry.get("contenttype")).lower():
                return html_to_text(value)
            return value
    if isinstance(data.get("description_text"), str) and data["description_text"].strip():
        return str(data["description_text"])
    if isinstance(data.get("description_html"), str):
        return html_to_text(data["description_html"])
    return ""


def read_dateline(data: Mapping[str, Any], from_body: Dateline | None, own: bool) -> Dateline:
    """Names from `located`, completed (for other agencies' items) from AP's
    `datelinelocation` and the printed dateline when they name the same city; date and
    source from the printed dateline."""
    located = data.get("located")
    city, region, country = _located(located) if isinstance(located, str) else ("", "", "")
    others: list[tuple[str, str, str]] = []
    if isinstance(data.get("datelinelocation"), Mapping):
        where = lower_names(data["datelinelocation"])
        others.append((single_line(where.get("city")), single_line(where.get("countryareaname")),
                       single_line(where.get("countryname"))))  # fmt: skip
    if from_body is not None:
        others.append((from_body.city, from_body.region, from_body.country))
    if not (own and (city or country)):  # our own export's `located` says it all
        for other_city, other_region, other_country in others:
            city = city or other_city
            if compare_key(other_city) == compare_key(city):
                region, country = region or other_region, country or other_country
        if city and not country:
            # 1.x (Superdesk) `place`: the story's state and country
            for place in _objects(data, "place"):
                region = region or single_line(place.get("state"))
                country = country or single_line(place.get("country"))
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


def read_bylines(data: Mapping[str, Any]) -> tuple[Byline, ...]:
    text = data.get("by", data.get("byline"))
    if isinstance(text, str) and text.strip():
        return _people(text)
    people: list[Byline] = []
    for entry in _objects(data, "bylines") or _objects(data, "authors"):
        name = single_line(entry.get("by") or entry.get("name"))
        role = single_line(entry.get("title") or entry.get("role"))
        for person in _people(name):
            people.append(Byline(name=person.name, role=person.role or role))
    return tuple(people)


def _people(text: str) -> tuple[Byline, ...]:
    try:
        people = parse_bylines(text)
    except ValueError:
        return ()
    return tuple(Byline(name=title_city(p.name), role=p.role) for p in people)


def read_subjects(data: Mapping[str, Any]) -> tuple[str, ...]:
    names: list[str] = []
    for entry in _objects(data, "subjects") + _objects(data, "subject"):
        if raw_text(entry.get("rel")).lower() == KEYWORD_REL:
            continue
        value = single_line(entry.get("name")) or single_line(entry.get("literal"))
        if not value:
            code, uri = single_line(entry.get("code")), single_line(entry.get("uri"))
            scheme = single_line(entry.get("scheme"))
            if uri.startswith(MEDIATOPIC_URI):
                code = uri.removeprefix(MEDIATOPIC_URI).strip("/")
                value = topic_name(code) or "medtop:" + code
            elif code and "mediatopic" in scheme:
                value = code if code.startswith("medtop:") else "medtop:" + code
            else:
                value = code or uri
        if value and value not in names:
            names.append(value)
    return tuple(names)


def read_keywords(data: Mapping[str, Any]) -> tuple[str, ...]:
    words: list[str] = []
    flat = data.get("keywords")
    if isinstance(flat, list):
        words.extend(single_line(word) for word in flat if isinstance(word, str))
    for entry in _objects(data, "subjects"):
        if raw_text(entry.get("rel")).lower() == KEYWORD_REL:
            words.append(single_line(entry.get("name")) or single_line(entry.get("literal")))
    return tuple(dict.fromkeys(word for word in words if word))


def read_urgency(value: Any, warnings: list[str]) -> int:
    """1 (flash) to 9; a number outside is brought to the nearer end, and anything that
    is no number is left at the default, each with a warning."""
    if value is None:
        return DEFAULT_URGENCY
    number: Any = value
    if _digits(value, 10):
        number = int(value.strip())
    real = isinstance(number, int | float | Decimal) and not isinstance(number, bool)
    if real and math.isfinite(number):
        urgency = int(min(9, max(1, round(number))))
        if urgency != number:
            warnings.append(f"urgency {shown(value)} is not from 1 to 9; set to {urgency}")
        return urgency
    warnings.append(f"urgency {shown(value)} is not a number from 1 to 9; left at "
                    f"{DEFAULT_URGENCY}")  # fmt: skip
    return DEFAULT_URGENCY


def read_embargo(data: Mapping[str, Any]) -> dt.datetime | None:
    for name in ("embargoed", "embargoeduntil"):
        value = data.get(name)
        if value in (None, ""):
            continue
        moment = read_time(value)
        if moment is None:
            raise FormatError(None, f"cannot read the embargo time {shown(value)} ({name})")
        return moment
    return None


def read_pubstatus(data: Mapping[str, Any]) -> str:
    return single_line(data.get("pubstatus")).lower()


def read_version(value: Any, warnings: list[str]) -> int:
    """The item's version, a whole number from 0 (none) to `MAX_VERSION`; anything else
    is left out with a warning."""
    if value is None:
        return 0
    if _digits(value, 20):
        number: Any = int(value.strip())
    else:
        number = value
    if isinstance(number, int) and not isinstance(number, bool) and 0 <= number <= MAX_VERSION:
        return number
    warnings.append(f"version {shown(value)} is not a whole number from 0 to "
                    f"{MAX_VERSION:,}; left out")  # fmt: skip
    return 0


def _digits(value: Any, longest: int) -> bool:
    """Whether `value` is text of ASCII digits only, at most `longest` of them."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return 0 < len(text) <= longest and text.isascii() and text.isdigit()


def read_uri(data: Mapping[str, Any], agency_domain: str, when: dt.datetime) -> str:
    """The item's own URI (the story keeps it, so importing it twice finds the same
    story); a guid that is no URI becomes `urn:guid:…`, an item with only alternative
    ids `urn:altid:<role>:<id>`; none at all, a new URN."""
    for name in ("uri", "guid"):
        value = single_line(data.get(name))
        if value:
            return value if _URI_SCHEME.match(value) else "urn:guid:" + quote(value, safe="")
    altids = data.get("altids")  # 1.x: an object of role -> id; 2.x: [{role, value}]
    pairs: list[tuple[Any, Any]] = list(altids.items()) if isinstance(altids, Mapping) else [
        (entry.get("role"), entry.get("value")) for entry in _objects(data, "altids")
    ]  # fmt: skip
    for role, value in pairs:
        if isinstance(value, str) and value.strip():
            label = quote(raw_text(role) or "id", safe="")
            return f"urn:altid:{label}:{quote(value.strip(), safe='')}"
    return new_story_uri(agency_domain, when)


def read_time(value: Any) -> dt.datetime | None:
    """An ISO 8601 / RFC 3339 time, in UTC when it names no zone; None if unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    except (ValueError, OverflowError):
        return None


def read_metadata_time(
    data: Mapping[str, Any], name: str, warnings: list[str]
) -> dt.datetime | None:
    """A time the story can do without (`firstcreated`, `versioncreated`): left out with
    a warning when it cannot be read."""
    value = data.get(name)
    moment = read_time(value)
    if moment is None and value not in (None, ""):
        warnings.append(f"cannot read the time {shown(value)} ({name}); left out")
    return moment


def raw_text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def single_line(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def compare_key(text: str) -> str:
    return " ".join(text.casefold().split())


def json_type(value: Any) -> str:
    """The kind of a JSON value in words (translatable where it is part of a problem)."""
    names = {
        dict: QT_TRANSLATE_NOOP("ImportErrors", "an object"),
        list: QT_TRANSLATE_NOOP("ImportErrors", "an array"),
        str: QT_TRANSLATE_NOOP("ImportErrors", "a string"),
        bool: QT_TRANSLATE_NOOP("ImportErrors", "true or false"),
        int: QT_TRANSLATE_NOOP("ImportErrors", "a number"),
        float: QT_TRANSLATE_NOOP("ImportErrors", "a number"),
        Decimal: QT_TRANSLATE_NOOP("ImportErrors", "a number"),
    }
    if value is None:
        return "null"
    name = names.get(type(value))
    return words(name) if name else type(value).__name__
