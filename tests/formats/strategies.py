"""Hypothesis strategies for stories as an editor makes them, within what the formats
promise to carry exactly (see `story_round_trips` for the few limits)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Status, Story, new_story_uri

CITIES = ("Ankara", "Moscow", "New York", "Rio de Janeiro", "São Paulo", "Москва", "Grosseto")
COUNTRIES = ("Turkey", "Russia", "United States", "Brazil", "Italy", "Россия")
REGIONS = ("New York", "Illinois", "Tuscany")
SOURCES = ("RIA Novosti", "Reuters", "AP", "AFP", "РИА Новости")
LANGUAGES = ("en", "ru", "ru-RU", "ar", "he", "en-GB", "de")
# Fixed offsets only: an aware time in a zone's repeated hour never compares equal to
# the same instant in another zone (PEP 495), which would fail a round trip that is fine.
ZONES = (dt.UTC, dt.timezone(dt.timedelta(hours=3)), dt.timezone(dt.timedelta(hours=-5)))

letters = st.characters(categories=("Lu", "Ll", "Nd"), max_codepoint=0x4FF)
word = st.text(letters, min_size=1, max_size=12)
# Single-spaced and stripped: a headline, keyword or name field holds one line.
line = st.lists(word, min_size=1, max_size=8).map(" ".join)
name_word = st.text(st.characters(categories=("Ll",), max_codepoint=0x24F), min_size=1,
                    max_size=9).map(str.capitalize)  # fmt: skip
person_name = (
    st.lists(name_word, min_size=1, max_size=3)
    .map(" ".join)
    .filter(
        # all capitals would be read as a wire byline; a leading "By" as the word itself
        lambda name: name.upper() != name and not name.lower().startswith("by ")
    )
)
free_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
markdown_body = st.lists(
    st.one_of(line, free_text.map(str.strip), st.just('"A quote," he said.'),
              st.just("- a list item"), st.just("## A subhead"), st.just("*emphasis*")),
    max_size=6,
).map("\n\n".join)  # fmt: skip
moment = st.datetimes(
    min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2090, 12, 31),
    timezones=st.sampled_from(ZONES),
)  # fmt: skip
subject = st.one_of(line, st.integers(10_000_000, 20_999_999).map(lambda n: f"medtop:{n}"))


@st.composite
def datelines(draw: st.DrawFn) -> Dateline:
    if draw(st.booleans()):
        return Dateline()
    has_country = draw(st.booleans())
    return Dateline(
        city=draw(st.sampled_from(CITIES)),
        region=draw(st.sampled_from(REGIONS)) if has_country and draw(st.booleans()) else "",
        country=draw(st.sampled_from(COUNTRIES)) if has_country else "",
        date=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31))),
        source=draw(st.sampled_from(("", *SOURCES))),
    )


@st.composite
def stories(draw: st.DrawFn, statuses: tuple[Status, ...] = tuple(Status)) -> Story:
    dateline = draw(datelines())
    if dateline.date is not None:
        # The printed dateline has no year; it travels in `firstcreated`, which a story
        # filed on the day (give or take months) always has.
        day = dt.datetime.combine(dateline.date, dt.time(12), tzinfo=dt.UTC)
        created = day + dt.timedelta(days=draw(st.integers(-150, 150)))
    else:
        created = draw(st.none() | moment)
    headline = draw(st.just("") | line)
    return Story(
        uri=new_story_uri("ria.ru", created),
        headline=headline,
        slug=draw(st.just("") | line.map(lambda text: text.lower().replace(" ", "-"))),
        bylines=tuple(
            Byline(name=name, role=draw(st.just("") | person_name))
            for name in draw(st.lists(person_name, max_size=3))
        ),
        dateline=dateline,
        lede=draw(st.just("") | line | free_text.map(str.strip)),
        body=draw(markdown_body),
        note=draw(st.just("") | free_text),
        keywords=tuple(draw(st.lists(line, max_size=4, unique=True))),
        language=draw(st.sampled_from(LANGUAGES)),
        urgency=draw(st.integers(1, 9)),
        subjects=tuple(draw(st.lists(subject, max_size=4, unique=True))),
        embargo=draw(st.none() | moment),
        status=draw(st.sampled_from(statuses)),
        id=draw(st.none() | st.integers(1, 10**9)),
        version=draw(st.integers(0, 1000)),
        created_at=created,
        updated_at=draw(st.none() | moment),
    )
