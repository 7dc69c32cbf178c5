"""Placing findings in a widget's UTF-16 text and following edits: plain arithmetic, no
QApplication."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editorial.domain.findings import Field, Finding, Severity
from editorial.ui.checks.text_spans import (
    Span,
    Utf16Map,
    is_separator,
    shift_spans,
    span_at,
    spans_for_field,
    text_edit,
    utf16_length,
)


def finding(start: int, end: int, code: str = "spelling", field: Field = Field.BODY) -> Finding:
    return Finding(code, Severity.WARNING, "m", field, start, end, 1, start + 1)


def test_utf16_positions_count_astral_characters_twice() -> None:
    text = "a🎉b🇹🇷c"
    units = Utf16Map(text)
    assert [units.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 8, 9]
    assert [units.from_utf16(u) for u in range(10)] == [0, 1, 1, 2, 3, 3, 4, 4, 5, 6]
    assert utf16_length(text) == 9


@given(st.text(alphabet=st.sampled_from("ab ё🎉𝔸\u00a0"), max_size=40))
def test_utf16_map_round_trips(text: str) -> None:
    units = Utf16Map(text)
    encoded = text.encode("utf-16-le")
    for index in range(len(text) + 1):
        position = units.to_utf16(index)
        assert position == len(text[:index].encode("utf-16-le")) // 2
        assert units.from_utf16(position) == index
    assert units.to_utf16(len(text)) * 2 == len(encoded)


def test_spans_skip_the_trimmed_start_and_whole_text_findings() -> None:
    text = "  🎉 teh end"
    findings = [
        finding(2, 5, field=Field.LEDE),  # "teh" in the story's trimmed "🎉 teh end"
        finding(0, 9, code="count.lede-long", field=Field.LEDE),
        finding(0, 0, code="structure.missing-lede", field=Field.LEDE),
        finding(2, 5, field=Field.BODY),
    ]
    spans = spans_for_field(findings, Field.LEDE, text, trimmed=True)
    assert [(s.start, s.end) for s in spans] == [(5, 8)]
    assert spans_for_field(findings, Field.BODY, "ab teh", trimmed=False)[0].start == 2


def test_spans_beyond_the_text_are_left_out() -> None:
    assert spans_for_field([finding(5, 20)], Field.BODY, "short", trimmed=False) == []


def test_an_edit_before_a_span_moves_it_and_one_inside_drops_it() -> None:
    spans = [Span(10, 13, finding(10, 13)), Span(20, 25, finding(20, 25))]
    moved = shift_spans(spans, 0, 0, 4, "abc ")
    assert [(s.start, s.end) for s in moved] == [(14, 17), (24, 29)]
    inside = shift_spans(spans, 11, 1, 0)
    assert [(s.start, s.end) for s in inside] == [(19, 24)]
    # Typing a letter right after a word changes the word; a space does not.
    assert [(s.start, s.end) for s in shift_spans(spans, 13, 0, 1, "s")] == [(21, 26)]
    assert [(s.start, s.end) for s in shift_spans(spans, 13, 0, 1, " ")] == [(10, 13), (21, 26)]
    assert [(s.start, s.end) for s in shift_spans(spans, 10, 0, 1, "x")] == [(21, 26)]
    assert [(s.start, s.end) for s in shift_spans(spans, 10, 0, 1, "(")] == [(11, 14), (21, 26)]


def test_separators() -> None:
    assert is_separator(" ") and is_separator(", ") and is_separator("“")
    assert not is_separator("") and not is_separator("a") and not is_separator("’")


def test_span_at_prefers_spelling_and_counts_both_ends() -> None:
    style = Span(4, 10, finding(4, 10, code="style.word"))
    spelling = Span(4, 10, finding(4, 10))
    assert span_at([style, spelling], 4) is spelling
    assert span_at([style], 10) is style
    assert span_at([style], 11) is None


def test_text_edit_finds_the_changed_middle_in_utf16_units() -> None:
    assert text_edit("Talks resme", "Talks resume") == (9, 0, 1, "u")
    assert text_edit("🎉 ab", "🎉 xab") == (3, 0, 1, "x")
    assert text_edit("abc", "abc") == (3, 0, 0, "")
    assert text_edit("aaa", "aa") == (2, 1, 0, "")
    assert text_edit("one two", "one 2") == (4, 3, 1, "2")
