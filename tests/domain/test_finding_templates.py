"""Every check finding carries its message as a template marked for translation and the
values that fill it, and the template filled with those values is exactly the English
message the CLI prints: the window can show the finding in Russian without the domain
knowing Qt, and the English stays what it was."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from editorial.domain.byline import Byline
from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.dateline import Dateline
from editorial.domain.findings import Finding
from editorial.domain.gazetteer import Gazetteer
from editorial.domain.house_style import HouseStyle
from editorial.domain.number_rules import NumberRule
from editorial.domain.story import Story
from editorial.domain.style_rules import CopyRules, WordRule
from editorial.domain.translatable import DayText
from tests.catalogs import HOUSE_STYLES
from tests.domain.places import city

NOW = dt.datetime(2008, 11, 17, 22, 30, tzinfo=dt.UTC)
DOMAIN = Path(__file__).resolve().parents[2] / "src" / "editorial" / "domain"
CHECK_MODULES = (
    "checks",
    "structure_checks",
    "dateline_checks",
    "style_rules",
    "number_rules",
    "speller",
)


class Speller:
    def check(self, word: str) -> bool:
        return word.lower() != "tomorow"

    def suggest(self, word: str) -> list[str]:
        return ["tomorrow"]


def style(headline_case: str = "any", *words: WordRule) -> HouseStyle:
    return HouseStyle(
        "test",
        "Test",
        copy=CopyRules(
            headline_max_characters=30,
            lede_max_words=5,
            headline_case=headline_case,  # type: ignore[arg-type]
            numbers=NumberRule(),
            words=words,
        ),
    )


WORDS = (
    WordRule("stated", ("said",)),
    WordRule("utilize", ("use", "employ")),
    WordRule("commence", ("begin", "start", "open")),
    WordRule("very unique"),
    WordRule("amid", ("among",), message="Say “{replace}”, not “{found}”."),
)
PROBLEMS = Story(
    uri="urn:test",
    headline="Ministers meet to talk about the talks in Ankara.",
    bylines=(Byline("Anna Ivanova"),),
    lede="Officials stated they would utilize every chance to commence talks again today.",
    body=(
        "Officials stated they would utilize every chance to commence talks again today.\n\n"
        "The the talks  resumed (in Ankara amid rain. “Quoted) ] and »this« «that\n\n"
        "He said 5 ministers and twenty-two aides came, a very unique day, tomorow.\n\n"
        "A [note"
    ),
    dateline=Dateline("Ankra", date=dt.date(2008, 11, 19)),
)


def all_findings(gazetteer: Gazetteer) -> list[Finding]:
    config = CheckConfig(now=NOW)
    speller = Speller()
    found = run_checks(PROBLEMS, style("title", *WORDS), config, speller=speller,
                       gazetteer=gazetteer)  # fmt: skip
    found += run_checks(PROBLEMS.edited(headline="Ministers Meet To Talk About Ankara"),
                        style("sentence"), config)  # fmt: skip
    empty = Story(uri="urn:test:empty")
    found += run_checks(empty, style(), config)
    # A future date without a gazetteer, a past one at a known city, unknown cities with
    # one, two and three likely names.
    for dateline, places in (
        (Dateline("Ankara", date=dt.date(2008, 11, 20)), None),
        (Dateline("Ankara", date=dt.date(2008, 11, 20)), gazetteer),
        (Dateline("Xyzzy"), gazetteer),
        (Dateline("Ankara", date=dt.date(2008, 11, 17)), gazetteer),
        (Dateline("Moscw"), gazetteer),
        (Dateline("Parix"), gazetteer),
        (Dateline("Berlim"), gazetteer),
    ):
        found += run_checks(PROBLEMS.edited(dateline=dateline), style(), config, gazetteer=places)
    return found


def places() -> Gazetteer:
    return Gazetteer(
        [
            (city("Ankara", "TR", "Turkey", "Europe/Istanbul", 3_517_182), []),
            (city("Moscow", "RU", "Russia", "Europe/Moscow", 10_381_222), []),
            (city("Paris", "FR", "France", "Europe/Paris", 2_138_551), []),
            (city("Parid", "XX", "Nowhere", "UTC", 1000), []),
            (city("Berlin", "DE", "Germany", "Europe/Berlin", 3_426_354), []),
            (city("Berlia", "XX", "Nowhere", "UTC", 1000), []),
            (city("Berlio", "XX", "Nowhere", "UTC", 1000), []),
        ]
    )


def test_every_finding_formats_back_to_its_english_message() -> None:
    found = all_findings(places())
    codes = {f.code for f in found}
    assert codes >= {
        "count.headline-long", "count.lede-long", "structure.missing-headline",
        "structure.missing-dateline", "structure.missing-byline", "structure.missing-lede",
        "structure.missing-body", "structure.lede-repeated", "structure.unbalanced",
        "structure.doubled-word", "structure.double-space", "structure.headline-period",
        "style.headline-case", "style.word", "style.number-spell-out", "style.number-figures",
        "spelling", "dateline.unknown-city", "dateline.future-date", "dateline.date-mismatch",
    }  # fmt: skip
    templates = {f.template for f in found}
    for finding in found:
        assert finding.template, finding
        assert finding.template.format(**finding.argument_map) == finding.message, finding
    # Every wording of a finding was met: all four unbalanced marks, the house style's
    # rule with one, two, three and no replacements and its own message, the city with
    # none to three likely names, the future date with and without a city.
    assert {
        "“{mark}” closes nothing.",
        "“{mark}” closes a quotation that was not opened.",
        "“{mark}” is never closed.",
        "The quotation opened by “{mark}” is not closed.",
        "House style: “{replace}” rather than “{found}”.",
        "House style: “{first}” or “{second}” rather than “{found}”.",
        "House style: {replace} rather than “{found}”.",
        "House style: avoid “{found}”.",
        "Say “{replace}”, not “{found}”.",
        "“{city}” is not a city the gazetteer knows.",
        "“{city}” is not a city the gazetteer knows. Did you mean {first}?",
        "“{city}” is not a city the gazetteer knows. Did you mean {first} or {second}?",
        "“{city}” is not a city the gazetteer knows. Did you mean {first} or {second} or {third}?",
        "The dateline's date, {date}, is in the future (it is {today} in {city}).",
        "The dateline's date, {date}, is in the future (it is {today}).",
        "Headlines are in title case: capitalise the main words.",
        "Headlines are in sentence case: capitalise only the first word and proper names.",
    } <= templates


def test_the_english_messages_are_the_ones_the_cli_always_printed() -> None:
    found = {f.template: f for f in all_findings(places())}
    assert found["“{word}” is not in the dictionary."].message == (
        "“tomorow” is not in the dictionary."
    )
    unknown = found["“{city}” is not a city the gazetteer knows. Did you mean {first}?"]
    assert unknown.message == "“Moscw” is not a city the gazetteer knows. Did you mean Moscow?"
    assert unknown.suggestions == ("Moscow",)
    future = found["The dateline's date, {date}, is in the future (it is {today})."]
    assert future.message == (
        "The dateline's date, November 20, 2008, is in the future (it is November 18, 2008)."
    )
    # Dates keep the day itself, for a translation to write it its own way.
    date = future.argument_map["date"]
    assert isinstance(date, DayText) and date.date == dt.date(2008, 11, 20)
    long = found["The headline is {length} characters; the limit is {limit}."]
    assert long.argument_map == {"length": "49", "limit": "30"}
    assert long.message == "The headline is 49 characters; the limit is 30."


def test_a_plain_message_has_no_template() -> None:
    """Messages from elsewhere (the services' notes) are shown as they are."""
    from editorial.domain.findings import Field, field_finding
    from editorial.domain.findings import Severity as S

    plain = field_finding("spelling.unavailable", S.INFO, "No {dictionary} here", Field.STORY)
    assert (plain.message, plain.template, plain.arguments) == ("No {dictionary} here", "", ())


def test_every_message_template_of_the_checks_is_marked_for_translation() -> None:
    """No finding message is written as an f-string any more: each is a literal inside
    QT_TRANSLATE_NOOP("Checks", …), which is what lupdate reads."""
    for name in CHECK_MODULES:
        source = (DOMAIN / f"{name}.py").read_text(encoding="utf-8")
        assert not re.search(r"message=f[\"']", source), name
        marked = re.findall(r'QT_TRANSLATE_NOOP\(\s*"(\w+)"', source)
        assert marked and set(marked) == {"Checks"}, name


def test_house_style_messages_are_templates_too() -> None:
    [rule] = [r for r in HOUSE_STYLES["ap"].copy.words if r.find == "stated"]
    message = rule.said("Stated")
    assert message.text == rule.describe("Stated") == rule.message.format(
        found="Stated", replace="said"
    )
    assert message.template == rule.message
