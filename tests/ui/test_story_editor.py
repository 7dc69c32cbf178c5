"""The editor's fields: what they make of what is typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.dates import field_date
from editorial.domain.story import (
    HEADLINE_MAX_CHARS,
    FieldKind,
    Story,
    StoryField,
    content_fields,
    parse_keywords,
)
from editorial.ui.editor import story_editor
from editorial.ui.editor.find_bar import find_matches, utf16_offset
from editorial.ui.editor.story_editor import StoryEditor
from tests.story_samples import every_field_set

TODAY = dt.date(2024, 3, 15)
STORY = Story(
    uri="urn:x",
    id=7,
    version=3,
    headline="Talks resume",
    slug="talks-resume",
    bylines=(Byline("Anna Ivanova", "Moscow"),),
    dateline=Dateline(city="Ankara", country="Turkey", date=dt.date(2008, 11, 18), source="RIA"),
    body="Body text.",
    keywords=("talks", "Turkey"),
)


@pytest.fixture
def editor(qapp: object, qtbot: QtBot) -> Iterator[StoryEditor]:
    editor = StoryEditor()
    qtbot.addWidget(editor)
    editor.set_story(STORY)
    yield editor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("2008-11-18", dt.date(2008, 11, 18)),
        ("Nov. 18, 2008", dt.date(2008, 11, 18)),
        ("18.11.2008", dt.date(2008, 11, 18)),
        ("18 ноября 2008", dt.date(2008, 11, 18)),
        ("18. November 2008", dt.date(2008, 11, 18)),
        ("Sept 3 2024", dt.date(2024, 9, 3)),
    ],
)
def test_the_date_field_reads_dates_as_editors_type_them(
    editor: StoryEditor, text: str, expected: dt.date | None
) -> None:
    # The grammar itself is tested in tests/domain/test_dates.py; here, that the field
    # uses it (and tests/ui/test_date_locales.py: under a Russian or German desktop).
    # As typed (QTest cannot type Cyrillic): the text, then the edit signal.
    editor.dateline.date.setText(text)
    editor.dateline.date.textEdited.emit(text)
    assert editor.dateline.date_understood
    assert editor.story().dateline.date == expected


@pytest.mark.parametrize("text", ["soon", "32 Nov", "18 Novembre 2008", "2008-13-01"])
def test_text_that_is_not_a_date_is_refused(editor: StoryEditor, text: str) -> None:
    editor.dateline.date.setText(text)
    editor.dateline.date.textEdited.emit(text)
    assert not editor.dateline.date_understood
    assert editor.story().dateline.date == STORY.dateline.date  # the last one understood


def test_fields_show_the_story_and_give_it_back(editor: StoryEditor) -> None:
    assert editor.bylines.text() == "Anna Ivanova / Moscow"
    assert editor.dateline.date.text() == field_date(dt.date(2008, 11, 18)) == "18 Nov 2008"
    assert editor.dateline.reading.text() == "ANKARA, November 18 (RIA) -"
    assert editor.story() == STORY


def test_loading_a_story_is_not_an_edit(editor: StoryEditor, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(editor.story_edited):
        editor.set_story(STORY.edited(headline="Other", body="Other body"))


def test_typing_stops_at_the_headline_an_import_takes(editor: StoryEditor, qtbot: QtBot) -> None:
    # What the window saves, `editorial export` gives back and `editorial import` takes.
    editor.headline.setText("x" * (HEADLINE_MAX_CHARS - 2))
    editor.headline.end(False)
    qtbot.keyClicks(editor.headline, "abcdef")
    assert editor.headline.text() == "x" * (HEADLINE_MAX_CHARS - 2) + "ab"
    assert editor.story().headline == editor.headline.text()  # type: ignore[union-attr]


def test_an_older_longer_headline_is_shown_whole_and_kept(editor: StoryEditor) -> None:
    long = "Long " * 120  # 600 characters, from before the window had a limit
    editor.set_story(STORY.edited(headline=long.strip()))
    assert editor.story().headline == long.strip()  # type: ignore[union-attr]
    editor.set_story(STORY)  # the next story gets the limit back
    editor.headline.setText("y" * (HEADLINE_MAX_CHARS + 10))
    assert len(editor.headline.text()) == HEADLINE_MAX_CHARS


def test_slug_follows_the_headline_until_typed_by_hand(editor: StoryEditor, qtbot: QtBot) -> None:
    editor.headline.clear()
    edits: list[Story] = []
    editor.story_edited.connect(edits.append)
    qtbot.keyClicks(editor.headline, "Quake hits the city")
    assert editor.slug.text() == "quake-hits-city"
    # Every edit carries the slug of its own headline.
    assert [(s.headline, s.slug) for s in edits[:2]] == [("Q", "q"), ("Qu", "qu")]
    assert edits[-1].slug == "quake-hits-city"
    editor.slug.selectAll()
    qtbot.keyClicks(editor.slug, "quake")
    qtbot.keyClicks(editor.headline, " again")
    assert editor.slug.text() == "quake"
    editor.slug.selectAll()
    qtbot.keyClick(editor.slug, "\b")  # cleared: follows the headline again
    assert editor.slug.text() == "quake-hits-city-again"


def test_bylines_keywords_and_dateline_are_parsed(editor: StoryEditor, qtbot: QtBot) -> None:
    editor.bylines.clear()
    qtbot.keyClicks(editor.bylines, "By Anna Ivanova (Moscow) and John Smith")
    editor.keywords.clear()
    qtbot.keyClicks(editor.keywords, "talks, Turkey , , TALKS, security")
    editor.dateline.date.clear()
    qtbot.keyClicks(editor.dateline.date, "soon")
    assert not editor.dateline.date_understood
    assert "not understood" in editor.dateline.reading.text()
    editor.dateline.date.clear()
    qtbot.keyClicks(editor.dateline.date, "2008-11-19")
    story = editor.story()
    assert story is not None
    assert story.bylines == (Byline("Anna Ivanova", "Moscow"), Byline("John Smith"))
    assert story.keywords == ("talks", "Turkey", "security")
    assert story.dateline.date == dt.date(2008, 11, 19)
    assert editor.dateline.reading.text() == "ANKARA, November 19 (RIA) -"
    editor.bylines.editingFinished.emit()
    assert editor.bylines.text() == "Anna Ivanova / Moscow; John Smith"
    assert parse_keywords(" , ") == ()


def test_rebase_takes_the_new_version_and_keeps_the_text(editor: StoryEditor, qtbot: QtBot) -> None:
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " More.")
    editor.rebase(STORY.edited(version=4, body="what the library had"))
    story = editor.story()
    assert story is not None
    assert story.version == 4 and story.body == "Body text. More."
    editor.rebase(STORY.edited(id=99, version=9))  # another story's copy is ignored
    assert editor.story().version == 4  # type: ignore[union-attr]


def test_an_empty_editor_is_disabled(editor: StoryEditor) -> None:
    editor.set_story(None)
    assert editor.story() is None and not editor.isEnabled()


def test_find_matches_in_reading_order_with_utf16_positions() -> None:
    texts = ["Ankara talks", "In ANKARA 🇹🇷, Ankara said"]
    assert find_matches(texts, "ankara") == [(0, 0, 6), (1, 3, 9), (1, 14, 20)]
    assert find_matches(texts, "") == []
    # The flag is two characters beyond the BMP: Qt counts each as two.
    assert utf16_offset(texts[1], 14) == 16


def test_every_content_field_the_editor_types_comes_back(editor: StoryEditor) -> None:
    """The sample with every content field set (built from the declaration): what the
    widgets show is what `story()` gives back, the status carried by the story."""
    story = every_field_set().edited(id=9, version=2)
    editor.set_story(story)
    assert editor.story() == story
    blank = Story(uri=story.uri, id=9, version=2)
    editor.set_story(blank)
    assert editor.story() == blank


def test_a_typed_field_without_a_widget_stops_the_editor(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    deck = StoryField("deck", "Deck", FieldKind.CONTENT)
    monkeypatch.setattr(story_editor, "content_fields", lambda: (*content_fields(), deck))
    with pytest.raises(TypeError, match=r"widgets for .*'embargo'.*typed fields are .*'deck'"):
        StoryEditor()
