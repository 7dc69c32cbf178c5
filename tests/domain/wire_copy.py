"""Real wire copy for the diff and correction tests: the RIA Novosti story of
tests/formats/fixtures (English), and a Russian story in the agency's style."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Story

FIXTURE = Path(__file__).resolve().parents[1] / "formats/fixtures/web-copy-ria-novosti-2008.txt"
DATELINE_TEXT = "ANKARA, November 18 (RIA Novosti) - "


def ria_story() -> Story:
    """The published story: the lede, then nine paragraphs of body."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("ANKARA,"))
    end = lines.index("Newsfeed")
    paragraphs = [line.strip() for line in lines[start:end] if line.strip()]
    return Story(
        uri="urn:newsml:ria.ru:20081118:serdyukov-nato",
        headline="Russia urges resumption of dialogue with NATO, alliance wary",
        bylines=(Byline("Anna Ivanova", "Ankara"),),
        dateline=Dateline("Ankara", "", "Turkey", dt.date(2008, 11, 18), "RIA Novosti"),
        lede=paragraphs[0].removeprefix(DATELINE_TEXT),
        body="\n\n".join(paragraphs[1:]),
        language="en",
    )


RUSSIAN_LEDE = (
    "Министр обороны России Анатолий Сердюков призвал во вторник возобновить диалог с НАТО,"
    " замороженный после пятидневной войны между Россией и Грузией в августе."
)
RUSSIAN_BODY = "\n\n".join(
    [
        "Сердюков находится в Турции с двухдневным официальным визитом.",
        "«Я считаю, что нам нужно возобновить диалог», — сказал министр на пресс-конференции"
        " после переговоров с турецким коллегой Веджди Гёнюлем.",
        "Постпред России при НАТО Дмитрий Рогозин заявил, что консультации на уровне послов"
        " могут пройти до конца года.",
        "Министры иностранных дел 26 стран НАТО могут принять решение о возобновлении работы"
        " Совета Россия — НАТО на встрече в начале декабря. Встреча пройдёт в Брюсселе.",
    ]
)


def russian_story() -> Story:
    return Story(
        uri="urn:newsml:ria.ru:20081118:serdyukov-nato-ru",
        headline="Россия призвала возобновить диалог с НАТО",
        lede=RUSSIAN_LEDE,
        body=RUSSIAN_BODY,
        language="ru",
    )
