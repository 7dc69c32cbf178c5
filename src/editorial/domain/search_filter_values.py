"""The values of the search box's filters read into plain data: `status:` (a story's
status), `lang:` (a language tag), `urgency:` (1 to 9, or a range) and the dates of
`date:`, `after:` and `before:` (local days, as [start, end)). A malformed value is a
`BadInput` saying so in one line, its message marked for translation (context
"SearchErrors") with an example of the filter.
"""

from __future__ import annotations

import datetime as dt
import re

from editorial.domain.errors import BadInput
from editorial.domain.story import Status
from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, MessageText, said

_EXAMPLES = {
    "status": "status:approved", "lang": "lang:ru", "language": "language:ru",
    "urgency": QT_TRANSLATE_NOOP("SearchErrors", "urgency:1 or urgency:1..3"),
    "date": QT_TRANSLATE_NOOP("SearchErrors", "date:2026-11-05 or date:2026-11-01..2026-11-30"),
    "after": "after:2026-11-01", "before": "before:2026-12-01",
}  # fmt: skip
def example(name: str) -> MessageText:
    """A filter's example, its "or" translated with the message it is in."""
    return MessageText(said(_EXAMPLES[name], None, "SearchErrors"))


def refused(template: str, **arguments: str) -> BadInput:
    """A malformed query: its English, and its message for the window."""
    return BadInput.saying(Message(template, tuple(arguments.items()), "SearchErrors"))


def filter_parts(value: str, name: str) -> list[str]:
    parts = [part.strip() for part in value.split(",")]
    if not all(parts):
        raise refused(QT_TRANSLATE_NOOP(
            "SearchErrors", "Search: {name}: takes values separated by commas ({example})."
        ), name=name, example=example(name))  # fmt: skip
    return parts


def status_value(value: str) -> Status:
    try:
        return Status(value.lower())
    except ValueError:
        known = ", ".join(status.value for status in Status)
        raise refused(QT_TRANSLATE_NOOP(
            "SearchErrors", "Search: there is no status “{value}” (one of {known})."
        ), value=value, known=known) from None  # fmt: skip


_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")


def language_value(value: str, name: str) -> str:
    if not _LANGUAGE.fullmatch(value):
        raise refused(QT_TRANSLATE_NOOP(
            "SearchErrors", "Search: “{value}” is not a language tag ({example})."
        ), value=value, example=example(name))  # fmt: skip
    return value.lower()


_URGENCY = re.compile(r"([1-9])?(\.\.)?([1-9])?")


def urgency_range(value: str) -> tuple[int | None, int | None]:
    found = _URGENCY.fullmatch(value)
    if not found or not (found.group(1) or found.group(3)):
        raise refused(QT_TRANSLATE_NOOP(
            "SearchErrors", "Search: urgency is 1 to 9 ({example}), not “{value}”."
        ), example=example("urgency"), value=value)  # fmt: skip
    low, dots, high = found.groups()
    if not dots:
        return int(low), int(low)
    if low and high and int(low) > int(high):
        raise refused(
            QT_TRANSLATE_NOOP("SearchErrors", "Search: the urgency range {value} is empty."),
            value=value,
        )  # fmt: skip
    return (int(low) if low else None), (int(high) if high else None)


_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")


def date_range(value: str, name: str) -> tuple[dt.date | None, dt.date | None]:
    """The local days a date filter covers, as [start, end): None where open."""
    if name == "after":
        return _period(value, name)[0], None
    if name == "before":
        return None, _period(value, name)[0]
    if ".." not in value:
        return _period(value, name)
    first, _, last = value.partition("..")
    start = _period(first, name)[0] if first else None
    end = _period(last, name)[1] if last else None
    if start is None and end is None:
        raise refused(
            QT_TRANSLATE_NOOP("SearchErrors", "Search: {name}: needs a date ({example})."),
            name=name, example=example(name),
        )  # fmt: skip
    return start, end


def _period(value: str, name: str) -> tuple[dt.date, dt.date]:
    """A year, month or day as [first day, the day after its last)."""
    found = _DATE.fullmatch(value)
    if not found:
        raise refused(QT_TRANSLATE_NOOP(
            "SearchErrors",
            "Search: “{value}” is not a date (YYYY-MM-DD, YYYY-MM or YYYY; {example}).",
        ), value=value, example=example(name))  # fmt: skip
    year, month, day = (int(part) if part else None for part in found.groups())
    assert year is not None
    try:
        if day is not None and month is not None:
            start = dt.date(year, month, day)
            return start, start + dt.timedelta(days=1)
        if month is not None:
            start = dt.date(year, month, 1)
            return start, (start + dt.timedelta(days=32)).replace(day=1)
        return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    except (ValueError, OverflowError):
        raise refused(
            QT_TRANSLATE_NOOP("SearchErrors", "Search: there is no date {value}."), value=value
        ) from None  # fmt: skip
