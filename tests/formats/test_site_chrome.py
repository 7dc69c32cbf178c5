"""Site furniture judged by shape as well as by phrase, in the languages the desk works
in; each judgement has its reason, and copy that only resembles furniture stays."""

from __future__ import annotations

import pytest

from editorial.formats.site_chrome import (
    CREDIT,
    DISCUSSION,
    NAVIGATION,
    SHARING,
    STAMP,
    TEASER,
    chrome_reason,
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Subscribe to RIA Novosti Telegram channel, Facebook, RSS!", SHARING),
        ("Подписывайтесь на ТАСС в Telegram", SHARING),
        ("Folgen Sie uns auf Instagram und Facebook", SHARING),
        ("Síguenos en Twitter y Facebook", SHARING),
        ("Abonnez-vous à notre newsletter", SHARING),
        ("…read more", TEASER),
        ("The minister said the talks would go on… Read more", TEASER),
        ("Source: Interfax", TEASER),
        ("Источник: РИА Новости", TEASER),
        ("Lire aussi | Voitures électriques : les ventes reculent", TEASER),
        ("Rescuers at work in Elazig. © Reuters Photo/John Doe", CREDIT),
        ("Rescuers search the rubble in Elazig. REUTERS/Jane Doe", CREDIT),
        ("Фото: Иван Иванов / РИА Новости", CREDIT),
        ("Getty Images", CREDIT),
        ("To participate in the discussion", DISCUSSION),
        ("Kommentare", DISCUSSION),
        ("Zum Inhalt springen", NAVIGATION),
        ("Updated 6:42 PM UTC, March 3, 2026", STAMP),
        ("14:32 03.03.2026 (обновлено: 15:10 03.03.2026)", STAMP),
        ("Santiago de Chile - 03 mar 2026 - 14:32 CET", STAMP),
        ("Temps de Lecture 3 min.", STAMP),
        ("2 hours ago", STAMP),
    ],
)
def test_furniture_is_named_with_its_reason(line: str, reason: str) -> None:
    assert chrome_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The Reuters/Ipsos poll found 40 percent support for the plan.",
        "Mar 3, 2026 was the day of the worst storm in years.",
        "Readers were asked to subscribe to the new rules by Friday, the ministry said.",
        "Share prices fell 3% in Frankfurt.",
        "Source of the leak was a ministry official, the paper said, without naming him.",
        "World leaders met in Geneva on Monday.",
    ],
)
def test_copy_that_resembles_furniture_stays(line: str) -> None:
    assert chrome_reason(line) is None


def test_a_long_paragraph_is_never_judged_by_the_shapes() -> None:
    assert chrome_reason("Subscribe to Telegram " + "and more words " * 40) is None
