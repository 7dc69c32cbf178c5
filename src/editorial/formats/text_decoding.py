"""Bytes of an import file to text: UTF-8 (with or without a byte-order mark), UTF-16 or
UTF-32 with one, else a legacy encoding charset-normalizer can tell with confidence.

A file that is UTF-8 but for a few stray bytes (one `é` saved in Latin-1 into an UTF-8
file) stays UTF-8: each stray byte is read as Windows-1252 (Latin-1 where Windows-1252
has no character), with a warning naming its line, rather than the whole file being read
as another encoding and every accented letter turned to mojibake.
"""

from __future__ import annotations

import codecs
import os
import re

from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.formats.errors import FormatError, problem, words

SNIFF_BYTES = 64 * 1024
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
_MAGIC = (
    (b"%PDF", QT_TRANSLATE_NOOP("ImportErrors", "a PDF document")),
    (b"PK\x03\x04",
     QT_TRANSLATE_NOOP("ImportErrors", "a ZIP archive (or a Word or OpenDocument file)")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("ImportErrors", "an old Microsoft Office document")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("ImportErrors", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("ImportErrors", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("ImportErrors", "a GIF image")),
    (b"RIFF", QT_TRANSLATE_NOOP("ImportErrors", "a media file")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("ImportErrors", "a gzip archive")),
    (b"BZh", QT_TRANSLATE_NOOP("ImportErrors", "a bzip2 archive")),
    (b"\xfd7zXZ", QT_TRANSLATE_NOOP("ImportErrors", "an xz archive")),
    (b"7z\xbc\xaf", QT_TRANSLATE_NOOP("ImportErrors", "a 7-Zip archive")),
    (b"Rar!", QT_TRANSLATE_NOOP("ImportErrors", "a RAR archive")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("ImportErrors", "a program")),
    (b"MZ", QT_TRANSLATE_NOOP("ImportErrors", "a Windows program")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("ImportErrors", "an SQLite database")),
    (b"ID3", QT_TRANSLATE_NOOP("ImportErrors", "an MP3 file")),
    (b"%!PS", QT_TRANSLATE_NOOP("ImportErrors", "a PostScript document")),
)  # fmt: skip
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
# What `surrogateescape` makes of a byte that is not UTF-8.
_STRAY = re.compile("[\udc80-\udcff]")
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")
_WARNED_LINES = 5
_FEW_STRAYS = 3  # or a tenth of the characters written as UTF-8, when that is more


def decode_text(
    data: bytes,
    path: str | os.PathLike[str] | None = None,
    *,
    partial: bool = False,
    warnings: list[str] | None = None,
) -> str:
    """The text of `data`. `partial` allows a character cut at the end (a sample);
    `warnings` receives a line for each stray byte read as Windows-1252. Raises
    `FormatError` for binary data or an encoding that cannot be told."""
    refuse_binary(data, path)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding, errors="ignore" if partial else "strict")
            except UnicodeDecodeError:
                raise FormatError(path, problem(QT_TRANSLATE_NOOP(
                    "ImportErrors", "the text is not valid {encoding}"
                ), encoding=encoding.upper())) from None  # fmt: skip
            return _clean(text, path)
    try:
        return _clean(data.decode("utf-8"), path)
    except UnicodeDecodeError as error:
        if partial and error.start >= len(data) - 3:
            return _clean(data[: error.start].decode("utf-8"), path)
    mended = _mostly_utf8(data, partial, warnings)
    if mended is not None:
        return _clean(mended, path)
    return _clean(_guess(data, path), path)


def refuse_binary(data: bytes, path: str | os.PathLike[str] | None) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise FormatError(path, problem(QT_TRANSLATE_NOOP(
                "ImportErrors", "this is {kind}, not text; import takes web copy, ninjs or Markdown"
            ), kind=words(kind)))  # fmt: skip
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample and not sample.startswith(tuple(bom for bom, _ in BOMS)):
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "this is a binary file, not text (it holds NUL bytes)"
        )))  # fmt: skip


def _mostly_utf8(data: bytes, partial: bool, warnings: list[str] | None) -> str | None:
    """The text as UTF-8 with its stray bytes read as Windows-1252, when the file is
    plainly UTF-8: it has characters written as UTF-8, and only a few stray bytes (at
    most three, or a tenth as many as those characters). None when it is better read
    whole in another encoding."""
    text = data.decode("utf-8", errors="surrogateescape")
    if partial:
        cut = len(text)
        while cut > 0 and cut > len(text) - 3 and _STRAY.match(text, cut - 1):
            cut -= 1
        text = text[:cut]
    return _mend(text, 1, warnings)


def mend_utf8_line(raw: bytes, number: int, warnings: list[str] | None) -> str | None:
    """Line `number` of a stream that must be UTF-8 (JSON Lines) with its few stray
    bytes read as Windows-1252 and named; None when it has more than a few."""
    return _mend(raw.decode("utf-8", errors="surrogateescape"), number, warnings)


def _mend(text: str, first_line: int, warnings: list[str] | None) -> str | None:
    strays = _STRAY.findall(text)
    if not strays:
        return text
    if len(strays) > max(_FEW_STRAYS, len(_MULTIBYTE.findall(text)) // 10):
        return None
    if warnings is not None:
        _warn_strays(text, warnings, first_line)
    return _STRAY.sub(_as_windows_1252, text)


def _warn_strays(text: str, warnings: list[str], first_line: int) -> None:
    lines: dict[int, list[str]] = {}
    line, counted_to = first_line, 0
    for match in _STRAY.finditer(text):
        line += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        lines.setdefault(line, []).append(_as_windows_1252(match))
    for number, chars in list(lines.items())[:_WARNED_LINES]:
        what = "a byte that is" if len(chars) == 1 else f"{len(chars)} bytes that are"
        what += " not UTF-8 " + ("was" if len(chars) == 1 else "were")
        shown = "".join(chars[:10]).translate(_VISIBLE_C1)
        warnings.append(f"line {number}: {what} read as Latin-1 ({shown})")
    if len(lines) > _WARNED_LINES:
        warnings.append(f"and on {len(lines) - _WARNED_LINES} more lines: bytes that are "
                        "not UTF-8 read as Latin-1")  # fmt: skip


# Latin-1 reads 0x80-0x9f as invisible controls; a warning shows them as code points.
_VISIBLE_C1 = {code: f"U+{code:04X}" for code in range(0x80, 0xA0)}


def _as_windows_1252(match: re.Match[str]) -> str:
    byte = bytes([ord(match.group()) - 0xDC00])
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: no Windows-1252 character
        return byte.decode("latin-1")


def _guess(data: bytes, path: str | os.PathLike[str] | None) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # Coherence is how much the decoded text reads like a language; near zero it is a
    # guess no editor should get.
    if best is None or best.coherence < 0.05:
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors",
            "the text is in an unknown encoding (not UTF-8, and not a legacy encoding that "
            "can be told); save it as UTF-8",
        )))  # fmt: skip
    return str(best)


def _clean(text: str, path: str | os.PathLike[str] | None) -> str:
    """Refuse text that is more than a little control characters (binary data that
    happened to decode)."""
    sample = text[:SNIFF_BYTES]
    controls = len(_CONTROLS.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise FormatError(path, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "this is a binary file, not text"
        )))  # fmt: skip
    return text
