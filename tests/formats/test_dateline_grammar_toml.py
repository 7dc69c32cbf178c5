"""Agency datelines declared in TOML: the bundled file, a house style's own
declarations, `write_as`, and a clear message for each mistake in a declaration."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from editorial.domain.dateline import Dateline
from editorial.domain.dateline_parser import match_dateline
from editorial.domain.house_style import format_dateline
from editorial.domain.house_style_model import HouseStyleError
from editorial.formats.dateline_grammar_toml import grammars_from_text
from editorial.services.resources import resource
from editorial.services.styles import GRAMMARS_FILE, bundled_catalog, load_house_styles

REFERENCE = dt.date(2026, 11, 20)
MOSCOW = Dateline("Moscow", "", "Russia", dt.date(2026, 11, 18), "")


def test_the_bundled_declarations_reach_every_style() -> None:
    catalog = bundled_catalog()
    assert catalog.problems == ()
    declared = grammars_from_text(resource(GRAMMARS_FILE).read_text("utf-8"), GRAMMARS_FILE)
    assert len({g.key for g in declared}) >= 20
    for style in catalog.styles.values():
        assert style.dateline.grammars == declared
    languages = {g.language for g in declared}
    assert {"en", "ru", "es", "fr", "de", "ar", "zh", "ja", "it", "pt", "tr"} <= languages


def test_a_house_style_adds_its_own_and_writes_with_it(tmp_path: Path) -> None:
    (tmp_path / "desk.toml").write_text(
        'extends = "agency"\n\n[dateline]\nwrite_as = "deskwire"\n\n'
        '[[dateline.grammar]]\nkey = "deskwire"\nagency = "Desk Wire"\nlanguage = "en"\n'
        'pattern = "{city} | {day} {month} | {source}: "\nsources = ["DW"]\n'
        'months = "abbreviated"\nmonth_case = "upper"\n',
        encoding="utf-8",
    )
    catalog = load_house_styles(tmp_path)
    assert catalog.problems == ()
    style = catalog.get("desk")
    assert format_dateline(MOSCOW, style) == "MOSCOW | 18 NOV | DW:"
    found = match_dateline("MOSCOW | 18 NOV | DW: The lede.", reference=REFERENCE,
                           styles=tuple(catalog.styles.values()))  # fmt: skip
    assert found is not None
    assert found.dateline == Dateline("Moscow", "", "Russia", dt.date(2026, 11, 18), "DW")
    # The other styles do not know the desk's own declaration.
    assert match_dateline("MOSCOW | 18 NOV | DW: The lede.", reference=REFERENCE,
                          styles=(catalog.get("ap"),)) is None  # fmt: skip


def test_write_as_an_agency_follows_the_story_s_language(tmp_path: Path) -> None:
    (tmp_path / "agency.toml").write_text('[dateline]\nwrite_as = "tass"\n', encoding="utf-8")
    style = load_house_styles(tmp_path).get("agency")
    assert format_dateline(MOSCOW, style, "en") == "MOSCOW, November 18. /TASS/."
    moscow_ru = Dateline("Москва", "", "Russia", dt.date(2026, 11, 18), "")
    assert format_dateline(moscow_ru, style, "ru") == "МОСКВА, 18 ноября. /ТАСС/."
    # A language TASS has no declaration for: its first one.
    assert format_dateline(MOSCOW, style, "fr") == "MOSCOW, November 18. /TASS/."
    # A dateline without the date TASS's form needs: the house's own form.
    assert format_dateline(Dateline("Moscow"), style, "en") == "MOSCOW -"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('key = "x"\npattern = "{city} -"\nsources = ["X"]', "must have {source}"),
        ('key = "x"\npattern = "{town} ({source})"\nsources = ["X"]', "{town} is not one of"),
        ('key = "x"\npattern = "{city} ({source}) {city}"\nsources = ["X"]', "there twice"),
        ('key = "x"\npattern = "[{city} ({source})"\nsources = ["X"]', "[ is not closed"),
        ('key = "x"\npattern = "{city}, {month} ({source})"\nsources = ["X"]', "needs {day}"),
        ('key = "x"\npattern = "({source})"\nsources = []', "sources must name the agency"),
        ('key = "x"\npattern = "{city}[ ({source})]"\nsources = ["X"]', "cannot be optional"),
        ('key = "x"\npattern = "({source})"\nsources = ["X"]\nmonths = "short"',
         "months must be one of wide, abbreviated, three, number"),
        ('key = "x"\npattern = "({source})"\nsources = ["X"]\ncolour = "red"',
         "unknown setting 'colour'"),
        ('pattern = "({source})"\nsources = ["X"]', "needs a key"),
    ],
)  # fmt: skip
def test_a_broken_declaration_is_named_with_its_place(table: str, message: str) -> None:
    with pytest.raises(HouseStyleError) as caught:
        grammars_from_text(f"[[grammar]]\n{table}\n", "mine.toml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("mine.toml: [grammar[1]]")


def test_a_user_style_with_a_broken_declaration_is_skipped_and_reported(
    tmp_path: Path,
) -> None:
    (tmp_path / "desk.toml").write_text(
        '[[dateline.grammar]]\nkey = "x"\npattern = "{city} -"\nsources = ["X"]\n',
        encoding="utf-8",
    )
    (tmp_path / "other.toml").write_text('[dateline]\nwrite_as = "nobody"\n', encoding="utf-8")
    catalog = load_house_styles(tmp_path)
    assert "desk" not in catalog.styles and "other" not in catalog.styles
    messages = sorted(str(problem) for problem in catalog.problems)
    assert "[dateline.grammar[1]]" in messages[0] and "{source}" in messages[0]
    assert "write_as must name a declared dateline grammar, not 'nobody'" in messages[1]
