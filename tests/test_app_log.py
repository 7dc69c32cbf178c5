"""The log file: in the user's log folder, rotated, and never holding a secret."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from editorial.app_log import (
    BACKUPS,
    MASK,
    MAX_BYTES,
    log_path,
    logger,
    redact,
    register_secret,
    setup_logging,
    stop_logging,
)


@pytest.fixture
def log_file() -> Iterator[Path]:
    path = setup_logging()
    assert path is not None
    yield path
    stop_logging()


def test_the_log_is_in_the_users_log_folder(log_file: Path) -> None:
    assert log_file == log_path()
    assert log_file.is_relative_to(Path(os.environ["XDG_STATE_HOME"]) / "editorial")
    logger.info("hello from the test")
    assert "INFO editorial [MainThread] hello from the test" in log_file.read_text("utf-8")


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(log_file: Path) -> None:
    (handler,) = [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]
    assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, BACKUPS)
    handler.maxBytes = 5_000  # the same rotation, sooner
    for _ in range(5 * (BACKUPS + 2)):
        logger.info("x" * 999)
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert files == ["editorial.log"] + [f"editorial.log.{n}" for n in range(1, BACKUPS + 1)]
    assert all(p.stat().st_size <= 5_000 + 1100 for p in log_file.parent.iterdir())


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("GET https://editor:hunter2pw@cms.example/wp-json", "https://editor:", "hunter2pw"),
        ("Authorization: Bearer abc.def.ghi", "Authorization: ", "abc.def.ghi"),
        ("POST /hook?token=tok_123456&x=1", "token=", "tok_123456"),
        ("{'app_password': 'abcd efgh ijkl'}", "app_password", "abcd"),
        ("secret=s3cr3t-value in a message", "secret=", "s3cr3t-value"),
    ],
)
def test_what_looks_like_a_secret_is_masked(text: str, kept: str, gone: str) -> None:
    masked = redact(text)
    assert kept in masked and gone not in masked and MASK in masked


def test_a_registered_secret_is_masked_anywhere_even_in_a_traceback(log_file: Path) -> None:
    secret = "sk-4f1c9e0b7d2a"
    register_secret(secret)
    try:
        raise RuntimeError(f"the endpoint refused {secret}")
    except RuntimeError:
        logger.exception("sending failed for %s", secret)
    logging.getLogger("some.library").warning("retrying with %s", secret)
    text = log_file.read_text("utf-8")
    assert "sending failed" in text and "retrying with" in text and "RuntimeError" in text
    assert secret not in text


def test_a_new_log_folder_in_the_environment_is_followed(
    log_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logger.info("in the first folder")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "elsewhere"))
    moved = setup_logging()
    assert moved is not None and moved != log_file
    logger.info("in the second folder")
    assert "second" in moved.read_text("utf-8") and "second" not in log_file.read_text("utf-8")
    handlers = [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1
