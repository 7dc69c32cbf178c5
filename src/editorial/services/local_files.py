"""Files Editorial keeps on this computer beside a library: the journal of text the
library could not take, and the state of the window's session.

Each library gets its own file, named after a digest of its location (the location itself
may be a URL or a path with characters no file name can hold). Files are replaced whole
through a temporary file that is flushed to the disk first, so a crash or a power cut
leaves either the old file or the new one, never half of one. They are readable by their
owner only: a story in progress is nobody else's business.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from editorial.user_folders import user_folder

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def state_dir() -> Path:
    """The user's state folder (`$XDG_STATE_HOME/editorial`): what the app was doing."""
    return user_folder("state")


def library_file_name(location: str, suffix: str) -> str:
    """A file name that stands for one library: its name's stem (for people looking at the
    folder) and a digest of the whole location (two libraries never share a file)."""
    digest = hashlib.sha256(location.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in Path(location).stem)[:40]
    return f"{stem or 'library'}-{digest}{suffix}"


def write_atomically(path: Path, data: bytes) -> None:
    """Replace the file at `path` with `data`, durably: written to a temporary file beside
    it, synced, renamed over it, and the folder synced. Raises OSError (a full disk, a
    read-only folder); the old file is then left as it was."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (where the system lets a folder be synced)."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(descriptor)


def remove_file(path: Path) -> None:
    """Delete the file if it is there, durably."""
    try:
        path.unlink()
    except FileNotFoundError:
        return
    sync_folder(path.parent)
