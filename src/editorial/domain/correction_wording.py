"""How a correction note says what changed and where, in English and in Russian: the
kinds of change, the places, and their phrasing.

A clause is written from a kind of change and its places; a place is phrased in the
case its clause needs: "in the third paragraph", "from the third paragraph", "to the
third paragraph", "of the third paragraph", "the third paragraph" (Russian: "в третьем
абзаце", "из третьего абзаца", "в третий абзац", "третьего абзаца", "третий абзац").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, Protocol

from editorial.domain.language import primary_subtag


class Kind(StrEnum):
    """What kind of change a correction makes."""

    FIGURE = "figure"
    NAME_SPELLING = "name spelling"
    NAME = "name"
    DATE = "date"
    REMOVED_PARAGRAPH = "removed paragraph"
    REMOVED_SENTENCE = "removed sentence"
    REMOVED_WORDS = "removed words"
    ADDED_PARAGRAPH = "added paragraph"
    ADDED_SENTENCE = "added sentence"
    ADDED_WORDS = "added words"
    BYLINE = "byline"
    DATELINE = "dateline"
    WORDING = "wording"


@dataclass(frozen=True, slots=True)
class Place:
    """Where a change is: a field, and in the body the paragraph as the reader counts."""

    field: str
    paragraph: int | None = None


Case = Literal["in", "from", "to", "of", "bare"]
# Three places or more: the change runs through the story.
THROUGHOUT_FROM = 3


class Wording(Protocol):
    @property
    def others(self) -> str:
        """Said after two clauses when there were more changes."""
        ...

    def clause(self, kind: Kind, places: Sequence[Place]) -> str: ...

    def join(self, first: str, second: str) -> str: ...


# kind → (template, case of its places); "{at}" is where the places go.
_ENGLISH: dict[Kind, tuple[str, Case]] = {
    Kind.FIGURE: ("corrects a figure {at}", "in"),
    Kind.NAME_SPELLING: ("corrects the spelling of a name {at}", "in"),
    Kind.NAME: ("corrects a name {at}", "in"),
    Kind.DATE: ("corrects a date {at}", "in"),
    Kind.REMOVED_PARAGRAPH: ("removes {at}", "bare"),
    Kind.REMOVED_SENTENCE: ("removes a sentence {at}", "from"),
    Kind.REMOVED_WORDS: ("removes words {at}", "from"),
    Kind.ADDED_PARAGRAPH: ("adds {at}", "bare"),
    Kind.ADDED_SENTENCE: ("adds a sentence {at}", "to"),
    Kind.ADDED_WORDS: ("adds words {at}", "to"),
    Kind.BYLINE: ("corrects the byline", "bare"),
    Kind.DATELINE: ("corrects the dateline", "bare"),
    Kind.WORDING: ("corrects the wording {at}", "of"),
}

_ENGLISH_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                     "eighth", "ninth", "tenth")  # fmt: skip
_ENGLISH_FIELDS = {"headline": "the headline", "lede": "the lede", "bylines": "the byline",
                   "dateline": "the dateline", "body": "the body"}  # fmt: skip


def english_ordinal(number: int) -> str:
    """first … tenth, then 11th, 12th, 13th, 21st, 22nd, 23rd, 101st."""
    if 1 <= number <= len(_ENGLISH_ORDINALS):
        return _ENGLISH_ORDINALS[number - 1]
    suffix = "th"
    if number % 100 not in (11, 12, 13):
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


@dataclass(frozen=True, slots=True)
class EnglishWording:
    others: str = ", and makes other changes"

    def clause(self, kind: Kind, places: Sequence[Place]) -> str:
        template, case = _ENGLISH[kind]
        new_paragraph = kind is Kind.ADDED_PARAGRAPH
        return template.format(at=self._places(places, case, new_paragraph))

    def join(self, first: str, second: str) -> str:
        verb = first.split(" ", 1)[0]
        if second.startswith(verb + " ") and not second.endswith(("byline", "dateline")):
            second = second[len(verb) + 1 :]  # "corrects a figure … and a name …"
        return f"{first} and {second}"

    def _places(self, places: Sequence[Place], case: Case, new_paragraph: bool) -> str:
        if len(places) >= THROUGHOUT_FROM:
            return "throughout"
        named = [self._place(p, new_paragraph) for p in places]
        preposition = "" if case == "bare" else f"{case} "
        return " and ".join(f"{preposition}{name}" for name in named)

    def _place(self, place: Place, new_paragraph: bool) -> str:
        if place.paragraph is None:
            return _ENGLISH_FIELDS.get(place.field, f"the {place.field}")
        new = "a new " if new_paragraph else "the "
        return f"{new}{english_ordinal(place.paragraph)} paragraph"


_RUSSIAN: dict[Kind, tuple[str, Case]] = {
    Kind.FIGURE: ("исправлена цифра {at}", "in"),
    Kind.NAME_SPELLING: ("исправлено написание имени {at}", "in"),
    Kind.NAME: ("исправлено имя {at}", "in"),
    Kind.DATE: ("исправлена дата {at}", "in"),
    Kind.REMOVED_PARAGRAPH: ("удалён {at}", "bare"),
    Kind.REMOVED_SENTENCE: ("удалено предложение {at}", "from"),
    Kind.REMOVED_WORDS: ("удалены слова {at}", "from"),
    Kind.ADDED_PARAGRAPH: ("добавлен {at}", "bare"),
    Kind.ADDED_SENTENCE: ("добавлено предложение {at}", "to"),
    Kind.ADDED_WORDS: ("добавлены слова {at}", "to"),
    Kind.BYLINE: ("исправлена подпись", "bare"),
    Kind.DATELINE: ("исправлен датлайн", "bare"),
    Kind.WORDING: ("исправлена формулировка {at}", "of"),
}

# Masculine ordinals (абзац is masculine), nominative; the other cases are built from them.
_RUSSIAN_ORDINALS = (
    "первый", "второй", "третий", "четвёртый", "пятый", "шестой", "седьмой", "восьмой",
    "девятый", "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый",
    "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый", "двадцатый",
)  # fmt: skip
# A field by case: in (prepositional with в), from (из + genitive), to (в + accusative),
# of (genitive), bare (nominative).
_RUSSIAN_FIELDS: dict[str, dict[Case, str]] = {
    "headline": {"in": "в заголовке", "from": "из заголовка", "to": "в заголовок",
                 "of": "заголовка", "bare": "заголовок"},
    "lede": {"in": "в лиде", "from": "из лида", "to": "в лид", "of": "лида", "bare": "лид"},
    "bylines": {"in": "в подписи", "from": "из подписи", "to": "в подпись",
                "of": "подписи", "bare": "подпись"},
    "dateline": {"in": "в датлайне", "from": "из датлайна", "to": "в датлайн",
                 "of": "датлайна", "bare": "датлайн"},
    "body": {"in": "в тексте", "from": "из текста", "to": "в текст", "of": "текста",
             "bare": "текст"},
}  # fmt: skip


def russian_paragraph(number: int, case: Case) -> str:
    """ "в третьем абзаце", "из второго абзаца", "во второй абзац", "абзаца 21"."""
    if not 1 <= number <= len(_RUSSIAN_ORDINALS):
        return {"in": f"в абзаце {number}", "from": f"из абзаца {number}",
                "to": f"в абзац {number}", "of": f"абзаца {number}",
                "bare": f"абзац {number}"}[case]  # fmt: skip
    nominative = _RUSSIAN_ORDINALS[number - 1]
    stem = "треть" if nominative == "третий" else nominative[:-2]
    genitive, prepositional = (
        stem + ("его" if stem == "треть" else "ого"),
        stem + ("ем" if stem == "треть" else "ом"),
    )
    into = "во" if nominative.startswith("вт") else "в"  # "во втором", as it is said
    return {"in": f"{into} {prepositional} абзаце", "from": f"из {genitive} абзаца",
            "to": f"{into} {nominative} абзац", "of": f"{genitive} абзаца",
            "bare": f"{nominative} абзац"}[case]  # fmt: skip


@dataclass(frozen=True, slots=True)
class RussianWording:
    others: str = ", внесены и другие правки"

    def clause(self, kind: Kind, places: Sequence[Place]) -> str:
        template, case = _RUSSIAN[kind]
        if len(places) >= THROUGHOUT_FROM:
            return template.format(at="по всему тексту")
        named = [
            russian_paragraph(p.paragraph, case) if p.paragraph is not None
            else _RUSSIAN_FIELDS.get(p.field, _RUSSIAN_FIELDS["body"])[case]
            for p in places
        ]  # fmt: skip
        if kind is Kind.ADDED_PARAGRAPH:
            named = [f"новый {name}" for name in named]
        return template.format(at=" и ".join(named))

    def join(self, first: str, second: str) -> str:
        return f"{first} и {second}"


def wording_for(language: str) -> Wording:
    """The story's language's wording; English for a language not written here yet."""
    if primary_subtag(language) == "ru":
        return RussianWording()
    return EnglishWording()
