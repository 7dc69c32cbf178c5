"""House style files (TOML) into house styles: parsing a file's text into a style
document, and reading a (merged) document into a typed `HouseStyle`, with a message that
names the file and the place in it for every mistake. Pure: text in, objects out; which
files there are and reading them is `editorial.services.styles`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from typing import Any

from editorial.domain.dateline_grammar import DatelineGrammar
from editorial.domain.dates import month_names
from editorial.domain.findings import Field, Severity
from editorial.domain.house_style_catalog import (
    HouseStyleCatalog,
    StyleDocument,
    build_catalog,
)
from editorial.domain.house_style_model import (
    BylineRules,
    DatelineRules,
    DateWords,
    HouseStyle,
    HouseStyleError,
)
from editorial.domain.number_rules import NumberRule
from editorial.domain.style_rules import CopyRules, WordRule, compile_error
from editorial.formats.dateline_grammar_toml import grammars_from_tables
from editorial.formats.toml_table import StyleTable


def parse_style_text(key: str, text: str, source: str) -> StyleDocument:
    """The document of one style file. Raises `HouseStyleError` for text that is not
    TOML."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise HouseStyleError(source, f"not valid TOML: {error}") from error
    return StyleDocument(key, data, source)


def catalog_from_texts(
    bundled: Iterable[tuple[str, str, str] | HouseStyleError],
    user: Iterable[tuple[str, str, str] | HouseStyleError],
    *,
    default_key: str = "agency",
    grammars: Iterable[DatelineGrammar] = (),
) -> HouseStyleCatalog:
    """The catalog of the bundled styles' (key, text, source) with the editor's laid
    over them; either may carry the errors of files that could not be read. Every
    style knows the agencies' dateline `grammars` (the bundled declarations) beside its
    own."""
    known = tuple(grammars)
    return build_catalog(
        _parsed(bundled),
        _parsed(user),
        lambda document: style_from_document(document, known),
        default_key=default_key,
    )


def _parsed(
    items: Iterable[tuple[str, str, str] | HouseStyleError],
) -> list[StyleDocument | HouseStyleError]:
    documents: list[StyleDocument | HouseStyleError] = []
    for item in items:
        if isinstance(item, HouseStyleError):
            documents.append(item)
            continue
        try:
            documents.append(parse_style_text(*item))
        except HouseStyleError as error:
            documents.append(error)
    return documents


def style_from_document(
    document: StyleDocument, grammars: tuple[DatelineGrammar, ...] = ()
) -> HouseStyle:
    return style_from_data(document.key, document.data, document.source, grammars)


def style_from_data(
    key: str,
    data: Mapping[str, Any],
    source: str = "",
    grammars: tuple[DatelineGrammar, ...] = (),
) -> HouseStyle:
    """A `HouseStyle` from the parsed TOML of a style file; `grammars` are the agency
    datelines every style knows (its own `[[dateline.grammar]]` come first)."""
    source = source or f"{key}.toml"
    top = StyleTable(data, "", source)
    style = HouseStyle(
        key=key,
        title=top.text("title", key),
        description=top.text("description", ""),
        dateline=_dateline_rules(top.table("dateline"), grammars),
        byline=_byline_rules(top.table("byline")),
        copy=_copy_rules(top.table("copy")),
        source=source,
    )
    top.done()
    return style


def _dateline_rules(table: StyleTable, bundled: tuple[DatelineGrammar, ...]) -> DatelineRules:
    defaults = DatelineRules()
    words = _date_words(table, DateWords(defaults.date_format, defaults.months))
    stand_alone_table = table.table("stand_alone")
    stand_alone = {code.upper(): stand_alone_table.texts(code) for code in stand_alone_table.data}
    languages_table = table.table("languages")
    # Another language's months default to CLDR's (the Russian genitive `ноября`): only
    # a house's own forms, like AP's `Sept.`, need writing out.
    languages = {
        lang.lower(): _date_words(
            languages_table.table(lang), DateWords(words.date_format, month_names(lang)), done=True
        )
        for lang in languages_table.data
    }
    rules = DatelineRules(
        dash=table.text("dash", defaults.dash),
        city_case=table.choice("city_case", defaults.city_case, ("upper", "as_typed")),  # type: ignore[arg-type]
        plain_latin=table.flag("plain_latin", defaults.plain_latin),
        locale=table.choice("locale", defaults.locale, ("none", "region", "region_or_country")),  # type: ignore[arg-type]
        region_countries=frozenset(c.upper() for c in table.texts("region_countries")),
        region_abbreviations=table.text_map("region_abbreviations"),
        stand_alone=stand_alone,
        show_date=table.flag("show_date", defaults.show_date),
        date_format=words.date_format,
        months=words.months,
        source_names=table.text_map("source_names"),
        languages=languages,
        grammars=(*grammars_from_tables(table.tables("grammar")), *bundled),
        write_as=table.text("write_as", "").strip(),
    )
    table.done()
    if rules.write_as and rules.write_as not in {g.key for g in rules.grammars}:
        raise table.error(f"write_as must name a declared dateline grammar, not {rules.write_as!r}")
    return rules


def _date_words(table: StyleTable, defaults: DateWords, *, done: bool = False) -> DateWords:
    months = table.texts("months", defaults.months)
    if len(months) != 12:
        raise table.error(f"months must list 12 names, not {len(months)}")
    date_format = table.text("date_format", defaults.date_format)
    try:
        date_format.format(month="", day=0, year=0)
    except (KeyError, IndexError, ValueError) as error:
        raise table.error(f"date_format may use {{month}}, {{day}} and {{year}}: {error}") from None
    if done:
        table.done()
    return DateWords(date_format, months)


def _byline_rules(table: StyleTable) -> BylineRules:
    d = BylineRules()
    rules = BylineRules(
        prefix=table.text("prefix", d.prefix),
        name_case=table.choice("name_case", d.name_case, ("as_typed", "upper")),  # type: ignore[arg-type]
        conjunction=table.text("conjunction", d.conjunction),
        serial_comma=table.flag("serial_comma", d.serial_comma),
        credit_line=table.text("credit_line", d.credit_line),
        credit_uses_role=table.flag("credit_uses_role", d.credit_uses_role),
        contributed_one=table.text("contributed_one", d.contributed_one),
        contributed_many=table.text("contributed_many", d.contributed_many),
    )
    table.done()
    for name, template, fields in (
        ("credit_line", rules.credit_line, {"source": ""}),
        ("contributed_one", rules.contributed_one, {"names": ""}),
        ("contributed_many", rules.contributed_many, {"names": ""}),
    ):
        try:
            template.format(**fields)
        except (KeyError, IndexError, ValueError) as error:
            raise table.error(f"{name} may use {{{next(iter(fields))}}} only: {error}") from None
    return rules


def _copy_rules(table: StyleTable) -> CopyRules:
    d = CopyRules()
    numbers_table = table.table("numbers")
    severities = table.table("severities")
    rules = CopyRules(
        languages=frozenset(lang.lower() for lang in table.texts("languages", d.languages)),
        headline_max_characters=table.number("headline_max_characters", d.headline_max_characters),
        lede_max_words=table.number("lede_max_words", d.lede_max_words),
        headline_case=table.choice("headline_case", d.headline_case, ("sentence", "title", "any")),  # type: ignore[arg-type]
        headline_case_severity=table.severity("headline_case_severity", d.headline_case_severity),
        numbers=_number_rule(numbers_table) if numbers_table.data else None,
        words=tuple(_word_rule(item) for item in table.tables("words")),
        disabled=frozenset(table.texts("disabled")),
        severities={code: severities.severity(code, Severity.INFO) for code in severities.data},
    )
    table.done()
    return rules


def _number_rule(table: StyleTable) -> NumberRule:
    d = NumberRule()
    field_names = {f.value for f in (Field.HEADLINE, Field.LEDE, Field.BODY)}
    fields = table.texts("fields", [f.value for f in d.fields])
    if not set(fields) <= field_names:
        raise table.error(f"fields may name {', '.join(sorted(field_names))}")
    rule = NumberRule(
        spell_out_below=table.number("spell_out_below", d.spell_out_below),
        severity=table.severity("severity", d.severity),
        message_spell_out=table.text("message_spell_out", d.message_spell_out),
        message_figures=table.text("message_figures", d.message_figures),
        figure_words_after=frozenset(w.lower() for w in table.texts("figure_words_after")),
        figure_words_before=frozenset(w.lower() for w in table.texts("figure_words_before")),
        fields=frozenset(Field(f) for f in fields),
    )
    table.done()
    return rule


def _word_rule(table: StyleTable) -> WordRule:
    find = table.text("find", "")
    if not find.strip():
        raise table.error("find must name the word, phrase or pattern to look for")
    rule = WordRule(
        find=find,
        replace=table.texts("replace"),
        message=table.text("message", ""),
        severity=table.severity("severity", Severity.WARNING),
        regex=table.flag("regex", False),
        case_sensitive=table.flag("case_sensitive", False),
        code=table.text("code", "style.word"),
    )
    table.done()
    problem = compile_error(rule.find) if rule.regex else None
    if problem is not None:
        raise table.error(f"find is not a valid regular expression: {problem}")
    try:
        rule.describe("x")
    except (KeyError, IndexError, ValueError) as error:
        raise table.error(f"message may use {{found}} and {{replace}}: {error}") from None
    return rule
