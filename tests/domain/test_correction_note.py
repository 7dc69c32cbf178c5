"""The drafted correction note, table by table, on real wire copy: where the change is
(headline, lede, byline, dateline, which paragraph) and what it is."""

from __future__ import annotations

import datetime as dt

import pytest

from editorial.domain.byline import Byline
from editorial.domain.correction_note import (
    Correction,
    Kind,
    Place,
    classify_changes,
    draft_correction_note,
)
from editorial.domain.correction_wording import english_ordinal, russian_paragraph
from editorial.domain.story import Story
from editorial.domain.story_diff import diff_stories
from tests.domain.wire_copy import ria_story, russian_story


def corrected(story: Story, **replacements: tuple[str, str] | tuple[tuple[str, str], ...]) -> Story:
    """The story with text replaced in the named fields: field=(old, new) or several pairs."""
    changes: dict[str, object] = {}
    for name, pairs in replacements.items():
        text = getattr(story, name)
        for old, new in pairs if isinstance(pairs[0], tuple) else (pairs,):
            assert isinstance(old, str) and old in text, f"{old!r} is not in the {name}"
            text = text.replace(old, new)
        changes[name] = text
    return story.edited(**changes)


RIA = ria_story()
SCHEFFER = (
    "Scheffer said he would like to like to meet with Russian officials to straighten out"
    " their differences.\n\n"
)
CHOOSE = "Do we have to choose between good relations with Russia and further enlargement? "

ENGLISH = [
    ("a name's spelling", {"body": ("Vecdi Gonul", "Vecdi Gönül")},
     "Corrects the spelling of a name in the third paragraph."),
    ("another name", {"body": ("Dmitry Rogozin", "Sergei Lavrov")},
     "Corrects a name in the fourth paragraph."),
    ("a figure", {"body": ("of 26 NATO", "of 28 NATO")},
     "Corrects a figure in the fifth paragraph."),
    ("a figure in words", {"body": ("two-day", "three-day")},
     "Corrects a figure in the second paragraph."),
    ("a weekday", {"lede": ("on Tuesday", "on Monday")}, "Corrects a date in the lede."),
    ("a month", {"lede": ("in August", "in July")}, "Corrects a date in the lede."),
    ("a removed sentence", {"body": (CHOOSE, "")},
     "Removes a sentence from the eighth paragraph."),
    ("a removed paragraph", {"body": (SCHEFFER, "")}, "Removes the ninth paragraph."),
    ("an added sentence",
     {"body": ("member Turkey.", "member Turkey. He meets President Abdullah Gul on Wednesday.")},
     "Adds a sentence to the second paragraph."),
    ("added words", {"body": ("official visit", "official and working visit")},
     "Adds words to the second paragraph."),
    ("an added paragraph",
     {"body": ("He added that NATO", "NATO declined to comment.\n\nHe added that NATO")},
     "Adds a new seventh paragraph."),
    ("removed words", {"body": ("like to like to", "like to")},
     "Removes words from the ninth paragraph."),
    ("the wording", {"body": ("straighten out", "resolve")},
     "Corrects the wording of the ninth paragraph."),
    ("a sentence's first word is no name", {"body": ("However, NATO", "But NATO")},
     "Corrects the wording of the sixth paragraph."),
    ("the 12th paragraph", {"body": ('Russia was disproportionate', 'Russia was excessive')},
     "Corrects the wording of the 12th paragraph."),
    ("the wording in two places",
     {"body": (("straighten out", "resolve"), ("could take", "may take"))},
     "Corrects the wording of the fourth paragraph and of the ninth paragraph."),
    ("the headline", {"headline": ("dialogue", "talks")},
     "Corrects the wording of the headline."),
    ("a figure in the headline", {"headline": ("Russia urges", "Russia, 2 allies urge")},
     "Corrects a figure in the headline."),
    ("one name in two places",
     {"lede": ("Anatoly Serdyukov", "Anatoly Serdjukov"), "body": ("Serdyukov is", "Serdjukov is")},
     "Corrects the spelling of a name in the lede and in the second paragraph."),
    ("a name throughout", {"lede": ("NATO", "Nato"), "body": ("NATO", "Nato")},
     "Corrects the spelling of a name throughout."),
    ("two kinds, one verb", {"body": (("Vecdi Gonul", "Vecdi Gönül"), ("of 26", "of 28"))},
     "Corrects the spelling of a name in the third paragraph and a figure in the fifth paragraph."),
    ("two verbs", {"body": (("of 26", "of 28"), (CHOOSE, ""))},
     "Corrects a figure in the fifth paragraph and removes a sentence from the eighth paragraph."),
    ("more than two",
     {"body": (("of 26", "of 28"), (CHOOSE, ""), ("straighten out", "resolve"))},
     "Corrects a figure in the fifth paragraph and removes a sentence from the eighth"
     " paragraph, and makes other changes."),
    ("the wording comes after the facts",
     {"body": (("straighten out", "resolve"), ("Vecdi Gonul", "Vecdi Gönül"))},
     "Corrects the spelling of a name in the third paragraph and the wording of the ninth"
     " paragraph."),
]  # fmt: skip


@pytest.mark.parametrize(("case", "replacements", "note"), ENGLISH, ids=[c[0] for c in ENGLISH])
def test_english_notes_say_what_changed_and_where(
    case: str, replacements: dict[str, tuple[str, str]], note: str
) -> None:
    diff = diff_stories(RIA, corrected(RIA, **replacements))
    assert draft_correction_note(diff, "en") == note


def test_the_byline_and_the_dateline() -> None:
    story = RIA.edited(bylines=(*RIA.bylines, Byline("John Smith")))
    assert draft_correction_note(diff_stories(RIA, story)) == "Corrects the byline."
    moved = RIA.edited(dateline=RIA.dateline.__class__(
        "Istanbul", "", "Turkey", dt.date(2008, 11, 18), "RIA Novosti"))  # fmt: skip
    assert draft_correction_note(diff_stories(RIA, moved)) == "Corrects the dateline."


def test_what_a_reader_does_not_see_drafts_no_note() -> None:
    story = RIA.edited(keywords=("NATO",), slug="nato-russia", urgency=2, note="Check names")
    assert draft_correction_note(diff_stories(RIA, story)) == ""
    assert draft_correction_note(diff_stories(RIA, RIA)) == ""


def test_the_corrections_keep_their_kinds_and_places() -> None:
    story = corrected(RIA, lede=("Anatoly Serdyukov", "Anatoly Serdjukov"),
                      body=(("Serdyukov is", "Serdjukov is"), ("of 26", "of 28")))  # fmt: skip
    assert classify_changes(diff_stories(RIA, story)) == (
        Correction(Kind.NAME_SPELLING, (Place("lede"), Place("body", 2))),
        Correction(Kind.FIGURE, (Place("body", 5),)),
    )


RU = russian_story()
RUSSIAN = [
    ("написание имени", {"body": ("Гёнюлем", "Генюлем")},
     "Исправлено написание имени в третьем абзаце."),
    ("другое имя", {"body": ("Дмитрий Рогозин", "Сергей Лавров")},
     "Исправлено имя в четвёртом абзаце."),
    ("цифра", {"body": ("26 стран", "28 стран")}, "Исправлена цифра в пятом абзаце."),
    ("день недели", {"lede": ("во вторник", "в понедельник")}, "Исправлена дата в лиде."),
    ("удалённое предложение", {"body": (" Встреча пройдёт в Брюсселе.", "")},
     "Удалено предложение из пятого абзаца."),
    ("добавленное предложение",
     {"body": ("визитом.", "визитом. Он встретится с президентом Абдуллой Гюлем.")},
     "Добавлено предложение во второй абзац."),
    ("формулировка", {"headline": ("призвала", "предложила")},
     "Исправлена формулировка заголовка."),
    ("две правки", {"body": (("Гёнюлем", "Генюлем"), ("26 стран", "28 стран"))},
     "Исправлено написание имени в третьем абзаце и исправлена цифра в пятом абзаце."),
    ("больше двух",
     {"body": (("Гёнюлем", "Генюлем"), ("26 стран", "28 стран"), ("могут пройти", "пройдут"))},
     "Исправлено написание имени в третьем абзаце и исправлена цифра в пятом абзаце,"
     " внесены и другие правки."),
]  # fmt: skip


@pytest.mark.parametrize(("case", "replacements", "note"), RUSSIAN, ids=[c[0] for c in RUSSIAN])
def test_russian_notes_are_written_in_russian(
    case: str, replacements: dict[str, tuple[str, str]], note: str
) -> None:
    diff = diff_stories(RU, corrected(RU, **replacements))
    assert draft_correction_note(diff, "ru") == note
    assert draft_correction_note(diff, "ru-RU") == note


def test_other_languages_get_the_english_draft() -> None:
    diff = diff_stories(RU, corrected(RU, body=("26 стран", "28 стран")))
    assert draft_correction_note(diff, "de") == "Corrects a figure in the fifth paragraph."


@pytest.mark.parametrize(
    ("number", "ordinal"),
    [(1, "first"), (3, "third"), (10, "tenth"), (11, "11th"), (12, "12th"), (13, "13th"),
     (21, "21st"), (22, "22nd"), (23, "23rd"), (101, "101st"), (111, "111th")],
)  # fmt: skip
def test_english_ordinals(number: int, ordinal: str) -> None:
    assert english_ordinal(number) == ordinal


@pytest.mark.parametrize(
    ("number", "case", "phrase"),
    [(1, "in", "в первом абзаце"), (2, "in", "во втором абзаце"), (2, "to", "во второй абзац"),
     (3, "from", "из третьего абзаца"), (3, "in", "в третьем абзаце"), (3, "of", "третьего абзаца"),
     (4, "bare", "четвёртый абзац"), (12, "of", "двенадцатого абзаца"),
     (21, "in", "в абзаце 21"), (21, "from", "из абзаца 21")],
)  # fmt: skip
def test_russian_paragraphs_in_their_cases(number: int, case: str, phrase: str) -> None:
    assert russian_paragraph(number, case) == phrase  # type: ignore[arg-type]


def test_paragraphs_split_or_joined_are_no_correction() -> None:
    joined = corrected(RIA, body=("Turkey.\n\n", "Turkey. "))
    assert draft_correction_note(diff_stories(RIA, joined)) == ""
    joined_and_fixed = corrected(RIA, body=(("Turkey.\n\n", "Turkey. "), ("of 26", "of 28")))
    # Counted in the published version, the one being corrected (as the wires do).
    assert draft_correction_note(diff_stories(RIA, joined_and_fixed)) == (
        "Corrects a figure in the fifth paragraph."
    )
