"""Properties of the web-copy parser on generated text: it never raises, and it never
drops a sentence of a clean story."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editorial.domain.story import Story
from editorial.formats.wire_text import parse_web_copy

REFERENCE = dt.datetime(2008, 11, 18, 12, tzinfo=dt.UTC)

# Words of ordinary copy (no furniture words, so a generated paragraph is never "Share.").
WORDS = (
    "minister", "talks", "resume", "council", "alliance", "treaty", "officials", "said",
    "would", "could", "budget", "parliament", "vote", "deputies", "growth", "percent",
    "inflation", "river", "bridge", "election", "committee", "report", "week", "month",
    "year", "agreement", "border", "city", "region", "government", "president",
    "spokesman", "meeting", "market", "prices", "energy", "gas", "pipeline",
)  # fmt: skip
PLACES = ("ANKARA", "MOSCOW", "LONDON", "WASHINGTON", "NEW YORK", "BRUSSELS")
MONTHS = ("January", "March", "June", "November", "Nov.", "Dec")

sentence = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(st.sampled_from(WORDS), min_size=4, max_size=14),
    st.sampled_from([".", ".", "!", "?", '."']),
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
headline = st.lists(st.sampled_from(WORDS), min_size=3, max_size=10).map(
    lambda words: " ".join(words).capitalize()
)
dateline = st.one_of(
    st.just(""),
    st.builds(
        lambda place, month, day, source: f"{place}, {month} {day} ({source}) - ",
        st.sampled_from(PLACES),
        st.sampled_from(MONTHS),
        st.integers(1, 28),
        st.sampled_from(["RIA Novosti", "Reuters", "AP"]),
    ),
    st.builds(lambda place: f"{place} (AP) — ", st.sampled_from(PLACES)),
)
separator = st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=3000))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    story = parse_web_copy(text, reference=REFERENCE)
    assert isinstance(story, Story)
    assert "\x00" not in story.body + story.lede + story.headline


chaos_line = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["Subscribe", "0", "loader", "Заголовок", "By ", "By JOHN", "(", "- ",
                     "ANKARA -", "ANKARA, November 31 (X) - a b c d", "# x", "1.", "—"]),
    sentence,
    headline,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(chaos_line, max_size=40), separator)
def test_never_raises_on_copy_like_chaos(lines: list[str], sep: str) -> None:
    story = parse_web_copy(sep.join(lines), reference=REFERENCE)
    assert isinstance(story, Story)


@settings(max_examples=300, deadline=None)
@given(headline, dateline, st.lists(paragraph, min_size=1, max_size=8, unique=True), separator)
def test_clean_story_loses_no_sentence(
    title: str, opening: str, paragraphs: list[str], sep: str
) -> None:
    # Paragraphs are distinct: a first body paragraph equal to the lede is the repeat
    # the parser collapses on purpose.
    text = sep.join([title, opening + paragraphs[0], *paragraphs[1:]])
    story = parse_web_copy(text, reference=REFERENCE)

    assert story.headline == title
    assert story.lede == paragraphs[0]
    kept = story.body.split("\n\n") if story.body else []
    assert kept == paragraphs[1:]
    if opening:
        assert not story.dateline.is_empty
    else:
        assert story.dateline.is_empty
