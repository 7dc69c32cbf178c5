"""What the `editorial` command writes: text that is safe on a terminal, JSON that is safe
anywhere, and the JSON shapes scripts rely on.

Story text comes from anywhere (a wire feed, a pasted page, a file from a stranger), and
a terminal obeys the escape sequences in what it is given: a headline holding `ESC ]`,
`ESC [` or the one-byte CSI (U+009B) could retitle the window, hide lines or fake output.
So every line of text output passes through `printable`, which shows control characters
as visible escapes (`\\x1b`), and JSON output escapes them as `\\u009b`. The bidirectional
embeddings, overrides and isolates (U+202A-202E, U+2066-2069) are shown the same way: in a
headline they would reorder the rest of the terminal's line, the columns after it
included ("Trojan Source"); the marks a right-to-left text needs (U+200E, U+200F, U+061C)
are left as they are. Half of a
UTF-16 pair (a lone surrogate, from a file name that is not UTF-8) is shown the same way
rather than failing the write.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
from typing import TextIO

from editorial.domain.findings import Finding
from editorial.domain.story import Story, StorySummary
from editorial.domain.story_plain import story_to_plain

EX_SOFTWARE = 70  # sysexits.h: an internal error, the exit status of a bug

# C0 controls but tab and line feed, DEL, C1 controls, bidirectional embeddings,
# overrides and isolates, lone surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_ON_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# What json.dumps(ensure_ascii=False) leaves raw that a terminal would act on (it
# escapes C0 controls itself); inside JSON these only occur within strings.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """`text` with control characters shown as `\\x1b`-style escapes; line breaks and
    tabs are kept unless `one_line`."""
    pattern = _UNSAFE_ON_ONE_LINE if one_line else _UNSAFE
    return pattern.sub(_escape, text)


def say(text: str, file: TextIO | None = None) -> None:
    """Print a line of text output (a story, a listing) with controls made visible."""
    print(printable(text), file=file or sys.stdout)


def complain(message: str, *, path: str | None = None, warning: bool = False) -> None:
    """`editorial: FILE: warning: message` on stderr, one line whatever it quotes."""
    parts = ["editorial", *([path] if path else []), *(["warning"] if warning else []), message]
    print(printable(": ".join(parts), one_line=True), file=sys.stderr)


def file_problem(error: OSError) -> str:
    """What is wrong with a file, in words: `no such file or directory`, `permission
    denied`."""
    return error.strerror.lower() if error.strerror else str(error)


def json_text(value: object, *, encoding: str = "utf-8") -> str:
    """JSON with its characters as they are, unless `encoding` cannot write them (a
    terminal set to ASCII): then all of them as `\\u` escapes, still the same JSON."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    text = _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return json.dumps(value, ensure_ascii=True, indent=2)
    return text


def print_json(value: object) -> None:
    sys.stdout.write(json_text(value, encoding=sys.stdout.encoding or "utf-8") + "\n")


def protect_streams() -> None:
    """Text the terminal's encoding cannot show is written as escapes, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # a stream that cannot change now is left as it is
            with contextlib.suppress(OSError, ValueError):
                reconfigure(errors="backslashreplace")


def summary_json(summary: StorySummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "uri": summary.uri,
        "headline": summary.headline,
        "slug": summary.slug,
        "status": summary.status.value,
        "updated_at": summary.updated_at.isoformat(),
        "trashed_at": summary.trashed_at.isoformat() if summary.trashed_at else None,
    }


def story_json(story: Story, dateline_text: str) -> dict[str, object]:
    """The JSON shape scripts rely on; fields are only ever added to it. It is the story's
    plain form (`story_from_plain` reads it back) with the dateline as the house style
    writes it."""
    plain = story_to_plain(story)
    dateline = plain["dateline"]
    assert isinstance(dateline, dict)
    dateline["text"] = dateline_text
    return dict(plain)


def format_finding(label: str, finding: Finding) -> str:
    """`12:body:3:14: warning: "stated" → "said" [style.word]`, as compilers print."""
    where = f"{label}:{finding.field.value}"
    if finding.line:
        where += f":{finding.line}:{finding.column}"
    shown = [f"“{s}”" for s in finding.suggestions[:3] if s.strip()]
    hint = f" (try: {', '.join(shown)})" if shown else ""
    return f"{where}: {finding.severity.value}: {finding.message}{hint} [{finding.code}]"


def finding_json(finding: Finding) -> dict[str, object]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "field": finding.field.value,
        "start": finding.start,
        "end": finding.end,
        "line": finding.line,
        "column": finding.column,
        "suggestions": list(finding.suggestions),
    }
