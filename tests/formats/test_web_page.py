"""A page's HTML: the article found by its markup, everything else of the page listed as
removed; without an article (a small selection) or beyond the extractor's reach, the
page's text is read as pasted text, so that nothing is lost."""

from __future__ import annotations

import datetime as dt

import pytest

from editorial.formats import web_page
from editorial.formats.errors import FormatError
from editorial.formats.web_page import NOT_ARTICLE, page_language, read_web_page

REFERENCE = dt.datetime(2026, 3, 10, tzinfo=dt.UTC)
ARTICLE = (
    "<h1>Harbour reopens after three days of storms</h1>"
    "<p>VALLETTA, March 3 (Reuters) - Malta reopened its main harbour on Monday after three "
    "days of storms, the transport authority said.</p>"
    "<p>Ferries to Gozo resumed at noon, the operator said.</p>"
)
PAGE = (
    '<!DOCTYPE html><html lang="en-GB"><body><nav><a>Home</a> <a>World</a> <a>Sign in</a></nav>'
    f"<main><article>{ARTICLE}<div class='share'><a>Share</a></div></article></main>"
    "<aside><h2>Most read</h2><p>Floods close roads in Sicily</p></aside>"
    "<footer>© 2026 Island Daily</footer></body></html>"
)


def test_the_article_is_the_story_and_the_rest_of_the_page_is_listed() -> None:
    reading = read_web_page(PAGE, reference=REFERENCE)
    story = reading.story
    assert story.headline == "Harbour reopens after three days of storms"
    assert (story.dateline.city, story.dateline.source) == ("Valletta", "Reuters")
    assert story.body == "Ferries to Gozo resumed at noon, the operator said."
    assert story.language == "en-GB"
    removed = {line.text: line.reason for line in reading.removed}
    assert removed["Floods close roads in Sicily"] == NOT_ARTICLE
    assert "© 2026 Island Daily" in removed and "Most read" in removed
    # Listed in the page's order, each placed after the body paragraph it followed.
    assert [line.text for line in reading.removed][-1] == "© 2026 Island Daily"


def test_a_selection_without_an_article_is_read_as_its_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    reading = read_web_page(f"<html><body>{ARTICLE}<p>Share</p></body></html>",
                            reference=REFERENCE)  # fmt: skip
    assert reading.story.headline == "Harbour reopens after three days of storms"
    assert [(line.text, line.reason) for line in reading.removed] == [
        ("Share", "sharing or subscription")
    ]


def test_an_extractor_failure_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("odd markup")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    reading = read_web_page(PAGE, reference=REFERENCE)
    assert reading.story.headline == "Harbour reopens after three days of storms"
    assert reading.story.body == "Ferries to Gozo resumed at noon, the operator said."


def test_a_page_of_more_elements_than_any_article_page_skips_the_extractor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    calls: list[object] = []
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: calls.append(a))
    monkeypatch.setattr(web_page, "MAX_EXTRACTED_ELEMENTS", 5)
    assert read_web_page(PAGE, reference=REFERENCE).story.headline.startswith("Harbour")
    assert calls == []


def test_a_page_too_large_is_refused_in_one_line() -> None:
    with pytest.raises(FormatError, match=r"the page is .* characters long"):
        read_web_page("<p>" + "x" * web_page.MAX_WEB_PAGE_CHARS)


@pytest.mark.parametrize(
    ("html", "language"),
    [('<html lang="de">', "de"), ("<HTML class=x LANG='pt_BR'>", "pt-BR"), ("<html>", None),
     ("<p lang='fr'>", None)],
)  # fmt: skip
def test_the_page_language(html: str, language: str | None) -> None:
    assert page_language(html + "<body></body></html>") == language


def test_a_one_word_headline_of_the_page_is_the_headline() -> None:
    # Web copy takes a headline of two words or more (a lone word over the lede is
    # mostly a section label); a page whose <h1> is its <title> says it is the headline.
    # It was listed as "above the headline" and the story had none.
    html = (
        "<html><head><title>Quake</title></head><body><h1>Quake</h1>"
        "<p>ANKARA (AA) - Rescuers searched the rubble through the night in the east.</p>"
        "</body></html>"
    )
    reading = read_web_page(html)
    assert (reading.story.headline, reading.story.slug) == ("Quake", "quake")
    assert reading.removed == ()
    assert reading.story.lede.startswith("Rescuers searched")
