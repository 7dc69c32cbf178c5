"""Messages the window shows translated, made by a domain that knows no Qt.

`pyside6-lupdate` finds calls by the name `QT_TRANSLATE_NOOP(context, text)`, whatever
module defines it, with literal arguments; this one returns the text unchanged. The
domain keeps formatting its English (the CLI, the JSON output) and hands the window a
`Message` beside it: the English template and the values that fill it, which the window
looks up in its translation (`QCoreApplication.translate(context, template)`) and fills
in itself. Values that are themselves words a translation must change are kept as such:
a date (`DayText`) and words of the desk's vocabulary (`Words`: an action, a state, a
role, or a list of them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked for translation in `context`."""
    return text


class Message:
    """An English template marked with `QT_TRANSLATE_NOOP(context, ...)` and the values
    it is filled with. A template "" is a plain message, shown as it is. Immutable,
    equal (and hashed) by its fields, as a frozen dataclass is; written out, not made
    by `dataclass`, which compiles its methods' code as this module loads (some 4 M
    instructions of the window's cold start, which loads it for its errors)."""

    __slots__ = ("arguments", "context", "template")

    template: str
    arguments: tuple[tuple[str, str], ...]
    context: str

    def __init__(
        self, template: str, arguments: tuple[tuple[str, str], ...] = (), context: str = "Checks"
    ) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "arguments", arguments)
        object.__setattr__(self, "context", context)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.template, self.arguments, self.context) == (
            other.template,
            other.arguments,
            other.context,
        )

    def __hash__(self) -> int:
        return hash((self.template, self.arguments, self.context))

    def __repr__(self) -> str:
        return (
            f"Message(template={self.template!r}, arguments={self.arguments!r}, "
            f"context={self.context!r})"
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[Message], tuple[str, tuple[tuple[str, str], ...], str]]:
        return Message, (self.template, self.arguments, self.context)

    @property
    def text(self) -> str:
        if not self.template:  # a plain message (see `plain`)
            return self.arguments[0][1]
        return _filled(self.template, self.arguments)


# A pathological text makes a million findings with a handful of distinct messages (an
# unbalanced bracket each): each message is made and formatted once.
@lru_cache(maxsize=4096)
def _filled(template: str, arguments: tuple[tuple[str, str], ...]) -> str:
    return template.format(**dict(arguments))


@lru_cache(maxsize=4096)
def _message(template: str, arguments: tuple[tuple[str, str], ...], context: str) -> Message:
    return Message(template, arguments, context)


def said(
    template: str, arguments: Mapping[str, str] | None = None, context: str = "Checks"
) -> Message:
    """`said(QT_TRANSLATE_NOOP("Checks", "“{word}” is repeated."), {"word": w})`."""
    return _message(template, tuple((arguments or {}).items()), context)


def plain(text: str) -> Message:
    """A message with no template: its English is shown in every language."""
    return Message("", (("", text),))


class DayText(str):
    """A date as an argument of a message: its English text (`November 5, 2026`), with
    the date kept so a translated message can write it its own way."""

    date: dt.date

    def __new__(cls, text: str, date: dt.date) -> DayText:
        made = super().__new__(cls, text)
        made.date = date
        return made

    def __getnewargs__(self) -> tuple[str, dt.date]:  # type: ignore[override]
        return str(self), self.date


JOINERS = {"or": " or ", "and": " and ", ",": ", "}


class Words(str):
    """Words of the desk's vocabulary as an argument of a message, their English joined
    (`copy editor or chief`); each word is translated on its own (context "Workflow")
    and joined the translation's way."""

    words: tuple[str, ...]
    joined_by: str

    def __new__(cls, words: Iterable[str], joined_by: str = "or") -> Words:
        kept = tuple(words)
        made = super().__new__(cls, JOINERS[joined_by].join(kept))
        made.words = kept
        made.joined_by = joined_by
        return made

    def __getnewargs__(self) -> tuple[tuple[str, ...], str]:  # type: ignore[override]
        return self.words, self.joined_by


class MessageText(str):
    """A message's English that carries the message: it goes wherever a text goes (a
    reason kept beside a story, a part of another message: `FormatError`'s problem after
    the file's name) and the window still shows it translated."""

    message: Message

    def __new__(cls, message: Message) -> MessageText:
        made = super().__new__(cls, message.text)
        made.message = message
        return made

    def __getnewargs__(self) -> tuple[Message]:  # type: ignore[override]
        return (self.message,)


def message_of(error: BaseException) -> Message:
    """What an error says: its `said` message when it has one, else its English."""
    carried = getattr(error, "said", None)
    return carried if isinstance(carried, Message) else plain(str(error))


def error_message_text(error: BaseException) -> MessageText:
    """An error's English, carrying its message, to keep as a text (a reason)."""
    return MessageText(message_of(error))


# Compiled when first used (`re` keeps it), not as the window's first frame loads this.
_FIELD = r"\{([A-Za-z_][A-Za-z0-9_]*)\}"
# A field read back more narrowly than "anything": an HTTP status, beside other fields.
_FIELD_PATTERNS = {"status": r"\d{3}"}


@lru_cache(maxsize=256)
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(_FIELD, template)
    # split alternates text and field names: text, name, text, name, ..., text
    regex = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>{_FIELD_PATTERNS.get(part, '.*?')})"
        for index, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)


def recognized(text: str, templates: Iterable[str], context: str) -> Message:
    """A text kept in English (a note, a reason written into the library) as the message
    of the first of `templates` that it is made from, its values read back; a text made
    from none of them is a plain message."""
    for template in templates:
        found = _pattern(template).fullmatch(text)
        if found is not None:
            return said(template, found.groupdict(), context)
    return plain(text)


class MomentText(str):
    """A local day and time as an argument of a message: its English text (`1 Dec
    14:02`), with the moment kept so a translation writes it with its own month names."""

    moment: dt.datetime

    def __new__(cls, text: str, moment: dt.datetime) -> MomentText:
        made = super().__new__(cls, text)
        made.moment = moment
        return made

    def __getnewargs__(self) -> tuple[str, dt.datetime]:  # type: ignore[override]
        return str(self), self.moment
