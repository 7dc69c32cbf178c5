"""Urgency, subjects, embargo, region and the language's direction: in the fields, and
through the library and back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editorial.domain.dateline import Dateline
from editorial.domain.house_style import format_dateline
from editorial.domain.media_topics import MEDIA_TOPICS, matching_topics
from editorial.domain.story import Story
from editorial.storage.library import Library
from editorial.ui.editor.metadata_fields import parse_subjects, urgency_label
from editorial.ui.editor.story_editor import StoryEditor
from editorial.ui.editor.story_session import SaveState
from tests.catalogs import AGENCY
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.test_main_window import new_story

EMBARGO = dt.datetime(2030, 5, 4, 9, 30, tzinfo=dt.UTC)
STORY = Story(uri="urn:x", id=3, version=1, headline="Talks", urgency=3,
              subjects=("politics", "medtop:16000000"), embargo=EMBARGO)  # fmt: skip


@pytest.fixture
def editor(qapp: object, qtbot: QtBot) -> Iterator[StoryEditor]:
    editor = StoryEditor()
    qtbot.addWidget(editor)
    editor.set_story(STORY)
    yield editor


def test_urgency_is_named_as_a_desk_says_it() -> None:
    assert urgency_label(1) == "1 – Flash"
    assert urgency_label(3) == "3 – Urgent"
    assert urgency_label(5) == "5 – Routine"
    assert urgency_label(12) == "12"


def test_subjects_are_split_on_semicolons_as_topic_names_hold_commas() -> None:
    assert parse_subjects("crime, law and justice; politics ;; Politics") == (
        "crime, law and justice",
        "politics",
    )
    assert len(MEDIA_TOPICS) == 17
    assert matching_topics("war") == ["conflict, war and peace"]
    assert matching_topics("E")[:3] == [
        "economy, business and finance", "education", "environment"
    ]  # fmt: skip
    assert matching_topics(" ") == []


def test_the_fields_show_the_metadata_and_give_it_back_unchanged(editor: StoryEditor) -> None:
    assert editor.urgency.currentText() == "3 – Urgent"
    assert editor.subjects.text() == "politics; medtop:16000000"
    assert editor.embargo.check.isChecked() and editor.embargo.when.isVisibleTo(editor)
    # Nothing is rounded or squeezed by showing it.
    assert editor.story() == STORY
    editor.set_story(STORY.edited(urgency=0, embargo=None))
    assert editor.urgency.currentText() == "0"
    assert not editor.embargo.check.isChecked()
    assert editor.embargo.check.text() == "none"
    assert editor.story() == STORY.edited(urgency=0, embargo=None)


def test_editing_the_metadata_is_an_edit(editor: StoryEditor, qtbot: QtBot) -> None:
    edits: list[Story] = []
    editor.story_edited.connect(edits.append)
    qtbot.keyClick(editor.urgency, Qt.Key.Key_Home)  # a pick from the keyboard
    assert edits[-1].urgency == 1
    editor.embargo.check.click()  # off
    assert edits[-1].embargo is None
    editor.embargo.check.click()  # on: an hour or so ahead, on the hour, aware
    embargo = edits[-1].embargo
    assert embargo is not None and embargo.tzinfo is not None and embargo.minute == 0
    now = dt.datetime.now(dt.UTC)
    assert now < embargo <= now + dt.timedelta(hours=1)
    later = QDateTime(editor.embargo.when.dateTime()).addDays(2)
    editor.embargo.when.setDateTime(later)
    assert edits[-1].embargo == embargo + dt.timedelta(days=2)
    editor.subjects.clear()
    qtbot.keyClicks(editor.subjects, "sport; weather")
    assert edits[-1].subjects == ("sport", "weather")


def test_region_is_a_field_of_the_dateline(editor: StoryEditor, qtbot: QtBot) -> None:
    editor.set_story(STORY.edited(dateline=Dateline("San Jose", "California", "United States")))
    assert editor.dateline.region.text() == "California"
    editor.dateline.region.clear()
    qtbot.keyClicks(editor.dateline.region, "Calif.")
    story = editor.story()
    assert story is not None and story.dateline.region == "Calif."


def test_the_dateline_reads_in_the_story_language(editor: StoryEditor) -> None:
    # The desk hands the editor its chosen style's formatter: here, the bundled agency's.
    editor.set_dateline_formatter(lambda line, language: format_dateline(line, AGENCY, language))
    dateline = Dateline(city="Moscow", country="Russia", date=dt.date(2008, 11, 18), source="RIA")
    editor.set_story(STORY.edited(dateline=dateline, language="en"))
    assert editor.dateline.reading.text() == "MOSCOW, November 18 (RIA) -"
    editor.language.setEditText("ru")
    assert "18 ноября" in editor.dateline.reading.text()
    editor.set_story(STORY.edited(dateline=dateline, language="en"))
    assert editor.dateline.reading.text() == "MOSCOW, November 18 (RIA) -"


def test_arabic_runs_right_to_left_and_english_left_to_right(
    editor: StoryEditor, qtbot: QtBot
) -> None:
    editor.resize(600, 700)
    editor.show()
    qtbot.waitExposed(editor)
    arabic = "قالت الحكومة إن المحادثات ستستأنف الأسبوع المقبل."
    # Opening with a Latin word: only a right-to-left paragraph puts it on the right.
    editor.set_story(STORY.edited(language="ar", body=f"NATO {arabic}", lede=arabic))
    for edit in (editor.body, editor.lede):
        option = edit.document().defaultTextOption()
        assert option.textDirection() == Qt.LayoutDirection.RightToLeft
        assert edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.headline.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The text really starts at the right: the caret before "NATO" is there.
    start = QTextCursor(editor.body.document())
    assert editor.body.cursorRect(start).x() > editor.body.viewport().width() * 0.6

    editor.language.setEditText("en-GB")
    assert editor.body.document().defaultTextOption().textDirection() == (
        Qt.LayoutDirection.LeftToRight
    )
    editor.body.setPlainText("Talks resume.")
    assert editor.body.cursorRect(QTextCursor(editor.body.document())).x() < 40


def test_metadata_survives_save_and_reopen(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    window = make_window(library_path)
    story_id = new_story(qtbot, window)
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Quake hits the coast")
    for _ in range(3):  # from 5 – Routine up to 2 – Bulletin
        qtbot.keyClick(editor.urgency, Qt.Key.Key_Up)
    qtbot.keyClicks(editor.subjects, "disaster, accident and emergency incident; weather")
    editor.embargo.check.click()
    qtbot.keyClicks(editor.dateline.city, "Sendai")
    window.session.save_now()
    qtbot.waitUntil(lambda: window.session.state is SaveState.SAVED)
    embargo = editor.embargo.value()
    assert embargo is not None
    with Library.open(library_path) as library:
        kept = library.get(story_id)
    assert kept.urgency == 2
    assert kept.subjects == ("disaster, accident and emergency incident", "weather")
    assert kept.embargo == embargo
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed)

    again = make_window(library_path)
    wait_idle(qtbot, again)
    assert again.session.story_id == story_id
    shown = again.editor
    assert shown.urgency.currentText() == "2 – Bulletin"
    assert shown.subjects.text() == "disaster, accident and emergency incident; weather"
    assert shown.embargo.check.isChecked()
    assert shown.embargo.value() == embargo
    assert shown.embargo.when.dateTime().toPython() == embargo.astimezone().replace(tzinfo=None)
