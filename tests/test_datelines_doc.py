"""docs/datelines.md lists every declared agency dateline with an example written by the
declaration itself, and marks the uncertain ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from editorial.domain.dateline import Dateline
from editorial.domain.dateline_grammar import DatelineGrammar, format_with_grammar
from editorial.domain.language import primary_subtag
from tests.catalogs import HOUSE_STYLES

DOC = Path(__file__).resolve().parents[1] / "docs" / "datelines.md"
GRAMMARS = HOUSE_STYLES["agency"].dateline.grammars
# A city for the examples in each language, as that language writes it.
CITIES = {
    "en": "Moscow", "ru": "Москва", "uk": "Київ", "es": "Madrid", "pt": "Lisboa",
    "fr": "Paris", "de": "Berlin", "it": "Roma", "nl": "Amsterdam", "tr": "Ankara",
    "ar": "الرياض", "zh": "北京", "ja": "東京", "ko": "서울",
}  # fmt: skip
# Where the agency's own city makes a better example.
AGENCY_CITIES = {
    "xinhua": "Beijing", "kyodo": "Tokyo", "jiji": "Tokyo", "yonhap": "Seoul",
    "aa": "Ankara", "pti": "New Delhi", "agencia_brasil": "Brasília", "ukrinform": "Kyiv",
    "unian": "Kyiv", "kuna": "Kuwait", "wam": "Abu Dhabi", "spa": "Riyadh", "cna": "Taipei",
    "aap": "Sydney", "upi": "Washington", "dpa": "Hamburg", "ansa": "Rome", "efe": "Madrid",
    "belga": "Brussels", "ap": "Ankara",
}  # fmt: skip
DATE = dt.date(2026, 11, 18)


def example(grammar: DatelineGrammar) -> str:
    language = primary_subtag(grammar.language)
    city = CITIES.get(language, "Moscow")
    if language in ("en", "pt") or grammar.key in ("ap", "belga"):
        city = AGENCY_CITIES.get(grammar.key, city)
    if grammar.key == "belga":
        city = {"fr": "Bruxelles", "nl": "Brussel"}.get(language, city)
    return format_with_grammar(Dateline(city, "", "", DATE, ""), grammar)


def table_row(grammar: DatelineGrammar) -> str:
    mark = " (uncertain)" if grammar.uncertain else ""
    pattern = grammar.pattern.strip().replace("|", "\\|")
    return (f"| {grammar.agency}{mark} | `{grammar.key}` | {grammar.language} "
            f"| `{pattern}` | {example(grammar)} |")  # fmt: skip


def test_every_declaration_is_in_the_table_with_its_own_example() -> None:
    text = DOC.read_text(encoding="utf-8")
    for grammar in GRAMMARS:
        assert table_row(grammar) in text, table_row(grammar)


if __name__ == "__main__":  # prints the table for the doc
    for grammar in GRAMMARS:
        print(table_row(grammar))
