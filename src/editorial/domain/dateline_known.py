"""What a dateline reader knows besides CLDR's months: what the house styles handed in
teach it (their month words, region forms, stand-alone cities and the agencies'
declared dateline grammars), and how a city written in a dateline becomes a place (title
case, the gazetteer)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from editorial.domain.dateline_format import plain_latin
from editorial.domain.dateline_grammar import DatelineGrammar
from editorial.domain.dateline_grammar_match import fold_source
from editorial.domain.gazetteer import country_name, fold, region_names

if TYPE_CHECKING:
    from editorial.domain.gazetteer import Gazetteer
    from editorial.domain.house_style_model import HouseStyle

# Lower case inside a place name written in capitals: RIO DE JANEIRO -> Rio de Janeiro.
_PARTICLES = frozenset((
    "de", "da", "do", "dos", "das", "del", "della", "degli", "di", "du", "des", "la", "le",
    "les", "el", "al", "am", "an", "im", "on", "upon", "sur", "sous", "en", "y", "van",
    "von", "der", "den", "ter", "of",
))  # fmt: skip


def title_city(name: str) -> str:
    """A place name written in capitals, in title case: `ST. LOUIS` -> `St. Louis`,
    `ROSTOV-ON-DON` -> `Rostov-on-Don`, `N'DJAMENA` -> `N'Djamena`. Names that are
    not all capitals are returned unchanged."""
    if name != name.upper() or name == name.lower():
        return name
    words = re.split(r"([\s/-]+)", name.lower())
    out: list[str] = []
    for index, word in enumerate(words):
        if index % 2 == 1 or (index > 0 and word in _PARTICLES):
            out.append(word)
            continue
        head, apostrophe, rest = word.partition("'")
        if apostrophe and len(head) == 1 and rest:  # N'Djamena, O'Hare
            out.append(head.upper() + apostrophe + rest[:1].upper() + rest[1:])
        else:
            out.append(_capitalise(word))
    # `İ` lowers to `i` and a combining dot: an initial composes back to `İ`, and the
    # dot goes from the others (`İZMİR` is `İzmir`, not `İzmi̇r`).
    return unicodedata.normalize("NFC", "".join(out)).replace("i\u0307", "i")


def _capitalise(word: str) -> str:
    """The first letter in capitals (`(ankara` -> `(Ankara`)."""
    for index, char in enumerate(word):
        if char.isalpha():
            return word[:index] + char.upper() + word[index + 1 :]
    return word


class KnownForms:
    """What the styles teach the parser: their languages and month words (beside CLDR's,
    which the date grammar knows), regions by their printed forms, stand-alone cities.
    Built once per set of styles (a catalog's reload brings a new set; the few latest
    are kept)."""

    def __init__(self, styles: tuple[HouseStyle, ...]) -> None:
        languages: dict[str, None] = {}
        month_words: dict[tuple[str, int], None] = {}
        # region key -> (region name, country name)
        self.regions: dict[str, tuple[str, str]] = {}
        self.stand_alone: dict[str, str] = {}
        for style in styles:
            rules = style.dateline
            languages.update(dict.fromkeys(rules.languages))
            for words in (rules.date_words(), *rules.languages.values()):
                for number, name in enumerate(words.months, 1):
                    month_words.setdefault((name, number))
            us = country_name("US")
            for name, printed in rules.region_abbreviations.items():
                self.regions.setdefault(fold(printed), (name, us))
            for code, cities in rules.stand_alone.items():
                for city in cities:
                    self.stand_alone.setdefault(fold(city), code)
        for code in ("CA", "GB"):
            for name in region_names(code):
                self.regions.setdefault(fold(name), (name, country_name(code)))
        self.languages = tuple(languages)
        self.month_words = tuple(month_words)
        grammars: dict[DatelineGrammar, None] = {}
        for style in styles:
            grammars.update(dict.fromkeys(style.dateline.grammars))
        self.grammars = tuple(grammars)
        # Each source name (case-folded) and the grammars that sign with it, by their
        # place in `grammars`: a grammar is tried only on text that carries its name.
        by_source: dict[str, list[int]] = {}
        for index, grammar in enumerate(self.grammars):
            for name in grammar.sources:
                by_source.setdefault(fold_source(name), []).append(index)
        self.by_source = {name: tuple(found) for name, found in by_source.items()}
        # One pass over the text finds every name, overlapping ones too (`aa` in `aap`).
        names = sorted(self.by_source, key=lambda name: (-len(name), name))
        self.source_names = re.compile(
            f"(?=({'|'.join(map(re.escape, names))}))" if names else "(?!)"
        )

    @staticmethod
    @lru_cache(maxsize=8)
    def of(styles: tuple[HouseStyle, ...]) -> KnownForms:
        return KnownForms(styles)

    def stand_alone_country(self, city: str) -> str:
        code = self.stand_alone.get(fold(city))
        return country_name(code) if code else ""

    def canonical_source(self, source: str) -> str:
        """A declared agency's name in the language of the first declaration that
        signs with `source` (`ИТАР-ТАСС` is `ТАСС`, `Belga` is `BELGA`); any other
        source as written, spaces made single."""
        written = " ".join(source.split())
        found = self.by_source.get(fold_source(written))
        return self.grammars[found[0]].sources[0] if found else written

    def grammars_in(self, text: str) -> list[DatelineGrammar]:
        """The grammars whose source names occur in `text` (a dateline's length), in
        the order they were declared."""
        folded = text.casefold()
        if "  " in folded or "\t" in folded or "\n" in folded:
            folded = " ".join(folded.split())
        found: set[int] = set()
        for name in self.source_names.findall(folded):
            found.update(self.by_source[name])
        return [self.grammars[index] for index in sorted(found)]


def _letters(name: str) -> str:
    return fold(plain_latin(name))


def _marks_beyond_latin(name: str) -> bool:
    """Whether the name carries marks on letters outside the Latin script (Arabic's
    vowel points in `اَلْكُوَيْت`): copy that left them out keeps its own spelling, where
    a Latin name written without accents takes them back (`SAO PAULO`)."""
    base = ""
    for char in unicodedata.normalize("NFC", name):  # й and ё are letters, not marks
        if not unicodedata.combining(char):
            base = char
        elif base and ord(base) >= 0x250:
            return True
    return False


def placed(
    city: str, region: str, country: str, known: KnownForms, gazetteer: Gazetteer | None
) -> tuple[str, str, str]:
    """(city, region, country) for a city as a dateline wrote it: in title case if it
    was in capitals, the country of a stand-alone city, and with a gazetteer the
    spelling of the name that matched (accents restored; `KIEV` stays `Kiev`, another
    name of Kyiv) and a missing country and region filled in."""
    city = title_city(" ".join(city.split()))
    if not region and not country:
        country = known.stand_alone_country(city)
    if gazetteer is None or not city:
        return city, region, country
    found = gazetteer.lookup_named(city, country, region)
    if found is None:
        return city, region, country
    # The data's spelling where the copy's differs only in case (capitals lose it), or
    # where the copy has no accents (capitals cannot write Diyarbakır's ı); copy with
    # its own accents (İSTANBUL, Sevilla) keeps them.
    unaccented = plain_latin(city) == city
    for written in (found.city.name, found.matched):
        same = written.casefold() == city.casefold() or (
            unaccented and _letters(written) == _letters(city)
        )
        if (same and not _marks_beyond_latin(written)
                and not (written[:1].islower() and not city[:1].islower())):  # fmt: skip
            city = written
            break
    if not country:
        country = found.city.country
        region = region or found.city.region
    return city, region, country
