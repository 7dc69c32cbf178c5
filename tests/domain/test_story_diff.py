"""The story diff: every content field compared as text, each change located by field and
by paragraph, and its renderings for the review pane and the command line."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.diff_render import diff_html, diff_plain, story_diff_html, story_diff_plain
from editorial.domain.story import Status, content_fields
from editorial.domain.story_diff import Paragraphs, diff_stories, field_text
from editorial.domain.text_diff import Edit, diff_words
from tests.domain.wire_copy import ria_story

ROOT = Path(__file__).resolve().parents[2]


def test_every_content_field_is_compared_and_only_changed_ones_reported() -> None:
    published = ria_story()
    diff = diff_stories(published, published)
    assert [f.field.name for f in diff.fields] == [f.name for f in content_fields()]
    assert not diff.changed and diff.edits() == ()

    corrected = published.edited(
        headline="Russia urges resumption of talks with NATO, alliance wary",
        keywords=("NATO", "Russia"),
        urgency=3,
        status=Status.DRAFT,
    )
    changed = {
        f.field.name: (f.old, f.new) for f in diff_stories(published, corrected).changed_fields()
    }
    assert changed == {
        "headline": (published.headline, corrected.headline),
        "keywords": ("", "NATO, Russia"),
        "urgency": ("5", "3"),
    }


def test_bylines_dateline_and_embargo_are_compared_as_an_editor_reads_them() -> None:
    when = dt.datetime(2008, 11, 18, 9, 30, tzinfo=dt.UTC)
    assert field_text((Byline("Anna Ivanova", "Ankara"), Byline("John Smith"))) == (
        "Anna Ivanova / Ankara; John Smith"
    )
    dateline = Dateline("Ankara", "", "Turkey", dt.date(2008, 11, 18), "RIA Novosti")
    assert field_text(dateline) == "Ankara, Turkey, 2008-11-18, RIA Novosti"
    assert field_text(dateline, lambda d: d.city.upper()) == "ANKARA"
    assert field_text(when) == "2008-11-18T09:30:00+00:00"
    assert field_text(None) == "" and field_text(()) == ""


def test_changes_in_the_body_are_numbered_by_paragraph_the_lede_counting_first() -> None:
    published = ria_story()
    body = published.body.replace("Vecdi Gonul", "Vecdi Gönül").replace(
        "He added that NATO", "He added that the alliance"
    )
    located = diff_stories(published, published.edited(body=body)).edits()
    assert [(e.edit.old, e.edit.new, e.body_paragraph, e.story_paragraph) for e in located] == [
        ("Gonul", "Gönül", 2, 3),
        ("NATO", "the alliance", 6, 7),
    ]
    assert located[0].context.startswith('"I believe that we need to resume dialogue')

    without_lede = published.edited(lede="")
    located = diff_stories(without_lede, without_lede.edited(body=body)).edits()
    assert [e.story_paragraph for e in located] == [2, 6]


def test_a_removed_paragraph_is_located_where_it_was_and_an_added_one_where_it_is() -> None:
    published = ria_story()
    paragraphs = published.body.split("\n\n")
    removed = published.edited(body="\n\n".join(paragraphs[:3] + paragraphs[4:]))
    (located,) = diff_stories(published, removed).edits()
    assert located.body_paragraph == 4 and located.edit.old.strip() == paragraphs[3]
    added = published.edited(body="\n\n".join([*paragraphs, "NATO declined to comment."]))
    (located,) = diff_stories(published, added).edits()
    assert located.body_paragraph == len(paragraphs) + 1
    assert located.context == "NATO declined to comment."


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("", []),
        ("One.", ["One."]),
        (
            "\n\n  One.\nstill one.\n\n\n\nTwo.\n \nThree.  \n",
            ["One.\nstill one.", "Two.", "Three."],
        ),
    ],
)
def test_paragraphs_are_blocks_between_blank_lines(text: str, paragraphs: list[str]) -> None:
    found = Paragraphs.of(text)
    assert [found.paragraph(n) for n in range(1, len(found) + 1)] == paragraphs


def test_the_html_is_escaped_and_marks_only_insertions_and_deletions() -> None:
    diff = diff_words(
        'He said <b>"no"</b> & left.\nThen <script>alert(1)</script>',
        'He said <i>"yes"</i> & left.\nThen <img src="http://x/y.png">',
    )
    fragment = diff_html(diff)
    assert "<script" not in fragment and "<img" not in fragment and "<b>" not in fragment
    tags = set(re.findall(r"</?([a-z0-9]+)", fragment))
    assert tags <= {"del", "ins", "br"}
    assert set(re.findall(r'class="([^"]*)"', fragment)) == {"diff-del", "diff-ins"}
    assert '<del class="diff-del">no</del><ins class="diff-ins">yes</ins>' in fragment
    assert "&amp; left.<br>\nThen" in fragment


def test_the_plain_diff_reads_as_git_word_diff() -> None:
    diff = diff_words(
        "Russian Defense Minister Anatoly Serdyukov called on Tuesday for 1,200 troops.",
        "Russian Defense Minister Sergei Shoigu called on Tuesday for 1,300 troops.",
    )
    assert diff_plain(diff) == (
        "Russian Defense Minister [-Anatoly Serdyukov-]{+Sergei Shoigu+} called on Tuesday"
        " for [-1,200-]{+1,300+} troops."
    )
    assert diff.edits()[1] == Edit("1,200", "1,300", 65, 61)


def test_the_story_diff_renders_each_changed_field_under_its_title() -> None:
    published = ria_story()
    corrected = published.edited(
        headline=published.headline.replace("dialogue", "talks"),
        body=published.body.replace("26 NATO", "28 NATO"),
    )
    diff = diff_stories(published, corrected)
    plain = story_diff_plain(diff)
    assert plain.startswith("Headline:\nRussia urges resumption of [-dialogue-]{+talks+} with")
    assert "\n\nBody:\n" in plain and "[-26-]{+28+} NATO" in plain
    fragment = story_diff_html(diff)
    assert fragment.count('<h3 class="diff-title">') == 2
    assert '<h3 class="diff-title">Headline</h3>' in fragment
    assert story_diff_plain(diff_stories(published, published)) == "No changes."
    assert "No changes." in story_diff_html(diff_stories(published, published))
    editable = [f for f in content_fields() if f.typed]
    assert story_diff_html(diff, unchanged=True).count('class="diff-title"') == len(editable)


def test_the_status_is_left_to_the_history() -> None:
    published = ria_story().edited(status=Status.PUBLISHED)
    diff = diff_stories(published, published.edited(status=Status.DRAFT))
    assert [f.field.name for f in diff.changed_fields()] == ["status"]
    assert story_diff_plain(diff) == "No changes."
    assert "No changes." in story_diff_html(diff)


def test_the_preview_css_styles_the_marks_with_their_own_colours() -> None:
    css = (ROOT / "resources/preview.css").read_text(encoding="utf-8")
    for selector in ("del.diff-del", "ins.diff-ins"):
        rule = css[css.index(selector) : css.index("}", css.index(selector))]
        assert "color:" in rule and "background-color:" in rule


def test_paragraphs_of_a_text_with_windows_line_ends() -> None:
    found = Paragraphs.of("One.\r\nstill one.\r\n\r\nTwo.\r\n")
    assert [found.paragraph(1), found.paragraph(2)] == ["One.\r\nstill one.", "Two."]
    assert found.number_at(found.text.index("Two")) == 2
