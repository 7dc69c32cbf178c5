"""Texts the library keeps in English (a delivery's reason, a version's note) are read
back as the message of the template that wrote them, values and all, so the window can
show them translated; a text no template wrote stays as it is."""

from __future__ import annotations

import re

import pytest

from editorial.domain import delivery_reasons as reasons
from editorial.domain.translatable import MessageText, plain
from editorial.domain.version_words import KEPT_NOTES, kept_note

FIELD = re.compile(r"\{([A-Za-z_]+)\}")


def filled(template: str, value: str = "<{name}>") -> dict[str, str]:
    """Values for the template's fields (an HTTP status is one)."""
    return {name: "503" if name == "status" else value.format(name=name)
            for name in FIELD.findall(template)}  # fmt: skip


@pytest.mark.parametrize("template", reasons.KEPT_REASONS)
def test_every_kept_reason_is_read_back_by_its_own_template(template: str) -> None:
    values = filled(template)
    text = str(reasons.reason(template, **values))  # as the library keeps it: plain text
    assert type(text) is str
    message = reasons.reason_message(text)
    assert message.template == template
    assert {name: str(value) for name, value in message.arguments} == values
    assert message.text == text


@pytest.mark.parametrize("template", reasons.KEPT_REASONS)
def test_a_reason_whose_values_look_like_its_wording_still_reads_as_written(
    template: str,
) -> None:
    """Values with brackets, colons and spaces (an endpoint's error text) may be split
    between the fields another way, never so that the reason says something else."""
    text = str(reasons.reason(template, **filled(template, "{name}: it (said) no. 5")))
    assert reasons.reason_message(text).text == text


def test_the_words_in_a_reason_are_marked_for_translation() -> None:
    text = "WordPress at https://news.example could not create the post: cannot connect"
    message = reasons.reason_message(text)
    assert message.template == reasons.WP_NO_ANSWER
    arguments = dict(message.arguments)
    assert isinstance(arguments["doing"], MessageText)
    assert arguments["doing"].message.context == "DeliveryWords"
    assert arguments["why"] == "cannot connect" and arguments["site"] == "https://news.example"


def test_an_endpoints_own_words_stay_as_they_are() -> None:
    said = "503 Service Unavailable: down for maintenance"
    assert reasons.reason_message(said) == plain(said)


@pytest.mark.parametrize("template", KEPT_NOTES)
def test_every_note_the_library_writes_is_read_back(template: str) -> None:
    values = filled(template)
    message = kept_note(template.format(**values))
    assert message.template == template and dict(message.arguments) == values


def test_a_persons_note_is_their_own() -> None:
    assert kept_note("Checked the figures with the ministry.").template == ""
