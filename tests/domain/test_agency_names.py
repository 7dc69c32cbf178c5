"""An agency's names in its languages (issue 11): reading gives its name in the
declaration's language whichever it signed with; writing names it in the language
written, by a declaration and by a house style without `write_as`."""

from __future__ import annotations

import datetime as dt

import pytest

from editorial.domain.dateline import Dateline
from editorial.domain.dateline_grammar import format_with_grammar
from editorial.domain.dateline_parser import match_dateline, parse_dateline
from editorial.domain.house_style import format_dateline
from tests.catalogs import HOUSE_STYLES

STYLES = tuple(HOUSE_STYLES.values())
GRAMMARS = HOUSE_STYLES["agency"].dateline.grammars
REFERENCE = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
NOV_18 = dt.date(2026, 11, 18)


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        ("МОСКВА, 18 ноября. /ИТАР-ТАСС/. Правительство одобрило бюджет.", "ТАСС"),
        ("MOSCOW, November 18. /ITAR-TASS/. The government approved the budget.", "TASS"),
        ("Tokyo, Nov. 18 (Jiji)-- The government decided on a package.", "Jiji Press"),
        ("KYIV. Nov 18 (Interfax-Ukraine) - The Rada passed the budget.", "Interfax-Ukraine"),
    ],
)
def test_copy_signed_with_another_name_reads_as_the_agency(paragraph: str, source: str) -> None:
    found = match_dateline(paragraph, reference=REFERENCE, styles=STYLES)
    assert found is not None and found.dateline.source == source


def test_a_typed_dateline_names_a_declared_agency_canonically() -> None:
    typed = parse_dateline("MOSCOW, Nov 18 (ITAR-TASS) -", reference=REFERENCE, styles=STYLES)
    assert typed.source == "TASS"
    other = parse_dateline("MOSCOW, Nov 18 (Thomson Reuters) -", reference=REFERENCE,
                           styles=STYLES)  # fmt: skip
    assert other.source == "Thomson Reuters"  # not declared: as typed


def test_a_declaration_writes_the_agency_in_its_own_language() -> None:
    chinese = next(g for g in GRAMMARS if (g.key, g.language) == ("xinhua", "zh"))
    dateline = Dateline("北京", "", "", NOV_18, "Xinhua")
    assert format_with_grammar(dateline, chinese, GRAMMARS) == "新华社北京11月18日电"
    russian = next(g for g in GRAMMARS if (g.key, g.language) == ("tass", "ru"))
    assert format_with_grammar(Dateline("Москва", "", "", NOV_18, "TASS"), russian,
                               GRAMMARS) == "МОСКВА, 18 ноября. /ТАСС/."  # fmt: skip
    # Another agency's name is not this one's.
    assert "Reuters" in format_with_grammar(Dateline("Москва", "", "", NOV_18, "Reuters"),
                                            russian, GRAMMARS)  # fmt: skip


def test_a_house_style_prints_the_agency_in_the_story_s_language() -> None:
    dateline = Dateline("Moscow", "", "Russia", NOV_18, "ТАСС")
    assert format_dateline(dateline, HOUSE_STYLES["agency"], "en").endswith("(TASS) -")
    assert "(ТАСС)" in format_dateline(dateline, HOUSE_STYLES["agency"], "ru")
    # A language the agency has no declaration in keeps the name as typed.
    assert "(ТАСС)" in format_dateline(dateline, HOUSE_STYLES["agency"], "de")
