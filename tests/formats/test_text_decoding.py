"""A file that is UTF-8 but for a few stray bytes stays UTF-8: the stray bytes are read
as Windows-1252 (Latin-1 where it has no character) and each line with one is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorial.formats.detect import read_file
from editorial.formats.errors import FormatError
from editorial.formats.text_decoding import decode_text


def test_one_stray_latin1_byte_in_utf8_text_keeps_the_rest_utf8() -> None:
    data = "Le café est ouvert.\nLa crème.\n".encode() + b"Na\xefve fa\xe7ade.\n"
    warnings: list[str] = []
    text = decode_text(data, warnings=warnings)
    assert text == "Le café est ouvert.\nLa crème.\nNaïve façade.\n"
    assert warnings == ["line 3: 2 bytes that are not UTF-8 were read as Latin-1 (ïç)"]


def test_windows_1252_punctuation_and_bytes_it_lacks() -> None:
    data = "Déjà vu: ".encode() + b"\x93quoted\x94 \x81\n"
    warnings: list[str] = []
    assert decode_text(data, warnings=warnings) == "Déjà vu: “quoted” \x81\n"
    assert warnings == ["line 1: 3 bytes that are not UTF-8 were read as Latin-1 (“”U+0081)"]


def test_only_the_first_lines_are_named() -> None:
    data = "Zoë\n".encode() * 80 + b"caf\xe9\n" * 7
    warnings: list[str] = []
    text = decode_text(data, warnings=warnings)
    assert text.endswith("café\n" * 7)
    assert warnings[0] == "line 81: a byte that is not UTF-8 was read as Latin-1 (é)"
    assert len(warnings) == 6 and warnings[-1].startswith("and on 2 more lines")


def test_more_than_a_few_stray_bytes_are_not_taken_for_utf8() -> None:
    """Stray bytes must be few (three, or a tenth of the UTF-8 characters): otherwise
    the file is judged whole, as before (here: refused)."""
    data = "Москва".encode()[:-1] + b"\xff\xfe\xfd"
    with pytest.raises(FormatError, match=r"unknown encoding|binary"):
        decode_text(data)


def test_json_lines_with_a_stray_byte_keep_the_line_and_name_it(tmp_path: Path) -> None:
    lines = [b'{"headline": "Caf\xc3\xa9 opens"}', b'{"headline": "Caf\xe9 closes"}']
    file = tmp_path / "wire.jsonl"
    file.write_bytes(b"\n".join(lines) + b"\n")
    result = read_file(file)
    assert [s.headline for s in result.stories] == ["Café opens", "Café closes"]
    assert result.warnings == ("line 2: a byte that is not UTF-8 was read as Latin-1 (é)",)
    file.write_bytes(lines[0] + b"\n" + b'{"headline": "\xff\xfe\xfd\xfc"}\n')
    with pytest.raises(FormatError, match=r"not UTF-8|unknown encoding"):
        read_file(file)
