"""House-style rules from the TOML files: preferred words, number style, headline case,
length limits, and how a style or a run turns findings off or re-grades them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from editorial.domain.byline import Byline
from editorial.domain.checks import CheckConfig, has_errors, run_checks
from editorial.domain.dateline import Dateline
from editorial.domain.findings import Field, Finding, Severity
from editorial.domain.house_style import HouseStyle
from editorial.domain.story import Story
from editorial.services.styles import load_house_styles
from tests.catalogs import HOUSE_STYLES

CONFIG = CheckConfig(now=dt.datetime(2008, 11, 18, 12, tzinfo=dt.UTC))


def story(body: str = "He left.", **fields: object) -> Story:
    return Story(
        uri="urn:test",
        headline="Russia urges resumption of dialogue with NATO",
        bylines=(Byline("Anna Ivanova"),),
        dateline=Dateline("Ankara", "", "Turkey", dt.date(2008, 11, 18), "AP"),
        lede="The minister spoke.",
        body=body,
    ).edited(**fields)


def found(
    s: Story, style: str | HouseStyle, prefix: str, config: CheckConfig = CONFIG
) -> list[Finding]:
    chosen = HOUSE_STYLES[style] if isinstance(style, str) else style
    return [f for f in run_checks(s, chosen, config) if f.code.startswith(prefix)]


def marked(s: Story, style: str | HouseStyle, prefix: str) -> list[str]:
    texts = {Field.HEADLINE: s.headline, Field.LEDE: s.lede, Field.BODY: s.body}
    return [texts[f.field][f.start : f.end] for f in found(s, style, prefix)]


def test_preferred_words_with_suggestions_in_the_case_found() -> None:
    s = story("The minister stated his view. Stated plainly, IN ORDER TO win.")
    findings = found(s, "agency", "style.word")
    assert [(s.body[f.start : f.end], f.suggestions) for f in findings] == [
        ("stated", ("said",)),
        ("Stated", ("Said",)),
        ("IN ORDER TO", ("TO",)),
    ]
    assert "said" in findings[0].message
    assert (findings[0].severity, findings[2].severity) == (Severity.WARNING, Severity.INFO)


def test_phrases_match_across_line_breaks_but_not_inside_words() -> None:
    s = story("He wanted in order\nto win. The reinstated rule; a misstated fact.")
    assert marked(s, "agency", "style.word") == ["in order\nto"]


def test_ap_rules() -> None:
    s = story("Shares rose 5 percent by 10 AM in Kiev, the e-mail said, okay.")
    assert marked(s, "ap", "style.") == [" percent", " AM", "Kiev", "e-mail", "okay"]
    kiev = next(f for f in found(s, "ap", "style.word") if f.suggestions == ("Kyiv",))
    assert "2019" in kiev.message


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("He has 3 sons.", ["3"]),
        ("He has 12 sons and twelve daughters.", ["twelve"]),
        ("Twelve people died.", []),  # a sentence may start in words
        ("“Twenty-one,” he said.", []),
        ("It rose 5 percent, or 5%, to $3.", []),
        ("It rose 5 percent.", []),
        ("The 5-year-old is 7 years old.", []),
        ("At 7 p.m. on Nov. 5, No. 3 and Route 9 were closed.", []),
        ("The 3.5 magnitude quake hit at 3:30 on 1/2 of the land.", []),
        ("It cost 1,000 rubles.", []),
        ("1. The first point.\n2. The second.", []),
        ("They won 3-1, twenty-three to nine.", ["twenty-three"]),
        ("There were 0 votes.", []),
    ],
)
def test_ap_numbers(body: str, flagged: list[str]) -> None:
    assert marked(story(body), "ap", "style.number") == flagged


def test_number_suggestions() -> None:
    spell, figures = found(story("He has 3 sons and forty-two goats."), "ap", "style.number")
    assert (spell.suggestions, figures.suggestions) == (("three",), ("42",))


def test_numbers_are_not_checked_in_headlines() -> None:
    assert found(story(headline="3 killed in Ankara blast"), "ap", "style.number") == []


@pytest.mark.parametrize(
    ("headline", "flagged"),
    [
        ("Russia Urges Resumption Of Dialogue With NATO", True),
        ("Russia Urges Resumption Of Talks", True),
        ("Putin And Merkel Meet In Berlin", True),
        ("Russia urges resumption of dialogue with NATO", False),
        ("Putin meets Merkel in Berlin", False),
        ("Putin, Merkel, Sarkozy meet", False),  # proper names are not title case
        ("NATO AND EU", False),
    ],
)
def test_sentence_case_headlines(headline: str, flagged: bool) -> None:
    assert bool(found(story(headline=headline), "ap", "style.headline-case")) is flagged


def test_title_case_headlines(tmp_path: Path) -> None:
    (tmp_path / "magazine.toml").write_text(
        'extends = "agency"\n[copy]\nheadline_case = "title"\n', encoding="utf-8"
    )
    style = load_house_styles(tmp_path).get("magazine")
    s = story(headline="Russia urges resumption of dialogue with NATO")
    assert marked(s, style, "style.headline-case") == ["urges", "resumption", "dialogue"]
    suggestions = [f.suggestions for f in found(s, style, "style.headline-case")]
    assert suggestions[0] == ("Urges",)
    good = story(headline="Russia Urges Resumption of Dialogue With NATO")
    assert found(good, style, "style.headline-case") == []


def test_english_rules_are_not_applied_to_russian_copy() -> None:
    s = story("Он stated, что 3 человека погибли.", language="ru",
              headline="Россия Призывает К Диалогу С НАТО")  # fmt: skip
    assert found(s, "ap", "style.") == []
    # Structure checks still apply to any language.
    assert found(story("Он сказал «да.", language="ru"), "ap", "structure.unbalanced")


def test_headline_and_lede_limits() -> None:
    long_headline = "Russia urges resumption of dialogue with NATO " * 3
    [limit] = found(story(headline=long_headline), "agency", "count.headline-long")
    assert limit.field is Field.HEADLINE
    assert (limit.start, limit.end) == (80, len(long_headline.strip()))
    assert "limit is 80" in limit.message
    tighter = CheckConfig(now=CONFIG.now, headline_max_characters=20)
    assert found(story(), "agency", "count.headline-long", tighter)
    long_lede = " ".join(["word"] * 40)
    assert found(story(lede=long_lede), "ap", "count.lede-long")  # AP: 35 words
    assert not found(story(lede=long_lede), "agency", "count.lede-long")  # agency: 45
    # Without a lede field, the body's first paragraph is the lede.
    [in_body] = found(story(long_lede + "\n\nMore.", lede=""), "ap", "count.lede-long")
    assert (in_body.field, in_body.start, in_body.end) == (Field.BODY, 0, len(long_lede))


def test_a_run_can_disable_and_regrade() -> None:
    s = story("He stated it  twice.")
    codes = {f.code for f in run_checks(s, HOUSE_STYLES["agency"], CONFIG)}
    assert {"style.word", "structure.double-space"} <= codes
    quiet = CheckConfig(now=CONFIG.now, disabled=frozenset({"style.", "structure.double-space"}))
    assert not {f.code for f in run_checks(s, HOUSE_STYLES["agency"], quiet)} & codes
    strict = CheckConfig(now=CONFIG.now, severities=(("style.word", Severity.ERROR),))
    results = run_checks(s, HOUSE_STYLES["agency"], strict)
    assert has_errors(results)
    assert not has_errors(run_checks(s, HOUSE_STYLES["agency"], CONFIG))


def test_a_style_file_can_disable_and_regrade(tmp_path: Path) -> None:
    (tmp_path / "agency.toml").write_text(
        '[copy]\ndisabled = ["structure.double-space"]\n'
        '[copy.severities]\n"structure.missing-byline" = "error"\n',
        encoding="utf-8",
    )
    style = load_house_styles(tmp_path).get("agency")
    results = run_checks(story("It  was.", bylines=()), style, CONFIG)
    codes = {f.code: f.severity for f in results}
    assert "structure.double-space" not in codes
    assert codes["structure.missing-byline"] is Severity.ERROR


def test_findings_come_in_story_order() -> None:
    s = story("He stated  it.", headline="Bad headline.", bylines=())
    fields = [f.field for f in run_checks(s, HOUSE_STYLES["agency"], CONFIG)]
    order = [Field.STORY, Field.HEADLINE, Field.BYLINE, Field.DATELINE, Field.DATELINE_CITY,
             Field.DATELINE_DATE, Field.LEDE, Field.BODY]  # fmt: skip
    assert fields == sorted(fields, key=order.index)
    body = [f.start for f in run_checks(s, HOUSE_STYLES["agency"], CONFIG) if f.field is Field.BODY]
    assert body == sorted(body)
