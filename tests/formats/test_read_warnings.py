"""What a reader could not keep exactly is said, with where it was (item, line), and
the rest of the story is kept: never dropped to a default without a word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editorial.domain.story import DEFAULT_URGENCY, new_story
from editorial.formats.detect import read_file
from editorial.formats.errors import FormatError
from editorial.formats.ninjs import read_ninjs, read_ninjs_lines, story_from_ninjs
from editorial.formats.ninjs_export import dumps_ninjs


@pytest.mark.parametrize(
    ("item", "warning", "field", "kept"),
    [
        ({"headline": 7}, "the headline is the number “7”; kept as its text", "headline", "7"),
        ({"headline": ["a"]}, "the headline is an array, not text; left out", "headline", ""),
        ({"urgency": "lots"}, "urgency “lots” is not a number from 1 to 9; left at 5", "urgency",
         DEFAULT_URGENCY),
        ({"urgency": 12}, "urgency “12” is not from 1 to 9; set to 9", "urgency", 9),
        ({"urgency": float("inf")}, "urgency “inf” is not a number", "urgency", DEFAULT_URGENCY),
        ({"urgency": float("nan")}, "urgency “nan” is not a number", "urgency", DEFAULT_URGENCY),
        ({"version": "v2"}, "version “v2” is not a whole number", "version", 0),
        ({"version": 2**63}, "version “9223372036854775808” is not a whole number", "version", 0),
        ({"version": -1}, "version “-1” is not", "version", 0),
        ({"firstcreated": "yesterday"}, "cannot read the time “yesterday” (firstcreated); "
         "left out", "created_at", None),
        ({"versioncreated": "2024-02-30T10:00:00Z"}, "cannot read the time", "updated_at", None),
    ],
)  # fmt: skip
def test_ninjs_values_that_cannot_be_kept(
    item: dict[str, object], warning: str, field: str, kept: object
) -> None:
    warnings: list[str] = []
    story = story_from_ninjs({"uri": "urn:x", "body_text": "Text.", **item}, warnings=warnings)
    assert warnings == [w for w in warnings if warning in w] and warnings, warnings
    assert getattr(story, field) == kept and story.body == "Text."


def test_readable_values_give_no_warning() -> None:
    warnings: list[str] = []
    item = {"uri": "urn:x", "headline": "H", "urgency": "3", "version": "4",
            "firstcreated": "2024-02-29T10:00:00Z"}  # fmt: skip
    story = story_from_ninjs(item, warnings=warnings)
    assert (story.urgency, story.version, warnings) == (3, 4, [])


def test_warnings_name_the_item_or_the_line() -> None:
    items = [{"uri": "urn:a", "headline": "A"}, {"uri": "urn:b", "headline": "B", "urgency": "x"}]
    warnings: list[str] = []
    read_ninjs(json.dumps(items), warnings=warnings)
    assert warnings == ["item 2: urgency “x” is not a number from 1 to 9; left at 5"]
    warnings = []
    list(read_ninjs_lines("\n".join(json.dumps(i) for i in items), warnings=warnings))
    assert warnings == ["line 2: urgency “x” is not a number from 1 to 9; left at 5"]


def test_numbers_too_long_for_python_are_kept_exact_and_said(tmp_path: Path) -> None:
    digits = "9" * 5000
    file = tmp_path / "big.json"
    file.write_text(f'{{"uri": "urn:a", "headline": {digits}, "version": {digits}}}')
    result = read_file(file)
    [story] = result.stories
    assert story.headline == digits and story.version == 0
    assert len(result.warnings) == 2


def test_lone_surrogates_become_replacement_characters_with_a_warning(tmp_path: Path) -> None:
    file = tmp_path / "s.jsonl"
    file.write_text('{"headline": "ok"}\n{"headline": "a\\ud800b", "keywords": ["\\udfff"]}\n')
    result = read_file(file)
    assert [s.headline for s in result.stories] == ["ok", "a\ufffdb"]
    assert result.stories[1].keywords == ("\ufffd",)
    assert result.warnings == (
        "item 2: headline: 1 invalid character (half of a UTF-16 pair) replaced by “\ufffd”",
        "item 2: keywords: 1 invalid character (half of a UTF-16 pair) replaced by “\ufffd”",
    )
    "".join(s.headline for s in result.stories).encode("utf-8")  # storable now


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 100_000, "the JSON is nested too deeply"),
        ('{"a":' * 100_000, "the JSON is nested too deeply"),
        ('{"headline": "h", "embargoed": "2024-02-30T10:00:00"}', "cannot read the embargo"),
    ],
)
def test_malformed_json_is_a_format_error(tmp_path: Path, content: str, message: str) -> None:
    file = tmp_path / "bad.json"
    file.write_text(content)
    with pytest.raises(FormatError, match=message) as raised:
        read_file(file)
    assert str(raised.value).startswith(f"{file}: ")


def test_ninjs_export_escapes_what_terminals_and_javascript_act_on() -> None:
    headline = "Quake \x1b[31m \x9b2J \u2028 \x7f end"
    text = dumps_ninjs(new_story("newsroom.example", headline=headline))
    assert not any(c in text for c in "\x1b\x9b\u2028\x7f")
    assert json.loads(text)["headlines"][0]["value"] == headline


@pytest.mark.parametrize(
    ("extra", "warning"),
    [
        ({"by": "Anna \\udc00Ivanova"}, "byline"),
        ({"located": "Ank\\ud801ara, Turkey"}, "dateline city"),
        ({"located": "Ankara, Тур\\udbffция"}, "dateline country"),
        ({"slugline": "слаг-\\ud800"}, "slug"),
    ],
)
def test_a_lone_surrogate_in_any_one_text_is_found(
    tmp_path: Path, extra: dict[str, str], warning: str
) -> None:
    """`checked_text` first searches all a story's texts at once and returns the story
    as it is when none has a half pair; one half pair anywhere, in ASCII or Cyrillic
    copy, still gets its field mended and named."""
    fields = ", ".join(f'"{name}": "{value}"' for name, value in extra.items())
    file = tmp_path / "s.jsonl"
    file.write_text('{"headline": "ok"}\n{"headline": "Talks resume", ' + fields + "}\n",
                    encoding="utf-8")  # fmt: skip
    result = read_file(file)
    assert result.warnings == (
        f"item 2: {warning}: 1 invalid character (half of a UTF-16 pair) replaced by “\ufffd”",
    )
    story = result.stories[1]
    texts = [story.slug, story.dateline.city, story.dateline.country,
             *(b.name for b in story.bylines)]  # fmt: skip
    assert any("\ufffd" in text for text in texts)
    "".join(texts).encode("utf-8")  # storable now
