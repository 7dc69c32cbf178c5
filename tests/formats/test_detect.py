"""read_file: formats told apart, text decoded robustly, bad files refused with a message
that names the file and the problem; export_story for each export format."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import random
from pathlib import Path

import pytest

from editorial.domain.dateline import Dateline
from editorial.domain.story import Story
from editorial.formats import (
    MAX_TEXT_FILE_BYTES,
    FormatError,
    decode_text,
    detect_format,
    export_story,
    read_file,
    story_from_markdown,
    story_from_ninjs,
)
from editorial.formats.ninjs_export import dumps_ninjs
from tests.formats.conftest import (
    NINJS_EXAMPLES,
    SAMPLE_REFERENCE,
    SAMPLE_WEB_COPY,
    assert_valid_ninjs_22,
)

# Compressed or random data without NUL bytes or a known signature.
NOISE = random.Random(7).randbytes(4096).replace(b"\x00", b"\x01")
HEADLINE = "Russia urges resumption of dialogue with NATO, alliance wary"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    file = folder / name
    file.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return file


def story() -> Story:
    return Story(
        uri="urn:newsml:ria.ru:20081118:1",
        headline="Talks resume",
        dateline=Dateline(city="Ankara", country="Turkey", date=dt.date(2008, 11, 18),
                          source="RIA Novosti"),
        lede="Talks resumed on Tuesday.",
        body="More follows.",
        created_at=dt.datetime(2008, 11, 18, 9, tzinfo=dt.UTC),
    )  # fmt: skip


@pytest.mark.parametrize("name", ["copy.txt", "copy", "copy.clip"])
def test_web_copy_by_extension_or_content(tmp_path: Path, name: str) -> None:
    file = write(tmp_path, name, SAMPLE_WEB_COPY.read_bytes())
    [found] = read_file(file, reference=SAMPLE_REFERENCE).stories
    assert found.headline == HEADLINE
    assert found.dateline.city == "Ankara"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE)],
)  # fmt: skip
def test_unicode_encodings_with_byte_order_marks(
    tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    text = SAMPLE_WEB_COPY.read_text(encoding="utf-8")
    file = write(tmp_path, "copy.txt", prefix + text.encode(encoding))
    [found] = read_file(file, reference=SAMPLE_REFERENCE).stories
    assert found.headline == HEADLINE
    assert found.body.endswith('considered legal," he said.')


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_legacy_cyrillic_encodings_are_told(tmp_path: Path, encoding: str) -> None:
    text = (
        "Медведев прибыл в Вашингтон на саммит\n\n"
        "МОСКВА, 14 ноября (РИА Новости) - Президент России Дмитрий Медведев прибыл в "
        'Вашингтон, где примет участие в саммите "большой двадцатки", сообщил источник.\n\n'
        "Саммит продлится два дня, в нем примут участие лидеры крупнейших экономик мира.\n"
    )
    file = write(tmp_path, "copy.txt", text.encode(encoding))
    [found] = read_file(file, reference=dt.datetime(2008, 11, 14, tzinfo=dt.UTC)).stories
    assert found.headline == "Медведев прибыл в Вашингтон на саммит"
    assert found.dateline.source == "РИА Новости"
    assert found.dateline.date == dt.date(2008, 11, 14)
    assert found.language == "ru"


def test_ninjs_json_document_and_array(tmp_path: Path) -> None:
    single = write(
        tmp_path, "item.json", (NINJS_EXAMPLES / "2.1_ninjsExSimpleText_2.json").read_bytes()
    )
    assert [s.headline for s in read_file(single).stories] == [
        "Captain of wrecked cruise ship on trial in Italy"
    ]
    array = write(tmp_path, "items", json.dumps([json.loads(dumps_ninjs(story()))] * 2))
    assert len(read_file(array).stories) == 2


def test_ninjs_json_lines_by_extension_or_content(tmp_path: Path) -> None:
    line = dumps_ninjs(story(), indent=None)
    for name in ("wire.jsonl", "wire.ndjson", "wire.json", "wire.feed"):
        file = write(tmp_path, name, f"{line}\n{line}\n\n{line}\n")
        found = read_file(file).stories
        assert len(found) == 3 and all(s.same_content(story()) for s in found), name


def test_markdown_by_extension_or_content(tmp_path: Path) -> None:
    document = export_story(story(), "markdown")
    for name in ("story.md", "story.markdown", "story.note"):
        [found] = read_file(write(tmp_path, name, document)).stories
        assert found.same_content(story()), name


def test_forced_format_overrides_the_extension(tmp_path: Path) -> None:
    file = write(tmp_path, "story.txt", export_story(story(), "markdown"))
    [found] = read_file(file, "markdown").stories
    assert found.headline == "Talks resume"
    copy = write(tmp_path, "copy.md", SAMPLE_WEB_COPY.read_bytes())
    [as_web] = read_file(copy, "web", reference=SAMPLE_REFERENCE).stories
    assert as_web.headline == HEADLINE


def test_malformed_json_line_names_file_and_line_and_imports_nothing(tmp_path: Path) -> None:
    line = dumps_ninjs(story(), indent=None)
    file = write(tmp_path, "wire.jsonl", f"{line}\n{line}\n{line[:-5]}\n{line}\n")
    with pytest.raises(FormatError) as raised:
        read_file(file)
    assert str(raised.value).startswith(f"{file}: line 3: malformed JSON")


def test_malformed_json_document(tmp_path: Path) -> None:
    file = write(tmp_path, "item.json", '{\n  "uri": "x:1",\n  "headline": "x",,\n}')
    with pytest.raises(FormatError, match=r"item\.json: line 3: malformed JSON"):
        read_file(file)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this is a PDF document, not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"\x1f\x8b\x08\x00" + NOISE[:64], "a gzip archive"),
        (b"some text\x00\x00\x01\x02 and more", "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
        (NOISE, r"binary file|unknown encoding"),
        ("Привет".encode("cp1251"), "unknown encoding"),
        (b"", "the file is empty"),
    ],
)  # fmt: skip
def test_bad_files_are_refused_naming_the_file(tmp_path: Path, data: bytes, message: str) -> None:
    file = write(tmp_path, "upload.txt", data)
    with pytest.raises(FormatError, match=message) as raised:
        read_file(file)
    assert str(raised.value).startswith(f"{file}: ")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no such file"):
        read_file(tmp_path / "nothing.txt")
    with pytest.raises(FormatError, match="this is a folder, not a file"):
        read_file(tmp_path)


def test_saved_page_is_read_as_a_story_and_xml_is_refused_with_advice(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Site</title></head><body><nav><a>Home</a>"
        "<a>World</a></nav><article><h1>Harbour reopens after storm</h1><p>The port of "
        "Valletta reopened on Monday after three days of storms, the authority said.</p>"
        "<p>Ferries to Gozo run again.</p></article><footer>© 2026 Site</footer></body></html>"
    )
    for name in ("page.htm", "page.dat"):  # by its extension, and by its first characters
        read = read_file(write(tmp_path, name, page))
        assert read.stories[0].headline == "Harbour reopens after storm"
        assert read.stories[0].body == "Ferries to Gozo run again."
        removed = [line.text for line in read.removed[0]]
        assert "© 2026 Site" in removed and "Home" in " ".join(removed)
    empty = write(tmp_path, "empty.html", "<!DOCTYPE html><html><body><p>x</p></body></html>")
    with pytest.raises(FormatError, match="no story found"):
        read_file(empty)
    xml = write(tmp_path, "feed.dat", '<?xml version="1.0"?><rss><item/></rss>')
    with pytest.raises(FormatError, match="looks like an XML file"):
        read_file(xml)


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    file = tmp_path / "huge.txt"
    with file.open("wb") as handle:  # sparse: no 16 MB written
        handle.write(b"Headline here\n\nSome text.\n")
        handle.truncate(MAX_TEXT_FILE_BYTES + 1)
    with pytest.raises(
        FormatError, match=r"the file is 16\.0 MB; the largest web file imported is 16\.0 MB"
    ):
        read_file(file)


def test_web_copy_over_the_paste_limit_names_the_file(tmp_path: Path) -> None:
    file = write(tmp_path, "long.txt", "Word of copy. " * 50_000)
    with pytest.raises(FormatError, match=r"long\.txt: the text is 700,000 characters long"):
        read_file(file)


def test_text_without_any_story(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no story found"):
        read_file(write(tmp_path, "chrome.txt", "Subscribe\nShare\n0\n"))


def test_unknown_format_name(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="unknown import format"):
        read_file(write(tmp_path, "x.txt", "x"), "pdf")  # type: ignore[arg-type]
    with pytest.raises(FormatError, match="unknown export format"):
        export_story(story(), "pdf")  # type: ignore[arg-type]


def test_detect_format() -> None:
    assert detect_format("a.jsonl", "") == ("ninjs", True)
    assert detect_format("a.json", '{"uri": "x:1"}') == ("ninjs", False)
    assert detect_format("a", '{"uri": "x:1"}\n{"uri": "x:2"}\n') == ("ninjs", True)
    assert detect_format("a", "[{}]") == ("ninjs", False)
    assert detect_format("a", "---\nheadline: x\n---\n") == ("markdown", False)
    assert detect_format("a.md", "Plain") == ("markdown", False)
    assert detect_format("a.dat", "Headline\n\nCopy.") == ("web", False)


def test_decode_text_partial_sample_cut_inside_a_character() -> None:
    data = "Москва".encode()
    assert decode_text(data[:-1], partial=True) == "Моск" + "в"
    with pytest.raises(FormatError, match=r"unknown encoding|binary"):
        decode_text(data[:-1] + b"\xff\xfe\xfd")


def test_export_story_formats() -> None:
    item = json.loads(export_story(story(), "ninjs"))
    assert_valid_ninjs_22(item)
    assert story_from_ninjs(item).same_content(story())
    assert story_from_markdown(export_story(story(), "markdown")).same_content(story())
    page = export_story(story().edited(language="ar"), "html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    assert '<meta charset="utf-8">' in page and "<title>Talks resume</title>" in page
    assert '<span class="dateline">ANKARA, November 18 (RIA Novosti) -</span>' in page
    assert '<h1 class="headline">Talks resume</h1>' in page
