"""Run by test_dateline_pathological.py in its own process: the dateline reader on long
runs of what a dateline is made of (spaces, commas, capitals, dashes, an opening
parenthesis that never closes, city-like words), straight and through the web copy and
ninjs readers, each under an alarm.

    python tests/domain/dateline_pathological_child.py SECONDS_PER_INPUT [NAME ...]

Prints `NAME SECONDS` for each input; on an input that runs past its limit, prints
`HUNG NAME READER` and exits 3.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable

from editorial.domain.dateline import DatelineError
from editorial.domain.dateline_parser import match_dateline, parse_dateline
from editorial.formats.ninjs import story_from_ninjs
from editorial.formats.wire_text import MAX_WEB_COPY_CHARS, parse_web_copy
from editorial.services.styles import bundled_catalog
from tests.time_limit import Hung, within

SIZE = 1_000_000


def _repeat(unit: str, prefix: str = "", suffix: str = "") -> Callable[[], str]:
    return lambda: prefix + unit * ((SIZE - len(prefix) - len(suffix)) // len(unit)) + suffix


INPUTS: dict[str, Callable[[], str]] = {
    "spaces": _repeat(" ", "A", "x"),
    "spaces after a city": _repeat(" ", "ANKARA", "- Text goes on here."),
    "spaces before the source": _repeat(" ", "ANKARA, Nov 18", "(Reuters) - Text."),
    "spaces and tabs": _repeat(" \t", "ANKARA,", "x"),
    "leading spaces": _repeat(" ", "", "ANKARA, Nov 18 (Reuters) - Text goes on here."),
    "commas": _repeat(",", "ANKARA"),
    "commas and spaces": _repeat(", ", "ANKARA"),
    "capitals": _repeat("A"),
    "capitals and spaces": _repeat("A "),
    "dashes": _repeat("-", "ANKARA "),
    "spaced dashes": _repeat(" -", "ANKARA"),
    "em dashes": _repeat("— ", "ANKARA, Nov 18 "),
    "opening parentheses": _repeat("(", "ANKARA "),
    "an unclosed source": _repeat("a", "ANKARA, Nov 18 (Reuters"),
    "city-like words": _repeat("SAN JOSE, "),
    "a long city": _repeat("ROSTOV-ON-DON", "", ", Nov 18 (AP) - Text."),
    "dates": _repeat("Nov 18, ", "ANKARA, "),
    "newlines": _repeat("\n", "ANKARA (AP) -"),
    # Material for the agencies' declared forms: every grammar is tried on these.
    "agency names": _repeat(
        "(Reuters) /TASS/. РИА Новости. (EFE).- Kyodo - 新华社 共同 (연합뉴스) واس ",
        "MOSCOW, November 18. ",
    ),
    "slashes": _repeat("/TASS/. ", "MOSCOW, November 18. "),
    "spaced capitals before a source": _repeat("ROMA ", "(ANSA) - ", "(ANSA) -"),
    "brackets": _repeat("【東京", "", "共同】"),
    "han and digits": _repeat("新华社北京11月"),
    "day and month numbers": _repeat("18/11 ", "BRUXELLES ", "(BELGA)"),
}

STYLES = tuple(bundled_catalog().styles.values())


def _match(text: str) -> None:
    match_dateline(text, styles=STYLES)


def _parse(text: str) -> None:
    with contextlib.suppress(DatelineError):  # too long: refused with a message
        parse_dateline(text, styles=STYLES)


def _web_copy(text: str) -> None:
    parse_web_copy(text[: MAX_WEB_COPY_CHARS - 1], styles=STYLES)


def _ninjs(text: str) -> None:
    body = {"contenttype": "text/plain", "value": text}
    story_from_ninjs({"uri": "urn:x", "bodies": [body]}, styles=STYLES)


READERS: dict[str, Callable[[str], None]] = {
    "match_dateline": _match,
    "parse_dateline": _parse,
    "web copy": _web_copy,
    "ninjs": _ninjs,
}


def main(argv: list[str]) -> int:
    limit = int(argv[0])
    names = argv[1:] or list(INPUTS)
    for name in names:
        text = INPUTS[name]()
        began = time.perf_counter()
        for reader, read in READERS.items():
            try:
                with within(limit):
                    read(text)
            except Hung:
                print(f"HUNG {name} {reader}", flush=True)
                return 3
        print(f"{name}\t{time.perf_counter() - began:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
