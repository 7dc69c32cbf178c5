"""A house style's copy rules as data (read from its TOML file), and the checks that
apply them: banned and preferred words and headline capitalisation. The number style
(its rule and its check) is in number_rules.py.

The rules are compiled once when the style loads, so checking a long story is a few
regular-expression passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

# A house style's own regular expressions: the `regex` engine stops a match that runs past
# a time limit, where `re` would backtrack for ever.
import regex

from editorial.domain.findings import (
    Field,
    Finding,
    Severity,
    TextPositions,
    field_finding,
    span_finding,
)
from editorial.domain.language import primary_subtag
from editorial.domain.number_rules import NumberRule
from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, said

HeadlineCase = Literal["sentence", "title", "any"]


@dataclass(frozen=True, slots=True, eq=False)
class WordRule:
    """`find` is a word or phrase matched as whole words (case-insensitive unless
    `case_sensitive`), or a regular expression when `regex` is true. `message` may use
    `{found}` and `{replace}`."""

    find: str
    replace: tuple[str, ...] = ()
    message: str = ""
    severity: Severity = Severity.WARNING
    regex: bool = False
    case_sensitive: bool = False
    code: str = "style.word"

    def describe(self, found: str) -> str:
        return self.said(found).text

    def said(self, found: str) -> Message:
        """The finding's message. A style's own wording is its template: the window shows
        it in English unless a translation happens to know it."""
        if self.message:
            return said(self.message, {"found": found, "replace": " or ".join(self.replace)})
        if len(self.replace) == 1:
            return said(_RATHER_THAN, {"found": found, "replace": self.replace[0]})
        if len(self.replace) == 2:
            first, second = self.replace
            return said(_RATHER_THAN_TWO, {"found": found, "first": first, "second": second})
        if self.replace:
            quoted = " or ".join(f"“{r}”" for r in self.replace)
            return said(_RATHER_THAN_MANY, {"found": found, "replace": quoted})
        return said(_AVOID, {"found": found})


_RATHER_THAN = QT_TRANSLATE_NOOP("Checks", "House style: “{replace}” rather than “{found}”.")
_RATHER_THAN_TWO = QT_TRANSLATE_NOOP(
    "Checks", "House style: “{first}” or “{second}” rather than “{found}”."
)
_RATHER_THAN_MANY = QT_TRANSLATE_NOOP("Checks", "House style: {replace} rather than “{found}”.")
_AVOID = QT_TRANSLATE_NOOP("Checks", "House style: avoid “{found}”.")
_TOO_SLOW = QT_TRANSLATE_NOOP(
    "Checks",
    "House style: the pattern “{pattern}” takes too long on this text; it was not checked.",
)
# A house style's own pattern may take this long on a text, and this much more a megabyte.
PATTERN_SECONDS = 1.0
PATTERN_SECONDS_PER_MEGABYTE = 2.0


@dataclass(frozen=True, slots=True, eq=False)
class CopyRules:
    """Everything a style checks in the text. `languages` are the BCP 47 primary
    subtags the word, number and capitalisation rules are written for (empty: all).
    `disabled` lists finding codes the style turns off; `severities` re-grades codes."""

    languages: frozenset[str] = frozenset({"en"})
    headline_max_characters: int = 80
    lede_max_words: int = 45
    headline_case: HeadlineCase = "any"
    headline_case_severity: Severity = Severity.WARNING
    numbers: NumberRule | None = None
    words: tuple[WordRule, ...] = ()
    disabled: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)
    matchers: tuple[_Matcher, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "matchers", _compile(self.words))

    def applies_to(self, language: str) -> bool:
        return not self.languages or primary_subtag(language) in self.languages


@dataclass(frozen=True, slots=True)
class _Matcher:
    """A compiled pattern and how a match leads back to its rule: `rules` for the
    alternation of plain words, `rule` for a regular-expression rule."""

    pattern: Any  # re's, or `regex`'s for a rule's own regular expression (untyped)
    case_sensitive: bool
    rules: Mapping[str, WordRule] | None = None
    rule: WordRule | None = None

    def rule_for(self, found: str) -> WordRule:
        if self.rule is not None:
            return self.rule
        assert self.rules is not None
        return self.rules[_phrase_key(found, self.case_sensitive)]


def _compile(words: tuple[WordRule, ...]) -> tuple[_Matcher, ...]:
    """One alternation per case mode for all plain words and phrases, one pattern per
    regular-expression rule."""
    matchers: list[_Matcher] = []
    for case_sensitive in (False, True):
        plain = [r for r in words if not r.regex and r.case_sensitive is case_sensitive]
        if not plain:
            continue
        by_text = {_phrase_key(r.find, case_sensitive): r for r in plain}
        alternation = "|".join(
            r"\s+".join(re.escape(part) for part in text.split())
            for text in sorted(by_text, key=len, reverse=True)
        )
        flags = 0 if case_sensitive else re.IGNORECASE
        pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", flags)
        matchers.append(_Matcher(pattern, case_sensitive, rules=by_text))
    for rule in words:
        if rule.regex:
            flags = 0 if rule.case_sensitive else regex.IGNORECASE
            pattern = regex.compile(rule.find, flags)
            matchers.append(_Matcher(pattern, rule.case_sensitive, rule=rule))
    return tuple(matchers)


def compile_error(pattern: str) -> str | None:
    """Why a rule's regular expression cannot be used, or None."""
    try:
        regex.compile(pattern)
    except (regex.error, ValueError, OverflowError) as error:
        return str(error)
    return None


def pattern_seconds(text: str) -> float:
    """How long a house style's own pattern may take on `text`: a pattern that
    backtracks without end ((a|aa)+$ on a row of a's) would hang every check."""
    return PATTERN_SECONDS + PATTERN_SECONDS_PER_MEGABYTE * len(text) / 1_000_000


def _phrase_key(text: str, case_sensitive: bool) -> str:
    joined = " ".join(text.split())
    return joined if case_sensitive else joined.casefold()


def word_rule_findings(
    text: str, field: Field, rules: CopyRules, positions: TextPositions
) -> Iterator[Finding]:
    for matcher in rules.matchers:
        try:
            yield from _matcher_findings(matcher, text, field, positions)
        except TimeoutError:
            assert matcher.rule is not None  # only a rule's own pattern has a time limit
            yield field_finding(
                "style.pattern-too-slow", Severity.WARNING,
                said(_TOO_SLOW, {"pattern": matcher.rule.find}), field,
            )  # fmt: skip


def _matcher_findings(
    matcher: _Matcher, text: str, field: Field, positions: TextPositions
) -> Iterator[Finding]:
    if matcher.rule is not None:
        matches = matcher.pattern.finditer(text, timeout=pattern_seconds(text))
    else:
        matches = matcher.pattern.finditer(text)
    for match in matches:
        found = match.group()
        if not found:
            continue
        rule = matcher.rule_for(found)
        yield span_finding(
            positions,
            field,
            match.start(),
            match.end(),
            code=rule.code,
            severity=rule.severity,
            message=rule.said(found),
            suggestions=tuple(_match_case(found, r) for r in rule.replace),
        )


def _match_case(found: str, replacement: str) -> str:
    """`Stated` -> `Said`, `STATED` -> `SAID`."""
    if found.isupper() and len(found) > 1:
        return replacement.upper()
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_SMALL_WORDS = frozenset(
    (
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "en",
        "for",
        "from",
        "if",
        "in",
        "into",
        "nor",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "upon",
        "via",
        "vs",
        "vs.",
        "with",
    )
)
_TITLE_CASE = QT_TRANSLATE_NOOP(
    "Checks", "Headlines are in title case: capitalise the main words."
)
_SENTENCE_CASE = QT_TRANSLATE_NOOP(
    "Checks", "Headlines are in sentence case: capitalise only the first word and proper names."
)
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def headline_case_findings(
    headline: str, rules: CopyRules, positions: TextPositions
) -> Iterator[Finding]:
    words = list(_HEADLINE_WORD.finditer(headline))
    if rules.headline_case == "any" or len(words) < 2:
        return
    if rules.headline_case == "title":
        for index, match in enumerate(words):
            word = match.group()
            edge = index in (0, len(words) - 1)
            if word[0].islower() and (edge or word.lower() not in _SMALL_WORDS):
                yield span_finding(
                    positions,
                    Field.HEADLINE,
                    match.start(),
                    match.end(),
                    code="style.headline-case",
                    severity=rules.headline_case_severity,
                    message=said(_TITLE_CASE),
                    suggestions=(word[0].upper() + word[1:],),
                )
        return
    # Sentence case cannot tell a proper noun from a capitalised common word, so it
    # flags only a headline that reads as title case: most later words capitalised,
    # small words too.
    later = [m.group() for m in words[1:] if not (m.group().isupper() and len(m.group()) > 1)]
    capitalised = [w for w in later if w[0].isupper()]
    small_capitalised = [w for w in capitalised if w.lower() in _SMALL_WORDS]
    if (
        len(later) >= 3
        and len(capitalised) >= 0.75 * len(later)
        and (small_capitalised or len(capitalised) == len(later))
    ):
        yield span_finding(
            positions,
            Field.HEADLINE,
            words[0].start(),
            words[-1].end(),
            code="style.headline-case",
            severity=rules.headline_case_severity,
            message=said(_SENTENCE_CASE),
        )
