"""A story as plain, JSON-ready values and back: the one codec of the story's fields.

Dates and times are ISO 8601 text, bylines and the dateline are mappings of their parts,
tuples are lists, the status is its value. The fields and their order come from
`STORY_FIELDS`, their types from `Story` itself, so a field added to the story is written
and read here without a word changed. The CLI's `show --json`, the front matter of a
Markdown file and a kept revision are this shape (or derived from it).

Reading is strict about types (a headline must be text, an urgency a whole number) and
says what is wrong in one line (`BadInput`); names it does not know are left alone, so
a shape that gains fields still reads.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import cache
from typing import Any

from editorial.domain.errors import BadInput
from editorial.domain.story import CONTENT_FIELDS, STORY_FIELDS, Story, StoryField

Plain = None | str | int | list["Plain"] | dict[str, "Plain"]


def story_to_plain(story: Story) -> dict[str, Plain]:
    """Every field of the story, in the declared order."""
    return _fields_to_plain(story, STORY_FIELDS)


def content_to_plain(story: Story) -> dict[str, Plain]:
    """The content fields only (what a revision keeps)."""
    return _fields_to_plain(story, CONTENT_FIELDS)


def story_from_plain(data: Mapping[str, Any]) -> Story:
    """The story in a plain mapping; a field left out takes its default. Raises
    `BadInput` naming the field for a value of the wrong kind."""
    if not isinstance(data, Mapping):
        raise BadInput("a story should be a mapping of field names to values")
    if not isinstance(data.get("uri"), str):
        raise BadInput("a story needs its “uri” as text")
    hints = _hints(Story)
    values = {
        f.name: to_value(hints[f.name], data[f.name], f.name)
        for f in STORY_FIELDS
        if f.name in data
    }
    return Story(**values)


def _fields_to_plain(story: Story, declared: tuple[StoryField, ...]) -> dict[str, Plain]:
    return {f.name: to_plain(getattr(story, f.name)) for f in declared}


def to_plain(value: object) -> Plain:
    """One value in its plain form (a dataclass becomes a mapping of its fields)."""
    if value is None:
        return None
    if isinstance(value, bool):  # no field is one yet: say so rather than write 0/1
        raise TypeError("no plain form for true or false: add it to story_plain")
    if isinstance(value, Enum):
        return to_plain(value.value)
    if isinstance(value, str | int):
        return value
    if isinstance(value, dt.date):  # a datetime too
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    raise TypeError(f"no plain form for {type(value).__name__}: add it to story_plain")


def to_value(hint: Any, plain: Any, where: str) -> Any:
    """A plain value read as the type `hint` (a field's annotation)."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if plain is None and len(options) < len(typing.get_args(hint)):
            return None
        if len(options) != 1:
            raise TypeError(f"no plain form for {hint}: add it to story_plain")
        return to_value(options[0], plain, where)
    if origin is tuple:
        item_hint, *rest = typing.get_args(hint)
        if rest != [Ellipsis]:
            raise TypeError(f"no plain form for {hint}: add it to story_plain")
        if not isinstance(plain, list):
            raise BadInput(f"“{where}” should be a list, not {_kind(plain)}")
        return tuple(to_value(item_hint, item, where) for item in plain)
    if hint is str:
        if not isinstance(plain, str):
            raise BadInput(f"“{where}” should be text, not {_kind(plain)}")
        return plain
    if hint is int:
        if not isinstance(plain, int) or isinstance(plain, bool):
            raise BadInput(f"“{where}” should be a whole number, not {_kind(plain)}")
        return plain
    if hint in (dt.datetime, dt.date):
        return _moment(hint, plain, where)
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(plain)
        except ValueError:
            known = ", ".join(str(member.value) for member in hint)
            raise BadInput(f"“{where}” should be one of {known}, not {plain!r:.40}") from None
    if isinstance(hint, type) and is_dataclass(hint):
        return _dataclass(hint, plain, where)
    raise TypeError(f"no plain form for {hint}: add it to story_plain")


def _moment(hint: type[dt.date], plain: Any, where: str) -> dt.date:
    if isinstance(plain, str):
        try:
            return hint.fromisoformat(plain)
        except ValueError:
            pass
    kind = "date and time" if hint is dt.datetime else "date"
    raise BadInput(f"“{where}” should be an ISO 8601 {kind}, not {plain!r:.40}")


def _dataclass(hint: type, plain: Any, where: str) -> object:
    if not isinstance(plain, Mapping):
        raise BadInput(f"“{where}” should be a mapping of its parts, not {_kind(plain)}")
    hints = _hints(hint)
    parts = {
        f.name: to_value(hints[f.name], plain[f.name], f"{where}.{f.name}")
        for f in fields(hint)
        if f.name in plain
    }
    try:
        return hint(**parts)
    except (TypeError, ValueError) as error:  # a byline without a name, a missing part
        raise BadInput(f"“{where}” cannot be read: {error}") from None


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _kind(plain: object) -> str:
    names = {str: "text", int: "a number", float: "a number", bool: "true or false",
             list: "a list", dict: "a mapping", type(None): "null"}  # fmt: skip
    return names.get(type(plain), type(plain).__name__)
