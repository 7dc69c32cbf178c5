"""A house style's number style as data, and its check: figures below ten spelled out
(AP: one to nine) unless a word around them calls for a figure, spelled-out numbers from
ten up written as figures except at the start of a sentence.

Part of a style's copy rules (style_rules.CopyRules.numbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from editorial.domain.findings import Field, Finding, Severity, TextPositions, span_finding
from editorial.domain.translatable import QT_TRANSLATE_NOOP, said


@dataclass(frozen=True, slots=True, eq=False)
class NumberRule:
    """Figures below `spell_out_below` are spelled out (AP: one to nine) unless a word
    around them makes them figures (`5 percent`, `No. 3`, `Nov. 5`); spelled-out numbers
    from ten up are written as figures except at the start of a sentence."""

    spell_out_below: int = 10
    severity: Severity = Severity.INFO
    message_spell_out: str = QT_TRANSLATE_NOOP(
        "Checks", "Spell out numbers below ten: “{replace}”."
    )
    message_figures: str = QT_TRANSLATE_NOOP("Checks", "Use figures for 10 and above: “{replace}”.")
    figure_words_after: frozenset[str] = frozenset()
    figure_words_before: frozenset[str] = frozenset()
    fields: frozenset[Field] = frozenset({Field.LEDE, Field.BODY})


_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPELLED = {word: 10 + i for i, word in enumerate(_TEENS)}
for _t in range(2, 10):
    _SPELLED[_TENS[_t]] = 10 * _t
    for _u in range(1, 10):
        _SPELLED[f"{_TENS[_t]}-{_UNITS[_u]}"] = 10 * _t + _u

# A lone digit: not part of a number, amount, time, score or hyphenated compound.
_FIGURE = re.compile(r"(?<![\w$€£¥#+.,:/-])(\d)(?![\w%°-]|[.,:/]\d)")
# Spelled-out numbers from ten up; the lookahead lets most words fail at their first letter.
_SPELLED_NUMBER = re.compile(
    r"\b(?=[tefsn])(ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\b(?!-)",
    re.IGNORECASE,
)
_NEXT_WORDS = re.compile(r"[ \t]*(\S+)(?:[ \t]+(\S+))?")
# The words after a figure are read this far: further than any figure word ("percent",
# "a.m.") reaches, and a long run without spaces is not read once per figure in it.
_NEXT_WORDS_REACH = 80
_PREVIOUS_WORD = re.compile(r"(\S+)[ \t]*$")
_OPENERS = " \t\n\"“«‘'(["


def number_findings(
    text: str, field: Field, rule: NumberRule, positions: TextPositions
) -> Iterator[Finding]:
    if field not in rule.fields:
        return
    for match in _FIGURE.finditer(text):
        value = int(match.group(1))
        if not 0 < value < min(rule.spell_out_below, 10):
            continue
        if _is_figure_context(text, match.start(), match.end(), rule):
            continue
        word = _UNITS[value]
        yield span_finding(
            positions,
            field,
            match.start(),
            match.end(),
            code="style.number-spell-out",
            severity=rule.severity,
            message=said(rule.message_spell_out, {"found": match.group(), "replace": word}),
            suggestions=(word,),
        )
    for match in _SPELLED_NUMBER.finditer(text):
        value = _SPELLED[match.group(1).lower()]
        if value < rule.spell_out_below or _starts_sentence(text, match.start()):
            continue
        figure = str(value)
        yield span_finding(
            positions,
            field,
            match.start(),
            match.end(),
            code="style.number-figures",
            severity=rule.severity,
            message=said(rule.message_figures, {"found": match.group(), "replace": figure}),
            suggestions=(figure,),
        )


def _starts_sentence(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in _OPENERS:
        if text[index] == "\n":
            return True
        index -= 1
    return index < 0 or text[index] in ".!?:"


def _is_figure_context(text: str, start: int, end: int, rule: NumberRule) -> bool:
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    before = text[max(line_start, start - 60) : start]
    if line_start >= start - 60 and not before.strip() and text[end : end + 1] in (".", ")"):
        return True  # a numbered list item: "1. First point"
    following = _NEXT_WORDS.match(text, end, end + _NEXT_WORDS_REACH)
    if following:
        first = _bare(following.group(1))
        pair = f"{first} {_bare(following.group(2) or '')}".strip()
        # A sentence's closing period is not part of the word ("5 percent.").
        candidates = {first, first.rstrip("."), pair, pair.rstrip(".")}
        if candidates & rule.figure_words_after:
            return True
    preceding = _PREVIOUS_WORD.search(before)
    return bool(preceding and _bare(preceding.group(1)) in rule.figure_words_before)


def _bare(word: str) -> str:
    """A neighbouring word as the lists write it: lower case, closing punctuation off
    (but the period of `No.` or `a.m.` kept)."""
    return word.strip('"“”«»()[],;:!?').lower()
