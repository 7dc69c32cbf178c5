"""Shared fixtures for the format tests: the sample web copy, the ninjs schemas and a
validator, a fixed reference time (the sample's own day)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_WEB_COPY = FIXTURES / "web-copy-ria-novosti-2008.txt"
NINJS_SCHEMA_22 = FIXTURES / "ninjs-schema_2.2.json"
NINJS_EXAMPLES = FIXTURES / "ninjs"
# The copies above come from the project's shared folder; a test keeps them in step.
SHARED = Path(__file__).resolve().parents[3] / "shared"

SAMPLE_REFERENCE = dt.datetime(2008, 11, 18, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_WEB_COPY.read_text(encoding="utf-8")


@cache
def ninjs_22_validator() -> Any:
    """A Draft 2020-12 validator for ninjs 2.2 that also checks `uri` and `date-time`
    formats (rfc3987, rfc3339-validator), never fetching anything remote."""
    from jsonschema import Draft202012Validator

    schema = json.loads(NINJS_SCHEMA_22.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def assert_valid_ninjs_22(item: dict[str, Any]) -> None:
    errors = sorted(ninjs_22_validator().iter_errors(item), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
