"""Copy as stringers file it: Word documents (`.docx`), OpenDocument text (`.odt`) and
e-mails (`.eml`), each read into the same structuring as pasted web copy, with the same
report of the lines left out.

- `.docx` goes through mammoth (BSD, maintained; pure Python) to HTML, whose paragraphs
  and headings are the copy.
- `.odt` is a zip whose `content.xml` holds the paragraphs (`text:p`) and headings
  (`text:h`); it is read with lxml, entities and network off (odfpy, the library for
  the format, has had no release since 2020).
- `.eml`: the message's body (its plain text, else its HTML) is the story; the subject
  is the headline when the body has none; the sender's name is suggested as the byline
  when the copy names none; each attachment is listed (it is not imported).

A file that is not what its name says (a `.docx` that is no zip, a zip without a
document) is a `FormatError` with one line saying so. Each part of a zip is checked for
its unpacked size before it is read, so a zip bomb costs nothing.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Collection
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from typing import TYPE_CHECKING

from editorial.domain.byline import Byline
from editorial.domain.house_style_model import HouseStyle
from editorial.domain.removed_copy import StoryReading
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.formats.errors import DEFAULT_AGENCY_DOMAIN, FormatError, problem, words
from editorial.formats.html_to_markdown import plain_paragraphs
from editorial.formats.wire_text import MAX_WEB_COPY_CHARS, read_web_copy

if TYPE_CHECKING:
    from editorial.domain.gazetteer import Gazetteer

DOCUMENT_FORMATS = ("docx", "odt", "eml")
MAX_DOCUMENT_FILE_BYTES = 64 * 1024 * 1024
"""A document with its pictures; the text inside is held to a story's length."""
MAX_UNPACKED_PART_BYTES = 32 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def read_document(
    data: bytes,
    kind: str,
    *,
    warnings: list[str],
    reference: dt.datetime | None = None,
    agency_domain: str = DEFAULT_AGENCY_DOMAIN,
    gazetteer: Gazetteer | Callable[[], Gazetteer | None] | None = None,
    styles: Collection[HouseStyle] = (),
) -> StoryReading:
    """The story in a `.docx`, `.odt` or `.eml` file's bytes (`kind`: one of
    `DOCUMENT_FORMATS`); what the file holds that is not imported goes to `warnings`.
    Raises `FormatError` (without a path: the caller names the file)."""
    headline_hint, byline_hint = "", ""
    if kind == "docx":
        text = _docx_text(data, warnings)
    elif kind == "odt":
        text = _odt_text(data)
    else:
        text, headline_hint, byline_hint = _email_text(data, warnings)
    if len(text) > MAX_WEB_COPY_CHARS:
        raise FormatError(None, problem(QT_TRANSLATE_NOOP(
            "ImportErrors",
            "the document's text is {length} characters long; a story is at most {limit}",
        ), length=len(text), limit=MAX_WEB_COPY_CHARS))  # fmt: skip
    reading = read_web_copy(text, reference=reference, agency_domain=agency_domain,
                            gazetteer=gazetteer, styles=styles)  # fmt: skip
    story = reading.story
    if headline_hint and not story.headline:
        story = story.edited(headline=headline_hint)
    if byline_hint and not story.bylines:
        story = story.edited(bylines=(Byline(name=byline_hint),))
        warnings.append(f"the byline “{byline_hint}” is the sender's name: check it")
    return StoryReading(story, reading.removed)


def _docx_text(data: bytes, warnings: list[str]) -> str:
    archive = _zip(data, WORD_DOCUMENT)
    _part_size(archive, "word/document.xml", WORD_DOCUMENT)
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise FormatError(None, f"the document unpacks to {_size(unpacked)}; the largest "
                          f"read is {_size(MAX_UNPACKED_BYTES)}")  # fmt: skip
    import mammoth

    # Pictures are not copy: never unpacked (mammoth would inline each one as base64).
    no_pictures = mammoth.images.img_element(lambda image: {})
    try:
        result = mammoth.convert_to_html(io.BytesIO(data), convert_image=no_pictures)
    except Exception as error:  # mammoth's own complaints about a broken document
        raise FormatError(None, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "this Word document cannot be read ({detail})"
        ), detail=str(error))) from None  # fmt: skip
    dropped = sum(1 for message in result.messages if message.type == "warning")
    if dropped:
        warnings.append(f"{dropped} piece{'s' * (dropped != 1)} of Word formatting "
                        "could not be kept (the text is)")  # fmt: skip
    return plain_paragraphs(result.value)


def _odt_text(data: bytes) -> str:
    archive = _zip(data, OPEN_DOCUMENT)
    content = _part_size(archive, "content.xml", OPEN_DOCUMENT)
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(archive.read(content), parser)
    except etree.XMLSyntaxError as error:
        raise FormatError(None, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "this OpenDocument text is damaged ({detail})"
        ), detail=str(error))) from None  # fmt: skip
    blocks = root.iter(f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h")
    lines = (" ".join("".join(block.itertext()).split()) for block in blocks)
    return "\n\n".join(line for line in lines if line)


def _email_text(data: bytes, warnings: list[str]) -> tuple[str, str, str]:
    """(body, subject, sender's name) of a message; its attachments named in warnings."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage) or not (message["From"] or message["Subject"]):
        raise FormatError(None, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "this is not an e-mail message (no sender, no subject)"
        )))  # fmt: skip
    body_part = message.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        try:
            content = body_part.get_content()
        except (LookupError, UnicodeError, AssertionError):
            content = body_part.get_payload(decode=True) or b""
            content = content.decode("utf-8", errors="replace")  # type: ignore[union-attr]
        body = str(content)
        if body_part.get_content_subtype() == "html":
            body = plain_paragraphs(body)
    for attachment in message.iter_attachments():
        name = attachment.get_filename() or "unnamed"
        size = len(attachment.get_payload(decode=True) or b"")
        warnings.append(f"attachment not imported: {name} ({attachment.get_content_type()}, "
                        f"{_size(size)})")  # fmt: skip
    if not body.strip():
        raise FormatError(None, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "the e-mail has no text in its body"
        )))  # fmt: skip
    subject = " ".join(str(message["Subject"] or "").split())
    while subject[:4].casefold() in ("re: ", "fw: ") or subject[:5].casefold() == "fwd: ":
        subject = subject.split(":", 1)[1].strip()
    sender = " ".join(parseaddr(str(message["From"] or ""))[0].split())
    return body, subject, sender


WORD_DOCUMENT = QT_TRANSLATE_NOOP("ImportErrors", "a Word document (.docx)")
OPEN_DOCUMENT = QT_TRANSLATE_NOOP("ImportErrors", "an OpenDocument text (.odt)")


def _zip(data: bytes, kind: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FormatError(None, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "this is not {kind}: the file is not a zip archive"
        ), kind=words(kind))) from None  # fmt: skip


def _part_size(archive: zipfile.ZipFile, name: str, kind: str) -> str:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise FormatError(None, problem(QT_TRANSLATE_NOOP(
            "ImportErrors", "this is not {kind}: it holds no {name}"
        ), kind=words(kind), name=name)) from None  # fmt: skip
    if info.file_size > MAX_UNPACKED_PART_BYTES:
        raise FormatError(None, f"the document's {name} unpacks to {_size(info.file_size)}; "
                          f"the largest read is {_size(MAX_UNPACKED_PART_BYTES)}")  # fmt: skip
    return name


def _size(count: int) -> str:
    return f"{count / 1024:,.0f} KB" if count < 1024 * 1024 else f"{count / 1048576:,.1f} MB"
