"""Initials made from a name, a note signed with them once, and whose initials are whose."""

from __future__ import annotations

import pytest

from editorial.domain.initials import InitialsBook, chosen_initials, initials_of, signed


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Anna Ivanova", "AI"),
        ("Анна Иванова", "АИ"),
        ("  анна   иванова ", "АИ"),  # spacing and case do not matter
        ("Jean-Paul Roux", "JPR"),
        ("Ёлкин Юрий", "ЁЮ"),
        ("O'Brien", "O"),
        ("Cher", "C"),
        ("1st Desk", "D"),  # a word without a letter gives none, nothing is invented
        ("", ""),
        ("— 42 —", ""),
        ("A B C D E F G H", "ABCDEF"),  # at most six
    ],
)
def test_initials_are_made_from_the_first_letters_of_the_name(name: str, initials: str) -> None:
    assert initials_of(name) == initials


def test_initials_chosen_win_over_the_name() -> None:
    assert chosen_initials(" a i v ", "Anna Ivanova") == "aiv"
    assert chosen_initials("", "Anna Ivanova") == "AI"
    assert chosen_initials("", "") == ""


def test_a_note_is_signed_once_and_an_empty_one_not_at_all() -> None:
    assert signed("Check the casualty figure.", "AI") == "Check the casualty figure. — AI"
    assert signed("Check the casualty figure. — AI", "AI") == "Check the casualty figure. — AI"
    assert signed("Check it /AI  ", "AI") == "Check it /AI"
    assert signed("Ask MAI", "AI") == "Ask MAI — AI"  # a word ending in them is no signature
    assert signed("   ", "AI") == ""
    assert signed("Check it.", "") == "Check it."


def test_the_book_gives_chosen_initials_and_makes_the_rest() -> None:
    book = InitialsBook.of({"Rita  Reporter": "RiR", "Nobody": " ", "": "X"})
    assert book.initials("Rita Reporter") == "RiR"
    assert book.initials(" Rita   Reporter ") == "RiR"
    assert book.initials("Nobody") == "N"  # blank initials are none chosen
    assert book.initials("Павел Сидоров") == "ПС"
    assert book.initials("") == ""
