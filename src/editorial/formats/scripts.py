"""Which writing system a text is in, and folding lines for comparison.

Used to tell a stray interface string in another script (`Заголовок открываемого
материала` on an English page) from the story, and to guess a story's language when
its script says it plainly. Counting is done by regular expressions (in C), so a long
paste costs little.
"""

from __future__ import annotations

import re
import unicodedata

_SCRIPTS: dict[str, re.Pattern[str]] = {
    "Latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "Cyrillic": re.compile(r"[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]"),
    "Greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "Armenian": re.compile(r"[\u0530-\u058f]"),
    "Hebrew": re.compile(r"[\u0590-\u05ff]"),
    "Arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]"),
    "Georgian": re.compile(r"[\u10a0-\u10ff]"),
    "Thai": re.compile(r"[\u0e00-\u0e7f]"),
    "Devanagari": re.compile(r"[\u0900-\u097f]"),
    "Hangul": re.compile(r"[\u1100-\u11ff\uac00-\ud7af]"),
    "Kana": re.compile(r"[\u3040-\u30ff]"),
    "Han": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"),
}

# Only scripts that name one language plainly; Latin, Cyrillic and Arabic script serve
# many languages, and only the most likely is given for them.
_LANGUAGE_OF_SCRIPT = {
    "Latin": "en", "Cyrillic": "ru", "Greek": "el", "Armenian": "hy", "Hebrew": "he",
    "Arabic": "ar", "Georgian": "ka", "Thai": "th", "Devanagari": "hi", "Hangul": "ko",
    "Kana": "ja", "Han": "zh",
}  # fmt: skip

_SAMPLE = 20_000
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")


def script_counts(text: str) -> dict[str, int]:
    """Letters per script in `text` (scripts with none left out)."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}
    return {name: count for name, count in counts.items() if count}


def dominant_script(text: str) -> str | None:
    """The script most letters of `text` are in (judged on its first 20,000 characters
    and its last 20,000), or None for text without letters."""
    if text.isascii():  # checked in C; spares a dozen scans of most lines
        return "Latin" if _ASCII_LETTER.search(text) else None
    sample = text if len(text) <= 2 * _SAMPLE else text[:_SAMPLE] + text[-_SAMPLE:]
    counts = script_counts(sample)
    if not counts:
        return None
    dominant = max(counts, key=lambda name: counts[name])
    # Japanese writes most words in Han and the rest in kana; Chinese has no kana.
    if dominant == "Han" and 10 * counts.get("Kana", 0) >= counts["Han"]:
        return "Kana"
    return dominant


def in_other_script(line: str, script: str | None) -> bool:
    """Whether most letters of `line` are in a script other than `script` (False for a
    line without letters, or when `script` is None)."""
    if script is None:
        return False
    if line.isascii():
        return script != "Latin" and _ASCII_LETTER.search(line) is not None
    letters = len(_LETTER.findall(line))
    own = len(_SCRIPTS[script].findall(line))
    if script == "Kana":  # Japanese: Han and kana alike
        own += len(_SCRIPTS["Han"].findall(line))
    return letters > 0 and 2 * own < letters


def language_for_script(script: str | None, default: str) -> str:
    """The most likely language of text in `script`; Japanese wins over Chinese when
    kana appear at all (checked by the caller through `dominant_script`)."""
    if script is None:
        return default
    return _LANGUAGE_OF_SCRIPT.get(script, default)


def fold_line(line: str) -> str:
    """A line reduced for comparing: case, quotes, bullets, spacing and surrounding
    punctuation set aside. `“Subscribe”  ›` and `subscribe` fold alike."""
    if line.isascii():  # most lines: nothing to compose or strip of accents
        text = line.casefold().replace('"', "").replace("'", "").replace("`", "")
    else:
        text = _QUOTES.sub("", unicodedata.normalize("NFKC", line).casefold())
    first = _ALNUM.search(text)
    if first is None:
        return ""
    last = _ALNUM.search(text[::-1])
    end = len(text) - last.start() if last else len(text)
    return " ".join(text[first.start() : end].split())


_QUOTES = re.compile(r"[\"'“”‘’«»„‚`]")
# Searched, not matched with anchors at both ends: `[\W_]+$` tried at every position of a
# long run of punctuation would take quadratic time.
_ALNUM = re.compile(r"[^\W_]")
