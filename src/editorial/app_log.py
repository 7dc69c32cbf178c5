"""The log: one rotating file in the user's log folder, for the window and the command line.

What goes in is what helps with a bug report (commands run, tasks that failed, unexpected
errors with their traceback), never a secret: endpoint secrets live only in the keyring,
and a filter on the file masks what looks like one anyway (a URL's password, an
Authorization header, `token=...`), and any value the process registered as secret.
Library calls that would write URLs and headers (httpx, httpcore) log only warnings.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import cache
from pathlib import Path

APP_NAME = "editorial"
LOG_FILE = "editorial.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
MASK = "•••"
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

logger = logging.getLogger(APP_NAME)


@cache
def _secret_patterns() -> tuple[re.Pattern[str], ...]:
    """URL passwords, authorization headers, secret parameters: compiled when a line is
    first redacted (the log's lines are written once the window is painted)."""
    return (
        re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^/\s:@]*:)[^@/\s]+(?=@)", re.I),
        re.compile(r"(?P<head>\bauthorization[\"']?\s*[:=]\s*[\"']?)[^\"'\r\n]+", re.I),
        re.compile(
            r"(?P<head>\b(?:secret|password|passwd|token|api[_-]?key|app[_-]?password)"
            r"[\"']?\s*[=:]\s*[\"']?)[^\s&\"',;]+",
            re.I,
        ),
    )


_registered: set[str] = set()
_lock = threading.Lock()
HELD_RECORDS = 1000  # what is kept for the file before it is set up; more is dropped


def log_dir() -> Path:
    from editorial.user_folders import user_folder

    return user_folder("log")


def log_path() -> Path:
    return log_dir() / LOG_FILE


def register_secret(value: str) -> None:
    """A value this process holds that must never reach the log (masked wherever it is)."""
    if len(value) >= 4:
        with _lock:
            _registered.add(value)


def redact(text: str) -> str:
    """The text with secrets masked."""
    for pattern in _secret_patterns():
        text = pattern.sub(lambda m: m.group("head") + MASK, text)
    with _lock:
        secrets = sorted(_registered, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text


class RedactingFormatter(logging.Formatter):
    """Masks secrets in the whole record as written: the message, its arguments and the
    traceback (an exception's message may quote a URL)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _HeldRecords(logging.Handler):
    """The app's records from before its log file is set up, for the file."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_RECORDS:
            self.records.append(record)


def hold_records(level: int = logging.INFO) -> None:
    """Keep what the app logs until `setup_logging`, which writes it to the file first:
    the window sets its log up once its first frame is painted (the file handler's
    module, `logging.handlers`, brings socket, pickle and queue, some 5 ms)."""
    if not any(isinstance(h, _HeldRecords) for h in logger.handlers):
        logger.addHandler(_HeldRecords())
        logger.propagate = False  # as once the file is set up: not on stderr meanwhile
        if logger.level == logging.NOTSET or logger.level > level:
            logger.setLevel(level)


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log to the rotating file (once per process), with what was held
    for it (`hold_records`). The file's folder is made on first need; a folder that
    cannot be made leaves the app without a log, never without its work. Returns the
    file, or None then."""
    from logging.handlers import RotatingFileHandler

    path = log_path()
    current = [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]
    if any(Path(h.baseFilename) == path.absolute() for h in current):
        return path
    stop_logging()  # a log folder of before (the environment named another since)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter(FORMAT))
    logger.addHandler(handler)
    for held in [h for h in logger.handlers if isinstance(h, _HeldRecords)]:
        logger.removeHandler(held)
        for record in held.records:
            if record.levelno >= level:
                handler.handle(record)
    logger.setLevel(level)
    logger.propagate = False
    for chatty in ("httpx", "httpcore", "urllib3", "keyring", "secretstorage"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    # Warnings and errors of the libraries go to the file too (the root logger's), masked.
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > logging.WARNING:
            root.setLevel(logging.WARNING)
    return path


def stop_logging() -> None:
    """Close the log file (the tests start each with a log folder of their own)."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            logger.removeHandler(handler)
            if handler in root.handlers:
                root.removeHandler(handler)
            handler.close()
