"""The reporter's credit printed after an agency's dateline (issue 11): it becomes the
story's byline where the page printed none, and is listed among the lines taken out
where it did; it never stays at the start of the lede, and is never dropped unseen."""

from __future__ import annotations

import datetime as dt

import pytest

from editorial.domain.dateline_credit import comma_credit, credit_at
from editorial.formats.wire_text import DATELINE_LINE, REPORTER_CREDIT, read_web_copy
from tests.catalogs import HOUSE_STYLES

STYLES = tuple(HOUSE_STYLES.values())
REFERENCE = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("copy", "byline", "source", "lede"),
    [
        ("Central bank holds rates\n"
         "MOSCOW, Nov 18 (Reuters) - By Jane Doe - Russia's central bank kept its key "
         "rate on hold on Tuesday, it said.\nMore follows.",
         ["Jane Doe"], "Reuters", "Russia's central bank kept"),
        ("Minister speaks on talks\n"
         "ANKARA, November 18 (RIA Novosti), Ivan Petrov - Russian Defense Minister said on "
         "Tuesday that the talks would go on.\nIt was his first visit.",
         ["Ivan Petrov"], "RIA Novosti", "Russian Defense Minister"),
        ("Markt schließt im Plus\n"
         "FRANKFURT (Reuters) - Von Anna Müller und Jan Schmidt - Der Dax hat am Dienstag "
         "im Plus geschlossen.\nMehr folgt.",
         ["Anna Müller", "Jan Schmidt"], "Reuters", "Der Dax"),
        ("国家统计局发布十月经济数据\n"
         "新华社北京11月18日电（记者张伟、李明）国家统计局18日发布数据显示，经济运行平稳。\n"
         "国家统计局新闻发言人表示，经济持续恢复向好。",
         ["张伟", "李明"], "新华社", "国家统计局18日"),
        ("정부 새 경제 대책 발표\n"
         "(서울=연합뉴스) 김민수 기자 = 정부는 18일 새로운 경제 대책을 발표했다고 밝혔다.\n"
         "정부는 내년부터 시행한다.",
         ["김민수"], "연합뉴스", "정부는 18일"),
    ],
    ids=["reuters-by", "ria-comma", "reuters-von-two", "xinhua-zh", "yonhap-ko"],
)  # fmt: skip
def test_a_credit_after_the_dateline_becomes_the_byline(
    copy: str, byline: list[str], source: str, lede: str
) -> None:
    reading = read_web_copy(copy, reference=REFERENCE, styles=STYLES)
    story = reading.story
    assert story.dateline.source == source
    assert [b.name for b in story.bylines] == byline
    assert story.lede.startswith(lede)
    assert reading.removed == ()  # nothing taken out: the credit is the byline, in sight


def test_a_credit_on_the_dateline_s_own_line_is_listed_with_it() -> None:
    copy = ("Regierung plant Reform der Rente\nBERLIN (dpa) - Von Anna Müller\n"
            "Die Bundesregierung will die Rente reformieren, teilte sie am Dienstag mit.\n"
            "Mehr folgt.")  # fmt: skip
    reading = read_web_copy(copy, reference=REFERENCE, styles=STYLES)
    story = reading.story
    assert story.headline == "Regierung plant Reform der Rente"
    assert (story.dateline.city, story.dateline.source) == ("Berlin", "dpa")
    assert [b.name for b in story.bylines] == ["Anna Müller"]
    assert story.lede.startswith("Die Bundesregierung")
    assert [(line.text, line.reason) for line in reading.removed] == [
        ("BERLIN (dpa) - Von Anna Müller", DATELINE_LINE)
    ]


def test_a_credit_beside_a_printed_byline_is_listed_not_dropped() -> None:
    copy = ("Central bank holds rates\nBy John Roe\n"
            "MOSCOW, Nov 18 (Reuters) - By Jane Doe - Russia's central bank kept its key "
            "rate on hold on Tuesday, it said.\nMore follows.")  # fmt: skip
    reading = read_web_copy(copy, reference=REFERENCE, styles=STYLES)
    assert [b.name for b in reading.story.bylines] == ["John Roe"]
    assert reading.story.lede.startswith("Russia's central bank")
    assert ("By Jane Doe -", REPORTER_CREDIT) in [(r.text, r.reason) for r in reading.removed]


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the day - prices rose.",  # `By` and a dash, but no name
        "Von der Leyen said on Tuesday that talks would go on.",
        "by jane doe - lower case is no credit",
        "（新华社）国家统计局18日发布数据。",  # brackets without 记者
    ],
)
def test_sentences_are_not_credits(text: str) -> None:
    assert credit_at(text) is None


def test_the_comma_form_needs_a_name_between_source_and_dash() -> None:
    assert comma_credit("ANKARA, November 18 (RIA Novosti), said officials - no.") is None
    cut = comma_credit("ANKARA, November 18 (RIA Novosti), Ivan Petrov - Russian officials.")
    assert cut is not None
    assert cut[0] == "ANKARA, November 18 (RIA Novosti) - Russian officials."
    assert cut[1].names == ("Ivan Petrov",)
