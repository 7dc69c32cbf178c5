"""The shape of a house style: how it writes datelines and bylines, and its copy rules.

The values come from `resources/house_styles/<key>.toml` and the editor's own files
(read by `editorial.formats.house_style_toml`, laid over each other by
`editorial.domain.house_style_catalog`); the defaults here are the shapes of the agency
style's datelines and bylines, without its credit line, other languages or copy rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from editorial.domain.dateline_grammar import DatelineGrammar
from editorial.domain.dates import ENGLISH_MONTHS
from editorial.domain.errors import BadInput
from editorial.domain.language import primary_subtag
from editorial.domain.style_rules import CopyRules


class HouseStyleError(BadInput):
    """A style file that cannot be used, with the file and the place in it."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.source, self.message))


NameCase = Literal["as_typed", "upper"]
# What follows the city: nothing; the region (US state, Canadian province, UK nation)
# in the countries `region_countries` lists; or that region, else the country.
Locale = Literal["none", "region", "region_or_country"]


@dataclass(frozen=True, slots=True)
class DateWords:
    """How a date reads in one language: `{month} {day}` with `November`, or
    `{day} {month}` with `ноября`."""

    date_format: str = "{month} {day}"
    months: tuple[str, ...] = ENGLISH_MONTHS


@dataclass(frozen=True, slots=True, eq=False)
class DatelineRules:
    """How a dateline reads: `PLACE[, LOCALE][, DATE] (SOURCE) DASH`.

    `stand_alone` maps an ISO country code to the cities that need no locale (AP's
    list: LONDON, MOSCOW, NEW YORK, ...), written as the dateline prints them.
    `region_abbreviations` maps a region's full name to the form printed after a city
    (`California` -> `Calif.`). `source_names` maps a source as typed to its printed
    form (`Associated Press` -> `AP`); keys are compared case- and accent-blind.
    `plain_latin` drops accents from Latin letters (`SAO PAULO`), as AP and Reuters
    do; other scripts are left alone. `languages` gives the date's words for stories
    in other languages, by BCP 47 primary subtag (`ru`: `18 ноября`).

    `grammars` are the agencies' declared datelines the reader knows (the bundled ones
    and the style's own); with `write_as` naming one of them (`tass`), datelines are
    written in that agency's form for the story's language.
    """

    dash: str = "-"
    city_case: NameCase = "upper"
    plain_latin: bool = False
    locale: Locale = "none"
    region_countries: frozenset[str] = frozenset()
    region_abbreviations: Mapping[str, str] = field(default_factory=dict)
    stand_alone: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    show_date: bool = True
    date_format: str = "{month} {day}"
    months: tuple[str, ...] = ENGLISH_MONTHS
    source_names: Mapping[str, str] = field(default_factory=dict)
    languages: Mapping[str, DateWords] = field(default_factory=dict)
    grammars: tuple[DatelineGrammar, ...] = ()
    write_as: str = ""

    def date_words(self, language: str = "") -> DateWords:
        primary = primary_subtag(language)
        found = self.languages.get(primary) if primary else None
        return found or DateWords(self.date_format, self.months)


@dataclass(frozen=True, slots=True, eq=False)
class BylineRules:
    """How the people on a story are credited.

    `credit_line` is the agency line under the byline (AP's `Associated Press`);
    `{source}` in it stands for the dateline's source. With `credit_uses_role`, a
    single byline that has a role prints the role there instead (`AP Business Writer`).
    `contributed_one` / `contributed_many` are the closing line naming contributors,
    `{names}` standing for their joined names.
    """

    prefix: str = "By"
    name_case: NameCase = "as_typed"
    conjunction: str = "and"
    serial_comma: bool = False
    credit_line: str = ""
    credit_uses_role: bool = False
    contributed_one: str = "{names} contributed to this report."
    contributed_many: str = "{names} contributed to this report."


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class HouseStyle:
    """A named set of copy rules. Compared by identity: a style read from an edited
    file is a different style even under the same key."""

    key: str
    title: str
    description: str = ""
    dateline: DatelineRules = field(default_factory=DatelineRules)
    byline: BylineRules = field(default_factory=BylineRules)
    copy: CopyRules = field(default_factory=CopyRules)
    source: str = ""  # the file it was read from, for messages

    @property
    def dateline_dash(self) -> str:
        return self.dateline.dash

    def __repr__(self) -> str:  # the rules are long; the key and file say which style
        return f"HouseStyle(key={self.key!r}, source={self.source!r})"


# The rules with nothing set: what the formatting functions use when no style is given
# (the window's fields before the desk opens, quick scripts). The desk always hands in
# the style the editor chose from its catalog.
BASIC_HOUSE_STYLE = HouseStyle(key="basic", title="Basic")
