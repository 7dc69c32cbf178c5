"""Writing a dateline under a house style's rules.

`ANKARA, November 18 (RIA Novosti) -` (agency), `ANKARA, Turkey (AP) —`,
`SAN JOSE, Calif. (AP) —`, `MOSCOW (AP) —` (a stand-alone city),
`ANKARA, Nov 18 (Reuters) -`. The public entry point is
`editorial.domain.house_style.format_dateline`.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache

from editorial.domain.dateline import Dateline
from editorial.domain.dateline_grammar import (
    DatelineGrammar,
    can_format,
    format_with_grammar,
    names_agency,
)
from editorial.domain.gazetteer import country_code, fold
from editorial.domain.house_style_model import DatelineRules
from editorial.domain.language import primary_subtag

# Latin letters NFD does not decompose, as wire copy writes them without accents.
_LATIN_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
     "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH"}
)  # fmt: skip


def plain_latin(text: str) -> str:
    """Accents off Latin letters only: `São Paulo` -> `Sao Paulo`, `Łódź` -> `Lodz`;
    `Йошкар-Ола` keeps its `Й`."""
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text.translate(_LATIN_PLAIN)):
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def format_date(date: dt.date, rules: DatelineRules, language: str = "") -> str:
    """The date as the style writes it in a dateline: `November 18`, `Nov. 18`,
    `18 ноября` for a Russian story where the style has Russian date words."""
    words = rules.date_words(language)
    return words.date_format.format(month=words.months[date.month - 1], day=date.day,
                                    year=date.year)  # fmt: skip


def format_dateline_with(dateline: Dateline, rules: DatelineRules, language: str = "") -> str:
    if dateline.is_empty:
        return ""
    grammar = written_as(rules, language)
    if grammar is not None and can_format(dateline, grammar):
        return format_with_grammar(dateline, grammar, rules.grammars)
    parts = place_parts(dateline, rules)
    if rules.show_date and dateline.date is not None:
        parts.append(format_date(dateline.date, rules, language))
    text = ", ".join(parts)
    source = source_as_printed(dateline.source, rules, language)
    if source:
        text = f"{text} ({source})" if text else f"({source})"
    return f"{text} {rules.dash}" if text else rules.dash


def written_as(rules: DatelineRules, language: str = "") -> DatelineGrammar | None:
    """The agency grammar the style writes datelines with (`write_as`), in the story's
    language where the agency has one, else in the first it was declared in."""
    if not rules.write_as:
        return None
    declared = [g for g in rules.grammars if g.key == rules.write_as]
    wanted = primary_subtag(language)
    same = [g for g in declared if primary_subtag(g.language) == wanted]
    chosen = same or declared
    return chosen[0] if chosen else None


def source_as_printed(source: str, rules: DatelineRules, language: str = "") -> str:
    """The source as the style prints it: as its `source_names` map it; else, for an
    agency whose datelines are declared, by its name in the story's language where it
    has one (`ТАСС` in a Russian story, `TASS` in an English one); else as typed."""
    source = " ".join(source.split())
    if not source:
        return ""
    mapped = _folded_map(rules).get(fold(source))
    if mapped is not None:
        return mapped
    wanted = primary_subtag(language)
    agency = next((g.agency for g in rules.grammars
                   if names_agency(source, g.agency, (g,))), None)  # fmt: skip
    if agency is None or not wanted:
        return source
    local = next((g for g in rules.grammars if g.agency == agency
                  and primary_subtag(g.language) == wanted), None)  # fmt: skip
    return local.sources[0] if local is not None else source


def place_parts(dateline: Dateline, rules: DatelineRules) -> list[str]:
    """The city (in capitals, or the country or region when there is no city) and
    the locale that follows it."""
    city = " ".join(dateline.city.split())
    region = " ".join(dateline.region.split())
    country = " ".join(dateline.country.split())
    if not city:
        lone = country or region
        return [_case(lone, rules)] if lone else []
    stand_alone = stand_alone_form(city, country, rules)
    if stand_alone:
        return [_case(stand_alone, rules)]
    parts = [_case(city, rules)]
    if rules.locale == "none":
        return parts
    code = country_code(country) if country else ""
    in_region_country = code in rules.region_countries
    # With no country, a region is printed if the style would print it anyway: any
    # region for AP, only the ones it abbreviates (US states) for Reuters.
    known_region = fold(region) in _folded_regions(rules)
    without_country = not country and (known_region or rules.locale == "region_or_country")
    if region and (in_region_country or without_country):
        parts.append(abbreviate_region(region, rules))
    elif country and rules.locale == "region_or_country" and code != "US":
        # A Canadian or British city without its province or nation still gets the
        # country; a US city without its state gets nothing (AP never writes the US).
        parts.append(_text(country, rules))
    return parts


def stand_alone_form(city: str, country: str, rules: DatelineRules) -> str:
    """The stand-alone spelling (`NEW YORK` for New York City) when the city needs no
    locale under this style, else ""."""
    if not rules.stand_alone:
        return ""
    code = country_code(country) if country else ""
    for entry_code, printed in _stand_alone_index(rules).get(_city_key(city), ()):
        if not country or entry_code == code:
            return printed
    return ""


def abbreviate_region(region: str, rules: DatelineRules) -> str:
    return _folded_regions(rules).get(fold(region), _text(region, rules))


def _city_key(city: str) -> str:
    """Matching key for the stand-alone list: `Québec` meets `Quebec City`, `New York
    City` meets `New York`."""
    key = fold(city)
    return key[: -len(" city")] if key.endswith(" city") else key


def _case(text: str, rules: DatelineRules) -> str:
    text = _text(text, rules)
    # NFC: upper-casing may decompose (Turkish İ comes back from lower case as I + dot).
    return unicodedata.normalize("NFC", text.upper()) if rules.city_case == "upper" else text


def _text(text: str, rules: DatelineRules) -> str:
    return plain_latin(text) if rules.plain_latin else text


# DatelineRules is compared by identity and lives as long as its style, so its derived
# lookups are cached on it.
@lru_cache(maxsize=64)
def _stand_alone_index(rules: DatelineRules) -> dict[str, tuple[tuple[str, str], ...]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for code, cities in rules.stand_alone.items():
        for printed in cities:
            index.setdefault(_city_key(printed), []).append((code, printed))
    return {key: tuple(entries) for key, entries in index.items()}


@lru_cache(maxsize=64)
def _folded_regions(rules: DatelineRules) -> dict[str, str]:
    return {fold(name): printed for name, printed in rules.region_abbreviations.items()}


@lru_cache(maxsize=64)
def _folded_map(rules: DatelineRules) -> dict[str, str]:
    return {fold(name): printed for name, printed in rules.source_names.items()}
