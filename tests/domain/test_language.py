"""Language tags: one helper takes them apart, with CLDR's knowledge of what they mean."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from editorial.domain.language import (
    LanguageTagError,
    is_valid_language_tag,
    language_name,
    normalize_language_tag,
    parse_language_tag,
    primary_subtag,
    region_subtag,
    text_direction,
)

SRC = Path(__file__).resolve().parents[2] / "src" / "editorial"


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("EN-us", "en-US"),
        ("en_gb", "en-GB"),
        (" ru ", "ru"),
        ("zh_hant_tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
        ("de-CH-1996", "de-CH-1996"),
        ("en-US-x-Twain", "en-US-x-twain"),
        ("iw-IL", "he-IL"),  # deprecated codes become current ones (CLDR aliases)
        ("in", "id"),
    ],
)
def test_tags_are_normalised(text: str, normal: str) -> None:
    assert normalize_language_tag(text) == normal


@pytest.mark.parametrize("text", ["", "  ", "e", "123", "en-", "en--US", "english language"])
def test_text_that_is_no_tag_is_refused_with_a_message(text: str) -> None:
    with pytest.raises(LanguageTagError, match="is not a language tag"):
        parse_language_tag(text)


def test_parts_of_a_tag() -> None:
    tag = parse_language_tag("zh-hant-tw")
    assert (tag.language, tag.script, tag.region, tag.primary) == ("zh", "Hant", "TW", "zh")
    assert tag.display_name() == "Chinese (Traditional, Taiwan)"
    assert parse_language_tag("en-GB").display_name() == "English (United Kingdom)"
    assert parse_language_tag("ru").display_name("ru") == "русский"
    assert parse_language_tag("tlh-x-foo").display_name() == "Klingon"


@pytest.mark.parametrize(
    ("text", "primary", "region"),
    [("en-GB", "en", "GB"), ("EN_us", "en", "US"), ("ru", "ru", ""), ("", "", ""),
     ("zh-Hant-TW", "zh", "TW"), ("not a tag", "not a tag", "")],
)  # fmt: skip
def test_primary_and_region_never_raise(text: str, primary: str, region: str) -> None:
    assert primary_subtag(text) == primary
    assert region_subtag(text) == region


@pytest.mark.parametrize(
    "rtl", ["ar", "ar-EG", "he", "HE_il", "fa", "ur", "ps", "yi", "ckb", "ug", "sd", "dv",
            "syr", "ku-Arab", "pa-PK", "az-Arab"]
)  # fmt: skip
def test_right_to_left_languages_come_from_cldr(rtl: str) -> None:
    assert text_direction(rtl) == "rtl"


@pytest.mark.parametrize(
    "ltr", ["en", "ru", "ku", "pa", "sr-Latn", "zh-Hant", "", "not a tag", "xx", "arc"]
)
def test_left_to_right_and_unknown_languages(ltr: str) -> None:
    # Kurdish as `ku` is Kurmanji in Latin letters (CLDR); Sorani is `ckb` or `ku-Arab`.
    # Imperial Aramaic has no CLDR locale to say which way it runs: left to right.
    assert text_direction(ltr) == "ltr"


def test_validity_asks_cldr() -> None:
    assert is_valid_language_tag("en-GB")
    assert is_valid_language_tag("sr-Latn-RS")
    assert not is_valid_language_tag("xx")  # well formed, but no such language
    assert not is_valid_language_tag("en-QQ")  # no such region
    assert not is_valid_language_tag("en-Qaaz")  # no such script
    assert not is_valid_language_tag("english")


def test_language_names() -> None:
    assert language_name("en_US") == "English"
    assert language_name("ru-RU") == "Russian"
    assert language_name("ru", "de") == "Russisch"
    assert language_name("xx") == "xx"
    assert language_name("") == ""


def _hand_splits(path: Path) -> list[str]:
    """Calls that take a language tag apart by hand: `<something language>.split("-")`,
    `.partition("-")`, or a slice `[:2]` of a name mentioning a language."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("split", "partition", "rsplit")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value in ("-", "_")
            and any(word in ast.unparse(node.func.value) for word in ("lang", "tag"))
        ):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Slice)
            and "lang" in ast.unparse(node.value)
        ):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_module_takes_language_tags_apart_by_hand() -> None:
    found = [
        hit
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "language.py"
        for hit in _hand_splits(path)
    ]
    assert not found, "use editorial.domain.language instead:\n" + "\n".join(found)
