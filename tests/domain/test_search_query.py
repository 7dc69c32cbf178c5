"""The search box's language: what each form asks for, a one-line message for what is
malformed, and no other exception for any text at all."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editorial.domain.errors import BadInput
from editorial.domain.search_query import (
    FIELD_NAMES,
    MAX_TERMS,
    SearchQuery,
    TextField,
    TextTerm,
    parse_query,
)
from editorial.domain.search_results import marked_snippet, snippet_parts
from editorial.domain.story import Status


def test_words_are_all_wanted() -> None:
    query = parse_query("quake  Ankara")
    assert query.include == ((TextTerm("quake"),), (TextTerm("Ankara"),))
    assert query.has_text and not query.is_empty


def test_a_phrase_an_exclusion_and_a_prefix() -> None:
    query = parse_query('"eastern Turkey" -aftershock -"death toll" quak*')
    assert query.include == ((TextTerm("eastern Turkey", phrase=True),),
                             (TextTerm("quak", prefix=True),))  # fmt: skip
    assert query.exclude == (TextTerm("aftershock"), TextTerm("death toll", phrase=True))


def test_or_joins_the_words_beside_it() -> None:
    query = parse_query("quake OR earthquake | tremor ankara")
    assert query.include == (
        (TextTerm("quake"), TextTerm("earthquake"), TextTerm("tremor")),
        (TextTerm("ankara"),),
    )
    assert parse_query("or").include == ((TextTerm("or"),),)  # lower case is a word


@pytest.mark.parametrize("query", ["OR quake", "quake OR", "quake OR -x", "a OR status:draft",
                                   "OR", "-x OR y"])  # fmt: skip
def test_a_dangling_or_is_a_message(query: str) -> None:
    with pytest.raises(BadInput, match="OR goes between"):
        parse_query(query)


def test_text_fields() -> None:
    query = parse_query('by:ivanova author:"Anna Ivanova" city:ankara slug:quake title:x kw:y')
    assert [clause[0] for clause in query.include] == [
        TextTerm("ivanova", field=TextField.BYLINES),
        TextTerm("Anna Ivanova", phrase=True, field=TextField.BYLINES),
        TextTerm("ankara", field=TextField.CITY),
        TextTerm("quake", field=TextField.SLUG),
        TextTerm("x", field=TextField.HEADLINE),
        TextTerm("y", field=TextField.KEYWORDS),
    ]
    assert parse_query("-by:smith").exclude == (TextTerm("smith", field=TextField.BYLINES),)


def test_filters() -> None:
    query = parse_query("status:approved,submitted -status:spiked lang:RU urgency:1..3")
    assert query.statuses == {Status.APPROVED, Status.SUBMITTED}
    assert query.excluded_statuses == {Status.SPIKED}
    assert query.languages == {"ru"}
    assert (query.urgency_min, query.urgency_max) == (1, 3)
    assert not query.has_text and not query.includes_spiked
    assert parse_query("status:spiked").includes_spiked
    assert (parse_query("urgency:2").urgency_min, parse_query("urgency:2").urgency_max) == (2, 2)
    assert parse_query("urgency:..4").urgency_max == 4


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("date:2026-11-05", dt.date(2026, 11, 5), dt.date(2026, 11, 6)),
        ("date:2026-11", dt.date(2026, 11, 1), dt.date(2026, 12, 1)),
        ("date:2026-12", dt.date(2026, 12, 1), dt.date(2027, 1, 1)),
        ("date:2026", dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
        ("date:2026-11-01..2026-11-30", dt.date(2026, 11, 1), dt.date(2026, 12, 1)),
        ("date:2026-11-01..", dt.date(2026, 11, 1), None),
        ("date:..2026-11", None, dt.date(2026, 12, 1)),
        ("after:2026-11-01", dt.date(2026, 11, 1), None),
        ("before:2026-11-01", None, dt.date(2026, 11, 1)),
        ("after:2026-11-01 before:2026-12-01", dt.date(2026, 11, 1), dt.date(2026, 12, 1)),
    ],
)
def test_date_ranges(text: str, start: dt.date | None, end: dt.date | None) -> None:
    query = parse_query(text)
    assert (query.changed_from, query.changed_before) == (start, end)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("status:", "status: needs a value"),
        ("status:ready", "no status “ready”"),
        ("lang:r_u", "not a language tag"),
        ("urgency:0", "urgency is 1 to 9"),
        ("urgency:5..2", "is empty"),
        ("date:2026-02-30", "no date 2026-02-30"),
        ("date:yesterday", "not a date"),
        ("date:9999-12", "no date"),
        ("after:2026-12-01 before:2026-11-01", "the date range is empty"),
        ("date:2026-11 date:2026-10", "two different"),
        ("-date:2026", "cannot be left out"),
        ("colour:red", "no field “colour:”"),
        ("by:", "by: needs a value"),
        ("status:draft,,x", "separated by commas"),
        (" ".join(["w"] * (MAX_TERMS + 1)), "too many words"),
    ],
)
def test_malformed_queries_are_one_line_messages(text: str, message: str) -> None:
    with pytest.raises(BadInput, match=message) as raised:
        parse_query(text)
    assert "\n" not in str(raised.value)


def test_a_colon_at_a_words_end_is_text() -> None:
    assert parse_query("Breaking: quake").include == (
        (TextTerm("Breaking:"),),
        (TextTerm("quake"),),
    )
    assert parse_query("10:30").include == ((TextTerm("10:30"),),)
    assert parse_query('"colour:red"').include == ((TextTerm("colour:red", phrase=True),),)


def test_punctuation_alone_is_no_term() -> None:
    assert parse_query('* " - ( ) ^ | :').is_empty
    assert parse_query("").is_empty and parse_query("   ").is_empty


def test_an_unclosed_quote_runs_to_the_end_while_typing() -> None:
    assert parse_query('"eastern tur').include == ((TextTerm("eastern tur", phrase=True),),)


def test_typing_makes_the_last_bare_word_a_prefix() -> None:
    assert parse_query("quake ank", prefix_last=True).include[-1] == (TextTerm("ank", prefix=True),)
    assert parse_query("quake ank ", prefix_last=True).include[-1] == (TextTerm("ank"),)
    assert parse_query("by:ivan", prefix_last=True).include[-1] == (
        TextTerm("ivan", field=TextField.BYLINES),
    )


def test_every_field_name_is_known_to_the_parser() -> None:
    for name in FIELD_NAMES:
        with pytest.raises(BadInput, match=f"{name}: needs a value"):
            parse_query(f"{name}:")


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_text_parses_or_is_a_one_line_message(text: str) -> None:
    try:
        query = parse_query(text)
    except BadInput as error:
        assert "\n" not in str(error) and str(error).startswith("Search: ")
        return
    assert isinstance(query, SearchQuery)
    for clause in query.include:
        assert all(any(c.isalnum() for c in term.text) for term in clause)


grammar_pieces = st.sampled_from(
    ['"', "-", "*", "OR", "|", " ", "quake", "by:", "status:", "draft", ",", "..", "2026-11",
     "date:", "urgency:", "1", "lang:", "ru", ":", "NEAR", "(", ")", "ё"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(grammar_pieces, max_size=12).map("".join), st.booleans())
def test_near_misses_of_the_grammar_parse_or_are_messages(text: str, prefix: bool) -> None:
    try:
        parse_query(text, prefix_last=prefix)
    except BadInput as error:
        assert "\n" not in str(error)


def test_snippet_marks() -> None:
    snippet = "Rescuers \x02searched\x03 the \x02rubble\x03."
    assert snippet_parts(snippet) == [("Rescuers ", False), ("searched", True), (" the ", False),
                                      ("rubble", True), (".", False)]  # fmt: skip
    assert marked_snippet(snippet, "[", "]") == "Rescuers [searched] the [rubble]."
    assert snippet_parts("stray \x03 end") == [("stray  end", False)]
