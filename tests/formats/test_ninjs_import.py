"""ninjs items of versions 1.x, 2.x and 3.x become stories without losing headline,
language or body; JSON Lines files stream in and name the line of any error."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Status, Story
from editorial.formats.errors import FormatError
from editorial.formats.ninjs import read_ninjs, read_ninjs_lines, story_from_ninjs
from editorial.formats.ninjs_export import dumps_ninjs
from tests.catalogs import HOUSE_STYLES
from tests.formats.conftest import NINJS_EXAMPLES

COSTA_LEDE = (
    "The trial of the captain of the shipwrecked Costa Concordia cruise liner has begun in a "
    "theater converted into a courtroom in Tuscany to accommodate all the survivors and "
    "relatives of the 32 victims who want to see justice carried out in the 2012 tragedy."
)


def example(name: str) -> Story:
    [story] = read_ninjs((NINJS_EXAMPLES / name).read_text(encoding="utf-8"), path=name)
    return story


@pytest.mark.parametrize(
    "name",
    ["2.1_ninjsExSimpleText_2.json", "3.1_004_simple_text_article.json",
     "3.1_005_complex_text_article.json"],
)  # fmt: skip
def test_iptc_examples_keep_headline_body_and_byline(name: str) -> None:
    story = example(name)
    assert story.headline == "Captain of wrecked cruise ship on trial in Italy"
    assert story.bylines == (Byline("Paulo Santalucia"), Byline("Frances d'Emilio"))
    # The dateline leads the first paragraph: it is read into parts and that paragraph
    # is the lede, as an agency editor would file it.
    assert story.dateline.source == "AP"
    assert story.dateline.country == "Italy"
    assert story.lede == COSTA_LEDE
    paragraphs = story.body.split("\n\n")
    assert paragraphs[0].startswith("The sole defendant, Francesco Schettino")
    assert paragraphs[-1].endswith("Schettino has denied wrongdoing.")
    assert len(paragraphs) == 3
    assert "GROSSETO" not in story.body and "<p>" not in story.body
    assert story.updated_at == dt.datetime(2013, 7, 9, 10, 37, tzinfo=dt.UTC)


def test_camel_case_3x_reads_like_lowercase_2x() -> None:
    complex_item = example("3.1_005_complex_text_article.json")
    assert complex_item.language == "en"
    assert complex_item.dateline.city == "Grossetto"  # `located` names the place
    assert complex_item.uri == "http://ninjs.example.com/newsitems/20130709med123"


def test_superdesk_1x_item() -> None:
    story = example("1.x_superdesk_text.json")
    assert story.uri.startswith("urn:newsml:localhost:2016-09-23T13:56:39")
    assert story.headline == "Reserve Bank holds cash rate at record low"
    assert story.slug == "Fed-Rates"
    assert story.bylines == (Byline("Jane Citizen"), Byline("John Doe"))
    assert story.dateline == Dateline(
        city="Sydney", region="New South Wales", country="Australia",
        date=dt.date(2016, 9, 23), source="AAP",
    )  # fmt: skip
    assert (
        story.lede
        == "The Reserve Bank has left the cash rate on hold at a record low 1.5 per cent."
    )
    assert story.body == (
        "Governor Philip Lowe said the board judged that holding steady was *consistent with* "
        'sustainable growth.\n\n"Inflation is expected to remain low for some time," he said.'
    )
    assert "trackView" not in story.body  # scripts go
    assert story.note == "Updates with comment from the governor."
    assert story.keywords == ("interest rates", "RBA")
    assert story.subjects == ("economy, business and finance", "medtop:20000348")
    assert (story.urgency, story.language, story.version) == (3, "en", 2)
    assert story.created_at == dt.datetime(2016, 9, 23, 3, 56, 39, tzinfo=dt.UTC)


def test_ap_1x_item() -> None:
    story = example("1.x_ap_text.json")
    assert story.headline == "Putin says Russia ready to extend arms control pact"
    assert story.bylines == (Byline("Vladimir Isachenkov", "Associated Press"),)
    assert story.dateline == Dateline(city="Moscow", country="Russia", source="AP")
    assert story.lede.startswith("Russian President Vladimir Putin said Wednesday")
    assert story.body == "The treaty expires in 2021.\n\n“We are ready,” Putin told diplomats."
    assert "Watch the video" not in story.body  # embedded players go
    assert story.embargo == dt.datetime(2018, 7, 18, 17, tzinfo=dt.UTC)
    assert story.subjects == ("Government and politics", "Arms control")
    assert story.note == "Eds: Updates with Kremlin comment."


def item(**properties: Any) -> dict[str, Any]:
    return {"uri": "http://agency.example/items/1", **properties}


def test_plain_text_body_without_description() -> None:
    story = story_from_ninjs(item(
        headlines=[{"value": "Flood waters recede"}],
        bodies=[{"contenttype": "text/plain",
                 "value": "ROME, May 3 (Reuters) - Flood waters receded on Friday.\n\n"
                          "1. Roads reopened.\n\nSchools stay shut."}],
        firstcreated="2024-05-03T08:00:00Z",
    ), styles=HOUSE_STYLES.values())  # fmt: skip
    # Reuters' house style knows ROME needs no country.
    assert story.dateline == Dateline(city="Rome", country="Italy", date=dt.date(2024, 5, 3),
                                      source="Reuters")  # fmt: skip
    assert story.lede == "Flood waters receded on Friday."
    assert story.body == "1\\. Roads reopened.\n\nSchools stay shut."


def test_description_and_html_body_collapse_the_repeated_lede() -> None:
    story = story_from_ninjs(item(
        headline="Talks resume",
        descriptions=[{"role": "summary", "value": "Talks resumed on Monday."}],
        bodies=[{"contentType": "text/html",
                 "value": "<p>GENEVA (AFP) - Talks resumed on Monday.</p><p>More follows.</p>"}],
    ))  # fmt: skip
    assert story.lede == "Talks resumed on Monday."
    assert story.body == "More follows."


def test_body_without_a_dateline_keeps_every_paragraph() -> None:
    story = story_from_ninjs(item(bodies=[{"value": "<p>First.</p><p>Second.</p>"}]))
    assert story.lede == "" and story.dateline == Dateline()
    assert story.body == "First.\n\nSecond."


@pytest.mark.parametrize(
    ("properties", "expected"),
    [
        ({"urgency": 1}, 1), ({"urgency": "3"}, 3), ({"urgency": 12}, 9), ({"urgency": 0}, 1),
        ({"urgency": 2.6}, 3), ({"urgency": "soon"}, 5), ({"urgency": True}, 5), ({}, 5),
    ],
)  # fmt: skip
def test_urgency(properties: dict[str, Any], expected: int) -> None:
    assert story_from_ninjs(item(headline="x", **properties)).urgency == expected


def test_embargo_in_3x_and_canceled_status() -> None:
    story = story_from_ninjs({"uri": "urn:x:1", "embargoedUntil": "2024-01-02T03:04:05+03:00",
                              "pubStatus": "canceled", "headlines": [{"value": "x"}]})  # fmt: skip
    assert story.embargo == dt.datetime(2024, 1, 2, 0, 4, 5, tzinfo=dt.UTC)
    assert story.status is Status.KILLED


def test_unreadable_embargo_is_an_error_but_odd_times_are_not() -> None:
    with pytest.raises(FormatError, match="embargo"):
        story_from_ninjs(item(headline="x", embargoed="next Tuesday"))
    story = story_from_ninjs(item(headline="x", versioncreated="yesterday"))
    assert story.updated_at is None


def test_guid_that_is_no_uri_becomes_a_stable_urn() -> None:
    first = story_from_ninjs({"guid": "AAP 1234/5", "headline": "x"})
    again = story_from_ninjs({"guid": "AAP 1234/5", "headline": "x"})
    assert first.uri == again.uri == "urn:guid:AAP%201234%2F5"


def test_alternative_ids_give_a_stable_urn_when_there_is_no_uri() -> None:
    ap = story_from_ninjs(
        {"altids": {"itemid": "2e9f9d28", "etag": "2e9f9d28_0a"}, "headline": "x"}
    )
    assert ap.uri == "urn:altid:itemid:2e9f9d28"
    listed = story_from_ninjs({"altids": [{"role": "internal", "value": "A 1"}], "headline": "x"})
    assert listed.uri == "urn:altid:internal:A%201"


def test_superdesk_place_completes_a_located_city() -> None:
    story = story_from_ninjs(item(located="Sydney", headline="x",
                                  place=[{"name": "NSW", "state": "New South Wales",
                                          "country": "Australia"}]))  # fmt: skip
    assert story.dateline == Dateline(city="Sydney", region="New South Wales", country="Australia")


def test_item_without_uri_gets_a_new_one_in_the_agency_domain() -> None:
    story = story_from_ninjs({"headline": "x", "versioncreated": "2020-02-03T00:00:00Z"},
                             agency_domain="ria.ru")  # fmt: skip
    assert story.uri.startswith("urn:newsml:ria.ru:20200203:")


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("[1, 2]", "item 1: expected a ninjs object, found a number"),
        ('{"foo": 1}', "not a ninjs item"),
        ('{"uri": "x:1", "headlines": 5}', "“headlines” should be an array, not a number"),
        ('{"uri": "x:1", "bodies": [1]}', "“bodies” holds a number where an object belongs"),
        ('{"uri": "x:1",\n "headline": }', "line 2: malformed JSON"),
    ],
)
def test_bad_documents_name_the_file_and_problem(document: str, message: str) -> None:
    with pytest.raises(FormatError) as raised:
        read_ninjs(document, path="feed.json")
    assert str(raised.value).startswith("feed.json: ")
    assert message in str(raised.value)


def test_array_document_gives_every_story() -> None:
    stories = read_ninjs(json.dumps([item(headline="One"), item(headline="Two")]))
    assert [s.headline for s in stories] == ["One", "Two"]


# --- JSON Lines ---------------------------------------------------------------------


def jsonl(*items: dict[str, Any]) -> str:
    return "".join(json.dumps(i) + "\n" for i in items)


def test_lines_from_text_path_and_open_file(tmp_path: Path) -> None:
    text = jsonl(item(headline="One"), item(headline="Two")) + "\n\n" + jsonl(item(headline="3"))
    assert [s.headline for s in read_ninjs_lines(text)] == ["One", "Two", "3"]
    file = tmp_path / "wire.jsonl"
    file.write_text("\ufeff" + text, encoding="utf-8")
    assert [s.headline for s in read_ninjs_lines(file)] == ["One", "Two", "3"]
    with file.open(encoding="utf-8-sig") as handle:
        assert len(list(read_ninjs_lines(handle, path=file))) == 3


def test_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    file = tmp_path / "wire.jsonl"
    file.write_text(jsonl(item(headline="One")) + "\n" + '{"uri": "x:2", \n', encoding="utf-8")
    stories = read_ninjs_lines(file)
    assert next(stories).headline == "One"
    with pytest.raises(FormatError) as raised:
        next(stories)
    assert raised.value.line == 3
    assert str(raised.value).startswith(f"{file}: line 3: malformed JSON")


def test_bad_item_and_bad_bytes_name_their_lines(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"^line 2: expected a ninjs object, found an array"):
        list(read_ninjs_lines(jsonl(item(headline="x")) + "[1]\n"))
    file = tmp_path / "latin.jsonl"
    file.write_bytes(
        jsonl(item(headline="x")).encode() + '{"headline": "caf\xe9"}\n'.encode("latin-1")
    )
    warnings: list[str] = []  # a stray Latin-1 byte: read as such, and named
    stories = list(read_ninjs_lines(file, warnings=warnings))
    assert stories[1].headline == "café"
    assert warnings == ["line 2: a byte that is not UTF-8 was read as Latin-1 (é)"]
    file.write_bytes(jsonl(item(headline="x")).encode() + b'{"headline": "\xe9\xe8\xe7\xe0"}\n')
    with pytest.raises(FormatError, match=r"line 2: not UTF-8 text"):
        list(read_ninjs_lines(file))


def test_lines_round_trip_our_own_export() -> None:
    story = Story(uri="urn:newsml:ria.ru:20081118:1", headline="Talks", lede="Talks resumed.",
                  body="More.", created_at=dt.datetime(2008, 11, 18, tzinfo=dt.UTC))  # fmt: skip
    [back] = read_ninjs_lines(dumps_ninjs(story, indent=None) + "\n")
    assert back.same_content(story)


# --- properties ---------------------------------------------------------------------

NINJS_NAMES = [
    "uri", "guid", "headline", "headlines", "body_html", "body_text", "bodies", "by", "byline",
    "bylines", "descriptions", "description_text", "located", "subjects", "subject",
    "slugline", "urgency", "ednote", "edNote", "language", "versioncreated",
    "versionCreated", "firstcreated", "embargoed", "version", "altids", "keywords", "value",
    "role", "contenttype", "contentType", "name", "rel", "literal", "code", "pubstatus",
    "datelinelocation", "place", "state", "country", "embargoedUntil",
]  # fmt: skip
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=60),
    st.sampled_from(["<p>MOSCOW (AP) — x y z.</p>", "2024-05-03T08:00:00Z", "text/html",
                     "text/markdown", "main", "keyword", "ANKARA, Nov 18 (Reuters) - a b c"]),
)  # fmt: skip
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(NINJS_NAMES), children, max_size=6)
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(NINJS_NAMES), json_values, max_size=10))
def test_reader_returns_a_story_or_a_format_error(data: dict[str, Any]) -> None:
    try:
        story = story_from_ninjs(data)
    except FormatError as error:
        assert str(error)
    else:
        assert isinstance(story, Story)
        assert isinstance(story.body, str) and isinstance(story.headline, str)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(json_values.map(json.dumps), st.text(max_size=40)), max_size=8))
def test_lines_reader_returns_stories_or_a_format_error_with_a_line(lines: list[str]) -> None:
    text = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    try:
        stories = list(read_ninjs_lines(text, path="feed.jsonl"))
    except FormatError as error:
        assert error.line is not None and 1 <= error.line <= max(1, len(lines))
        assert str(error).startswith(f"feed.jsonl: line {error.line}: ")
    else:
        assert all(isinstance(story, Story) for story in stories)
