"""Checks on the shape of the copy: missing parts, a repeated lede, unbalanced quotes
and brackets, doubled words, double spaces, a headline ending with a period."""

from __future__ import annotations

import datetime as dt

import pytest

from editorial.domain.byline import Byline
from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.dateline import Dateline
from editorial.domain.findings import Field, Finding, Severity
from editorial.domain.story import Story
from tests.catalogs import HOUSE_STYLES

NOW = dt.datetime(2008, 11, 18, 12, tzinfo=dt.UTC)
CONFIG = CheckConfig(now=NOW)
LEDE = (
    "Russian Defense Minister Anatoly Serdyukov called on Tuesday for a resumption of "
    "dialogue with NATO, frozen after a five-day war between Russia and Georgia in August."
)


def story(**fields: object) -> Story:
    base = Story(
        uri="urn:test",
        headline="Russia urges resumption of dialogue with NATO, alliance wary",
        bylines=(Byline("Anna Ivanova"),),
        dateline=Dateline("Ankara", "", "Turkey", dt.date(2008, 11, 18), "RIA Novosti"),
        lede=LEDE,
        body="Serdyukov is on a two-day official visit to NATO member Turkey.",
    )
    return base.edited(**fields)


def findings(s: Story, code: str, style: str = "agency") -> list[Finding]:
    return [f for f in run_checks(s, HOUSE_STYLES[style], CONFIG) if f.code == code]


def spans(s: Story, code: str) -> list[str]:
    texts = {Field.HEADLINE: s.headline, Field.LEDE: s.lede, Field.BODY: s.body}
    return [texts[f.field][f.start : f.end] for f in findings(s, code)]


def test_a_clean_story_has_no_findings() -> None:
    assert run_checks(story(), HOUSE_STYLES["agency"], CONFIG) == []


@pytest.mark.parametrize(
    ("change", "code", "severity", "field"),
    [
        ({"headline": "  "}, "structure.missing-headline", Severity.ERROR, Field.HEADLINE),
        ({"dateline": Dateline()}, "structure.missing-dateline", Severity.WARNING, Field.DATELINE),
        ({"bylines": ()}, "structure.missing-byline", Severity.INFO, Field.BYLINE),
        ({"lede": ""}, "structure.missing-lede", Severity.INFO, Field.LEDE),
        ({"body": "\n"}, "structure.missing-body", Severity.ERROR, Field.BODY),
    ],
)
def test_missing_parts(
    change: dict[str, object], code: str, severity: Severity, field: Field
) -> None:
    [found] = findings(story(**change), code)
    assert (found.severity, found.field, found.has_span) == (severity, field, False)


@pytest.mark.parametrize(
    "body",
    [
        f"{LEDE}\n\nSerdyukov is on a two-day official visit.",
        f"ANKARA, November 18 (RIA Novosti) - {LEDE}\n\nSerdyukov is on a visit.",
        f"{LEDE.replace('Tuesday', 'Tuesday,')}\n\nSerdyukov is on a visit.",  # near enough
    ],
)
def test_a_lede_repeated_as_the_first_paragraph(body: str) -> None:
    s = story(body=body)
    [found] = findings(s, "structure.lede-repeated")
    assert (found.field, found.start, found.line, found.column) == (Field.BODY, 0, 1, 1)
    assert s.body[found.start : found.end] == body.split("\n\n")[0]


def test_a_different_first_paragraph_is_not_a_repeat() -> None:
    assert (
        findings(story(body="Serdyukov is on a visit.\n\n" + LEDE), "structure.lede-repeated") == []
    )


@pytest.mark.parametrize(
    ("body", "marks"),
    [
        ('He said "we will resume talks.', ['"']),
        ("He said “we will resume talks.", ["“"]),
        ("He said we will resume talks.”", ["”"]),
        ("Он сказал: «мы возобновим переговоры.", ["«"]),
        ("Он сказал: мы возобновим переговоры».", ["»"]),
        ("The talks (in Brussels will resume.", ["("]),
        ("The talks in Brussels] will resume.", ["]"]),
        ("The talks (in [Brussels) will] resume.", ["(", ")"]),
    ],
)
def test_unbalanced_marks_are_pointed_at(body: str, marks: list[str]) -> None:
    assert sorted(spans(story(body=body), "structure.unbalanced")) == sorted(marks)


@pytest.mark.parametrize(
    "body",
    [
        'He said "we will" and "they will."',
        "He said “we will” and (so did ‘they’).",
        "Он сказал: «мы „возобновим“ переговоры».",
        "Er sagte: »Wir kommen«.",
        # A quotation over two paragraphs opens each and closes only at the end.
        "“We will talk.\n\n“We will not give in,” he said.",
        '"We will talk.\n\n"We will not give in," he said.',
        "Points:\n\n1) talks\n2) more talks",
        'Code like `print("` is not copy.',
        "Don't count the apostrophe in the Serdyukovs' visit.",
    ],
)
def test_balanced_marks_pass(body: str) -> None:
    assert findings(story(body=body), "structure.unbalanced") == []


def test_an_unclosed_quotation_before_a_paragraph_not_opening_one() -> None:
    assert spans(story(body="“We will talk.\n\nHe left."), "structure.unbalanced") == ["“"]


@pytest.mark.parametrize(
    ("body", "doubled"),
    [
        ("He would like to to meet them.", ["to to"]),
        ("He would like to like to meet them.", ["like to like to"]),
        ("The The minister left.", ["The The"]),
        ("It was the the\nminister.", ["the the"]),
        ("Он сказал что что-то случилось и и ушёл.", ["и и"]),
    ],
)
def test_doubled_words(body: str, doubled: list[str]) -> None:
    s = story(body=body)
    assert spans(s, "structure.doubled-word") == doubled
    words = doubled[0].split()
    first_copy = " ".join(words[: len(words) // 2])
    assert findings(s, "structure.doubled-word")[0].suggestions == (first_copy,)


@pytest.mark.parametrize(
    "body",
    [
        "He had had enough.",
        "The minister left. The minister returned.",
        "Bye, bye, he said.",
        "It was the end.\n\nThe end came.",
        "the\n\nthe",
    ],
)
def test_not_doubled(body: str) -> None:
    assert findings(story(body=body), "structure.doubled-word") == []


def test_double_spaces_but_not_indentation_or_line_breaks() -> None:
    s = story(body="He left.  Then  he came back.\n    indented code\nhard break  \nnext")
    assert spans(s, "structure.double-space") == ["  ", "  "]
    first = findings(s, "structure.double-space")[0]
    assert (first.line, first.column, first.suggestions) == (1, 9, (" ",))


@pytest.mark.parametrize(
    ("headline", "flagged"),
    [
        ("Russia urges dialogue with NATO.", True),
        ("Russia urges dialogue with NATO", False),
        ("Russia urges dialogue...", False),
        ("Talks resume in the U.S.", False),
        ("Shares fall at Acme Inc.", False),
    ],
)
def test_headline_ending_with_a_period(headline: str, flagged: bool) -> None:
    found = findings(story(headline=headline), "structure.headline-period")
    assert bool(found) is flagged
    if flagged:
        assert (found[0].start, found[0].end) == (len(headline) - 1, len(headline))


def test_findings_carry_line_and_column() -> None:
    body = "First paragraph.\n\nSecond line with the the double."
    [found] = findings(story(body=body), "structure.doubled-word")
    assert (found.line, found.column) == (3, 18)
    assert body[found.start : found.end] == "the the"


def test_a_slug_other_stories_have_is_one_warning_naming_the_first() -> None:
    from editorial.domain.structure_checks import duplicate_slug_findings

    assert list(duplicate_slug_findings("quake", [])) == []
    assert list(duplicate_slug_findings("", [(3, "Quake")])) == []
    (one,) = duplicate_slug_findings("quake", [(3, "Quake hits Turkey"), (9, "")])
    assert one.code == "structure.duplicate-slug" and one.severity.value == "warning"
    assert one.message == (
        "Other stories have the slug “quake” too (2 in all), among them “Quake hits Turkey” "
        "(story 3). Give this one its own."
    )
    assert one.template.format(**one.argument_map) == one.message  # translatable as it is
    (alone,) = duplicate_slug_findings("quake", [(9, " ")])
    assert alone.message == "Another story has the slug “quake”: story 9. Give this one its own."
