"""A word-level diff of two texts, as a copy editor reads one.

Tokens are words of any script (a word keeps its combining marks and an inner
apostrophe: "minister's"; Chinese and Japanese characters count one by one), numbers kept
whole ("1,200", "3.5"), single punctuation marks and runs of white space. The result is
a tuple of operations (equal, delete, insert) whose old sides join into the old text and
whose new sides join into the new text, each with its character offsets.

difflib (the standard library) does the matching; diff-match-patch was weighed and
left out: its word mode is a trick over its line mode and its bound on work is a wall
clock timeout, so the same two texts could diff differently on a busy machine. The work
is bounded here instead, deterministically: lines (paragraphs) are matched first, only the
lines that differ are diffed word by word, common starts and ends are cut before any
matching, and a stretch too large to match word by word (a megabyte with no line breaks
that differs throughout) is shown as replaced whole.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from functools import cache

# Lines (or a long line's sentences) matched as units: more than this many pairs and the
# differing middle is one block.
PIECE_PAIRS_LIMIT = 4_000_000
# Words matched within a block of differing lines: beyond this many pairs, replaced whole.
TOKEN_PAIRS_LIMIT = 25_000_000
# Up to this many pairs, every word can anchor a match (exact, and at most ~50 ms); a
# longer paragraph is matched by sentences first.
EXACT_UNIT_PAIRS = 1_000_000


class Change(StrEnum):
    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One stretch of the diff: `old` is its text in the old version ("" for an insert),
    `new` in the new ("" for a delete); the starts are character offsets in each text."""

    change: Change
    old: str
    new: str
    old_start: int
    new_start: int

    @property
    def old_end(self) -> int:
        return self.old_start + len(self.old)

    @property
    def new_end(self) -> int:
        return self.new_start + len(self.new)


@dataclass(frozen=True, slots=True)
class Edit:
    """One change as an editor names it: `old` replaced by `new` (either may be empty),
    a delete and the insert right after it taken together."""

    old: str
    new: str
    old_start: int
    new_start: int


@dataclass(frozen=True, slots=True)
class TextDiff:
    ops: tuple[DiffOp, ...]

    @property
    def changed(self) -> bool:
        return any(op.change is not Change.EQUAL for op in self.ops)

    @property
    def old_text(self) -> str:
        return "".join(op.old for op in self.ops)

    @property
    def new_text(self) -> str:
        return "".join(op.new for op in self.ops)

    def edits(self) -> tuple[Edit, ...]:
        """The changes, each delete taken with the insert that follows it."""
        found: list[Edit] = []
        pending: Edit | None = None
        for op in self.ops:
            if op.change is Change.EQUAL:
                if pending is not None:
                    found.append(pending)
                pending = None
            elif pending is None:
                pending = Edit(op.old, op.new, op.old_start, op.new_start)
            else:
                pending = Edit(pending.old + op.old, pending.new + op.new,
                               pending.old_start, pending.new_start)  # fmt: skip
        if pending is not None:
            found.append(pending)
        return tuple(found)


@cache
def _marks() -> str:
    """Combining marks and joiners (Arabic vowel signs, Devanagari matras, ZWJ) that
    `\\w` leaves out but that belong inside a word; as a character-class body."""
    codes = [
        code
        for code in range(0x300, 0x20000)
        if unicodedata.category(chr(code))[0] == "M" and not chr(code).isalnum()
    ] + [0x200C, 0x200D]
    ranges: list[tuple[int, int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in ranges)


def _escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


# Han, kana and CJK compatibility ideographs: written without spaces, diffed by character.
_CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK = re.compile(f"[{_CJK_CLASS}]")
_CJK_SPLIT = re.compile(f"[{_CJK_CLASS}]|[^{_CJK_CLASS}]+")


@cache
def _token_pattern() -> re.Pattern[str]:
    letter = r"[^\W\d_]"
    inner = f"(?:[^\\W_]|[{_marks()}])"
    return re.compile(
        r"\s+"  # a run of white space
        r"|\d+(?:[.,]\d+)*"  # a number with its separators: 1,200  3.5  1.200.000
        f"|{letter}{inner}*(?:['’]{inner}+)*"  # a word (minister's, G7)
        r"|.",  # one mark of punctuation, a symbol, a stray combining mark
        re.DOTALL,
    )


def tokenize(text: str) -> list[str]:
    """The text in tokens that join back into it exactly."""
    tokens: list[str] = []
    for token in _token_pattern().findall(text):
        if len(token) > 1 and _CJK.search(token):
            tokens.extend(_CJK_SPLIT.findall(token))
        else:
            tokens.append(token)
    return tokens


# A span of both texts: (old_start, old_end, new_start, new_end, equal).
_Span = tuple[int, int, int, int, bool]


def diff_words(old: str, new: str) -> TextDiff:
    """The word-level diff of two texts."""
    if old == new:
        return TextDiff((DiffOp(Change.EQUAL, old, new, 0, 0),) if old else ())
    return TextDiff(_ops(old, new, _diff_pieces(old, new, 0, 0)))


def _split_lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


_SENTENCE_END = re.compile(r"(?<=[.!?;。！？])\s+")


def _split_sentences(text: str) -> list[str]:
    """Sentences with the space after each, for a paragraph too long to match by word."""
    cuts = [match.end() for match in _SENTENCE_END.finditer(text)]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True) if b > a]


def _diff_pieces(
    old: str, new: str, old_base: int, new_base: int, *, sentences: bool = False
) -> list[_Span]:
    """Match lines (or a long line's sentences) as units, then diff the differing ones by
    word."""
    spans: list[_Span] = []
    split = _split_sentences if sentences else _split_lines
    old_pieces, new_pieces = split(old), split(new)
    old_at, new_at = _offsets(old_pieces), _offsets(new_pieces)
    for tag, i1, i2, j1, j2 in _match(old_pieces, new_pieces, PIECE_PAIRS_LIMIT, autojunk=False):
        a1, a2, b1, b2 = old_at[i1], old_at[i2], new_at[j1], new_at[j2]
        if tag == "equal":
            spans.append((old_base + a1, old_base + a2, new_base + b1, new_base + b2, True))
            continue
        old_tokens, new_tokens = tokenize(old[a1:a2]), tokenize(new[b1:b2])
        if (
            not sentences
            and (i2 - i1, j2 - j1) == (1, 1)
            and _trimmed_pairs(_units(old_tokens), _units(new_tokens)) > EXACT_UNIT_PAIRS
            and (_SENTENCE_END.search(old, a1, a2) or _SENTENCE_END.search(new, b1, b2))
        ):
            spans.extend(
                _diff_pieces(old[a1:a2], new[b1:b2], old_base + a1, new_base + b1, sentences=True)
            )
        else:
            spans.extend(_diff_tokens(old_tokens, new_tokens, old_base + a1, new_base + b1))
    return spans


def _trimmed_pairs(a: list[str], b: list[str]) -> int:
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return (len(a) - start - end) * (len(b) - start - end)


def _offsets(pieces: list[str]) -> list[int]:
    at = [0]
    for piece in pieces:
        at.append(at[-1] + len(piece))
    return at


def _match(
    a: list[str], b: list[str], limit: int, *, autojunk: bool
) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes, with the common start and end cut first (identical texts cost
    one pass) and the middle replaced whole when it is too large to match."""
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a, end_b = end_a - 1, end_b - 1
    codes: list[tuple[str, int, int, int, int]] = []
    if start:
        codes.append(("equal", 0, start, 0, start))
    if (end_a - start) * (end_b - start) > limit:
        codes.append(("replace", start, end_a, start, end_b))
    elif end_a > start or end_b > start:
        matcher = SequenceMatcher(None, a[start:end_a], b[start:end_b], autojunk=autojunk)
        codes.extend(
            (tag, i1 + start, i2 + start, j1 + start, j2 + start)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        )
    if end_a < len(a):
        codes.append(("equal", end_a, len(a), end_b, len(b)))
    return codes


def _units(tokens: list[str]) -> list[str]:
    """Tokens with the white space after each joined to it: the units matched. A space on
    its own would be the commonest token of any text, and matching it is quadratic."""
    units: list[str] = []
    for token in tokens:
        if units and token.isspace():
            units[-1] += token
        else:
            units.append(token)
    return units


def _diff_tokens(
    old_tokens: list[str], new_tokens: list[str], old_base: int, new_base: int
) -> list[_Span]:
    old_units, new_units = _units(old_tokens), _units(new_tokens)
    old_at, new_at = _offsets(old_units), _offsets(new_units)
    # Matched without their spaces, so a word that now ends its paragraph still matches.
    old_keys, new_keys = _keys(old_units), _keys(new_units)
    # Past a few hundred units, difflib's heuristic leaves the commonest words out of the
    # anchors, which keeps long blocks fast at some cost in precision.
    autojunk = len(old_units) * len(new_units) > EXACT_UNIT_PAIRS
    codes = _match(old_keys, new_keys, TOKEN_PAIRS_LIMIT, autojunk=autojunk)
    spans: list[_Span] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(codes):
        a1, a2 = old_base + old_at[i1], old_base + old_at[i2]
        b1, b2 = new_base + new_at[j1], new_base + new_at[j2]
        if tag == "equal" and not _is_glue(old_keys[i1:i2], codes, index):
            if old_units[i1:i2] == new_units[j1:j2]:
                spans.append((a1, a2, b1, b2, True))
            else:
                spans.extend(_respaced(old_units, new_units, i1, j1, i2 - i1, a1, b1))
            continue
        # The space both sides end with is unchanged: "[-Serdyukov-]{+Shoigu+} said".
        space = _common_trailing_space(old_units[i2 - 1] if i2 > i1 else "",
                                       new_units[j2 - 1] if j2 > j1 else "")  # fmt: skip
        spans.append((a1, a2 - space, b1, b2 - space, False))
        spans.append((a2 - space, a2, b2 - space, b2, True))
    return spans


def _keys(units: list[str]) -> list[str]:
    return [unit.rstrip() or unit for unit in units]


def _respaced(
    old_units: list[str], new_units: list[str], i: int, j: int, count: int, a: int, b: int
) -> list[_Span]:
    """Matched words whose spaces differ: the words equal, the spaces changed."""
    spans: list[_Span] = []
    for old_unit, new_unit in zip(old_units[i : i + count], new_units[j : j + count], strict=True):
        word = len(old_unit.rstrip() or old_unit)
        spans.append((a, a + word, b, b + word, True))
        spans.append(
            (a + word, a + len(old_unit), b + word, b + len(new_unit), old_unit == new_unit)
        )
        a, b = a + len(old_unit), b + len(new_unit)
    return spans


def _common_trailing_space(old: str, new: str) -> int:
    count = 0
    while count < min(len(old), len(new)) and old[-1 - count] == new[-1 - count]:
        if not old[-1 - count].isspace():
            break
        count += 1
    return count if count < min(len(old), len(new)) else 0


def _is_glue(units: list[str], codes: list[tuple[str, int, int, int, int]], index: int) -> bool:
    """A lone mark matched between two changes ("-", "'"): shown inside the change rather
    than as a patchwork of tiny changes."""
    between = 0 < index < len(codes) - 1
    return (
        between
        and len(units) == 1
        and len(units[0].strip()) <= 1
        and not (units[0].strip().isalnum())
    )


def _ops(old: str, new: str, spans: list[_Span]) -> tuple[DiffOp, ...]:
    """Spans joined where they touch and of one kind, as operations (delete before
    insert)."""
    merged: list[_Span] = []
    for span in spans:
        if span[0] == span[1] and span[2] == span[3]:
            continue
        if merged and merged[-1][4] == span[4]:
            last = merged[-1]
            merged[-1] = (last[0], span[1], last[2], span[3], span[4])
        else:
            merged.append(span)
    ops: list[DiffOp] = []
    for a1, a2, b1, b2, equal in merged:
        if equal:
            ops.append(DiffOp(Change.EQUAL, old[a1:a2], new[b1:b2], a1, b1))
            continue
        if a2 > a1:
            ops.append(DiffOp(Change.DELETE, old[a1:a2], "", a1, b1))
        if b2 > b1:
            ops.append(DiffOp(Change.INSERT, "", new[b1:b2], a2, b1))
    return tuple(ops)
