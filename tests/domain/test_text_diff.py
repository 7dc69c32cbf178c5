"""The word-level diff: its tokens in any script, operations that rebuild both texts, and
work that stays bounded whatever the texts are."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editorial.domain.text_diff import Change, DiffOp, Edit, TextDiff, diff_words, tokenize

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("The minister's plan", ["The", " ", "minister's", " ", "plan"]),
        ("1,200 troops and 3.5%", ["1,200", " ", "troops", " ", "and", " ", "3.5", "%"]),
        ("in 2008, 1.200.000 rubles", ["in", " ", "2008", ",", " ", "1.200.000", " ", "rubles"]),
        ("Сердюков призвал НАТО", ["Сердюков", " ", "призвал", " ", "НАТО"]),
        ("Москва́ — столица", ["Москва́", " ", "—", " ", "столица"]),  # combining acute
        ("قال مُحَمَّد", ["قال", " ", "مُحَمَّد"]),  # Arabic with its vowel marks
        ("नमस्ते दुनिया", ["नमस्ते", " ", "दुनिया"]),  # Devanagari vowel signs and virama
        ("北京市长说", ["北", "京", "市", "长", "说"]),
        ("東京タワーで", ["東", "京", "タ", "ワ", "ー", "で"]),
        ("G7 summit\n\n  next", ["G7", " ", "summit", "\n\n  ", "next"]),
        ('"Yes," he said.', ['"', "Yes", ",", '"', " ", "he", " ", "said", "."]),
        ("", []),
    ],
)
def test_tokens_are_words_numbers_marks_and_spaces(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_any_text_splits_into_tokens_that_join_back(text: str) -> None:
    tokens = tokenize(text)
    assert "".join(tokens) == text and all(tokens)
    assert rebuilds(diff_words(text, text[::-1]), text, text[::-1])


def rebuilds(diff: TextDiff, old: str, new: str) -> bool:
    for op in diff.ops:
        assert old[op.old_start : op.old_end] == op.old
        assert new[op.new_start : op.new_end] == op.new
        assert (op.change is Change.EQUAL) == (op.old == op.new)
    return diff.old_text == old and diff.new_text == new


def test_a_changed_name_is_one_change_between_unchanged_words() -> None:
    old = "Russian Defense Minister Anatoly Serdyukov called on Tuesday for dialogue."
    new = "Russian Defense Minister Sergei Shoigu called on Wednesday for dialogue."
    diff = diff_words(old, new)
    assert rebuilds(diff, old, new)
    assert diff.edits() == (
        Edit("Anatoly Serdyukov", "Sergei Shoigu", 25, 25),
        Edit("Tuesday", "Wednesday", 53, 49),
    )
    assert diff.ops[1] == DiffOp(Change.DELETE, "Anatoly Serdyukov", "", 25, 25)
    assert diff.ops[2] == DiffOp(Change.INSERT, "", "Sergei Shoigu", 42, 25)


def test_a_figure_changes_whole() -> None:
    diff = diff_words("killed 1,200 people", "killed 1,250 people")
    assert diff.edits() == (Edit("1,200", "1,250", 7, 7),)


def test_cyrillic_and_chinese_are_diffed_by_word_and_by_character() -> None:
    assert diff_words("министр Сердюков заявил", "министр Шойгу заявил").edits() == (
        Edit("Сердюков", "Шойгу", 8, 8),
    )
    assert diff_words("北京市长说", "上海市长说").edits() == (Edit("北京", "上海", 0, 0),)


def test_an_added_and_a_removed_sentence() -> None:
    old = "He arrived on Tuesday. Talks begin today."
    new = "He arrived on Tuesday. He met the president. Talks begin today."
    assert diff_words(old, new).edits() == (Edit("", "He met the president. ", 23, 23),)
    assert diff_words(new, old).edits() == (Edit("He met the president. ", "", 23, 23),)


def test_identical_and_empty_texts() -> None:
    assert diff_words("", "") == TextDiff(())
    same = diff_words("Same text.", "Same text.")
    assert same.ops == (DiffOp(Change.EQUAL, "Same text.", "Same text.", 0, 0),)
    assert not same.changed
    assert diff_words("", "New").ops == (DiffOp(Change.INSERT, "", "New", 0, 0),)
    assert diff_words("Old", "").ops == (DiffOp(Change.DELETE, "Old", "", 0, 0),)


_PIECES = [*"ab Щж北,.1\n’", "1,200", "Anna ", "\n\n"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@given(_TEXT, _TEXT)
@settings(max_examples=300, deadline=None)
def test_the_operations_always_rebuild_both_texts(old: str, new: str) -> None:
    diff = diff_words(old, new)
    assert rebuilds(diff, old, new)
    assert diff.changed == (old != new)
    kinds = [op.change for op in diff.ops]
    assert all(
        not (a is b is Change.EQUAL) and (a, b) != (Change.INSERT, Change.DELETE)
        for a, b in itertools.pairwise(kinds)
    )


def long_story(words: int = 5000, edits: int = 40) -> tuple[str, str]:
    import random

    rng = random.Random(7)
    # A small vocabulary on purpose: every word is common, the hard case for matching.
    vocabulary = ["the", "minister", "said", "on", "Tuesday", "that", "1,200", "troops",
                  "would", "arrive", "in", "Ankara"]  # fmt: skip
    paragraphs = [
        " ".join(rng.choice(vocabulary) for _ in range(50)) + "." for _ in range(words // 50)
    ]
    changed = list(paragraphs)
    for _ in range(edits):
        index = rng.randrange(len(changed))
        story_words = changed[index].split()
        story_words[rng.randrange(len(story_words))] = "CHANGED"
        changed[index] = " ".join(story_words)
    return "\n\n".join(paragraphs), "\n\n".join(changed)


@pytest.mark.parametrize("one_paragraph", [False, True])
def test_a_long_story_with_scattered_edits_is_fast(one_paragraph: bool) -> None:
    old, new = long_story()
    if one_paragraph:  # pasted without paragraph breaks: sentences are matched first
        old, new = old.replace("\n\n", " "), new.replace("\n\n", " ")
    start = time.perf_counter()
    diff = diff_words(old, new)
    elapsed = time.perf_counter() - start
    assert rebuilds(diff, old, new)
    assert elapsed < 1.0  # about 20 ms on a laptop
    assert 0 < len(diff.edits()) <= 40
    assert all(set(edit.new.split()) == {"CHANGED"} for edit in diff.edits())


# Run in a child process with a timeout: a quadratic pass would hang, not fail.
CHILD = """
import sys, time
from editorial.domain.text_diff import diff_words
SIZE = 1_000_000
cases = {
    "identical": ("a" * SIZE, "a" * SIZE),
    "one letter against another": ("a" * SIZE, "b" * SIZE),
    "chinese, all different": ("北" * SIZE, "京" * SIZE),
    "punctuation": ("." * SIZE, "," * SIZE),
    "lines, all different": ("a\\n" * (SIZE // 2), "b\\n" * (SIZE // 2)),
    "words, all different": (" a" * (SIZE // 2), " b" * (SIZE // 2)),
    "one edit in the middle": ("x" * SIZE, "x" * (SIZE // 2) + "y" + "x" * (SIZE // 2)),
}
for name in sys.argv[1:]:
    old, new = cases[name]
    start = time.perf_counter()
    diff = diff_words(old, new)
    assert diff.old_text == old and diff.new_text == new, name
    print(f"{name}\\t{time.perf_counter() - start:.2f}", flush=True)
"""
LIMIT_SECONDS = 8.0  # each takes under a second; a quadratic pass takes hours


def run_child(*names: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, *names],
            capture_output=True, text=True, env=env, timeout=LIMIT_SECONDS * len(names) + 10,
        )  # fmt: skip
    except subprocess.TimeoutExpired as stopped:
        pytest.fail(f"the diff hung; finished before that: {stopped.stdout!r}")
    assert done.returncode == 0, done.stderr
    return {line.split("\t")[0]: float(line.split("\t")[1]) for line in done.stdout.splitlines()}


def test_a_megabyte_identical_or_all_different_is_diffed_promptly() -> None:
    timings = run_child("identical", "one letter against another")
    assert all(seconds < LIMIT_SECONDS for seconds in timings.values()), timings


@pytest.mark.slow
def test_every_pathological_megabyte_is_diffed_promptly() -> None:
    names = ["chinese, all different", "punctuation", "lines, all different",
             "words, all different", "one edit in the middle"]  # fmt: skip
    timings = run_child(*names)
    assert list(timings) == names
    assert all(seconds < LIMIT_SECONDS for seconds in timings.values()), timings
