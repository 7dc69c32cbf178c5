"""The desk's services as the window and the command line use them: the library stays
behind them, preferences are swapped whole and say what changed, staff and the desk's
dictionary go through their services, pasted web copy is read without keeping it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from editorial.domain.byline import Byline
from editorial.domain.checks import run_checks
from editorial.domain.dateline import Dateline
from editorial.domain.errors import BadInput, EditorialError
from editorial.domain.story import Story
from editorial.services.desk import Desk, open_desk
from editorial.services.spelling import HunspellSpeller, installed_dictionaries, preferred_language
from editorial.services.styles import StyleBook
from editorial.settings import Preferences, PreferencesHolder


@pytest.fixture
def desk(tmp_path: Path, library_location: str) -> Iterator[Desk]:
    holder = PreferencesHolder(Preferences(agency_domain="ria.ru"), tmp_path / "settings.json")
    desk = open_desk(library_location, holder)
    yield desk
    desk.close()


def test_the_desk_offers_services_not_its_library(desk: Desk) -> None:
    public = {name for name in dir(desk) if not name.startswith("_")}
    assert public == {
        "checking",
        "close",
        "conflicts",
        "editing",
        "location",  # where the library is, as text (the window's files beside it)
        "locks",
        "places",
        "preferences",
        "publishing",
        "reading",
        "revisions",
        "review",
        "search",
        "staff",
        "styles",
        "transfer",
        "workflow",
    }
    for service in (desk.editing, desk.checking, desk.staff, desk.reading, desk.revisions):
        assert not hasattr(service, "library")


def test_an_update_swaps_the_preferences_every_service_reads(desk: Desk, tmp_path: Path) -> None:
    before = desk.preferences.current()
    changes = desk.preferences.update({"agency_domain": "tass.ru", "headline_limit": 80})
    assert changes.keys == {"agency_domain"} and "agency_domain" in changes
    assert changes.preferences is desk.preferences.current() is not before
    assert before.agency_domain == "ria.ru"  # a snapshot taken earlier stays as it was
    assert desk.editing.create("Talks").story.uri.startswith("urn:newsml:tass.ru:")
    stored = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert stored["agency_domain"] == "tass.ru"


def test_a_bad_preference_is_refused_with_the_domains_error(desk: Desk) -> None:
    with pytest.raises(BadInput, match="Longest headline"):
        desk.preferences.update({"headline_limit": "long"})
    assert desk.preferences.current().headline_limit == 80


def test_preferences_that_cannot_be_written_do_not_apply(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    holder = PreferencesHolder(Preferences(), blocked / "settings.json")
    desk = open_desk(str(tmp_path / "desk.sqlite"), holder)
    try:
        with pytest.raises(EditorialError, match="could not be saved"):
            desk.preferences.update({"house_style": "ap"})
        assert desk.preferences.current().house_style == "agency"
    finally:
        desk.close()


def test_the_house_styles_to_choose_from(desk: Desk) -> None:
    keys = {style.key for style in desk.preferences.house_styles()}
    assert {"agency", "ap", "reuters"} <= keys


def test_staff_changes_return_the_list_as_kept(desk: Desk) -> None:
    assert desk.staff.people() == []
    added = desk.staff.add(Byline("Anna Ivanova", "Moscow correspondent"))
    assert added.people == [Byline("Anna Ivanova", "Moscow correspondent")]
    assert added.changes.staff and not added.changes.stories.list_changed
    desk.staff.add(Byline("John Smith"))
    assert [p.name for p in desk.staff.complete("iva")] == ["Anna Ivanova"]
    assert [p.name for p in desk.staff.remove(["Anna Ivanova"]).people] == ["John Smith"]


def test_the_desks_dictionary_through_the_checking_service(desk: Desk) -> None:
    desk.checking.add_to_dictionary("Gazprombank", "en-GB")
    assert "Gazprombank" in desk.checking.dictionary_words("en")


def test_suggestions_come_only_from_a_speller_already_loaded(desk: Desk) -> None:
    """`suggest` reads nothing from the library (any lane may ask): before a check of the
    language has loaded its speller there is nothing to suggest."""
    assert desk.checking.suggest("resme", "en") == ()
    speller = desk.checking.speller("en")
    if not hasattr(speller, "suggest"):
        pytest.skip(f"no English dictionary here: {speller}")
    assert "resume" in desk.checking.suggest("resme", "en")


def test_pasted_web_copy_is_read_with_the_agency_of_the_preferences(desk: Desk) -> None:
    copy = (
        "Russia to cut defense spending\n\n"
        "By Anna Ivanova\n\n"
        "ANKARA, November 18 (RIA Novosti) - Russian Defense Minister said on Monday.\n\n"
        "The cuts will come next year.\n"
    )
    story = desk.reading.web_copy(copy)
    assert story.headline == "Russia to cut defense spending"
    assert story.uri.startswith("urn:newsml:ria.ru:")
    assert story.id is None and desk.editing.list_stories() == []  # nothing kept


# An editor's own style that teaches the dateline reader a stand-alone city and Turkish
# dates: only a reader handed the desk's catalog knows them.
OWN_STYLE = '[dateline.stand_alone]\nGR = ["Qwertopolis"]\n\n[dateline.languages.tr]\n'
REFERENCE = dt.datetime(2008, 11, 20, tzinfo=dt.UTC)
DATELINE = "QWERTOPOLIS, 18 Kasım (AA) - "
LEDE = "The harbour of the city reopened on Tuesday after a week of storms closed it. " * 3


def test_the_desks_readers_and_checks_know_the_editors_own_house_style(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "styles"
    folder.mkdir()
    (folder / "agency.toml").write_text(OWN_STYLE, encoding="utf-8")
    holder = PreferencesHolder(Preferences(agency_domain="ria.ru"), tmp_path / "settings.json")
    desk = open_desk(str(tmp_path / "desk.sqlite"), holder, styles=StyleBook(folder))
    try:
        wanted = Dateline("Qwertopolis", "", "Greece", dt.date(2008, 11, 18), "AA")
        pasted = desk.reading.web_copy(f"Harbour reopens\n\n{DATELINE}{LEDE}\n\nMore.\n")
        assert pasted.dateline == replace(wanted, date=pasted.dateline.date)
        assert pasted.dateline.date is not None and pasted.dateline.date.month == 11
        web = tmp_path / "copy.txt"
        web.write_text(f"Harbour reopens\n\n{DATELINE}{LEDE}\n\nMore.\n", encoding="utf-8")
        item = {"uri": "urn:x:1", "headlines": [{"value": "Harbour reopens"}],
                "firstcreated": "2008-11-18T08:00:00Z",
                "bodies": [{"contenttype": "text/plain", "value": DATELINE + LEDE}]}  # fmt: skip
        ninjs = tmp_path / "item.json"
        ninjs.write_text(json.dumps(item), encoding="utf-8")
        report = desk.transfer.import_files([web, ninjs], reference=REFERENCE)
        assert [f.error for f in report.files] == [None, None]
        assert [s.dateline for f in report.files for s in f.stories] == [wanted, wanted]
        assert desk.reading.stories_in_file(ninjs).stories[0].dateline == wanted

        # The lede is the first paragraph without its dateline: 45 words, the limit.
        story = Story(uri="urn:x:2", headline="Harbour reopens", body=DATELINE + LEDE)
        assert "count.lede-long" not in {f.code for f in desk.checking.check(story)}
        bundled = desk.styles.catalog.bundled.values()  # without the editor's file
        findings = run_checks(story, desk.styles.catalog.get("agency"), styles=bundled)
        assert "count.lede-long" in {f.code for f in findings}
    finally:
        desk.close()


def test_the_preferred_dictionary_spells_a_language_the_story_names_without_region(
    desk: Desk,
) -> None:
    """`spelling_languages` picks the variant: a story in `en` is spelt British once
    en_GB is preferred (Aspell's en_GB where Hunspell has none: tests/run.sh installs it),
    while a story that names its region keeps it."""
    if "en_GB" not in installed_dictionaries():
        pytest.skip("no en_GB dictionary installed (Debian: aspell-en or hunspell-en-gb)")
    assert desk.checking.speller("en").tag == "en_US"  # type: ignore[union-attr]
    desk.preferences.update({"spelling_languages": "en_GB, ru_RU"})
    british = desk.checking.speller("en")
    assert isinstance(british, HunspellSpeller) and british.tag == "en_GB"
    assert british.check("colour") and not british.check("colr")
    assert desk.checking.speller("en-US").tag == "en_US"  # type: ignore[union-attr]
    assert desk.checking.speller("ru").tag == "ru_RU"  # type: ignore[union-attr]
    story = Story("urn:test:colour", headline="Colour", body="The colour of the sky.",
                  language="en")  # fmt: skip
    codes = {f.code for f in desk.checking.check(story)}
    assert not any(code.startswith("spelling") for code in codes), codes


def test_preferred_language_keeps_a_region_and_fills_a_bare_tag() -> None:
    assert preferred_language("en", ("ru_RU", "en_GB")) == "en-GB"
    assert preferred_language("en-US", ("en_GB",)) == "en-US"
    assert preferred_language("de", ("en_GB",)) == "de"
    assert preferred_language("en", ("en",)) == "en"  # no region: nothing to prefer
    assert preferred_language("", ("en_GB",)) == ""
