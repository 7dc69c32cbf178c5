"""`editorial search` in real processes: what it finds, its JSON, its order, and a
malformed query or an empty library said in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editorial.domain.byline import Byline
from editorial.domain.story import new_story
from editorial.storage.library import Library
from tests.test_cli_process import imported_modules, qt_modules, run_editorial


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "editorial"
    folder.mkdir(parents=True)
    with Library.open(folder / "library.sqlite") as library:
        library.add(new_story("x.org", headline="Quake hits eastern Turkey").edited(
            body="Rescuers searched the rubble in Ankara.", bylines=(Byline("Anna Ivanova"),),
            language="ru",
        ))  # fmt: skip
        library.add(new_story("x.org", headline="Markets fall").edited(
            body="Stocks fell on quake fears.",
        ))  # fmt: skip
    return tmp_path


def test_search_prints_each_story_and_its_passage(home: Path) -> None:
    result = run_editorial(home, "search", "rubble")
    assert result.returncode == 0, result.stderr
    first, passage = result.stdout.splitlines()
    assert first.split()[:2] == ["1", "draft"] and first.endswith("Quake hits eastern Turkey")
    assert passage.strip() == "Rescuers searched the **rubble** in Ankara."


def test_a_search_that_finds_nothing_says_so_apart_from_the_listing(home: Path) -> None:
    result = run_editorial(home, "search", "--", "zanzibar", "-rubble")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.strip() == "editorial: No story matches “zanzibar -rubble”."
    pasted = run_editorial(home, "search", "zanzibar" * 5000)  # one long token pasted
    assert pasted.returncode == 0 and pasted.stdout == ""
    assert pasted.stderr.startswith("editorial: No story matches “zanzibarzanzibar")
    assert len(pasted.stderr) < 120 and pasted.stderr.strip().endswith("…”.")
    listed = run_editorial(home, "search", "--json", "zanzibar")
    assert (listed.stdout.strip(), listed.stderr) == ("[]", "")


def test_search_json_newest_first_and_by_relevance(home: Path) -> None:
    result = run_editorial(home, "search", "quake", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert [hit["id"] for hit in hits] == [2, 1]
    assert set(hits[0]) == {"id", "headline", "status", "updated_at", "snippet"}
    assert hits[0]["snippet"] == "Stocks fell on **quake** fears."
    assert hits[0]["status"] == "draft" and hits[0]["updated_at"].endswith("+00:00")
    ranked = json.loads(run_editorial(home, "search", "--relevance", "--json", "quake").stdout)
    assert [hit["id"] for hit in ranked] == [1, 2]  # in the headline weighs more
    one = json.loads(run_editorial(home, "search", "quake", "--limit", "1", "--json").stdout)
    assert [hit["id"] for hit in one] == [2]


def test_search_language_from_the_command_line(home: Path) -> None:
    def ids(*query: str) -> list[int]:
        result = run_editorial(home, "search", "--json", *query)
        assert result.returncode == 0, result.stderr
        return [hit["id"] for hit in json.loads(result.stdout)]

    assert ids("by:ivanova") == [1]
    assert ids("lang:ru", "quake") == [1]
    assert ids("--", "-rubble", "quake") == [2]
    assert ids('"eastern turkey"') == [1]
    assert ids("nothing-like-this") == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("status:ready", "no status “ready”"),
        ('"', "type words to look for"),
        ("colour:red", "no field “colour:”"),
    ],
)
def test_a_malformed_query_is_one_line(home: Path, query: str, message: str) -> None:
    result = run_editorial(home, "search", query)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_search_needs_a_library_and_never_loads_qt(tmp_path: Path, home: Path) -> None:
    missing = run_editorial(tmp_path / "nobody", "search", "quake")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    traced = run_editorial(home, "search", "quake", importtime=True)
    assert traced.returncode == 0
    assert qt_modules(imported_modules(traced.stderr)) == []
