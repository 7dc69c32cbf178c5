"""Web copy from any declared agency: the dateline comes off the lede into the story's
dateline, whichever agency's form it is in (the styles the issue found unread: TASS,
Interfax, dpa, Kyodo, EFE, ANSA, Bloomberg, RIA Novosti's current Russian form, and the
Chinese and Japanese forms)."""

from __future__ import annotations

import datetime as dt

import pytest

from editorial.domain.dateline import Dateline
from editorial.formats.wire_text import parse_web_copy
from tests.catalogs import HOUSE_STYLES, real_gazetteer

STYLES = tuple(HOUSE_STYLES.values())
REFERENCE = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
NOV_18 = dt.date(2026, 11, 18)
EN_NEXT = "The decision follows weeks of talks between the ministries, officials said."
RU_NEXT = "Решение последовало после нескольких недель переговоров, сообщили чиновники."

CASES = [
    ("en", "MOSCOW, November 18. /TASS/. ", "Russia's government approved the federal budget on "
     "Tuesday.", EN_NEXT, Dateline("Moscow", "", "Russia", NOV_18, "TASS")),
    ("ru", "МОСКВА, 18 ноября. /ТАСС/. ", "Правительство России одобрило во вторник бюджет на "
     "следующий год.", RU_NEXT, Dateline("Москва", "", "Russia", NOV_18, "ТАСС")),
    ("en", "MOSCOW. Nov 18 (Interfax) - ", "The Russian government has approved the federal "
     "budget.", EN_NEXT, Dateline("Moscow", "", "Russia", NOV_18, "Interfax")),
    ("de", "Hamburg (dpa) - ", "Die Zahl der Arbeitslosen ist im November deutlich gesunken.",
     "Das teilte die Bundesagentur für Arbeit am Dienstag in Nürnberg mit.",
     Dateline("Hamburg", "", "Germany", None, "dpa")),
    ("en", "TOKYO, Nov. 18 Kyodo - ", "Japan's government approved a large stimulus package "
     "on Tuesday.", EN_NEXT, Dateline("Tokyo", "", "Japan", NOV_18, "Kyodo")),
    ("es", "Sevilla, 18 nov (EFE).- ", "La Junta de Andalucía aprobó este martes el "
     "presupuesto regional.", "La decisión llega tras semanas de negociaciones, según "
     "fuentes oficiales.", Dateline("Sevilla", "", "Spain", NOV_18, "EFE")),
    ("it", "(ANSA) - ROMA, 18 NOV - ", "Il Consiglio dei ministri ha approvato oggi la legge "
     "di bilancio.", "La decisione arriva dopo settimane di trattative, hanno detto fonti "
     "ufficiali.", Dateline("Roma", "", "Italy", NOV_18, "ANSA")),
    ("en", "(Bloomberg) -- ", "Asian stocks fell on Tuesday as investors weighed fresh data "
     "from China.", EN_NEXT, Dateline("", "", "", None, "Bloomberg")),
    ("ru", "МОСКВА, 18 ноя - РИА Новости. ", "Правительство России одобрило во вторник бюджет "
     "на следующий год.", RU_NEXT, Dateline("Москва", "", "Russia", NOV_18, "РИА Новости")),
    ("zh", "新华社北京11月18日电（记者张伟）",
     "国家统计局18日发布数据显示，10月份经济运行总体平稳。",
     "国家统计局新闻发言人表示，经济持续恢复向好。",
     Dateline("北京", "", "China", NOV_18, "新华社")),
    ("ja", "【東京共同】", "政府は18日の閣議で、総額20兆円規模の経済対策を決定した。",
     "首相は記者団に対し、早期の成立を目指すと述べた。",
     Dateline("東京", "", "Japan", None, "共同")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "dateline_text", "lede", "next_paragraph", "expected"),
    CASES,
    ids=[f"{case[0]}-{n}" for n, case in enumerate(CASES)],
)
def test_the_dateline_comes_off_the_lede(
    language: str, dateline_text: str, lede: str, next_paragraph: str, expected: Dateline
) -> None:
    copy = f"Headline of the story\n\n{dateline_text}{lede}\n\n{next_paragraph}\n"
    story = parse_web_copy(copy, reference=REFERENCE, language=language,
                           gazetteer=real_gazetteer, styles=STYLES)  # fmt: skip
    assert story.dateline == expected
    assert story.lede == lede
    assert next_paragraph in story.body  # 。 ends a sentence as . does
    # Xinhua's reporter's credit after the dateline is the byline, not the lede's start.
    assert [b.name for b in story.bylines] == (["张伟"] if language == "zh" else [])
