"""Every pattern that sees user text runs in linear (or bounded) time: each reader, and
each helper with a regular expression, is given the shapes that make a backtracking
pattern quadratic (one long run without spaces, a run of one punctuation mark, a
character a pattern starts on repeated, lines of only spaces) at two lengths, and four
times the text must take about four times as long, not sixteen (tests/linear_time.py).

(`markdown_to_text` is markdown-it-py's parser and no pattern of ours: linear, and left
to that project's own tests.)"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable

import pytest

from editorial.domain.speller import words_to_check
from editorial.formats.errors import FormatError
from editorial.formats.html_to_markdown import html_to_markdown
from editorial.formats.markdown_doc import story_from_markdown
from editorial.formats.markdown_text import escape_block_start, text_to_markdown
from editorial.formats.ninjs import read_ninjs, read_ninjs_lines
from editorial.formats.scripts import dominant_script, fold_line, in_other_script
from editorial.formats.site_chrome import is_chrome
from editorial.formats.text_decoding import decode_text
from editorial.formats.web_page import read_web_page
from editorial.formats.wire_text import MAX_WEB_COPY_CHARS, parse_web_copy
from tests.linear_time import grows_linearly, growth
from tests.time_limit import within as time_limit

SECONDS = 30.0  # linear work here takes a second or two; quadratic, many minutes
# Characters of the shorter text; the longer has FACTOR (4) times as many. A quadratic
# pattern that would hold a megabyte for minutes grows sixteenfold here.
SIZE = 50_000

# Units repeated to SIZE characters: each is the worst case of some pattern's shape.
UNITS = (
    "=", "a", "a@", "@", " ", "\n", "\n \n", "\n  ", ".", '."', "(", ")", "[", "](", "`", "-",
    "http://", "www.", "1. ", "# ", "> ", "by ", "© ", "Updated 1", "12:", "«", "é", "Ж",
    "a'", "\u2028", "\t", "<p>", "&", "---\n",
)  # fmt: skip


def blob(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def web_copy(text: str) -> object:
    return parse_web_copy(text[: MAX_WEB_COPY_CHARS - 10], gazetteer=False)


def markdown_file(text: str) -> object:
    return story_from_markdown("---\nheadline: h\n---\n" + text)


def front_matter(text: str) -> object:
    return story_from_markdown("---\nheadline: " + text.replace("\n", " ") + "\n---\nx")


def json_document(text: str) -> object:
    import json

    return read_ninjs(json.dumps({"headline": text[:1000], "body_text": text}))


def json_lines(text: str) -> object:
    import json

    return list(read_ninjs_lines(json.dumps({"body_text": text}) + "\n"))


def html_body(text: str) -> object:
    return html_to_markdown("<p>" + text + "</p>")


READERS: dict[str, Callable[[str], object]] = {
    "web copy": web_copy,
    "markdown body": markdown_file,
    "front matter": front_matter,
    "ninjs": json_document,
    "ninjs lines": json_lines,
    "html": html_body,
    "web page": lambda text: read_web_page("<html><body><p>" + text + "</p></body></html>"),
    "decode": lambda text: decode_text(text.encode("utf-8")),
    "speller words": lambda text: list(words_to_check(text)),
    "text to markdown": text_to_markdown,
    "block start": escape_block_start,
    "chrome": is_chrome,
    "fold": fold_line,
    "scripts": lambda text: (dominant_script(text), in_other_script(text, "Cyrillic")),
}


@pytest.mark.parametrize("reader", list(READERS))
def test_any_worst_shape_is_read_in_linear_time(reader: str) -> None:
    read = READERS[reader]

    def run(text: str) -> None:
        # refusing the text is an answer too; only the time it takes is judged here
        with contextlib.suppress(FormatError):
            read(text)

    # PyYAML's scanner is pure Python (about half a second a megabyte): only the shapes
    # that matter to YAML and to our number pattern go through front matter.
    units = (
        ("12:", "[", "{", "1. ", "0x", "---\n", "a'", "=", ": ")
        if reader == "front matter"
        else UNITS
    )
    grew = {}
    for unit in units:
        small, large = growth(functools.partial(blob, unit), run, SIZE, limit=SECONDS)
        if not grows_linearly(small, large):
            grew[unit] = (round(small, 3), round(large, 3))
    assert not grew, f"processor seconds for {SIZE:,} and four times as many: {grew}"


def test_speller_skip_pattern_stays_linear_on_a_run_without_spaces() -> None:
    """The cases that took minutes: an e-mail pattern tried at every position of a
    base64 blob, a link-target pattern at every `](`. Twice the text must take about
    twice the time, not four times."""
    timings = []
    for size in (200_000, 400_000):
        started = time.perf_counter()
        for unit in ("=", "QUJD", "](", "a@"):
            list(words_to_check(blob(unit, size)))
        timings.append(time.perf_counter() - started)
    assert timings[1] < 3.5 * max(timings[0], 0.02), timings


def test_front_matter_numbers_stay_cheap() -> None:
    """YAML 1.1 reads `12:30:45` as a base-60 number: a megabyte of it took minutes of
    big-number arithmetic. Such text stays text; an explicit `!!int` that long is refused."""
    text = blob("12:", 300_000) + "1"
    with time_limit(SECONDS):
        story = story_from_markdown(f"---\nheadline: {text}\nurgency: 12:30\n---\nx")
    assert story.headline == text and story.urgency == 5
    with time_limit(SECONDS), pytest.raises(FormatError, match="longer than 64 characters"):
        story_from_markdown(f"---\nurgency: !!int {text}\n---\nx")


@pytest.mark.parametrize("unit", ["…", ". ", "Subscribe to ", "1 March 2026 ", "Reuters/", "© "])
def test_lines_just_short_enough_for_the_furniture_shapes_stay_cheap(unit: str) -> None:
    """The furniture shapes are tried only on lines of up to 400 characters, where
    their bounded repeats cost at most some thousands of steps a line."""
    line = blob(unit, 399)
    text = "\n".join([line] * (MAX_WEB_COPY_CHARS // 400))
    with time_limit(SECONDS):
        started = time.monotonic()
        parse_web_copy(text, gazetteer=None)
    assert time.monotonic() - started < 10
