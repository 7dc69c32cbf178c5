"""What every reader shares: the result of reading a file (its stories and what could not
be kept of them as read), the guard that turns Python's own complaints about malformed
input into a `FormatError`, and the last check of a story's text before it is kept."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Any

from editorial.domain.removed_copy import RemovedLine
from editorial.domain.story import HEADLINE_MAX_CHARS, Story
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.formats.errors import FormatError, problem

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SHOWN_CHARS = 40
_STORY_FIELDS = tuple(field.name for field in fields(Story))


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The stories in a file, and one line for each thing that could not be kept exactly
    as the file had it (`line 3: a byte that is not UTF-8 was read as Latin-1 (é)`,
    `urgency “lots” is not a number from 1 to 9; left at 5`)."""

    stories: tuple[Story, ...]
    warnings: tuple[str, ...] = ()
    removed: tuple[tuple[RemovedLine, ...], ...] = ()
    """For each story, the lines of its copy left out as a site's furniture (web copy
    and pages; empty for the other formats): nothing is removed silently."""

    def removed_from(self, index: int) -> tuple[RemovedLine, ...]:
        return self.removed[index] if index < len(self.removed) else ()


@contextmanager
def malformed_input(path: str | os.PathLike[str] | None) -> Iterator[None]:
    """Python's own errors about input no reader foresaw, as a `FormatError` naming the
    file: nesting deeper than the interpreter's stack, numbers beyond what it converts,
    dates that do not exist, text that is not Unicode."""
    try:
        yield
    except FormatError:
        raise
    except RecursionError:
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "the data is nested too deeply to be a story"
        ))) from None  # fmt: skip
    except OverflowError as error:
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "a number or date is out of range ({detail})"
        ), detail=str(error))) from None  # fmt: skip
    except UnicodeError as error:
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "the text cannot be read as Unicode ({detail})"
        ), detail=str(error))) from None  # fmt: skip
    except ValueError as error:
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "a value cannot be read ({detail})"
        ), detail=str(error))) from None  # fmt: skip


def refusing_long_headlines(
    stories: Iterable[Story], path: str | os.PathLike[str], *, numbered: bool
) -> Iterator[Story]:
    """The stories, as they come, until one has a headline longer than any
    (`HEADLINE_MAX_CHARS`): that is the copy in the wrong place or a broken file, and a
    `FormatError` names the file and (`numbered`: a file of several) the item. For an
    import, which takes a file whole or not at all; `editorial check` reads such a file
    and says the headline is too long, as it does of any over the house style's limit."""
    for number, story in enumerate(stories, 1):
        length = len(story.headline.strip())
        if length > HEADLINE_MAX_CHARS:
            message = problem(QT_TRANSLATE_NOOP(
                "ImportErrors", "the headline is {length} characters; a headline is at most {limit}"
            ), length=length, limit=HEADLINE_MAX_CHARS)  # fmt: skip
            if numbered:
                message = problem(QT_TRANSLATE_NOOP("ImportErrors", "item {number}: {problem}"),
                                  number=str(number), problem=message)  # fmt: skip
            raise FormatError(path, message)
        yield story


def checked_text(story: Story, warnings: list[str], where: str = "") -> Story:
    """The story with any lone surrogate (`\\ud800` from a JSON escape: half of a
    character, which no file can store) replaced by U+FFFD, and a warning for each
    field where that happened."""
    if not _may_hold_surrogates(story):
        return story
    changes: dict[str, Any] = {}
    for field in fields(story):
        value = getattr(story, field.name)
        if isinstance(value, str):
            fixed = _without_surrogates(value, field.name, warnings, where)
            if fixed is not value:
                changes[field.name] = fixed
        elif isinstance(value, tuple) and any(isinstance(v, str) for v in value):
            items = tuple(_without_surrogates(v, field.name, warnings, where)
                          if isinstance(v, str) else v for v in value)  # fmt: skip
            if items != value:
                changes[field.name] = items
    dateline = story.dateline
    dateline_changes = {
        name: _without_surrogates(getattr(dateline, name), f"dateline {name}", warnings, where)
        for name in ("city", "region", "country", "source")
    }
    if any(dateline_changes[name] is not getattr(dateline, name) for name in dateline_changes):
        changes["dateline"] = replace(dateline, **dateline_changes)  # type: ignore[arg-type]
    bylines = tuple(
        replace(b, name=_without_surrogates(b.name, "byline", warnings, where),
                role=_without_surrogates(b.role, "byline", warnings, where))
        for b in story.bylines
    )  # fmt: skip
    if bylines != story.bylines:
        changes["bylines"] = bylines
    return replace(story, **changes) if changes else story


def _may_hold_surrogates(story: Story) -> bool:
    """Whether any text `checked_text` looks at has a lone surrogate: one search over
    them all, as almost no story has one (checking each field on its own and rebuilding
    the bylines to compare them took three times as long)."""
    texts: list[str] = []
    for name in _STORY_FIELDS:
        value = getattr(story, name)
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, tuple):
            texts.extend(v for v in value if isinstance(v, str))
    dateline = story.dateline
    texts += (dateline.city, dateline.region, dateline.country, dateline.source)
    for byline in story.bylines:
        texts += (byline.name, byline.role)
    joined = "".join(texts)
    return not joined.isascii() and _LONE_SURROGATE.search(joined) is not None


def _without_surrogates(text: str, name: str, warnings: list[str], where: str) -> str:
    if text.isascii() or _LONE_SURROGATE.search(text) is None:
        return text
    count = len(_LONE_SURROGATE.findall(text))
    warnings.append(f"{where}{name}: {count} invalid character{'s' if count > 1 else ''} "
                    "(half of a UTF-16 pair) replaced by “\ufffd”")  # fmt: skip
    return _LONE_SURROGATE.sub("\ufffd", text)


def shown(value: Any) -> str:
    """A value from a file, short enough to quote in a message; a list or mapping is
    named, never printed (an alias-laden YAML list can expand to billions of items)."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool) or value is None:
        return "true" if value is True else "false" if value is False else "null"
    elif isinstance(value, int) and value.bit_length() > 200:
        return "a huge number"
    elif isinstance(value, int | float | Decimal):
        text = str(value)
    elif isinstance(value, list | tuple):
        return "a list"
    elif isinstance(value, dict):
        return "a mapping"
    else:
        return type(value).__name__
    text = " ".join(text.split())
    if len(text) > _SHOWN_CHARS:
        text = text[: _SHOWN_CHARS - 1] + "…"
    return f"“{text}”"
