"""Who wrote the story."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Byline:
    """One person credited on a story, with an optional role ("Moscow correspondent")."""

    name: str
    role: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a byline needs a name")


def parse_bylines(text: str) -> tuple[Byline, ...]:
    """Read bylines as an editor types them in one field.

    People are separated by semicolons, commas or " and "; a role follows the name after
    " / " or in parentheses: "Anna Ivanova / Moscow; John Smith (Reuters)".
    A leading "By" is dropped.
    """
    cleaned = text.strip()
    if cleaned[:3].lower() == "by ":
        cleaned = cleaned[3:]
    people: list[Byline] = []
    for chunk in _split_people(cleaned):
        name, role = chunk, ""
        if " / " in chunk:
            name, role = (part.strip() for part in chunk.split(" / ", 1))
        elif chunk.endswith(")") and "(" in chunk:
            name, _, role = chunk[:-1].partition("(")
            name, role = name.strip(), role.strip()
        if name:
            people.append(Byline(name=name, role=role))
    return tuple(people)


def _split_people(text: str) -> list[str]:
    parts: list[str] = []
    for semi in text.split(";"):
        for comma in _split_outside_parentheses(semi, ","):
            parts.extend(piece.strip() for piece in comma.split(" and "))
    return [part for part in parts if part]


def _split_outside_parentheses(text: str, separator: str) -> list[str]:
    pieces: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == separator and depth <= 0:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return pieces


def format_bylines_field(bylines: tuple[Byline, ...]) -> str:
    """The inverse of `parse_bylines`, for showing bylines back in one field."""
    return "; ".join(f"{b.name} / {b.role}" if b.role else b.name for b in bylines)


def join_names(
    names: Sequence[str], conjunction: str = "and", *, serial_comma: bool = False
) -> str:
    """`Anna Ivanova`, `Anna Ivanova and John Smith`, `A, B and C` (`A, B, and C` with
    the serial comma, which AP and Reuters do not use)."""
    kept = [name for name in names if name]
    if len(kept) <= 1:
        return kept[0] if kept else ""
    if len(kept) == 2:
        return f"{kept[0]} {conjunction} {kept[1]}"
    comma = "," if serial_comma else ""
    return f"{', '.join(kept[:-1])}{comma} {conjunction} {kept[-1]}"
