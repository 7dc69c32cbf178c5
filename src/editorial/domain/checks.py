"""All the checks on a story, as one pure function the checks panel, the editor's
underlines and `editorial check` share.

    findings = run_checks(story, catalog.get("ap"), CheckConfig(now=...),
                          speller=dictionary, gazetteer=places.gazetteer(),
                          styles=catalog.styles.values())

Checks never block: they return `Finding`s, sorted in story order. A 5,000-word story
checks in a few tens of milliseconds (`bench/bench_checks.py`); spelling costs what the
speller costs, each distinct word being asked once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from editorial.domain.counts import count_markdown
from editorial.domain.dateline_checks import dateline_findings
from editorial.domain.dateline_parser import match_dateline
from editorial.domain.findings import (
    Field,
    Finding,
    Severity,
    TextPositions,
    sort_findings,
    span_finding,
)
from editorial.domain.gazetteer import Gazetteer
from editorial.domain.house_style import HouseStyle
from editorial.domain.number_rules import number_findings
from editorial.domain.speller import Speller, spelling_findings
from editorial.domain.story import Story
from editorial.domain.structure_checks import (
    balance_findings,
    double_space_findings,
    doubled_word_findings,
    headline_period_findings,
    lede_repeated_findings,
    missing_part_findings,
    paragraphs,
    too_deep_findings,
)
from editorial.domain.style_rules import headline_case_findings, word_rule_findings
from editorial.domain.translatable import QT_TRANSLATE_NOOP, said


@dataclass(frozen=True, slots=True)
class CheckConfig:
    """Settings for one run. Limits left as None come from the house style.

    `now` is the clock (aware; the real clock when None) and `story_time` the moment
    the dateline's date should match (the filing time; `now` when None). `disabled`
    names finding codes (or code prefixes ending in ".", like "style.") to leave out;
    `severities` re-grades codes, over the style's own choices.
    """

    headline_max_characters: int | None = None
    lede_max_words: int | None = None
    now: dt.datetime | None = None
    story_time: dt.datetime | None = None
    disabled: frozenset[str] = frozenset()
    severities: tuple[tuple[str, Severity], ...] = ()
    spelling_suggestions: bool = False
    doubled_word_exceptions: frozenset[str] = frozenset({"had", "that"})


def run_checks(
    story: Story,
    style: HouseStyle,
    config: CheckConfig | None = None,
    *,
    speller: Speller | None = None,
    gazetteer: Gazetteer | None = None,
    styles: Iterable[HouseStyle] | None = None,
) -> list[Finding]:
    """Every finding for `story` under `style`, in story order.

    Structure and counts apply to any language; the style's word, number and headline
    rules only to the languages it is written for (`CopyRules.languages`). Without a
    `speller` there is no spelling check; without a `gazetteer` the dateline's city is
    not looked up (the desk's `places.gazetteer()` is the one to pass). `styles` are
    the house styles a dateline opening the body may be written in (the desk's catalog);
    by default only `style`.
    """
    config = config or CheckConfig()
    now = config.now or dt.datetime.now(dt.UTC)
    rules = style.copy
    known = (style,) if styles is None else tuple(styles)
    texts = {Field.HEADLINE: story.headline, Field.LEDE: story.lede, Field.BODY: story.body}
    positions = {field: TextPositions(text) for field, text in texts.items()}
    findings: list[Finding] = list(missing_part_findings(story))
    findings += _length_findings(story, style, config, positions, known)
    findings += dateline_findings(
        story.dateline, now=now, story_time=config.story_time, gazetteer=gazetteer
    )
    findings += headline_period_findings(story.headline, positions[Field.HEADLINE])
    if story.lede.strip() and story.body.strip():
        start, end, text = _first_paragraph(story.body, known)
        findings += lede_repeated_findings(story, positions[Field.BODY], text, (start, end))
    copy_rules_apply = rules.applies_to(story.language)
    findings += too_deep_findings(story.body, positions[Field.BODY])
    if copy_rules_apply:
        findings += headline_case_findings(story.headline, rules, positions[Field.HEADLINE])
    verdicts: dict[str, bool] = {}
    suggested: dict[str, tuple[str, ...]] = {}
    for field, text in texts.items():
        if not text.strip():
            continue
        where = positions[field]
        findings += balance_findings(text, field, where)
        findings += doubled_word_findings(text, field, where, config.doubled_word_exceptions)
        findings += double_space_findings(text, field, where)
        if copy_rules_apply:
            findings += word_rule_findings(text, field, rules, where)
            if rules.numbers is not None:
                findings += number_findings(text, field, rules.numbers, where)
        if speller is not None:
            findings += spelling_findings(
                text,
                field,
                speller,
                where,
                suggestions=config.spelling_suggestions,
                verdicts=verdicts,
                suggested=suggested,
            )
    return sort_findings(_graded(findings, style, config))


def has_errors(findings: Iterable[Finding]) -> bool:
    """Whether `editorial check` should exit 1."""
    return any(f.severity is Severity.ERROR for f in findings)


def _length_findings(
    story: Story,
    style: HouseStyle,
    config: CheckConfig,
    positions: dict[Field, TextPositions],
    known: tuple[HouseStyle, ...],
) -> list[Finding]:
    findings: list[Finding] = []
    limit = config.headline_max_characters or style.copy.headline_max_characters
    headline = story.headline.strip()
    if limit and len(headline) > limit:
        start = len(story.headline) - len(story.headline.lstrip()) + limit
        findings.append(
            span_finding(
                positions[Field.HEADLINE],
                Field.HEADLINE,
                start,
                start + len(headline) - limit,
                code="count.headline-long",
                severity=Severity.WARNING,
                message=said(
                    QT_TRANSLATE_NOOP(
                        "Checks", "The headline is {length} characters; the limit is {limit}."
                    ),
                    {"length": str(len(headline)), "limit": str(limit)},
                ),
            )
        )
    most = config.lede_max_words or style.copy.lede_max_words
    if story.lede.strip():
        field, (start, end, text) = Field.LEDE, (0, len(story.lede), story.lede)
    else:
        field, (start, end, text) = Field.BODY, _first_paragraph(story.body, known)
    words = count_markdown(text, inline=field is Field.LEDE).words  # as the panel counts
    if most and words > most:
        findings.append(
            span_finding(
                positions[field],
                field,
                start,
                end,
                code="count.lede-long",
                severity=Severity.WARNING,
                message=said(
                    QT_TRANSLATE_NOOP("Checks", "The lede is {words} words; keep it to {most}."),
                    {"words": str(words), "most": str(most)},
                ),
            )
        )
    return findings


def _first_paragraph(body: str, styles: tuple[HouseStyle, ...]) -> tuple[int, int, str]:
    """(start, end, text) of the body's first paragraph, the text without a dateline
    that opens it (wire copy pasted whole)."""
    spans = paragraphs(body)
    if not spans:
        return 0, 0, ""
    start, end = spans[0]
    text = body[start:end]
    found = match_dateline(text, styles=styles)
    return start, end, text[found.end :] if found else text


def _graded(findings: list[Finding], style: HouseStyle, config: CheckConfig) -> list[Finding]:
    disabled = style.copy.disabled | config.disabled
    severities = {**style.copy.severities, **dict(config.severities)}
    kept = []
    for finding in findings:
        if finding.code in disabled or any(
            code.endswith(".") and finding.code.startswith(code) for code in disabled
        ):
            continue
        severity = severities.get(finding.code)
        kept.append(replace(finding, severity=severity) if severity else finding)
    return kept
