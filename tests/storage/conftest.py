from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write to, root included (root ignores permission bits, so
    as root the folder is bind-mounted read-only over itself)."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    yield folder  # the test fills it first, then calls `make_read_only`
