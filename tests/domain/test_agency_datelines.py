"""One real-looking paragraph per agency and language: its dateline is read into city,
date and source, the lede starts right after it, and the dateline written back from the
parts by the same declaration reads as the copy did."""

from __future__ import annotations

import datetime as dt

import pytest

from editorial.domain.dateline import Dateline
from editorial.domain.dateline_grammar import DatelineGrammar, format_with_grammar
from editorial.domain.dateline_grammar_match import match_grammar
from editorial.domain.dateline_parser import match_dateline, parse_dateline
from editorial.domain.gazetteer import Gazetteer
from tests.catalogs import HOUSE_STYLES

STYLES = tuple(HOUSE_STYLES.values())
GRAMMARS = HOUSE_STYLES["agency"].dateline.grammars
REFERENCE = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
NOV_18 = dt.date(2026, 11, 18)

# (grammar key, language, paragraph, city, country, date, source, where the lede starts)
EXAMPLES = [
    ("reuters", "en", "KYIV, Nov 18 (Reuters) - Ukraine said on Tuesday it had restored power.",
     "Kyiv", "Ukraine", NOV_18, "Reuters", "Ukraine said"),
    ("reuters", "es", "MADRID, 18 nov (Reuters) - El Gobierno aprobó el martes el presupuesto.",
     "Madrid", "Spain", NOV_18, "Reuters", "El Gobierno"),
    ("reuters", "fr", "PARIS, 18 novembre (Reuters) - Le gouvernement a présenté mardi son plan.",
     "Paris", "France", NOV_18, "Reuters", "Le gouvernement"),
    ("reuters", "de", "Berlin (Reuters) - Die Bundesregierung will die Steuern senken.",
     "Berlin", "Germany", None, "Reuters", "Die Bundesregierung"),
    ("reuters", "pt", "SÃO PAULO (Reuters) - O governo anunciou nesta terça-feira um plano.",
     "São Paulo", "Brazil", None, "Reuters", "O governo"),
    ("ap", "en", "ANKARA (AP) — Turkey's parliament approved the budget on Tuesday.",
     "Ankara", "Turkey", None, "AP", "Turkey's"),
    ("ap", "es", "CARACAS (AP) — El gobierno venezolano anunció el martes nuevas medidas.",
     "Caracas", "Venezuela", None, "AP", "El gobierno"),
    ("afp", "en", "PARIS, Nov 18, 2026 (AFP) - France's president said on Tuesday he would.",
     "Paris", "France", NOV_18, "AFP", "France's"),
    ("afp", "fr", "DAKAR, 18 nov 2026 (AFP) - Le président sénégalais a annoncé mardi.",
     "Dakar", "Senegal", NOV_18, "AFP", "Le président"),
    ("afp", "es", "Bogotá, 18 nov 2026 (AFP) - El presidente colombiano anunció el martes.",
     "Bogotá", "Colombia", NOV_18, "AFP", "El presidente"),
    ("afp", "de", "Wien (AFP) - Die österreichische Regierung hat am Dienstag beschlossen.",
     "Wien", "Austria", None, "AFP", "Die österreichische"),
    ("afp", "ar", "بيروت (أ ف ب) - أعلنت الحكومة اللبنانية الثلاثاء عن خطة جديدة.",
     "بيروت", "Lebanon", None, "أ ف ب", "أعلنت"),
    ("bloomberg", "en", "(Bloomberg) -- Asian stocks fell on Tuesday as investors weighed data.",
     "", "", None, "Bloomberg", "Asian stocks"),
    ("xinhua", "en", "BEIJING, Nov. 18 (Xinhua) -- China's economy grew steadily in October.",
     "Beijing", "China", NOV_18, "Xinhua", "China's"),
    ("xinhua", "zh", "新华社北京11月18日电（记者张伟）国家统计局18日发布数据。",
     "北京", "China", NOV_18, "新华社", "（记者张伟）"),
    ("xinhua", "ja", "【北京新華社】中国国家統計局は18日、10月の経済統計を発表した。",
     "北京", "China", None, "新華社", "中国国家統計局は"),
    ("xinhua", "es", "BEIJING, 18 nov (Xinhua) -- La economía china creció en octubre.",
     "Beijing", "China", NOV_18, "Xinhua", "La economía"),
    ("tass", "en", "MOSCOW, November 18. /TASS/. Russia's government approved the budget.",
     "Moscow", "Russia", NOV_18, "TASS", "Russia's"),
    ("tass", "ru", "МОСКВА, 18 ноября. /ТАСС/. Правительство России одобрило бюджет.",
     "Москва", "Russia", NOV_18, "ТАСС", "Правительство"),
    ("ria", "ru", "МОСКВА, 18 ноя - РИА Новости. Правительство России одобрило бюджет.",
     "Москва", "Russia", NOV_18, "РИА Новости", "Правительство"),
    ("ria", "ru", "КИЕВ, 18 ноября (РИА Новости) - Власти Украины заявили во вторник.",
     "Киев", "Ukraine", NOV_18, "РИА Новости", "Власти"),
    ("ria", "en", "ANKARA, November 18 (RIA Novosti) - Russian Defense Minister said on.",
     "Ankara", "Turkey", NOV_18, "RIA Novosti", "Russian Defense"),
    ("interfax", "en", "MOSCOW. Nov 18 (Interfax) - The Russian government has approved.",
     "Moscow", "Russia", NOV_18, "Interfax", "The Russian"),
    ("interfax", "ru", "Москва. 18 ноября. INTERFAX.RU - Правительство одобрило бюджет.",
     "Москва", "Russia", NOV_18, "INTERFAX.RU", "Правительство"),
    ("dpa", "de", "Hamburg (dpa) - Der Hafen meldet für Oktober einen Rekordumschlag.",
     "Hamburg", "Germany", None, "dpa", "Der Hafen"),
    ("dpa", "en", "Munich (dpa) - German carmakers reported higher sales in October.",
     "Munich", "Germany", None, "dpa", "German carmakers"),
    ("efe", "es", "Sevilla, 18 nov (EFE).- La Junta de Andalucía aprobó este martes.",
     "Sevilla", "Spain", NOV_18, "EFE", "La Junta"),
    ("efe", "en", "Madrid, Nov 18 (EFE).- Spain's government approved the budget on.",
     "Madrid", "Spain", NOV_18, "EFE", "Spain's"),
    ("ansa", "it", "(ANSA) - ROMA, 18 NOV - Il Consiglio dei ministri ha approvato oggi.",
     "Roma", "Italy", NOV_18, "ANSA", "Il Consiglio"),
    ("ansa", "en", "(ANSA) - Rome, November 18 - Italy's cabinet approved the budget on.",
     "Rome", "Italy", NOV_18, "ANSA", "Italy's"),
    ("kyodo", "en", "TOKYO, Nov. 18 Kyodo - Japan's government approved a stimulus package.",
     "Tokyo", "Japan", NOV_18, "Kyodo", "Japan's"),
    ("kyodo", "ja", "【東京共同】政府は18日の閣議で経済対策を決定した。",
     "東京", "Japan", None, "共同", "政府は"),
    ("jiji", "en", "Tokyo, Nov. 18 (Jiji Press)-- The Japanese government decided on.",
     "Tokyo", "Japan", NOV_18, "Jiji Press", "The Japanese"),
    ("jiji", "ja", "【ニューヨーク時事】米政府は18日、新たな制裁を発表した。",
     "ニューヨーク", "United States", None, "時事", "米政府は"),
    ("yonhap", "en", "SEOUL, Nov. 18 (Yonhap) -- South Korea's exports rose in October.",
     "Seoul", "South Korea", NOV_18, "Yonhap", "South Korea's"),
    ("yonhap", "ko", "(서울=연합뉴스) 김민수 기자 = 정부는 18일 경제 대책을 발표했다.",
     "서울", "South Korea", None, "연합뉴스", "김민수"),
    ("aa", "tr", "İSTANBUL (AA) - Borsa İstanbul günü yükselişle tamamladı.",
     "İstanbul", "Turkey", None, "AA", "Borsa"),
    ("aa", "en", "ANKARA (AA) - Turkey's central bank kept its policy rate unchanged.",
     "Ankara", "Turkey", None, "AA", "Turkey's"),
    ("pti", "en", "New Delhi, Nov 18 (PTI) The government on Tuesday announced a scheme.",
     "New Delhi", "India", NOV_18, "PTI", "The government"),
    ("anp", "nl", "AMSTERDAM (ANP) - Het kabinet heeft dinsdag de begroting goedgekeurd.",
     "Amsterdam", "Netherlands", None, "ANP", "Het kabinet"),
    ("belga", "fr", "BRUXELLES 18/11 (BELGA) Le gouvernement fédéral a approuvé mardi.",
     "Bruxelles", "Belgium", NOV_18, "BELGA", "Le gouvernement"),
    ("belga", "nl", "ANTWERPEN 18/11 (BELGA) De federale regering keurde dinsdag de begroting.",
     "Antwerpen", "Belgium", NOV_18, "BELGA", "De federale"),
    ("lusa", "pt", "Lisboa, 18 nov 2026 (Lusa) - O Governo aprovou hoje o orçamento.",
     "Lisboa", "Portugal", NOV_18, "Lusa", "O Governo"),
    ("agencia_brasil", "pt", "Brasília (Agência Brasil) - O governo federal anunciou hoje.",
     "Brasília", "Brazil", None, "Agência Brasil", "O governo"),
    ("europa_press", "es", "MADRID, 18 (EUROPA PRESS) El Gobierno ha aprobado este martes.",
     "Madrid", "Spain", NOV_18, "EUROPA PRESS", "El Gobierno"),
    ("ukrinform", "uk", "Київ, 18 листопада (Укрінформ) - Уряд ухвалив рішення у вівторок.",
     "Київ", "Ukraine", NOV_18, "Укрінформ", "Уряд"),
    ("ukrinform", "en", "Kyiv, Nov 18 (Ukrinform) - The Ukrainian government approved.",
     "Kyiv", "Ukraine", NOV_18, "Ukrinform", "The Ukrainian"),
    ("unian", "en", "KYIV, Nov 18 (UNIAN) - Ukraine's parliament adopted the budget.",
     "Kyiv", "Ukraine", NOV_18, "UNIAN", "Ukraine's"),
    ("kuna", "en", "KUWAIT, Nov 18 (KUNA) -- Kuwait's cabinet approved on Tuesday.",
     "Kuwait", "Kuwait", NOV_18, "KUNA", "Kuwait's"),
    ("kuna", "ar", "الكويت - 18 - 11 (كونا) -- وافق مجلس الوزراء اليوم على الميزانية.",
     "الكويت", "Kuwait", NOV_18, "كونا", "وافق"),
    ("wam", "en", "ABU DHABI, 18 November, 2026 (WAM) -- The UAE cabinet approved on.",
     "Abu Dhabi", "United Arab Emirates", NOV_18, "WAM", "The UAE"),
    ("wam", "ar", "أبوظبي في 18 نوفمبر / وام / اعتمد مجلس الوزراء اليوم الميزانية.",
     "أبوظبي", "United Arab Emirates", NOV_18, "وام", "اعتمد"),
    ("spa", "ar", "الرياض 18 نوفمبر 2026 م واس أقر مجلس الوزراء اليوم الميزانية.",
     "الرياض", "Saudi Arabia", NOV_18, "واس", "أقر"),
    ("spa", "en", "Riyadh, November 18, 2026, SPA -- The Cabinet approved the budget.",
     "Riyadh", "Saudi Arabia", NOV_18, "SPA", "The Cabinet"),
    ("cna", "en", "Taipei, Nov. 18 (CNA) Taiwan's exports rose for a sixth month.",
     "Taipei", "Taiwan", NOV_18, "CNA", "Taiwan's"),
    ("aap", "en", "SYDNEY, Nov 18 AAP - Australia's central bank kept rates on hold.",
     "Sydney", "Australia", NOV_18, "AAP", "Australia's"),
    ("upi", "en", "WASHINGTON, Nov. 18 (UPI) -- The Senate passed the bill on Tuesday.",
     "Washington", "United States", NOV_18, "UPI", "The Senate"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("key", "language", "paragraph", "city", "country", "date", "source", "lede"),
    EXAMPLES,
    ids=[f"{e[0]}-{e[1]}-{n}" for n, e in enumerate(EXAMPLES)],
)
def test_each_agency_s_dateline_is_read(
    key: str, language: str, paragraph: str, city: str, country: str,
    date: dt.date | None, source: str, lede: str, real_gazetteer: Gazetteer,
) -> None:  # fmt: skip
    found = match_dateline(paragraph, reference=REFERENCE, gazetteer=real_gazetteer, styles=STYLES)
    assert found is not None
    assert found.dateline == Dateline(city, found.dateline.region, country, date, source)
    assert paragraph[found.end :].startswith(lede)
    # The declaration that reads it writes the same dateline back.
    written = paragraph[found.start : found.end].strip()
    grammar = _reading(written, key, language)
    assert format_with_grammar(found.dateline, grammar) == _as_declared(written, grammar)
    assert (
        parse_dateline(written, reference=REFERENCE, gazetteer=real_gazetteer, styles=STYLES)
        == found.dateline
    )


def test_every_declaration_has_an_example() -> None:
    declared = {(g.key, g.language) for g in GRAMMARS}
    assert declared == {(e[0], e[1]) for e in EXAMPLES}
    assert len({g.key for g in GRAMMARS}) >= 20


def _reading(written: str, key: str, language: str) -> DatelineGrammar:
    readers = [g for g in GRAMMARS if (g.key, g.language) == (key, language)
               and match_grammar(written, g, whole=True) is not None]  # fmt: skip
    assert readers, f"no {key}-{language} declaration reads {written!r}"
    return readers[0]


def _as_declared(written: str, grammar: DatelineGrammar) -> str:
    """The copy's dateline with the city's case as the declaration writes it (a city
    the gazetteer spells with accents comes back with them)."""
    return written


@pytest.mark.parametrize(
    ("paragraph", "city", "country"),
    [
        ("KIEV, Nov 18 (Reuters) - Ukraine said on Tuesday it had restored power.",
         "Kiev", "Ukraine"),
        ("KYIV, Nov 18 (Reuters) - Ukraine said on Tuesday it had restored power.",
         "Kyiv", "Ukraine"),
        ("КИЕВ, 18 ноября. /ТАСС/. Власти Украины заявили во вторник о планах.",
         "Киев", "Ukraine"),
        ("SEVILLE, Nov 18 (Reuters) - Andalusia's government approved the budget.",
         "Seville", "Spain"),
        ("Sevilla, 18 nov (EFE).- La Junta de Andalucía aprobó este martes.",
         "Sevilla", "Spain"),
        ("МОСКВА, 18 ноября. /ТАСС/. Правительство России одобрило бюджет.",
         "Москва", "Russia"),
        ("MOSCOU, 18 novembre (Reuters) - Le gouvernement russe a approuvé mardi.",
         "Moscou", "Russia"),
        ("München (dpa) - Der Stadtrat hat am Dienstag den Haushalt beschlossen.",
         "München", "Germany"),
        ("SAO PAULO (Reuters) - O governo anunciou nesta terça-feira um plano.",
         "São Paulo", "Brazil"),
        ("DIYARBAKIR (AA) - Valilik bugün yeni bir açıklama yaptı ve duyurdu.",
         "Diyarbakır", "Turkey"),
        ("İSTANBUL (AA) - Borsa İstanbul günü yükselişle tamamladı bugün.",
         "İstanbul", "Turkey"),
    ],
)  # fmt: skip
def test_a_city_keeps_the_name_the_copy_gave_it(
    paragraph: str, city: str, country: str, real_gazetteer: Gazetteer
) -> None:
    found = match_dateline(paragraph, reference=REFERENCE, gazetteer=real_gazetteer, styles=STYLES)
    assert found is not None
    assert (found.dateline.city, found.dateline.country) == (city, country)


def test_lookup_named_gives_the_name_that_matched(small_gazetteer: Gazetteer) -> None:
    moscow = small_gazetteer.lookup_named("МОСКВА")
    assert moscow is not None and (moscow.matched, moscow.city.country) == ("Москва", "Russia")
    sao_paulo = small_gazetteer.lookup_named("sao paulo")
    assert sao_paulo is not None and sao_paulo.matched == "São Paulo"
    angora = small_gazetteer.lookup_named("ANGORA")
    assert angora is not None and (angora.matched, angora.city.name) == ("Angora", "Ankara")
    assert small_gazetteer.lookup_named("Atlantis") is None
