"""Why a library cannot be opened or written, in words an editor can act on: the English
the command line prints, made from templates marked for translation (context
"LibraryErrors") with their values kept, so the window can say it in its own language.

Storage raises them as `LibraryError`s (`LibraryNotWritable.saying(not_writable(path))`);
an operating system's or a database's own words (`detail`) stay as they are.
"""

from __future__ import annotations

from editorial.domain.translatable import QT_TRANSLATE_NOOP, Message, said


def _said(template: str, **arguments: str) -> Message:
    return said(template, arguments, "LibraryErrors")


def not_writable(location: str) -> Message:
    """The one wording of a library that cannot be written, at open or at a write."""
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "The library {location} cannot be written (check its permissions). Nothing was changed.",
    ), location=location)  # fmt: skip


def older_and_not_writable(location: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "The library {location} cannot be written, and it was made by an older Editorial: "
        "it must be upgraded once, which writes it. Open it where it can be written. "
        "Nothing was changed.",
    ), location=location)  # fmt: skip


def cannot_be_written(location: str, detail: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP("LibraryErrors", "The library {location} cannot be written ({detail})."),
        location=location, detail=detail,
    )  # fmt: skip


def could_not_write(location: str, detail: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "The library {location} could not be written: {detail}.",
    ), location=location, detail=detail)  # fmt: skip


def busy(location: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "The library {location} is busy: another program is writing to it; try again.",
    ), location=location)  # fmt: skip


def damaged(location: str, detail: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "The library {location} is damaged ({detail}); Editorial will not write to it. "
        "Recover what it holds with `sqlite3 {location} .recover | sqlite3 recovered.sqlite` "
        "and open the recovered copy, or restore a backup.",
    ), location=location, detail=detail)  # fmt: skip


def failed(location: str, detail: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP("LibraryErrors", "The library {location} failed: {detail}"),
        location=location, detail=detail,
    )  # fmt: skip


def unknown_database(location: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "Cannot open the library {location}: Editorial does not know that kind of "
        "database; give a file path, or an sqlite:// or postgresql:// URL.",
    ), location=location)  # fmt: skip


def driver_missing(location: str, detail: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "Cannot open the library {location}: the database driver it needs is not "
        "installed ({detail}).",
    ), location=location, detail=detail)  # fmt: skip


def path_through_a_file(location: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "Cannot open a library at {location}: part of that path is a file, not a folder.",
    ), location=location)  # fmt: skip


def cannot_open(location: str, detail: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP("LibraryErrors", "Cannot open the library {location}: {detail}."),
        location=location, detail=detail,
    )  # fmt: skip


def cannot_read(location: str, detail: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP("LibraryErrors", "Cannot read the library {location}: {detail}."),
        location=location, detail=detail,
    )  # fmt: skip


def a_folder(location: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "{location} is a folder, not an Editorial library file.",
    ), location=location)  # fmt: skip


def not_a_file(location: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "{location} is not an Editorial library (it is not a regular file but a pipe, device "
        "or socket). It was left untouched.",
    ), location=location)  # fmt: skip


def not_sqlite(location: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "{location} is not an Editorial library (it is not an SQLite database). "
        "Choose another file; this one was left untouched.",
    ), location=location)  # fmt: skip


def empty_file(location: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "There is no library at {location} yet (the file is empty).",
    ), location=location)  # fmt: skip


def no_library(location: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP("LibraryErrors", "There is no library at {location}."),
        location=location,
    )  # fmt: skip


def no_folder(location: str, folder: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors", "Cannot open a library at {location}: the folder {folder} does not exist."
    ), location=location, folder=folder)  # fmt: skip


def folder_not_writable(location: str, folder: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "Cannot create a library at {location}: the folder {folder} is not writable.",
    ), location=location, folder=folder)  # fmt: skip


def data_folder_not_made(folder: str, detail: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP("LibraryErrors", "Cannot create the data folder {folder}: {detail}."),
        folder=folder, detail=detail,
    )  # fmt: skip


def lacks_tables(location: str, missing: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "{location} looks like an Editorial library but lacks its tables ({missing}). "
        "It was left untouched.",
    ), location=location, missing=missing)  # fmt: skip


def too_new(location: str, revision: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "The library {location} was written by a newer version of Editorial "
        "(schema {revision}). Update Editorial to open it; the library was left untouched.",
    ), location=location, revision=revision)  # fmt: skip


def another_programs(location: str, tables: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "{location} is not an Editorial library: it is another program's database (tables: "
        "{tables}). It was left untouched.",
    ), location=location, tables=tables)  # fmt: skip


def not_usable(location: str, detail: str) -> Message:
    return _said(QT_TRANSLATE_NOOP(
        "LibraryErrors",
        "{location} is not a usable Editorial library ({detail}). It was left untouched.",
    ), location=location, detail=detail)  # fmt: skip
