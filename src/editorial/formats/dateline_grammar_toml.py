"""Agency dateline declarations (TOML) into `DatelineGrammar`s: the bundled
`resources/dateline_grammars.toml` (`[[grammar]]` tables) and the `[[dateline.grammar]]`
tables of a house style file, with the same keys:

    key = "tass"                     # the agency, for `write_as` and messages
    agency = "TASS"                  # its name for people
    language = "en"                  # BCP 47: the month names are CLDR's for it
    pattern = "{city}, {month} {day}. /{source}/. "
    sources = ["TASS", "ITAR-TASS"]  # the first is written; all are read
    city_case = "upper"              # or "as_typed"
    months = "wide"                  # "abbreviated", "three" (ноя), "number" (11)
    month_period = false             # `Nov.` after an abbreviated month
    month_case = "as_cldr"           # "upper" (NOV), "lower", "title"
    uncertain = false                # declared from few examples of the agency's copy
    note = ""

Pure: text in, declarations out; reading the file is `editorial.services.styles`.
"""

from __future__ import annotations

import tomllib
from typing import cast

from editorial.domain.dateline_grammar import (
    CITY_CASES,
    MONTH_CASES,
    MONTH_FORMS,
    CityCase,
    DatelineGrammar,
    GrammarError,
    MonthCase,
    MonthForm,
)
from editorial.domain.house_style_model import HouseStyleError
from editorial.formats.toml_table import StyleTable


def grammars_from_text(text: str, source: str) -> tuple[DatelineGrammar, ...]:
    """The declarations of a grammars file. Raises `HouseStyleError` naming the file
    and the table for anything that cannot be used."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise HouseStyleError(source, f"not valid TOML: {error}") from error
    top = StyleTable(data, "", source)
    grammars = grammars_from_tables(top.tables("grammar"))
    top.done()
    return grammars


def grammars_from_tables(tables: list[StyleTable]) -> tuple[DatelineGrammar, ...]:
    return tuple(grammar_from_table(table) for table in tables)


def grammar_from_table(table: StyleTable) -> DatelineGrammar:
    key = table.text("key", "")
    language = table.text("language", "en").strip()
    if not language:
        raise table.error("language must name a language (en, ru, zh, ...)")
    try:
        grammar = DatelineGrammar(
            key=key.strip(),
            agency=table.text("agency", key),
            language=language,
            pattern=table.text("pattern", ""),
            sources=table.texts("sources"),
            # choice() has checked each against its type's values
            city_case=cast("CityCase", table.choice("city_case", "upper", CITY_CASES)),
            months=cast("MonthForm", table.choice("months", "wide", MONTH_FORMS)),
            month_period=table.flag("month_period", False),
            month_case=cast("MonthCase", table.choice("month_case", "as_cldr", MONTH_CASES)),
            uncertain=table.flag("uncertain", False),
            note=table.text("note", ""),
        )
    except GrammarError as error:
        raise table.error(str(error)) from None
    table.done()
    return grammar
