"""A story as a Markdown file with YAML front matter (python-frontmatter), in and out.

    ---
    uri: urn:newsml:ria.ru:20081118:…
    headline: Russia urges resumption of dialogue with NATO, alliance wary
    slug: russia-urges-resumption-dialogue-nato
    bylines:
    - Anna Ivanova / Moscow correspondent
    dateline:
      city: Ankara
      country: Turkey
      date: '2008-11-18'
      source: RIA Novosti
    lede: Russian Defense Minister Anatoly Serdyukov called on Tuesday …
    language: en
    urgency: 5
    ---

    Serdyukov is on a two-day official visit to NATO member Turkey.

The text after the front matter is the body. Reading also accepts the names static-site
generators use (`title`, `author`/`authors`, `description`/`summary`, `tags`,
`categories`, `lang`) and, with no headline in the front matter, a leading `# Heading`.
A file without front matter is a body (with its `# Heading` as the headline).
Imports start as drafts; `status: killed` stays killed.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from functools import cache
from typing import Any

from editorial.domain.byline import Byline, parse_bylines
from editorial.domain.dateline import Dateline
from editorial.domain.story import (
    DEFAULT_LANGUAGE,
    DEFAULT_URGENCY,
    Status,
    Story,
    new_story_uri,
    slugify,
)
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError

_ODD_BREAKS = ("\r", "\x85", "\u2028", "\u2029")
_DATELINE_PARTS = ("city", "region", "country", "date", "source")


def story_to_markdown(story: Story) -> str:
    """The story as Markdown with YAML front matter; empty fields are left out."""
    import frontmatter

    meta: dict[str, Any] = {"uri": story.uri, "headline": story.headline, "slug": story.slug}
    if story.bylines:
        meta["bylines"] = [f"{b.name} / {b.role}" if b.role else b.name for b in story.bylines]
    dateline = {
        "city": story.dateline.city, "region": story.dateline.region,
        "country": story.dateline.country, "source": story.dateline.source,
        "date": story.dateline.date.isoformat() if story.dateline.date else "",
    }  # fmt: skip
    dateline = {key: dateline[key] for key in _DATELINE_PARTS if dateline[key]}
    if dateline:
        meta["dateline"] = dateline
    if story.lede:
        meta["lede"] = story.lede
    meta["language"] = story.language
    meta["urgency"] = story.urgency
    for name in ("keywords", "subjects"):
        if getattr(story, name):
            meta[name] = list(getattr(story, name))
    if story.embargo is not None:
        meta["embargo"] = _iso(story.embargo)
    if story.note:
        meta["note"] = story.note
    meta["status"] = story.status.value
    meta["version"] = story.version
    for name in ("created_at", "updated_at"):
        moment = getattr(story, name)
        if moment is not None:
            meta[name] = _iso(moment)
    post = frontmatter.Post(story.body, **meta)
    return str(frontmatter.dumps(post, Dumper=_dumper(), sort_keys=False, width=100)) + "\n"


def story_from_markdown(
    text: str,
    *,
    path: str | os.PathLike[str] | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    reference: dt.datetime | None = None,
) -> Story:
    """The story in a Markdown document. Raises `FormatError` naming `path` (and the
    line, for broken YAML) when the front matter cannot be read."""
    meta, body = _split(text.removeprefix("\ufeff"), path)
    headline = _string(meta, path, "headline", "title")
    if "headline" not in meta and "title" not in meta:
        first, _, rest = body.partition("\n")
        if first.startswith("# "):
            headline, body = first[2:].strip().rstrip("#").strip(), rest.strip("\n")
    when = reference or dt.datetime.now(dt.UTC)
    uri = _string(meta, path, "uri", "guid", "id")
    slug = meta.get("slug", meta.get("slugline"))
    status = _string(meta, path, "status").lower()
    return Story(
        uri=uri if ":" in uri else new_story_uri(agency_domain, when),
        headline=headline,
        slug=str(slug) if slug is not None else slugify(headline),
        bylines=_bylines(meta, path),
        dateline=_dateline(meta.get("dateline"), path),
        lede=_string(meta, path, "lede", "description", "summary", "standfirst"),
        body=body,
        note=_string(meta, path, "note", "ednote"),
        keywords=_strings(meta, path, "keywords", "tags"),
        language=_string(meta, path, "language", "lang") or DEFAULT_LANGUAGE,
        urgency=_urgency(meta.get("urgency"), path),
        subjects=_strings(meta, path, "subjects", "categories"),
        embargo=_moment(meta.get("embargo"), path, "embargo"),
        status=Status.KILLED if status == Status.KILLED.value else Status.DRAFT,
        version=_version(meta.get("version")),
        created_at=_moment(meta.get("created_at"), path, "created_at"),
        updated_at=_moment(meta.get("updated_at"), path, "updated_at"),
    )


@cache
def _dumper() -> type:
    """YAML's safe dumper, writing text of several lines (a note) as a `|` block."""
    import yaml

    dumper: type = type("_Dumper", (yaml.SafeDumper,), {})

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = None
        if any(brk in value for brk in _ODD_BREAKS):
            style = '"'  # escaped (`\r`, `\N`, `\L`): YAML would read them as line ends
        elif "\n" in value:
            style = "|"
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    dumper.add_representer(str, text)  # type: ignore[attr-defined]
    return dumper


def _split(text: str, path: str | os.PathLike[str] | None) -> tuple[dict[str, Any], str]:
    """(front matter, body). Only a document that opens with `---` has front matter: a
    `---` further down is a Markdown rule, not a boundary."""
    import yaml
    from frontmatter.default_handlers import YAMLHandler

    handler = YAMLHandler()
    stripped = text.lstrip()
    if not handler.detect(stripped):
        return {}, text.strip("\n")
    try:
        front, body = handler.split(stripped)
    except ValueError:
        raise FormatError(path, "the front matter has no closing “---” line") from None
    try:
        meta = handler.load(front)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        # the front matter text starts on the `---` line itself, so +1 makes it 1-based
        line = mark.line + 1 if mark is not None else None
        raise FormatError(path, f"the front matter is not valid YAML: {problem}",
                          line=line) from None  # fmt: skip
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FormatError(path, "the front matter must be a mapping of names to values")
    body = body.strip()
    return {str(key).lower(): value for key, value in meta.items()}, body


def _string(meta: Mapping[str, Any], path: Any, *names: str) -> str:
    for name in names:
        value = meta.get(name)
        if value is None:
            continue
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return str(value)
        raise FormatError(path, f"“{name}” in the front matter should be text")
    return ""


def _strings(meta: Mapping[str, Any], path: Any, *names: str) -> tuple[str, ...]:
    for name in names:
        value = meta.get(name)
        if value is None:
            continue
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
            return tuple(str(v) for v in value)
        raise FormatError(path, f"“{name}” in the front matter should be a list of text")
    return ()


def _bylines(meta: Mapping[str, Any], path: Any) -> tuple[Byline, ...]:
    value = next((meta[n] for n in ("bylines", "byline", "authors", "author", "by")
                  if meta.get(n) is not None), None)  # fmt: skip
    if value is None:
        return ()
    entries = value if isinstance(value, list) else [value]
    people: list[Byline] = []
    try:
        for entry in entries:
            if isinstance(entry, str):
                people.extend(parse_bylines(entry))
            elif isinstance(entry, Mapping) and entry.get("name"):
                people.append(Byline(name=str(entry["name"]), role=str(entry.get("role") or "")))
            else:
                raise FormatError(path, "a byline should be a name, or a name and a role")
    except ValueError as error:
        raise FormatError(path, f"a byline cannot be read: {error}") from None
    return tuple(people)


def _dateline(value: Any, path: Any) -> Dateline:
    if value is None:
        return Dateline()
    if not isinstance(value, Mapping):
        raise FormatError(path, "“dateline” should hold city, region, country, date, source")
    parts = {str(k).lower(): v for k, v in value.items()}
    date = parts.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    elif isinstance(date, str) and date.strip():
        try:
            date = dt.date.fromisoformat(date.strip())
        except ValueError:
            raise FormatError(path, f"the dateline date “{date}” is not YYYY-MM-DD") from None
    elif not isinstance(date, dt.date):
        date = None
    text = {key: str(parts.get(key) or "") for key in ("city", "region", "country", "source")}
    return Dateline(date=date, **text)


def _urgency(value: Any, path: Any) -> int:
    if value is None:
        return DEFAULT_URGENCY
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9:
        return value
    raise FormatError(path, f"urgency should be a whole number from 1 to 9, not “{value}”")


def _version(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _moment(value: Any, path: Any, name: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise FormatError(path, f"“{name}” should be a date and time, not “{value}”") from None
    if not isinstance(value, dt.datetime):
        raise FormatError(path, f"“{name}” should be a date and time")
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).isoformat()
