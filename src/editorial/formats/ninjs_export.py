"""Stories to ninjs 2.2, valid against the IPTC schema (`ninjs-schema_2.2.json`).

The item carries three bodies of the same copy:
- `text/html`: the published HTML from the one renderer (`render_story`, without the
  headline and byline, which have their own properties): the dateline leads the lede;
- `text/plain`: the same as plain paragraphs, for receivers that take text;
- `text/markdown` (RFC 7763): the body exactly as the editor wrote it, so that
  importing the item gives back the same story (the HTML cannot say which Markdown made
  it). Other receivers ignore a body type they do not know.

Each body's `wordcount` and `charcount` are the story's length as the window shows it
(`editorial.domain.counts`: lede and body as published, without markup or dateline).
The lede is the description. The year of a wire dateline travels in `firstcreated`
(the printed dateline has none), so a story without `created_at` comes back with the
year nearest to its `versioncreated`. Keywords are subjects with `rel` "keyword"
(2.2 has no keywords property); IPTC Media Topic codes (`medtop:11000000`) are
subjects with the Media Topic URI.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from editorial.domain.byline import format_bylines_field
from editorial.domain.counts import count_text, reading_text_of, story_counts
from editorial.domain.house_style import BASIC_HOUSE_STYLE, HouseStyle, format_dateline
from editorial.domain.media_topics import MEDIATOPIC_URI, topic_code
from editorial.domain.render import (
    parse_body,
    render_story,
    render_tokens,
    within_default_nesting,
)
from editorial.domain.story import Status, Story
from editorial.formats.markdown_text import markdown_to_text, tokens_to_text

NINJS_VERSION = "2.2"
NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"
KEYWORD_REL = "keyword"
LIBRARY_ID_ROLE = "editorial-library-id"

# json.dumps escapes C0 controls itself; in its output these occur only inside strings.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_MEDIATOPIC_CODE = re.compile(r"^(?:medtop:)?(\d{8})$")


def story_to_ninjs(
    story: Story,
    *,
    style: HouseStyle = BASIC_HOUSE_STYLE,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The story as a ninjs 2.2 item (a dict ready for `json.dumps`). `now` stands in for
    `versioncreated` when the story was never saved."""
    versioncreated = story.updated_at or story.created_at or now or dt.datetime.now(dt.UTC)
    # The body is parsed once for its HTML, its text and its counts (a 15 MB body took
    # seconds a parse). The text and counts parse with a lower nesting limit than the
    # renderer: copy nested that deep is read again their way, so nothing differs.
    tokens = parse_body(story.body)
    if within_default_nesting(tokens):
        body_text = tokens_to_text(tokens)
        counts = story_counts(story, body=count_text(reading_text_of(tokens)))
    else:
        body_text = markdown_to_text(story.body)
        counts = story_counts(story)
    plain = _plain_body(story, style, body_text)
    html = render_story(story.edited(headline="", bylines=()), style,
                        body_html=render_tokens(tokens))  # fmt: skip
    item: dict[str, Any] = {
        "uri": story.uri,
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA_URI},
        "type": "text",
        "representationtype": "full",
        "version": str(story.version),
        "versioncreated": iso_time(versioncreated),
    }
    if story.created_at is not None:
        item["firstcreated"] = iso_time(story.created_at)
    if story.embargo is not None:
        item["embargoed"] = iso_time(story.embargo)
    item["pubstatus"] = "canceled" if story.status is Status.KILLED else "usable"
    item["urgency"] = story.urgency
    item["language"] = story.language
    item["headlines"] = [{"role": "main", "contenttype": "text/plain", "value": story.headline}]
    item["slugline"] = story.slug
    if story.bylines:
        item["by"] = format_bylines_field(story.bylines)
    located = ", ".join(
        part for part in (story.dateline.city, story.dateline.region, story.dateline.country)
        if part.strip()
    )  # fmt: skip
    if located:
        item["located"] = located
    if story.lede:
        item["descriptions"] = [{"role": "summary", "contenttype": "text/plain",
                                 "value": story.lede}]  # fmt: skip
    # `counts`: the story's length as the desk counts it (lede and body as published,
    # without the dateline), the number the window shows; each body carries the same copy.
    item["bodies"] = [
        {"role": "main", "contenttype": "text/html", "value": html,
         "charcount": counts.characters, "wordcount": counts.words},
        {"role": "main", "contenttype": "text/plain", "value": plain,
         "charcount": counts.characters, "wordcount": counts.words},
        {"role": "source", "contenttype": "text/markdown", "value": story.body},
    ]  # fmt: skip
    if story.note:
        item["ednote"] = story.note
    subjects = [_subject(name) for name in story.subjects]
    subjects += [{"name": word, "rel": KEYWORD_REL} for word in story.keywords]
    if subjects:
        item["subjects"] = subjects
    if story.id is not None:
        item["altids"] = [{"role": LIBRARY_ID_ROLE, "value": str(story.id)}]
    return item


def dumps_ninjs(
    story: Story,
    *,
    style: HouseStyle = BASIC_HOUSE_STYLE,
    now: dt.datetime | None = None,
    indent: int | None = 2,
) -> str:
    """The ninjs item as JSON text: UTF-8 characters kept as they are, but for those a
    terminal or a JavaScript string would act on (DEL, C1 controls, line and paragraph
    separators, halves of UTF-16 pairs), which are written as `\\u` escapes."""
    return dumps_item(story_to_ninjs(story, style=style, now=now), indent=indent)


def dumps_item(item: dict[str, Any], *, indent: int | None = 2) -> str:
    """A ninjs item as JSON text, escaped as `dumps_ninjs` says."""
    text = json.dumps(item, ensure_ascii=False, indent=indent)
    return _RAW_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def ninjs_lines(
    stories: Iterable[Story],
    *,
    style: HouseStyle = BASIC_HOUSE_STYLE,
    now: dt.datetime | None = None,
) -> Iterator[str]:
    """One JSON Lines line (with its newline) per story, for a `.jsonl` file."""
    for story in stories:
        yield dumps_ninjs(story, style=style, now=now, indent=None) + "\n"


def _plain_body(story: Story, style: HouseStyle, body_text: str) -> str:
    """The copy as plain paragraphs, the dateline leading the first, as it is printed
    (`body_text`: `markdown_to_text` of the body)."""
    dateline = format_dateline(story.dateline, style, story.language)  # as render_story
    paragraphs = [p for p in body_text.split("\n\n") if p]
    lede = " ".join(markdown_to_text(story.lede).split())
    if lede:
        paragraphs.insert(0, lede)
    if dateline:
        if paragraphs:
            paragraphs[0] = f"{dateline} {paragraphs[0]}"
        else:
            paragraphs = [dateline]
    return "\n\n".join(paragraphs)


def _subject(name: str) -> dict[str, str]:
    code = _MEDIATOPIC_CODE.match(name.strip())
    if code:
        return {"uri": MEDIATOPIC_URI + code.group(1), "literal": name}
    known = topic_code(name)
    if known is not None:  # a bundled Media Topic travels with its URI
        return {"name": name, "uri": MEDIATOPIC_URI + known}
    return {"name": name}


def iso_time(moment: dt.datetime) -> str:
    """RFC 3339 in UTC (`2008-11-18T09:30:00Z`); a time without a zone is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
