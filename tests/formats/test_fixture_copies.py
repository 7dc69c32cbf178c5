"""The sample and the ninjs schema/examples under fixtures/ are copies of the project's
shared folder (so the tests run from any clone); they must not drift from it."""

from __future__ import annotations

import os

import pytest

from tests.formats.conftest import FIXTURES, SHARED

EXAMPLES = (
    "2.1_ninjsExSimpleText_2.json",
    "3.1_004_simple_text_article.json",
    "3.1_005_complex_text_article.json",
)
COPIES = {
    "web-copy-ria-novosti-2008.txt": "samples/web-copy-ria-novosti-2008.txt",
    "ninjs-schema_2.2.json": "spec/ninjs/ninjs-schema_2.2.json",
    "ninjs-schema_3.1.json": "spec/ninjs/ninjs-schema_3.1.json",
    **{f"ninjs/{name}": f"spec/ninjs/examples/{name}" for name in EXAMPLES},
}


@pytest.mark.parametrize(("copy", "original"), COPIES.items())
def test_fixture_copy_matches_the_shared_original(copy: str, original: str) -> None:
    source = SHARED / original
    if not source.exists():
        message = (
            f"{source} is missing from the shared folder"
            if SHARED.is_dir()
            else f"no shared folder beside the repository ({SHARED})"
        )
        # CI lays the shared folder beside its clone: there a missing original is a fault.
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    assert (FIXTURES / copy).read_bytes() == source.read_bytes()
