"""Checks on the shape of the copy, in any language: missing parts, a lede repeated as
the first paragraph, unbalanced quotation marks and brackets, doubled words, double
spaces, a headline ending in a period."""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from itertools import compress
from operator import eq

from editorial.domain.findings import (
    Field,
    Finding,
    Severity,
    TextPositions,
    field_finding,
    span_finding,
)
from editorial.domain.render import nesting_cut
from editorial.domain.story import Story
from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, said
from editorial.domain.words import WordSpans, windows, word_pattern

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_LIST_MARKER = re.compile(r"(?m)^[ \t]*\w{1,2}\)")
# Where no doubled word runs across: a character neither in a word nor a space (a gap
# holding one is not only spaces), or a blank line.
_NO_DOUBLING_ACROSS = re.compile(r"[^\w\s'’]|[\d_]|\n[^\S\n]*\n")
_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|No)\.)$")
# Searched for only in a headline's last characters: from every start in a long row of
# `A.A.A.` the pattern would run to the end and back.
_ABBREVIATION_TAIL = 40
# A lede is a sentence or two; SequenceMatcher's time grows with the square of the length.
_LEDE_COMPARED_CHARACTERS = 2000

_MARKS = re.compile(r'[()\[\]{}«»„“”"]')
_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSES_NOTHING = QT_TRANSLATE_NOOP("Checks", "“{mark}” closes nothing.")
_CLOSES_UNOPENED = QT_TRANSLATE_NOOP("Checks", "“{mark}” closes a quotation that was not opened.")
_NEVER_CLOSED = QT_TRANSLATE_NOOP("Checks", "“{mark}” is never closed.")
_REPEATED = QT_TRANSLATE_NOOP("Checks", "“{words}” is repeated.")
_QUOTE_UNCLOSED = QT_TRANSLATE_NOOP("Checks", "The quotation opened by “{mark}” is not closed.")
# Another story's slug: (more than one other, the first has a headline) -> the message.
_DUPLICATE_SLUG = {
    (False, True): QT_TRANSLATE_NOOP(
        "Checks",
        "Another story has the slug “{slug}”: “{headline}” (story {id}). Give this one its own.",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "Checks", "Another story has the slug “{slug}”: story {id}. Give this one its own."
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "Checks",
        "Other stories have the slug “{slug}” too ({count} in all), among them “{headline}” "
        "(story {id}). Give this one its own.",
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "Checks",
        "Other stories have the slug “{slug}” too ({count} in all), among them story {id}. "
        "Give this one its own.",
    ),
}
_TOO_DEEP = QT_TRANSLATE_NOOP(
    "Checks", "Quotes and lists nested this deep are not published: the text inside is left out."
)
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, trimmed."""
    spans = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for begin, end in spans:
        chunk = text[begin:end]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            trimmed.append((begin + lead, begin + len(chunk.rstrip())))
    return trimmed


def missing_part_findings(story: Story) -> Iterator[Finding]:
    if not story.headline.strip():
        yield field_finding(
            "structure.missing-headline",
            Severity.ERROR,  # nothing goes out without a headline
            said(QT_TRANSLATE_NOOP("Checks", "The story has no headline.")),
            Field.HEADLINE,
        )
    if story.dateline.is_empty:
        yield field_finding(
            "structure.missing-dateline",
            Severity.WARNING,
            said(QT_TRANSLATE_NOOP("Checks", "The story has no dateline.")),
            Field.DATELINE,
        )
    if not any(b.name.strip() for b in story.bylines):
        yield field_finding(
            "structure.missing-byline",
            Severity.INFO,
            said(QT_TRANSLATE_NOOP("Checks", "The story has no byline.")),
            Field.BYLINE,
        )
    if not story.lede.strip():
        yield field_finding(
            "structure.missing-lede",
            Severity.INFO,
            said(QT_TRANSLATE_NOOP("Checks", "The story has no lede.")),
            Field.LEDE,
        )
    if not story.body.strip():
        yield field_finding(
            "structure.missing-body",
            Severity.ERROR,
            said(QT_TRANSLATE_NOOP("Checks", "The story has no body text.")),
            Field.BODY,
        )


def lede_repeated_findings(
    story: Story, positions: TextPositions, first_paragraph_text: str, span: tuple[int, int]
) -> Iterator[Finding]:
    """The lede pasted again as the body's first paragraph (web copy does this), with
    or without a dateline in front. `first_paragraph_text` has any dateline removed."""
    lede, first = _comparable(story.lede), _comparable(first_paragraph_text)
    if not lede or not first:
        return
    if lede != first:
        # Comparing takes time quadratic in the length: a lede longer than any lede is
        # judged by equality alone.
        if max(len(lede), len(first)) > _LEDE_COMPARED_CHARACTERS:
            return
        matcher = SequenceMatcher(None, lede, first, autojunk=False)
        if not (matcher.quick_ratio() > 0.9 and matcher.ratio() > 0.9):
            return
    yield span_finding(
        positions,
        Field.BODY,
        span[0],
        span[1],
        code="structure.lede-repeated",
        severity=Severity.WARNING,
        message=said(QT_TRANSLATE_NOOP("Checks", "The first paragraph repeats the lede.")),
        suggestions=("",),
    )


def _comparable(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(".!?…")


def balance_findings(text: str, field: Field, positions: TextPositions) -> Iterator[Finding]:
    """Brackets, «guillemets» and curly or straight double quotation marks that are
    not closed, or closed without being opened. A quotation running over several
    paragraphs is fine: each paragraph opens it again and only the last closes it."""
    masked = _CODE_SPAN.sub(lambda m: " " * len(m.group()), text)
    list_markers = {m.end() - 1 for m in _LIST_MARKER.finditer(masked)}
    spans = paragraphs(masked)
    for index, (start, end) in enumerate(spans):
        following = masked[spans[index + 1][0]] if index + 1 < len(spans) else ""
        yield from _balance_paragraph(masked, start, end, following, list_markers, field, positions)


def _balance_paragraph(
    text: str,
    start: int,
    end: int,
    following: str,
    list_markers: set[int],
    field: Field,
    positions: TextPositions,
) -> Iterator[Finding]:
    brackets: list[int] = []
    guillemets: list[int] = []
    curly: list[int] = []
    straight: list[int] = []
    problems: list[tuple[int, Message]] = []
    marks = [(m.start(), m.group()) for m in _MARKS.finditer(text, start, end)]
    first_guillemet = next((c for _, c in marks if c in "«»"), "«")
    opening_guillemet, closing_guillemet = (
        ("«", "»") if first_guillemet == "«" else ("»", "«")
    )  # German and Danish copy may quote »like this«
    for position, char in marks:
        if char in _OPENERS:
            brackets.append(position)
        elif char in _CLOSERS:
            if position in list_markers:
                continue
            if brackets and text[brackets[-1]] == _CLOSERS[char]:
                brackets.pop()
            else:
                problems.append((position, said(_CLOSES_NOTHING, {"mark": char})))
        elif char == opening_guillemet:
            guillemets.append(position)
        elif char == closing_guillemet:
            if guillemets:
                guillemets.pop()
            else:
                problems.append((position, said(_CLOSES_UNOPENED, {"mark": char})))
        elif char == "„" or (char == "“" and not (curly and text[curly[-1]] == "„")):
            curly.append(position)
        elif char in "“”":
            if curly:
                curly.pop()
            else:
                problems.append((position, said(_CLOSES_UNOPENED, {"mark": char})))
        elif char == '"':
            if straight:
                straight.pop()
            else:
                straight.append(position)
    for position in brackets:
        problems.append((position, said(_NEVER_CLOSED, {"mark": text[position]})))
    for stack, opener in ((guillemets, opening_guillemet), (curly, "“„"), (straight, '"')):
        if stack and following and following in opener:
            continue  # the quotation carries on into the next paragraph
        for position in stack:
            problems.append((position, said(_QUOTE_UNCLOSED, {"mark": text[position]})))
    for position, message in sorted(problems, key=lambda problem: problem[0]):
        yield span_finding(
            positions,
            field,
            position,
            position + 1,
            code="structure.unbalanced",
            severity=Severity.WARNING,
            message=message,
        )


def doubled_word_findings(
    text: str, field: Field, positions: TextPositions, exceptions: frozenset[str]
) -> Iterator[Finding]:
    """`the the`, and doubled phrases of two or three words (`like to like to`), within
    a paragraph and with nothing but spaces between them."""
    # In windows, so that a long story's words are never all held at once (15 MB of
    # them took 440 MB).
    for start, end in windows(text, _NO_DOUBLING_ACROSS):
        yield from _doubled_in_window(text, start, end, field, positions, exceptions)


def _doubled_in_window(
    text: str,
    start: int,
    end: int,
    field: Field,
    positions: TextPositions,
    exceptions: frozenset[str],
) -> Iterator[Finding]:
    words = list(map(str.casefold, word_pattern(text).findall(text, start, end)))
    spans = WordSpans(text, start, end)
    # Only where a word comes again one, two or three words on can a doubling start:
    # compared by `map` a whole window at a time, not word by word in Python (which
    # took most of the checks' time on a long story).
    count = len(words)
    candidates = sorted({
        index for distance in (1, 2, 3)
        for index in compress(range(count), map(eq, words, words[distance:]))
    })  # fmt: skip
    free_from = 0
    for index in candidates:
        if index < free_from:
            continue
        size = _doubling_size(text, spans, words, index, exceptions)
        if not size:
            continue
        last = index + 2 * size - 1
        first_copy = text[spans[index][0] : spans[index + size - 1][1]]
        yield span_finding(
            positions,
            field,
            spans[index][0],
            spans[last][1],
            code="structure.doubled-word",
            severity=Severity.WARNING,
            message=said(_REPEATED, {"words": first_copy}),
            suggestions=(first_copy,),
        )
        free_from = last + 1


def _doubling_size(
    text: str, spans: WordSpans, words: list[str], index: int,
    exceptions: frozenset[str],
) -> int:  # fmt: skip
    """How many words starting at `index` are at once repeated (3, 2 or 1) with only
    spaces between, or 0. A longer repeat that fails (a line break too many) still
    leaves a shorter one to find."""
    if index + 1 >= len(words) or _not_spaces(text[spans[index][1] : spans[index + 1][0]]):
        return 0  # every size's gaps start with this one (`a@a@a`: quickly done with)
    for size in (3, 2, 1):
        last = index + 2 * size - 1
        if last >= len(words) or words[index : index + size] != words[index + size : last + 1]:
            continue
        if size == 1 and words[index] in exceptions:
            continue
        gaps = [text[spans[i][1] : spans[i + 1][0]] for i in range(index, last)]
        # Only spaces between, and not part of a compound (`что что-то` is fine).
        compound = (
            text[spans[last][1] : spans[last][1] + 1] == "-"
            or text[spans[index][0] - 1 : spans[index][0]] == "-"
        )
        if not compound and not any(_not_spaces(gap) for gap in gaps):
            return size
    return 0


def _not_spaces(gap: str) -> bool:
    return bool(gap.strip()) or gap.count("\n") > 1


def double_space_findings(text: str, field: Field, positions: TextPositions) -> Iterator[Finding]:
    for match in _DOUBLE_SPACE.finditer(text):
        yield span_finding(
            positions,
            field,
            match.start(),
            match.end(),
            code="structure.double-space",
            severity=Severity.INFO,
            message=said(QT_TRANSLATE_NOOP("Checks", "Two spaces where one will do.")),
            suggestions=(" ",),
        )


def too_deep_findings(body: str, positions: TextPositions) -> Iterator[Finding]:
    """Quotes or lists nested deeper than the published HTML holds: the text inside them
    would be left out without a word."""
    line = nesting_cut(body)
    if line is None:
        return
    start = 0
    for _ in range(line):
        start = body.find("\n", start) + 1 or len(body)
    end = body.find("\n", start)
    yield span_finding(
        positions, Field.BODY, start, len(body) if end == -1 else end,
        code="structure.too-deep", severity=Severity.WARNING, message=said(_TOO_DEEP),
    )  # fmt: skip


def headline_period_findings(headline: str, positions: TextPositions) -> Iterator[Finding]:
    stripped = headline.rstrip()
    if (
        stripped.endswith(".")
        and not stripped.endswith("..")
        and not _ABBREVIATION_END.search(stripped, max(0, len(stripped) - _ABBREVIATION_TAIL))
    ):
        yield span_finding(
            positions,
            Field.HEADLINE,
            len(stripped) - 1,
            len(stripped),
            code="structure.headline-period",
            severity=Severity.WARNING,
            message=said(QT_TRANSLATE_NOOP("Checks", "Headlines do not end with a period.")),
            suggestions=("",),
        )


def duplicate_slug_findings(slug: str, others: list[tuple[int, str]]) -> Iterator[Finding]:
    """A warning when other stories of the library (`others`: their id and headline)
    have the same slug: a desk tells stories apart by it, and the wire by it too."""
    if not slug.strip() or not others:
        return
    story_id, headline = others[0]
    values = {"slug": slug.strip(), "headline": headline.strip(), "id": str(story_id),
              "count": str(len(others))}  # fmt: skip
    template = _DUPLICATE_SLUG[(len(others) > 1, bool(headline.strip()))]
    yield field_finding("structure.duplicate-slug", Severity.WARNING, said(template, values),
                        Field.STORY)  # fmt: skip
