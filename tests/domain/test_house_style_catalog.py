"""Laying an editor's style documents over the bundled ones: pure rules over data that is
handed in (no files, no TOML)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from editorial.domain.errors import BadInput
from editorial.domain.house_style_catalog import (
    StyleDocument,
    build_catalog,
    merge_style_data,
)
from editorial.domain.house_style_model import HouseStyle, HouseStyleError


def read_style(document: StyleDocument) -> HouseStyle:
    """A stand-in for the TOML reader: the title and dash, and `bad` is refused."""
    data: Mapping[str, Any] = document.data
    if "bad" in data:
        raise HouseStyleError(document.source, "unknown setting 'bad'")
    title = str(data.get("title", document.key))
    return HouseStyle(key=document.key, title=title, description=repr(dict(data)))


BUNDLED = [
    StyleDocument("agency", {"title": "Agency", "dateline": {"dash": "-", "case": "upper"}},
                  "agency.toml"),
    StyleDocument("ap", {"title": "AP", "copy": {"words": ["stated"]}}, "ap.toml"),
]  # fmt: skip


def data_of(style: HouseStyle) -> dict[str, Any]:
    return eval(style.description)  # type: ignore[no-any-return]


def test_tables_merge_key_by_key_and_add_words_appends() -> None:
    merged = merge_style_data(
        {"dateline": {"dash": "-", "case": "upper"}, "copy": {"words": ["a"]}, "x": [1, 2]},
        {"dateline": {"dash": "—"}, "copy": {"add_words": ["b"]}, "x": [3]},
    )
    assert merged == {"dateline": {"dash": "—", "case": "upper"}, "copy": {"words": ["a", "b"]},
                      "x": [3]}  # fmt: skip


def test_a_user_document_of_a_bundled_name_is_laid_over_it() -> None:
    user = [StyleDocument("agency", {"dateline": {"dash": "—"}}, "mine/agency.toml")]
    catalog = build_catalog(BUNDLED, user, read_style)
    assert data_of(catalog.get("agency"))["dateline"] == {"dash": "—", "case": "upper"}
    assert catalog.get("agency").title == "Agency"
    assert data_of(catalog.bundled["agency"])["dateline"]["dash"] == "-"


def test_a_new_name_is_a_new_style_extending_another_given_before_it() -> None:
    user = [
        StyleDocument("desk", {"extends": "ap", "title": "Desk"}, "desk.toml"),
        StyleDocument("night", {"extends": "desk", "copy": {"add_words": ["utilize"]}}, "n"),
        StyleDocument("plain", {"title": "Plain"}, "plain.toml"),
    ]
    catalog = build_catalog(BUNDLED, user, read_style)
    assert catalog.get("desk").title == "Desk"
    assert data_of(catalog.get("night"))["copy"] == {"words": ["stated", "utilize"]}
    assert "extends" not in data_of(catalog.get("night"))
    assert data_of(catalog.get("plain")) == {"title": "Plain"}
    assert catalog.problems == ()


def test_bad_documents_are_reported_and_change_nothing() -> None:
    unreadable = HouseStyleError("gone.toml", "cannot be read: Permission denied")
    user = [
        unreadable,
        StyleDocument("agency", {"bad": 1}, "mine/agency.toml"),
        StyleDocument("desk", {"extends": "nope"}, "desk.toml"),
        StyleDocument("desk2", {"extends": 3}, "desk2.toml"),
    ]
    catalog = build_catalog(BUNDLED, user, read_style)
    assert [str(p) for p in catalog.problems] == [
        "gone.toml: cannot be read: Permission denied",
        "mine/agency.toml: unknown setting 'bad'",
        "desk.toml: extends must name a known style, not 'nope'",
        "desk2.toml: extends must name a known style, not 3",
    ]
    assert set(catalog.styles) == {"agency", "ap"}
    assert catalog.get("agency") is catalog.bundled["agency"]
    assert all(isinstance(p, BadInput) for p in catalog.problems)


def test_without_a_usable_default_there_is_still_one() -> None:
    catalog = build_catalog([StyleDocument("agency", {"bad": 1}, "agency.toml")], [], read_style)
    assert catalog.get("anything").key == "agency"
    assert len(catalog.problems) == 1


def test_the_catalog_cannot_be_changed() -> None:
    catalog = build_catalog(BUNDLED, [], read_style)
    with pytest.raises(TypeError):
        catalog.styles["x"] = catalog.get("ap")  # type: ignore[index]
    with pytest.raises(AttributeError):
        catalog.default_key = "ap"  # type: ignore[misc]
