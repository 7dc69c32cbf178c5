"""The spelling hook: any object with `check` and `suggest` plugs into `run_checks`."""

from __future__ import annotations

import datetime as dt

from editorial.domain.checks import CheckConfig, run_checks
from editorial.domain.findings import Field, Severity
from editorial.domain.speller import Speller, words_to_check
from editorial.domain.story import Story
from tests.catalogs import HOUSE_STYLES

CONFIG = CheckConfig(now=dt.datetime(2008, 11, 18, tzinfo=dt.UTC))


class WordListSpeller:
    """A test double: knows a few words, counts what it is asked."""

    def __init__(self, words: str) -> None:
        self.words = set(words.split())
        self.checked: list[str] = []
        self.suggested: list[str] = []

    def check(self, word: str) -> bool:
        self.checked.append(word)
        return word.lower() in self.words

    def suggest(self, word: str) -> list[str]:
        self.suggested.append(word)
        return [w for w in sorted(self.words) if w[0] == word[0].lower()]


def spelling(story: Story, speller: Speller, config: CheckConfig = CONFIG) -> list[tuple[str, str]]:
    texts = {Field.HEADLINE: story.headline, Field.LEDE: story.lede, Field.BODY: story.body}
    results = run_checks(story, HOUSE_STYLES["agency"], config, speller=speller)
    return [
        (f.field.value, texts[f.field][f.start : f.end]) for f in results if f.code == "spelling"
    ]


def test_a_double_is_a_speller() -> None:
    assert isinstance(WordListSpeller("a"), Speller)


def test_misspellings_in_every_text_field() -> None:
    speller = WordListSpeller("talks resume in the minister said we don't know")
    s = Story(uri="u", headline="Tlaks resume", lede="The ministr said.",
              body="We don't knwo.\n\nThe ministr said.")  # fmt: skip
    assert spelling(s, speller) == [
        ("headline", "Tlaks"), ("lede", "ministr"), ("body", "knwo"), ("body", "ministr"),
    ]  # fmt: skip
    # Each distinct word is asked once per run, and suggestions only when wanted.
    assert speller.checked.count("ministr") == 1
    assert speller.suggested == []


def test_suggestions_when_asked() -> None:
    speller = WordListSpeller("the minister said")
    s = Story(uri="u", body="The ministr said.")
    wanted = CheckConfig(now=CONFIG.now, spelling_suggestions=True)
    results = run_checks(s, HOUSE_STYLES["agency"], wanted, speller=speller)
    [finding] = [f for f in results if f.code == "spelling"]
    assert (finding.severity, finding.suggestions) == (Severity.WARNING, ("minister",))
    assert "“ministr” is not in the dictionary" in finding.message
    assert speller.suggested == ["ministr"]


def test_what_the_speller_is_not_asked_about() -> None:
    text = (
        "NATO and the EU met at https://example.org/x?y=1 and wrote to a@b.org; "
        "`code_word` stays. Rostov-on-Don has 3 parts, x is one letter, don’t."
    )
    words = [w for _, _, w in words_to_check(text)]
    assert "NATO" not in words and "EU" not in words
    assert not any("example" in w or "code" in w for w in words)
    assert "x" not in words
    assert [w for w in words if w in {"Rostov", "on", "Don"}] == ["Rostov", "on", "Don"]
    assert "don’t" in words
    starts = [(s, e) for s, e, _ in words_to_check(text)]
    assert all(text[s:e] == w for (s, e), w in zip(starts, words, strict=True))


def test_suggestions_are_asked_once_per_distinct_word() -> None:
    speller = WordListSpeller("the minister said talks resume and so")
    story = Story(
        uri="urn:x",
        headline="Serdyukov talks",
        lede="Serdyukov said the minister said so.",
        body="Serdyukov, Serdyukov and Rogozin said. Rogozin said.",
    )
    config = CheckConfig(now=CONFIG.now, spelling_suggestions=True)
    findings = run_checks(story, HOUSE_STYLES["agency"], config, speller=speller)
    assert sum(f.code == "spelling" for f in findings) >= 6
    assert sorted(speller.suggested) == ["Rogozin", "Serdyukov"]
