"""Copy as stringers file it: a Word document, an OpenDocument text and an e-mail are
read into the story an editor would type, with what was left out listed; a file that is
not what its name says gets one line saying so."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from editorial.formats.detect import read_file
from editorial.formats.errors import FormatError

REFERENCE = dt.datetime(2026, 3, 10, tzinfo=dt.UTC)
HEADLINE = "Harbour reopens after three days of storms"
LEDE_LINE = (
    "VALLETTA, March 3 (Reuters) - Malta reopened its main harbour on Monday after three "
    "days of storms that stranded ferries, the transport authority said."
)
BODY = "Ferries to Gozo resumed at noon, the operator said."
COPY = [HEADLINE, "By Jane Doe", LEDE_LINE, BODY, "Sent from my phone"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(paragraphs: list[str]) -> bytes:
    """A minimal Word document, as Word's own package would hold it."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
            '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>{body}'
            "</w:body></w:document>"
        ),
    }
    return _zip(files)


def odt(paragraphs: list[str]) -> bytes:
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    blocks = f"<text:h>{escape(paragraphs[0])}</text:h>" + "".join(
        f"<text:p>{escape(p)}</text:p>" for p in paragraphs[1:]
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}" '
        f'xmlns:text="{text}"><office:body><office:text>{blocks}</office:text></office:body>'
        "</office:document-content>"
    )
    return _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content})


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_a_document_becomes_the_story_with_what_was_left_out(tmp_path: Path, suffix: str) -> None:
    file = tmp_path / f"story{suffix}"
    file.write_bytes(docx(COPY) if suffix == ".docx" else odt(COPY))
    read = read_file(file, reference=REFERENCE)
    story = read.stories[0]
    assert story.headline == HEADLINE
    assert [b.name for b in story.bylines] == ["Jane Doe"]
    assert (story.dateline.city, story.dateline.source) == ("Valletta", "Reuters")
    assert story.lede.startswith("Malta reopened its main harbour")
    assert story.body == BODY
    assert [(line.text, line.reason) for line in read.removed[0]] == [
        ("Sent from my phone", "after the story's last sentence")
    ]


def email(body: str, *, subject: str = "Fwd: Harbour storm", attach: bool = True) -> bytes:
    message = EmailMessage()
    message["From"] = "Jane Doe <jane@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = subject
    message.set_content(body)
    if attach:
        message.add_attachment(b"\xff\xd8jpeg" * 100, maintype="image", subtype="jpeg",
                               filename="harbour.jpg")  # fmt: skip
    return bytes(message)


def test_an_email_body_is_the_story_the_sender_a_byline_and_attachments_listed(
    tmp_path: Path,
) -> None:
    file = tmp_path / "filed.eml"
    file.write_bytes(email(f"{LEDE_LINE}\n\n{BODY}\n\nThanks,\nJane\n"))
    read = read_file(file, reference=REFERENCE)
    story = read.stories[0]
    assert story.headline == "Harbour storm"  # the subject, when the body has no headline
    assert [b.name for b in story.bylines] == ["Jane Doe"]
    assert story.lede.startswith("Malta reopened") and story.body == BODY
    assert any("sender" in warning and "Jane Doe" in warning for warning in read.warnings)
    assert any("attachment not imported: harbour.jpg (image/jpeg" in w for w in read.warnings)
    assert [line.text for line in read.removed[0]] == ["Thanks,", "Jane"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("broken.docx", b"PK\x03\x04 no zip", "not a Word document (.docx): the file is not a zip"),
        ("notes.docx", _zip({"notes.txt": "x"}), "holds no word/document.xml"),
        ("broken.odt", b"plain text", "not an OpenDocument text (.odt): the file is not a zip"),
        ("bad.odt", _zip({"content.xml": "<office:document"}), "this OpenDocument text is damaged"),
        ("empty-body.eml", email("   ", attach=False), "the e-mail has no text in its body"),
        ("not-mail.eml", b"just some words\nand more\n", "this is not an e-mail message"),
    ],
    # Named by the file: the zips' bytes hold the time they were made, and the parallel
    # run's workers must collect the same names.
    ids=["broken.docx", "notes.docx", "broken.odt", "bad.odt", "empty-body.eml", "not-mail.eml"],
)  # fmt: skip
def test_a_bad_file_gets_one_clear_line(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    file = tmp_path / name
    file.write_bytes(data)
    with pytest.raises(FormatError) as raised:
        read_file(file)
    text = str(raised.value)
    assert message in text and str(file) in text and "\n" not in text


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b" " * (40 * 1024 * 1024))
    file = tmp_path / "bomb.docx"
    file.write_bytes(buffer.getvalue())
    assert file.stat().st_size < 1024 * 1024
    with pytest.raises(FormatError, match=r"unpacks to 40\.0 MB"):
        read_file(file)
