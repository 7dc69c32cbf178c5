"""Web copy pasted from news pages becomes the story an agency editor would have typed."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.render import render_body
from editorial.formats.errors import FormatError
from editorial.formats.wire_text import MAX_WEB_COPY_CHARS, parse_web_copy
from tests.catalogs import real_gazetteer
from tests.formats.conftest import SAMPLE_REFERENCE

SAMPLE_HEADLINE = "Russia urges resumption of dialogue with NATO, alliance wary"
SAMPLE_LEDE = (
    "Russian Defense Minister Anatoly Serdyukov called on Tuesday for a resumption of "
    "dialogue with NATO, frozen after a five-day war between Russia and Georgia in August, "
    "but the alliance indicated there would be no major compromise."
)
SAMPLE_CHROME = (
    "Sputnik International", "The latest news and stories from Russia", "Subscribe",
    "Newsfeed", "To participate in the discussion", "log in or register", "loader", "Chats",
    "Заголовок открываемого материала", "RIA Novosti) -",
)  # fmt: skip


def sample_body_paragraphs(text: str) -> list[str]:
    """The sample's body as its lines say: from the visit line to the last quote."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = next(i for i, line in enumerate(lines) if line.startswith("Serdyukov is on"))
    last = next(i for i, line in enumerate(lines) if line.startswith('"I support those'))
    return lines[first : last + 1]


def test_sample_becomes_the_story_an_editor_would_type(sample_text: str) -> None:
    story = parse_web_copy(
        sample_text, reference=SAMPLE_REFERENCE, agency_domain="ria.ru", gazetteer=real_gazetteer
    )

    assert story.headline == SAMPLE_HEADLINE
    assert story.slug == "russia-urges-resumption-dialogue-nato"
    assert story.dateline == Dateline(
        city="Ankara", country="Turkey", date=dt.date(2008, 11, 18), source="RIA Novosti"
    )
    assert story.lede == SAMPLE_LEDE
    assert story.body == "\n\n".join(sample_body_paragraphs(sample_text))
    assert story.body.startswith("Serdyukov is on a two-day official visit to NATO member Turkey.")
    assert story.body.endswith('cannot in any possibility be considered legal," he said.')
    assert story.uri.startswith("urn:newsml:ria.ru:20081118:")
    assert story.language == "en"
    assert story.bylines == ()


def test_sample_lede_appears_once_and_chrome_is_gone(sample_text: str) -> None:
    story = parse_web_copy(sample_text, reference=SAMPLE_REFERENCE, gazetteer=real_gazetteer)
    everything = "\n".join((story.headline, story.lede, story.body))
    assert everything.count("Serdyukov called on Tuesday") == 1
    assert "ANKARA" not in everything
    for chrome in SAMPLE_CHROME:
        assert chrome not in everything, chrome
    assert '"disproportionate force."' in story.body  # quotes kept verbatim
    assert "\n0\n" not in f"\n{story.body}\n"


def test_sample_year_is_the_one_nearest_the_reference(sample_text: str) -> None:
    early_next_year = dt.datetime(2009, 2, 1, tzinfo=dt.UTC)
    story = parse_web_copy(sample_text, reference=early_next_year, gazetteer=real_gazetteer)
    assert story.dateline.date == dt.date(2008, 11, 18)
    late_year = dt.datetime(2013, 11, 20, tzinfo=dt.UTC)
    assert parse_web_copy(
        sample_text, reference=late_year, gazetteer=real_gazetteer
    ).dateline.date == dt.date(2013, 11, 18)


def test_sample_with_windows_line_ends_and_invisible_characters(sample_text: str) -> None:
    messy = sample_text.replace("\n", "\r\n").replace("Serdyukov is", "Serdyukov\u200b\xa0is")
    story = parse_web_copy("\ufeff" + messy, reference=SAMPLE_REFERENCE, gazetteer=real_gazetteer)
    assert story.headline == SAMPLE_HEADLINE
    assert story.body.startswith("Serdyukov is on a two-day")
    assert "\r" not in story.body


AP_COPY = """AP NEWS
Sections
World News
U.S. and Russia agree to resume arms control talks
By MATTHEW LEE, AP Diplomatic Writer
Updated 2:15 PM UTC, November 18, 2008
Share
WASHINGTON (AP) — The United States and Russia agreed Tuesday to resume talks on a new \
strategic arms treaty before the current one expires next year, officials said.
"We are ready to talk," a senior State Department official said.
Negotiators will meet in Geneva in December.
Advertisement
The talks have been frozen since the war in Georgia in August.
Copyright 2008 The Associated Press. All rights reserved. This material may not be \
published, broadcast, rewritten or redistributed.
Related Stories
Most read
"""


def test_ap_style_copy() -> None:
    story = parse_web_copy(
        AP_COPY, reference=dt.datetime(2008, 11, 18, 15, tzinfo=dt.UTC), gazetteer=real_gazetteer
    )
    assert story.headline == "U.S. and Russia agree to resume arms control talks"
    assert story.dateline.city == "Washington"
    assert story.dateline.country == "United States"
    assert story.dateline.source == "AP"
    assert story.dateline.date is None
    assert story.lede.startswith("The United States and Russia agreed Tuesday")
    assert story.bylines == (Byline(name="Matthew Lee", role="AP Diplomatic Writer"),)
    assert story.body.split("\n\n") == [
        '"We are ready to talk," a senior State Department official said.',
        "Negotiators will meet in Geneva in December.",
        "The talks have been frozen since the war in Georgia in August.",
    ]


REUTERS_COPY = """Reuters
Business
British inflation falls to 4.5 percent in October

LONDON, Nov 18 (Reuters) - British consumer price inflation fell more than expected in \
October, official data showed on Tuesday, clearing the way for another big cut in interest \
rates.

The Office for National Statistics said annual CPI inflation fell to 4.5 percent from 5.2 \
percent in September.

(Reporting by David Milliken; Editing by Ruth Pitchford)

Our Standards: The Thomson Reuters Trust Principles
"""


def test_reuters_style_copy() -> None:
    story = parse_web_copy(
        REUTERS_COPY, reference=dt.datetime(2008, 11, 18, tzinfo=dt.UTC), gazetteer=real_gazetteer
    )
    assert story.headline == "British inflation falls to 4.5 percent in October"
    assert story.dateline == Dateline(
        city="London", region="England", country="United Kingdom",
        date=dt.date(2008, 11, 18), source="Reuters",
    ) or story.dateline == Dateline(
        city="London", country="United Kingdom", date=dt.date(2008, 11, 18), source="Reuters"
    )  # fmt: skip
    assert story.lede.startswith("British consumer price inflation fell")
    assert story.body.endswith("(Reporting by David Milliken; Editing by Ruth Pitchford)")
    assert "Trust Principles" not in story.body


def test_clean_copy_without_chrome() -> None:
    text = (
        "Grain deal extended for 120 days\n\n"
        "ISTANBUL, July 17 (RIA Novosti) - Russia and Ukraine agreed to extend the Black Sea "
        "grain deal for another 120 days, Turkey's president said on Monday.\n\n"
        "The deal lets Ukraine ship grain from three ports.\n\n"
        "Talks will continue next week."
    )
    story = parse_web_copy(
        text, reference=dt.datetime(2023, 7, 17, tzinfo=dt.UTC), gazetteer=real_gazetteer
    )
    assert story.headline == "Grain deal extended for 120 days"
    assert story.dateline == Dateline(
        city="Istanbul", country="Turkey", date=dt.date(2023, 7, 17), source="RIA Novosti"
    )
    assert story.lede.startswith("Russia and Ukraine agreed")
    assert story.body == (
        "The deal lets Ukraine ship grain from three ports.\n\nTalks will continue next week."
    )


def test_copy_without_a_dateline(sample_text: str) -> None:
    undated = sample_text.replace("ANKARA, November 18 (RIA Novosti) - ", "")
    story = parse_web_copy(undated, reference=SAMPLE_REFERENCE, gazetteer=real_gazetteer)
    assert story.headline == SAMPLE_HEADLINE
    assert story.dateline == Dateline()
    assert story.lede == SAMPLE_LEDE
    assert SAMPLE_LEDE not in story.body  # the repeat still collapses
    assert story.body == "\n\n".join(sample_body_paragraphs(sample_text))


def test_hard_wrapped_plain_text_is_joined_back() -> None:
    text = (
        "Parliament passes budget in first reading\n\n"
        "MOSCOW, October 22 (RIA Novosti) - The State Duma passed the draft federal\n"
        "budget for next year in the first reading on Wednesday, with 320 deputies\n"
        "voting in favour.\n\n"
        "The budget assumes oil at 95 dollars a barrel and growth of\n"
        "6.7 percent, the finance ministry said.\n"
    )
    story = parse_web_copy(
        text, reference=dt.datetime(2008, 10, 22, tzinfo=dt.UTC), gazetteer=real_gazetteer
    )
    assert story.lede == (
        "The State Duma passed the draft federal budget for next year in the first reading "
        "on Wednesday, with 320 deputies voting in favour."
    )
    assert story.body == (
        "The budget assumes oil at 95 dollars a barrel and growth of 6.7 percent, "
        "the finance ministry said."
    )


def test_cyrillic_story_keeps_its_script_and_language() -> None:
    text = (
        "Лента новостей\n"
        "Медведев прибыл в Вашингтон на саммит\n"
        "МОСКВА (РИА Новости) - Президент России прибыл в Вашингтон на саммит "
        '"большой двадцатки", сообщил источник.\n'
        "Саммит продлится два дня.\n"
        "Subscribe to our newsletter\n"
    )
    story = parse_web_copy(
        text, reference=dt.datetime(2008, 11, 14, tzinfo=dt.UTC), gazetteer=real_gazetteer
    )
    assert story.language == "ru"
    assert story.headline == "Медведев прибыл в Вашингтон на саммит"
    assert story.dateline.city == "Москва"
    assert story.dateline.country == "Russia"
    assert story.dateline.source == "РИА Новости"
    assert story.body == "Саммит продлится два дня."


def test_paragraphs_that_look_like_markdown_stay_text() -> None:
    text = (
        "Ministers list three demands\n\n"
        "BRUSSELS, March 3 (RIA Novosti) - Ministers set out three demands on Monday in a "
        "joint statement.\n\n"
        "1. Talks must resume at once.\n\n"
        "# Not a heading, a hashtag said.\n\n"
        "- A dash opened this line.\n"
    )
    story = parse_web_copy(
        text, reference=dt.datetime(2014, 3, 3, tzinfo=dt.UTC), gazetteer=real_gazetteer
    )
    html = render_body(story.body)
    assert "<ol" not in html and "<h1" not in html and "<ul" not in html
    assert "<p>1. Talks must resume at once.</p>" in html
    assert "<p># Not a heading, a hashtag said.</p>" in html


def test_without_gazetteer_places_stay_as_written(sample_text: str) -> None:
    story = parse_web_copy(sample_text, reference=SAMPLE_REFERENCE)
    assert story.dateline.city == "Ankara"
    assert story.dateline.country == ""


def test_nothing_but_chrome_gives_an_empty_story() -> None:
    story = parse_web_copy("Subscribe\nShare\n0\nlog in or register\n")
    assert (story.headline, story.lede, story.body) == ("", "", "")
    assert story.dateline.is_empty


def test_huge_paste_is_refused_at_once() -> None:
    huge = "word " * (50 * 1024 * 1024 // 5)
    started = time.perf_counter()
    with pytest.raises(FormatError, match="characters long"):
        parse_web_copy(huge)
    assert time.perf_counter() - started < 0.5


def test_largest_accepted_paste_is_parsed_in_linear_time() -> None:
    paragraph = "The minister said the talks would resume in December. " * 4
    text = "A very long report on the talks\n\n" + "\n\n".join(
        [paragraph] * (MAX_WEB_COPY_CHARS // (len(paragraph) + 2) - 1)
    )
    assert len(text) <= MAX_WEB_COPY_CHARS
    started = time.perf_counter()
    story = parse_web_copy(text)
    elapsed = time.perf_counter() - started
    assert story.headline == "A very long report on the talks"
    assert elapsed < 10, elapsed
