"""Initials, as a wire desk uses them: an editor signs a note with them, and where a line
is short (the history's "Who", the desk's story lines) a person is named by them, with
the full name kept for a tooltip.

Initials are the editor's own choice where they made one (the `initials` preference, a
profile's initials); otherwise they are made from the name: the first letter of each
word, hyphenated parts counted as words ("Anna Ivanova": AI, "Анна Иванова": АИ,
"Jean-Paul Roux": JPR). Nothing is made up for a name without letters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

MAX_INITIALS = 6
# Between a note and the initials that sign it: "Check the casualty figure. — AI".
SIGNATURE_SEPARATOR = " — "


def initials_of(name: str) -> str:
    """The initials made from a name: the first letter of each of its words, upper case,
    at most MAX_INITIALS of them; "" for a name with no letters."""
    letters = []
    for word in name.replace("-", " ").split():
        first = next((c for c in word if c.isalnum()), "")  # past quotes and brackets
        if first.isalpha():  # "1st" gives none
            letters.append(first.upper())
    return "".join(letters[:MAX_INITIALS])


def chosen_initials(initials: str, name: str) -> str:
    """Initials as given (spaces dropped), else made from the name."""
    return "".join(initials.split()) or initials_of(name)


def signed(note: str, initials: str) -> str:
    """The note signed with the initials, once: a note already ending with them, an
    empty note or no initials leave it as it is."""
    text = note.rstrip()
    if not text or not initials or _ends_with_signature(text, initials):
        return text
    return f"{text}{SIGNATURE_SEPARATOR}{initials}"


def _ends_with_signature(text: str, initials: str) -> bool:
    if not text.endswith(initials):
        return False
    before = text[: -len(initials)].rstrip()
    return not before or not before[-1].isalnum()  # "… — AI", "… /AI", "…(AI"


@dataclass(frozen=True, slots=True)
class InitialsBook:
    """Whose initials are whose: the desk's profiles and the editor's own choice by name;
    anyone else's made from their name."""

    chosen: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, chosen: Mapping[str, str]) -> InitialsBook:
        kept = {" ".join(name.split()): "".join(i.split()) for name, i in chosen.items()}
        return cls(MappingProxyType({name: i for name, i in kept.items() if name and i}))

    def initials(self, name: str) -> str:
        """The initials of the person named; "" for no name."""
        name = " ".join(name.split())
        return self.chosen.get(name) or initials_of(name)
