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
import re
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
from editorial.domain.story_plain import story_to_plain
from editorial.domain.translatable import QT_TRANSLATE_NOOP, MessageText
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError, problem
from editorial.formats.ninjs_properties import MAX_VERSION
from editorial.formats.reading import shown

_ODD_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


def story_to_markdown(story: Story) -> str:
    """The story as Markdown with YAML front matter: the story's plain form
    (`domain.story_plain`) but for the body, which is the text, and the library's own
    number and trash; bylines as they are typed; empty values are left out."""
    import frontmatter

    meta: dict[str, Any] = {}
    for name, value in story_to_plain(story).items():
        if name in _NOT_IN_FRONT_MATTER:
            continue
        if name == "bylines":
            value = [f"{b.name} / {b.role}" if b.role else b.name for b in story.bylines]
        elif isinstance(value, dict):  # the dateline: only the parts it has
            value = {part: text for part, text in value.items() if text}
        if value or name in _WRITTEN_EMPTY or isinstance(value, int):
            meta[name] = value
    post = frontmatter.Post(story.body, **meta)
    return str(frontmatter.dumps(post, Dumper=_dumper(), sort_keys=False, width=100)) + "\n"


# The body is the text after the front matter; a library's number and its trash mean
# nothing to another library.
_NOT_IN_FRONT_MATTER = ("body", "id", "trashed_at")
# Left out, these are read from elsewhere: the headline from the body's `# Heading`,
# the slug from the headline.
_WRITTEN_EMPTY = ("headline", "slug")


def story_from_markdown(
    text: str,
    *,
    path: str | os.PathLike[str] | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    reference: dt.datetime | None = None,
    warnings: list[str] | None = None,
) -> Story:
    """The story in a Markdown document. Raises `FormatError` naming `path` (and the
    line, for broken YAML) when the front matter cannot be read; `warnings` receives a
    line for each value left out or changed (an urgency that is no number, a date that
    does not exist, a headline YAML read as a number)."""
    notes: list[str] = [] if warnings is None else warnings
    meta, body = _split(text.removeprefix("\ufeff"), path)
    headline = _one_line(_string(meta, path, notes, "headline", "title"))
    if "headline" not in meta and "title" not in meta:
        first, _, rest = body.partition("\n")
        if first.startswith("# "):
            headline, body = first[2:].strip().rstrip("#").strip(), rest.strip("\n")
    when = reference or dt.datetime.now(dt.UTC)
    uri = _string(meta, path, notes, "uri", "guid", "id")
    slug = _one_line(_string(meta, path, notes, "slug", "slugline"))
    if not _has(meta, "slug", "slugline"):
        slug = slugify(headline)
    status = _string(meta, path, notes, "status").lower()
    return Story(
        uri=uri if ":" in uri else new_story_uri(agency_domain, when),
        headline=headline,
        slug=slug,
        bylines=_bylines(meta, path),
        dateline=_dateline(meta.get("dateline"), path, notes),
        lede=_string(meta, path, notes, "lede", "description", "summary", "standfirst"),
        body=body,
        note=_string(meta, path, notes, "note", "ednote"),
        keywords=_strings(meta, path, "keywords", "tags"),
        language=_one_line(_string(meta, path, notes, "language", "lang")) or DEFAULT_LANGUAGE,
        urgency=_urgency(meta.get("urgency"), notes),
        subjects=_strings(meta, path, "subjects", "categories"),
        embargo=_moment(meta.get("embargo"), path, "embargo"),
        status=Status.KILLED if status == Status.KILLED.value else Status.DRAFT,
        version=_version(meta.get("version"), notes),
        created_at=_metadata_moment(meta.get("created_at"), "created_at", notes),
        updated_at=_metadata_moment(meta.get("updated_at"), "updated_at", notes),
    )


def _has(meta: Mapping[str, Any], *names: str) -> bool:
    return any(meta.get(name) is not None for name in names)


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


# A story's front matter nests a level or two (bylines, a dateline). YAML reads deeper
# nesting recursively, seconds for a line of brackets, before it fails: refused up front.
MAX_FRONT_MATTER_DEPTH = 32


def _flow_depth(front: str) -> int:
    """How deep `[` and `{` nest in `front`, outside quoted scalars (one linear pass)."""
    depth = deepest = 0
    quote = ""
    for char in front:
        if quote:
            if char == quote or char == "\n":
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


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
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "the front matter has no closing “---” line"
        ))) from None  # fmt: skip
    if _flow_depth(front) > MAX_FRONT_MATTER_DEPTH:
        raise FormatError(path, too_deep())
    try:
        meta = yaml.load(front, Loader=_loader())
    except RecursionError:
        raise FormatError(path, too_deep()) from None
    except (ValueError, OverflowError) as error:  # a number past Python's conversions
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "the front matter holds a value that cannot be read ({detail})"
        ), detail=str(error))) from None  # fmt: skip
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        said = getattr(error, "problem", None) or str(error).splitlines()[0]
        # the front matter text starts on the `---` line itself, so +1 makes it 1-based
        line = mark.line + 1 if mark is not None else None
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "the front matter is not valid YAML: {detail}"
        ), detail=str(said)), line=line) from None  # fmt: skip
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "the front matter must be a mapping of names to values"
        )))  # fmt: skip
    body = body.strip()
    return {str(key).lower(): value for key, value in meta.items()}, body


@cache
def _loader() -> type:
    """YAML's safe loader, but leaving as the text they are written as what it would
    turn into values no story needs and that cost dearly: dates and times (the readers
    below parse them, so that `2024-02-30` is a value that cannot be read, not a file
    that cannot be), whole numbers of more than 30 digits, and YAML 1.1's base-60
    numbers (`12:30:45`; a long run of them took minutes of big-number arithmetic)."""
    import yaml

    dropped = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int")
    loader: type = type("_Loader", (yaml.SafeLoader,), {})
    loader.yaml_implicit_resolvers = {  # type: ignore[attr-defined]
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in dropped]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(  # type: ignore[attr-defined]
        "tag:yaml.org,2002:int", _WHOLE_NUMBER, list("-+0123456789")
    )

    def whole_number(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
        if len(node.value) > 64:  # an explicit `!!int`: the same bound as above
            raise yaml.constructor.ConstructorError(
                None, None, "a whole number longer than 64 characters", node.start_mark
            )
        return int(yaml.SafeLoader.construct_yaml_int(loader, node))

    loader.add_constructor("tag:yaml.org,2002:int", whole_number)  # type: ignore[attr-defined]
    return loader


_WHOLE_NUMBER = re.compile(
    r"""^(?:[-+]?0b[0-1_]{1,64}
    |[-+]?0[0-7_]{1,30}
    |[-+]?(?:0|[1-9][0-9_]{0,30})
    |[-+]?0x[0-9a-fA-F_]{1,32})$""",
    re.X,
)


def _string(meta: Mapping[str, Any], path: Any, warnings: list[str], *names: str) -> str:
    for name in names:
        value = meta.get(name)
        if value is None:
            continue
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = str(value)
            warnings.append(f"“{name}” was read as the number {shown(value)}; kept as "
                            "its text (quote it to keep it as written)")  # fmt: skip
            return text
        raise FormatError(path, f"“{name}” in the front matter should be text")
    return ""


def _strings(meta: Mapping[str, Any], path: Any, *names: str) -> tuple[str, ...]:
    for name in names:
        value = meta.get(name)
        if value is None:
            continue
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        if isinstance(value, list) and all(_scalar(v) for v in value):
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
                people.extend(parse_bylines(_one_line(entry)))
            elif isinstance(entry, Mapping) and _scalar(entry.get("name")):
                role = entry.get("role") if _scalar(entry.get("role")) else ""
                people.append(Byline(name=_one_line(str(entry["name"])),
                                     role=_one_line(str(role))))  # fmt: skip
            else:
                raise FormatError(path, "a byline should be a name, or a name and a role")
    except ValueError as error:
        raise FormatError(path, f"a byline cannot be read: {error}") from None
    return tuple(people)


def _dateline(value: Any, path: Any, warnings: list[str]) -> Dateline:
    if value is None:
        return Dateline()
    if not isinstance(value, Mapping):
        raise FormatError(path, "“dateline” should hold city, region, country, date, source")
    parts = {str(k).lower(): v for k, v in value.items()}
    date = parts.get("date")
    if isinstance(date, str) and date.strip():
        try:
            date = dt.date.fromisoformat(date.strip())
        except ValueError:
            warnings.append(f"the dateline date {shown(date)} is not a real date "
                            "(YYYY-MM-DD); left out")  # fmt: skip
            date = None
    elif date is not None and date != "":
        warnings.append(f"the dateline date {shown(date)} is not a date (YYYY-MM-DD); left out")
        date = None
    text: dict[str, str] = {}
    for key in ("city", "region", "country", "source"):
        part = parts.get(key)
        if part is not None and not _scalar(part):
            warnings.append(f"the dateline {key} is {shown(part)}, not text; left out")
            part = None
        text[key] = _one_line(str(part)) if part is not None else ""
    return Dateline(date=date, **text)


def _one_line(text: str) -> str:
    """A one-line field (headline, slug, byline, dateline, language) as one line: YAML
    can hold a line break in any string, and a listing would break in two."""
    return " ".join(text.split())


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _urgency(value: Any, warnings: list[str]) -> int:
    if value is None:
        return DEFAULT_URGENCY
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9:
        return value
    warnings.append(f"urgency {shown(value)} is not a whole number from 1 to 9; left at "
                    f"{DEFAULT_URGENCY}")  # fmt: skip
    return DEFAULT_URGENCY


def _version(value: Any, warnings: list[str]) -> int:
    if value is None:
        return 0
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_VERSION:
        return value
    warnings.append(f"version {shown(value)} is not a whole number from 0 to "
                    f"{MAX_VERSION:,}; left out")  # fmt: skip
    return 0


def _moment(value: Any, path: Any, name: str) -> dt.datetime | None:
    """A time that must not be lost (an embargo): unreadable, the file is refused."""
    if value is None or value == "":
        return None
    moment = _read_moment(value)
    if moment is None:
        raise FormatError(path, f"“{name}” should be a date and time, not {shown(value)}")
    return moment


def _metadata_moment(value: Any, name: str, warnings: list[str]) -> dt.datetime | None:
    if value is None or value == "":
        return None
    moment = _read_moment(value)
    if moment is None:
        warnings.append(f"cannot read the time {shown(value)} ({name}); left out")
    return moment


def _read_moment(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    else:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def too_deep() -> MessageText:
    return problem(QT_TRANSLATE_NOOP("ImportErrors", "the front matter is nested too deeply"))
