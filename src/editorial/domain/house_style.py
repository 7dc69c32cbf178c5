"""House styles: how a newsroom writes its datelines and credits, and the copy rules it
checks.

One formatter serves the editor field, the preview pane, the published HTML and every
export, so a dateline never reads two ways. The styles themselves are handed in: the
desk builds its catalog once (`editorial.services.styles`) from the bundled TOML files
under `resources/house_styles/` (agency, ap, reuters) and the editor's own folder.
"""

from __future__ import annotations

from collections.abc import Sequence

from editorial.domain.byline import Byline, join_names
from editorial.domain.dateline import Dateline
from editorial.domain.dateline_format import format_date, format_dateline_with, plain_latin
from editorial.domain.house_style_catalog import HouseStyleCatalog
from editorial.domain.house_style_model import (
    BASIC_HOUSE_STYLE,
    BylineRules,
    DatelineRules,
    HouseStyle,
    HouseStyleError,
)

__all__ = [
    "BASIC_HOUSE_STYLE",
    "BylineRules",
    "DatelineRules",
    "HouseStyle",
    "HouseStyleCatalog",
    "HouseStyleError",
    "format_byline",
    "format_contributors",
    "format_credit_line",
    "format_date",
    "format_dateline",
    "plain_latin",
]


def format_dateline(
    dateline: Dateline, style: HouseStyle = BASIC_HOUSE_STYLE, language: str = ""
) -> str:
    """`ANKARA, November 18 (RIA Novosti) -`, or "" when the dateline is empty.

    Missing parts drop out cleanly: no date gives `ANKARA (RIA Novosti) -`, no source
    gives `ANKARA, November 18 -`. `language` (the story's, BCP 47) picks the date's
    words where the style has them: `МОСКВА, 18 ноября (РИА Новости) -` for `ru`.
    """
    return format_dateline_with(dateline, style.dateline, language)


def format_byline(bylines: Sequence[Byline], style: HouseStyle = BASIC_HOUSE_STYLE) -> str:
    """`By Anna Ivanova and John Smith`; AP: `By ANNA IVANOVA and JOHN SMITH`. Roles are
    not part of the byline itself (see `format_credit_line`)."""
    rules = style.byline
    names = _names(bylines, rules)
    if not names:
        return ""
    joined = join_names(names, rules.conjunction, serial_comma=rules.serial_comma)
    return f"{rules.prefix} {joined}" if rules.prefix else joined


def format_credit_line(
    bylines: Sequence[Byline], style: HouseStyle = BASIC_HOUSE_STYLE, *, source: str = ""
) -> str:
    """The agency line printed under the byline: `Associated Press` (AP), the single
    reporter's role when the style prints roles (`AP Business Writer`), the dateline's
    source for the agency style (`RIA Novosti`); "" when the style has none."""
    rules = style.byline
    people = [b for b in bylines if b.name.strip()]
    if rules.credit_uses_role and len(people) == 1 and people[0].role.strip():
        return people[0].role.strip()
    if not rules.credit_line:
        return ""
    return rules.credit_line.format(source=" ".join(source.split())).strip()


def format_contributors(
    contributors: Sequence[Byline], style: HouseStyle = BASIC_HOUSE_STYLE
) -> str:
    """The closing credit for people who helped: `John Smith contributed to this
    report.`; AP: `Associated Press writers John Smith and Jane Doe contributed to this
    report.`; Reuters: `(Additional reporting by John Smith)`. Names keep the case they
    were typed in (AP capitalises only the byline). "" when nobody is named."""
    rules = style.byline
    names = [" ".join(b.name.split()) for b in contributors if b.name.strip()]
    if not names:
        return ""
    joined = join_names(names, rules.conjunction, serial_comma=rules.serial_comma)
    template = rules.contributed_one if len(names) == 1 else rules.contributed_many
    return template.format(names=joined)


def _names(bylines: Sequence[Byline], rules: BylineRules) -> list[str]:
    names = [" ".join(b.name.split()) for b in bylines if b.name.strip()]
    return [name.upper() for name in names] if rules.name_case == "upper" else names
