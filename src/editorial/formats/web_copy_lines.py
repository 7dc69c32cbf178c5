"""The paragraphs of web copy and what each looks like on its own: furniture (and why),
in another script, a title, a sentence. `wire_text` decides from these where the story
is; every pattern here is bounded or linear in the length of the text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.formats.scripts import in_other_script
from editorial.formats.site_chrome import chrome_reason, is_section_name

HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 250
LEDE_MIN_WORDS = 6
STANDFIRST_MIN_WORDS = 13
"""A title-like line this long under a shorter one is the page's standfirst (its
summary, often without a closing period), not the headline."""

FOREIGN = QT_TRANSLATE_NOOP("RemovedCopy", "interface text in another script")
NO_WORDS = QT_TRANSLATE_NOOP("RemovedCopy", "no words")

# Full stops of the scripts written without spaces too (。！？), and the closing quotes
# and brackets that may follow them (」』）).
SENTENCE_END = re.compile(r"[.!?…。！？](?:[\"'”’»)\]」』）]*)$")
# Letters of scripts written without spaces between words (Chinese, Japanese, Thai):
# two of them count as a word, so that a headline or a sentence in them is measured
# as one in a spaced script is.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_CREDIT_LINE = re.compile(
    r"^\((?:additional )?(?:reporting|writing|editing|compiled|translated)\b.*\)$", re.I
)
BYLINE = re.compile(r"^by\s+(?P<names>\S.{0,150})$", re.I)
# A byline in the page's language (`Par Jeanne Martin`, `Por Maria Souza, g1 — São
# Paulo`, `Von Anna Müller`), read only where a name in capitals follows and the line
# is no sentence (`Di Maio ha detto.` is copy).
LOCAL_BYLINE = re.compile(
    r"^(?:par|von|por|di|автор|авторы|текст):?\s+(?P<names>[^\W\d_].{0,150})$", re.I
)
_BYLINE_WORD = re.compile(r"(?:by|par|von|por|di|автор|авторы|текст):?\s+", re.IGNORECASE)
_ALNUM = re.compile(r"[^\W_]")
_NUMERIC_DATE = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\d{4}年\d{1,2}月"
)
_BULLET_START = "-–—•*·|>#+=~"

# Characters a paste carries that are no part of the text: controls (except the line
# break), zero-width spaces, soft hyphens, byte-order marks; odd spaces become spaces.
_CLEAN: dict[int, str | None] = {
    c: None for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if c not in (0x09, 0x0A)
}
_CLEAN.update({0x09: " ", 0xA0: " ", 0x2007: " ", 0x202F: " ", 0x200B: None, 0x2060: None,
               0xFEFF: None, 0xAD: None})  # fmt: skip
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    chrome: str | None  # why it is furniture, or None
    foreign: bool  # in another script than the story
    skippable: bool  # furniture, another script, or no letters or digits at all
    words: int
    ends_sentence: bool
    section: bool  # names one of a site's sections (`World`)

    @property
    def skip_reason(self) -> str:
        """Why a skippable paragraph is left out."""
        if self.chrome is not None:
            return self.chrome
        return FOREIGN if self.foreign else NO_WORDS


def normalize_text(text: str) -> str:
    """Line breaks made `\\n`, controls and invisible characters dropped, odd spaces made
    plain, composed to NFC."""
    text = _LINE_BREAKS.sub("\n", text).translate(_CLEAN)
    return unicodedata.normalize("NFC", text)


def paragraphs(text: str) -> list[str]:
    """One paragraph per line, as a browser copies a page, except that a block of lines
    hard-wrapped at a fixed width (plain-text copy) is joined back into one."""
    out: list[str] = []
    for block in re.split(r"\n[ ]*\n", text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if _hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    inner = lines[:-1]
    if not all(40 <= len(line) <= 100 for line in inner) or len(lines[-1]) > 100:
        return False
    if all(SENTENCE_END.search(line) for line in inner):
        return False
    # Wrapped prose goes on mid-sentence: most continuation lines start in lower case
    # (a headline over its lede on the next line does not).
    capitals = sum(1 for line in lines[1:] if line[0].isupper())
    return 2 * capitals < len(lines) - 1


def classify(text: str, story_script: str | None) -> Para:
    foreign = in_other_script(text[:400], story_script)
    chrome = chrome_reason(text)
    return Para(
        text=text,
        chrome=chrome,
        foreign=foreign,
        skippable=chrome is not None or foreign or _ALNUM.search(text) is None,
        words=words_in(text),
        ends_sentence=bool(SENTENCE_END.search(text) or _CREDIT_LINE.match(text)),
        section=is_section_name(text),
    )


def words_in(text: str) -> int:
    """Words in a single-spaced paragraph; in scripts without spaces, two letters a word."""
    words = text.count(" ") + 1
    if text.isascii():
        return words
    return words + len(_UNSPACED.findall(text)) // 2


def byline_match(para: Para) -> re.Match[str] | None:
    """The byline a line is (`By …`, or in the page's language), or None."""
    found = BYLINE.match(para.text)
    if found is not None:
        return found
    found = LOCAL_BYLINE.match(para.text)
    if found is None or para.ends_sentence:
        return None
    # A person's name: two to four capitalised words (particles aside) before any role
    # or place (`Maria Souza, g1 — São Paulo`, `Virginie Malingre (Bruxelles…)`); a
    # credit like `Le Figaro avec AFP` is no one's byline.
    name = re.split(r"\s*[,(|—–]", found["names"], maxsplit=1)[0].split()
    if not 2 <= len(name) <= 4 or not all(
        word[:1].isupper() or word in _NAME_PARTICLES for word in name
    ):
        return None
    return found


_NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "van",
        "von",
        "der",
        "den",
        "del",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
    }
)


def title_like(para: Para) -> bool:
    """A few words, capital first, no closing period or colon, no bullet, no byline."""
    text = para.text
    if not 2 <= para.words <= HEADLINE_MAX_WORDS or len(text) > HEADLINE_MAX_CHARS:
        return False
    if text[-1] in ".,;:。，；：、" or text[0] in _BULLET_START or byline_like(text):
        return False
    if _NUMERIC_DATE.search(text):  # `Ayşe Yılmaz | 06.03.2026`: a stamp, not a title
        return False
    first_letter = next((c for c in text if c.isalpha()), "")
    return bool(first_letter) and not first_letter.islower() and not para.section


def byline_like(text: str) -> bool:
    """`By Jane Doe`, `Par Virginie Malingre (Bruxelles)`, `Von Jana Müller, SWR`: a
    byline word and a name in capitals."""
    match = _BYLINE_WORD.match(text)
    return match is not None and text[match.end() : match.end() + 1].isupper()


def sentence_like(para: Para) -> bool:
    return para.words >= LEDE_MIN_WORDS and para.ends_sentence


def standfirst_like(para: Para) -> bool:
    """A summary printed between the headline and the story: a long line of prose,
    with or without its closing period."""
    return not para.skippable and para.words >= STANDFIRST_MIN_WORDS


def key(text: str) -> str:
    """What makes two printings of a paragraph the same (case and spacing aside)."""
    return " ".join(text.casefold().split())
