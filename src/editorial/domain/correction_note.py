"""The draft of a correction note, from what changed since the version last published.

"Corrects the spelling of a name in the lede." The editor edits the draft, so it is
short and wire-style, and exact about where: the headline, the byline, the dateline, the
lede, or a paragraph counted as the reader counts them (`story_diff`). Each change is
sorted into a kind (a figure, a name, a date, a passage removed or added, otherwise the
wording); only what a reader sees counts (not the keywords, the slug or the status).
Written in English and Russian (`correction_wording`), English for other languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from editorial.domain.correction_wording import Kind, Place, Wording, wording_for
from editorial.domain.story_diff import LocatedEdit, StoryDiff
from editorial.domain.text_diff import tokenize

__all__ = ["Correction", "Kind", "Place", "classify_changes", "classify_edit",
           "draft_correction_note", "phrase_corrections"]  # fmt: skip

READER_FIELDS = ("headline", "bylines", "dateline", "lede", "body")


@dataclass(frozen=True, slots=True)
class Correction:
    """One kind of change and the places it was made."""

    kind: Kind
    places: tuple[Place, ...]


def draft_correction_note(diff: StoryDiff, language: str = "en") -> str:
    """The draft note for the change from the published story to the corrected one;
    "" when nothing a reader sees has changed."""
    return phrase_corrections(classify_changes(diff), wording_for(language))


def classify_changes(diff: StoryDiff) -> tuple[Correction, ...]:
    """The changes a reader sees, by kind, in the story's order (the wording last); the
    same kind in several places is one correction."""
    found: dict[tuple[Kind, Place | None], Correction] = {}
    places_of: dict[Kind, list[Place]] = {}
    for located in diff.edits():
        if located.field.name not in READER_FIELDS:
            continue
        if not (located.edit.old.strip() or located.edit.new.strip()):
            continue  # paragraphs split or joined: the reader is told of no such change
        kind = classify_edit(located, diff.field(located.field.name).old)
        place = Place(located.field.name, located.story_paragraph)
        if kind in _MERGED_KINDS:
            places = places_of.setdefault(kind, [])
            if place not in places:
                places.append(place)
            found[(kind, None)] = Correction(kind, tuple(places))
        else:
            found.setdefault((kind, place), Correction(kind, (place,)))
    ordered = list(found.values())
    return tuple(sorted(ordered, key=lambda correction: correction.kind is Kind.WORDING))


# Kinds whose places are listed together ("a name in the lede and in the third paragraph").
_MERGED_KINDS = frozenset({Kind.FIGURE, Kind.NAME_SPELLING, Kind.NAME, Kind.DATE, Kind.WORDING})


def classify_edit(located: LocatedEdit, old_field: str) -> Kind:
    """What kind of change one edit is, judged from its words and their surroundings."""
    field = located.field.name
    if field == "bylines":
        return Kind.BYLINE
    if field == "dateline":
        return Kind.DATELINE
    edit = located.edit
    old, new = edit.old.strip(), edit.new.strip()
    paragraphs = field in ("lede", "body")
    if not new:
        return _passage_kind(old, located.context, removed=True, paragraphs=paragraphs)
    if not old:
        return _passage_kind(new, located.context, removed=False, paragraphs=paragraphs)
    old_words, new_words = _words(old), _words(new)
    if _is_date(old_words, new_words) or _beside_month(old_field, edit.old_start, edit.old):
        return Kind.DATE
    if _figures(old_words) != _figures(new_words):
        return Kind.FIGURE
    if _is_name(old_words) and _is_name(new_words):
        similar = SequenceMatcher(None, old.lower(), new.lower()).ratio() >= 0.5
        return Kind.NAME_SPELLING if similar else Kind.NAME
    return Kind.WORDING


def _passage_kind(text: str, context: str, *, removed: bool, paragraphs: bool) -> Kind:
    if paragraphs and text == context.strip():
        return Kind.REMOVED_PARAGRAPH if removed else Kind.ADDED_PARAGRAPH
    if _SENTENCE_END.search(text) and len(_words(text)) >= 3:
        return Kind.REMOVED_SENTENCE if removed else Kind.ADDED_SENTENCE
    return Kind.REMOVED_WORDS if removed else Kind.ADDED_WORDS


def phrase_corrections(corrections: tuple[Correction, ...], wording: Wording) -> str:
    """One sentence: the first correction, the second joined to it, "other changes"
    after that."""
    clauses = [wording.clause(c.kind, c.places) for c in corrections]
    if not clauses:
        return ""
    text = wording.join(clauses[0], clauses[1]) if len(clauses) > 1 else clauses[0]
    if len(clauses) > 2:
        text += wording.others
    return text[0].upper() + text[1:] + "."


_SENTENCE_END = re.compile(r"[.!?…]")
# English months and weekdays are capitalised ("may" is a verb); Russian ones are not.
_MONTH = re.compile(
    r"^(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sept?(ember)?"
    r"|Oct(ober)?|Nov(ember)?|Dec(ember)?|(?i:январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]"
    r"|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*))$"
)
_WEEKDAY = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?i:yesterday|today|tomorrow"
    r"|понедельник\w*|вторник\w*|сред[ауые]|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*"
    r"|вчера|сегодня|завтра))$"
)
_NUMBER_WORDS = frozenset([
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands",
    "millions", "billions", "half", "third", "quarter", "percent", "один", "одна", "два", "две",
    "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "сто", "тысяча",
    "тысячи", "тысяч", "миллион", "миллиона", "миллионов", "миллиард", "миллиарда",
    "миллиардов", "процент", "процента", "процентов"
])  # fmt: skip
# Capitalised for the grammar, not as a name: a sentence can open with them.
_NOT_NAMES = frozenset([
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
    "this", "that", "these", "those", "but", "and", "or", "in", "on", "at", "of", "for", "to",
    "from", "by", "with", "as", "mr", "mrs", "ms", "dr", "president", "minister"
])  # fmt: skip


def _words(text: str) -> list[str]:
    return [token for token in tokenize(text) if token[0].isalnum()]


def _figures(words: list[str]) -> list[str]:
    return [w for w in words if w[0].isdigit() or _number_word(w)]


def _number_word(word: str) -> bool:
    return any(part in _NUMBER_WORDS for part in word.lower().split("-"))


def _is_date(old_words: list[str], new_words: list[str]) -> bool:
    def dated(words: list[str]) -> bool:
        return any(_MONTH.match(w) or _WEEKDAY.match(w) for w in words)

    return dated(old_words) or dated(new_words)


def _beside_month(text: str, start: int, changed_text: str) -> bool:
    """A number changed next to a month name: "November [-18-]{+19+}", "[-3-]{+4+} May"."""
    end = start + len(changed_text)
    before = _words(text[max(0, start - 16) : start])[-1:]
    after = _words(text[end : end + 16])[:1]
    changed = _words(changed_text)
    return (
        bool(changed)
        and all(w[0].isdigit() for w in changed)
        and any(_MONTH.match(w) for w in before + after)
    )


def _is_name(words: list[str]) -> bool:
    return bool(words) and all(
        w[0].isupper() and w.lower() not in _NOT_NAMES and not w[0].isdigit() for w in words
    )
