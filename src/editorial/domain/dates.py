"""The one date grammar: a date as an editor types it into the dateline's date field or
as a wire dateline prints it.

    2008-11-18    18.11.2008    18.11.    18/11/2008
    November 18   Nov. 18, 2008   Sept 3   18th November
    18 ноября     18 нояб. 2008 г.   18. November 2008   today

Month names are the Unicode CLDR's, through Babel: full and abbreviated, in both the
forms CLDR keeps (the Russian genitive `ноября` that follows a day and the nominative
`ноябрь`), for the languages in `DATE_LANGUAGES` plus any the caller names (the story's,
a house style's). A word is also a month when it begins a month's name in at least three
letters and begins no other month's name (`Sept`, `ноя`). Nothing depends on the
process's locale, so a desk on a Russian or German desktop reads dates exactly as one on
an English desktop. Numeric dates are day first (`18/11` is November 18), as everywhere
but the United States; use the ISO form or a month name to be unambiguous.

A date without a year takes the year nearest the reference day (`resolve_year`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from editorial.domain.errors import BadInput

# Always known: English, the wire's language, and the desk languages this project was
# asked for; a story's own language is added by the caller.
DATE_LANGUAGES = ("en", "ru", "de")
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
# CLDR's English month names, as `month_names("en")` gives them, written out here once
# so that a house style's defaults read no CLDR data while the domain is imported (a test
# holds them to CLDR's).
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# CLDR's English abbreviations after a day: what the window writes in every date it
# shows (`short_date`). Kept here so that painting the story list's dates does not load
# Babel and its locale data on the GUI thread; tests/domain check them against Babel.
ENGLISH_MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
_MIN_PREFIX = 3
_LONGEST_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_WORD = r"[^\W\d_][^\W\d_.]*\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?"
_YEAR = r"(?:\s(?P<year>\d{4})(?:\s?(?:г\.?|года))?)?"


class _Grammar:
    """The date patterns (a plain class: a NamedTuple's is made as the module loads,
    which the window's first frame does for its dates)."""

    __slots__ = ("day_month", "iso", "month_day", "numeric", "spaces")

    def __init__(
        self,
        *,
        day_month: re.Pattern[str],
        month_day: re.Pattern[str],
        numeric: re.Pattern[str],
        iso: re.Pattern[str],
        spaces: re.Pattern[str],
    ) -> None:
        self.day_month = day_month
        self.month_day = month_day
        self.numeric = numeric
        self.iso = iso
        self.spaces = spaces


@cache
def _grammar() -> _Grammar:
    """The patterns, compiled when a date is first read: the window's first frame reads
    none, and compiling them is some 0.7 ms of its start."""
    return _Grammar(
        day_month=re.compile(rf"^{_DAY}\s?(?P<month>{_WORD}){_YEAR}$", re.IGNORECASE),
        month_day=re.compile(rf"^(?P<month>{_WORD})\s?{_DAY}{_YEAR}$", re.IGNORECASE),
        numeric=re.compile(r"^(?P<day>\d{1,2})[./](?P<month>\d{1,2})(?:[./](?P<year>\d{4})|\.)?$"),
        iso=re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$"),
        spaces=re.compile(r"[\s,]+"),
    )


class DateError(BadInput):
    """Text that is not a date; `position` is the offset where reading stopped making
    sense (0 when it is the whole text)."""

    def __init__(self, message: str, position: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class ReadDate:
    """A date read from text, and whether the text gave its year (a dateline's year may
    follow in the next comma-separated part: `Nov 18, 2008`). Immutable, equal (and
    hashed) by its fields, as a frozen dataclass is; written out, not made by
    `dataclass`, which compiles its methods' code as this module loads (the window's
    first frame loads it for its dates)."""

    __slots__ = ("date", "year_given")

    date: dt.date
    year_given: bool

    def __init__(self, date: dt.date, year_given: bool) -> None:
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "year_given", year_given)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReadDate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.date, self.year_given) == (other.date, other.year_given)

    def __hash__(self) -> int:
        return hash((self.date, self.year_given))

    def __repr__(self) -> str:
        return f"ReadDate(date={self.date!r}, year_given={self.year_given!r})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[ReadDate], tuple[dt.date, bool]]:
        return ReadDate, (self.date, self.year_given)


def read_date(
    text: str,
    reference: dt.date | dt.datetime | None = None,
    *,
    languages: Iterable[str] = (),
    month_words: Iterable[tuple[str, int]] = (),
    relative: bool = True,
    numeric: bool = True,
) -> ReadDate:
    """The date in `text`. Raises `DateError` (a `ValueError`) with a message for the
    editor when it is not one. `reference` (today, or the story's time) resolves a
    missing year and the words `today`, `yesterday`, `tomorrow` (unless `relative` is
    off); `languages` add CLDR month names, `month_words` a house style's own
    (`("Sept.", 9)`). Without `numeric`, day-and-month numbers (`18.11.2008`, `18/11`)
    are refused, as a dateline never prints them (the ISO form is always read)."""
    grammar = _grammar()
    cleaned = grammar.spaces.sub(" ", text).strip()
    if cleaned.endswith(".") and cleaned[-2:-1].isdigit():
        cleaned = cleaned[:-1]  # `18 Nov 2008.`, `18.11.`
    if not cleaned:
        raise DateError("The date is empty.")
    when = reference if reference is not None else dt.datetime.now(dt.UTC)
    today = when.date() if isinstance(when, dt.datetime) else when
    if relative and cleaned.casefold() in RELATIVE_DAYS:
        return ReadDate(today + dt.timedelta(days=RELATIVE_DAYS[cleaned.casefold()]), True)
    month: int | None
    numeric_match = grammar.iso.match(cleaned) or (
        grammar.numeric.match(cleaned) if numeric else None
    )
    if numeric_match is not None:
        month = int(numeric_match.group("month"))
        found = numeric_match
    else:
        words = grammar.day_month.match(cleaned) or grammar.month_day.match(cleaned)
        if words is None:
            raise DateError(f"Cannot read “{text.strip()}” as a date (like 18 Nov 2008).")
        month = month_number(words.group("month"), languages, month_words)
        if month is None:
            raise DateError(f"“{words.group('month')}” is not a month name.")
        found = words
    day, year = int(found.group("day")), found.group("year")
    if year:
        try:
            return ReadDate(dt.date(int(year), month, day), True)
        except ValueError:
            raise DateError(f"{year}-{month:02}-{day:02} is not a date.") from None
    return ReadDate(resolve_year(month, day, today), False)


def looks_like_date(text: str) -> bool:
    """Whether the text has the shape of a date in words or the ISO form (`Nevember 18`
    does; `18 Main Street` does not), whether or not its month is a known one."""
    grammar = _grammar()
    cleaned = grammar.spaces.sub(" ", text).strip()
    shapes = (grammar.iso, grammar.day_month, grammar.month_day)
    return any(pattern.match(cleaned) is not None for pattern in shapes)


def resolve_year(month: int, day: int, reference: dt.date | dt.datetime) -> dt.date:
    """The date with this month and day nearest to `reference` (a story's time, or the
    time copy was imported): wire datelines carry no year, so `December 31` read on
    January 2 is last year's. February 29 goes to the nearest leap year.

    Raises `DateError` for a day the month never has (April 31).
    """
    ref = reference.date() if isinstance(reference, dt.datetime) else reference
    if not 1 <= month <= 12:
        raise DateError(f"There is no month {month}.")
    if not 1 <= day <= _LONGEST_MONTH[month - 1]:
        raise DateError(f"{month_name(month)} has no day {day}.")
    best: dt.date | None = None
    for year in range(ref.year - 4, ref.year + 5):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # February 29 outside a leap year
            continue
        if best is None or abs((candidate - ref).days) < abs((best - ref).days):
            best = candidate
    assert best is not None  # every month/day pair occurs within any nine years
    return best


def month_number(
    word: str, languages: Iterable[str] = (), month_words: Iterable[tuple[str, int]] = ()
) -> int | None:
    """1-12 for a month's name or abbreviation in one of the languages (and
    `DATE_LANGUAGES`), case-, accent- and period-blind; None for any other word."""
    from editorial.domain.language import primary_subtag  # not needed to list stories

    wanted = tuple(dict.fromkeys(primary_subtag(tag) for tag in languages if tag.strip()))
    table = _month_table((*wanted, *DATE_LANGUAGES), tuple(month_words))
    return table.get(_key(word))


def month_name(month: int, language: str = "en", *, abbreviated: bool = False) -> str:
    """The month as CLDR writes it after a day in that language: `November`,
    `ноября`, `Nov`."""
    if language == "en" and 1 <= month <= 12:  # the window's dates: Babel not loaded
        return (ENGLISH_MONTH_ABBREVIATIONS if abbreviated else ENGLISH_MONTHS)[month - 1]
    from babel.dates import get_month_names

    names = get_month_names(
        "abbreviated" if abbreviated else "wide", "format", locale=babel_locale(language)
    )
    return str(names[month])


def month_names(language: str = "en") -> tuple[str, ...]:
    """The twelve months as CLDR writes them after a day in the language (`January`,
    `января`); English for a language Babel has no data for."""
    return tuple(month_name(month, language) for month in range(1, 13))


def field_date(date: dt.date | None) -> str:
    """A date as the dateline's date field shows it: `18 Nov 2008` (English, whatever the
    desktop's locale, so that it always reads back)."""
    if date is None:
        return ""
    return short_date(date)


def short_date(date: dt.date, *, year: bool = True) -> str:
    """`18 Nov 2008`, or `18 Nov` without the year: how the window writes a date, in CLDR's
    English abbreviations whatever the desktop's locale (the window is English for now;
    `strftime("%b")` would give `нояб.` on a Russian desktop)."""
    shown = f"{date.day} {month_name(date.month, abbreviated=True)}"
    return f"{shown} {date.year}" if year else shown


def _key(word: str) -> str:
    folded = unicodedata.normalize("NFD", word.strip().casefold())
    return "".join(c for c in folded if not unicodedata.combining(c)).rstrip(".")


@cache
def _month_table(
    languages: tuple[str, ...], month_words: tuple[tuple[str, int], ...]
) -> dict[str, int]:
    from babel.dates import get_month_names

    exact: dict[str, int] = {}
    for word, number in month_words:
        exact.setdefault(_key(word), number)
    for language in dict.fromkeys(languages):
        locale = babel_locale(language)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    exact.setdefault(_key(str(name)), int(number))
    prefixes: dict[str, set[int]] = {}
    for name, number in exact.items():
        for end in range(_MIN_PREFIX, len(name)):
            prefixes.setdefault(name[:end], set()).add(number)
    table = {prefix: numbers.pop() for prefix, numbers in prefixes.items() if len(numbers) == 1}
    table.update(exact)
    return table


@cache
def babel_locale(language: str) -> str:
    """The Babel locale for a language tag, English when Babel has no data for it."""
    from babel import Locale, UnknownLocaleError

    from editorial.domain.language import primary_subtag

    try:
        return str(Locale.parse(primary_subtag(language) or "en"))
    except (UnknownLocaleError, ValueError):
        return "en"
