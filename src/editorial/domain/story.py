"""The story: the one thing the newsroom makes."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline

# Kept in a module of their own, which the window's first frame loads without this one
# (its story list needs these two only), and named here as before.
from editorial.domain.story_summary import Status as Status
from editorial.domain.story_summary import StorySummary as StorySummary

DEFAULT_LANGUAGE = "en"
DEFAULT_URGENCY = 5  # ninjs/IPTC: 1 flash … 9 lowest; 5 is routine copy
# The longest headline a file may bring in, in characters: far beyond any headline (the
# house style's limit, 80 by default, is a check's warning), so longer is the copy itself
# or a broken file, refused. The window pastes no more than this into a one-line field.
HEADLINE_MAX_CHARS = 400


@dataclass(frozen=True, slots=True)
class Story:
    """A story as the editor sees it. `id` is None until the library has kept it.

    `version` counts saves and is what a save checks against, so two writers never
    overwrite each other silently. `uri` never changes once given.
    """

    uri: str
    headline: str = ""
    slug: str = ""
    bylines: tuple[Byline, ...] = ()
    dateline: Dateline = field(default_factory=Dateline)
    lede: str = ""
    body: str = ""
    note: str = ""
    keywords: tuple[str, ...] = ()
    language: str = DEFAULT_LANGUAGE
    urgency: int = DEFAULT_URGENCY
    subjects: tuple[str, ...] = ()
    embargo: dt.datetime | None = None
    status: Status = Status.DRAFT
    id: int | None = None
    version: int = 0
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    trashed_at: dt.datetime | None = None

    @property
    def is_trashed(self) -> bool:
        return self.trashed_at is not None

    def edited(self, **changes: object) -> Story:
        """A copy with the given fields changed (the dataclass stays frozen)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def summary(self) -> StorySummary:
        """What a story list shows of this story; only for a story the library keeps."""
        if self.id is None or self.updated_at is None:
            raise ValueError("only a story kept in a library has a summary")
        return StorySummary(
            id=self.id,
            uri=self.uri,
            headline=self.headline,
            slug=self.slug,
            status=self.status,
            updated_at=self.updated_at,
            trashed_at=self.trashed_at,
        )

    def with_content_of(self, other: Story) -> Story:
        """This story's bookkeeping (id, uri, version, times) with `other`'s content."""
        return replace(self, **{f.name: getattr(other, f.name) for f in CONTENT_FIELDS})

    def same_content(self, other: Story) -> bool:
        """True when an editor would see no difference (ignores bookkeeping fields)."""
        return all(getattr(self, f.name) == getattr(other, f.name) for f in CONTENT_FIELDS)


class FieldKind(StrEnum):
    """What a field of `Story` is to the desk."""

    CONTENT = "content"  # what an editor changes, `same_content` compares, a revision keeps
    BOOKKEEPING = "bookkeeping"  # the library's: identity, version, times


@dataclass(frozen=True, slots=True)
class StoryField:
    """One field of `Story` as the rest of the program knows it. `typed`: the story
    editor has a widget for it (the status moves through the workflow, not the editor)."""

    name: str
    title: str
    kind: FieldKind
    typed: bool = True

    @property
    def is_content(self) -> bool:
        return self.kind is FieldKind.CONTENT


_CONTENT, _BOOKKEEPING = FieldKind.CONTENT, FieldKind.BOOKKEEPING

# Every field of `Story`, once, in the order its plain form (`story_plain`: the CLI's
# JSON, front matter) writes it; scripts rely on that JSON, so fields are added, never
# moved or removed (tests/test_cli.py). A field of `Story` missing here stops the import.
STORY_FIELDS: tuple[StoryField, ...] = (
    StoryField("id", "Library number", _BOOKKEEPING, typed=False),
    StoryField("uri", "URI", _BOOKKEEPING, typed=False),
    StoryField("version", "Version", _BOOKKEEPING, typed=False),
    StoryField("headline", "Headline", _CONTENT),
    StoryField("slug", "Slug", _CONTENT),
    StoryField("bylines", "Bylines", _CONTENT),
    StoryField("dateline", "Dateline", _CONTENT),
    StoryField("lede", "Lede", _CONTENT),
    StoryField("body", "Body", _CONTENT),
    StoryField("note", "Editorial note", _CONTENT),
    StoryField("keywords", "Keywords", _CONTENT),
    StoryField("language", "Language", _CONTENT),
    StoryField("urgency", "Urgency", _CONTENT),
    StoryField("subjects", "Subjects", _CONTENT),
    StoryField("embargo", "Embargo", _CONTENT),
    StoryField("status", "Status", _CONTENT, typed=False),
    StoryField("created_at", "Created", _BOOKKEEPING, typed=False),
    StoryField("updated_at", "Updated", _BOOKKEEPING, typed=False),
    StoryField("trashed_at", "Moved to the trash", _BOOKKEEPING, typed=False),
)


def check_declared(story_class: type, declared: tuple[StoryField, ...]) -> None:
    """Raise `TypeError` unless `declared` names each field of `story_class` exactly once:
    a field nobody declared would be left out of comparisons, revisions and files."""
    names = [f.name for f in fields(story_class)]
    listed = [f.name for f in declared]
    undeclared = [name for name in names if name not in listed]
    unknown = [name for name in listed if name not in names]
    twice = sorted({name for name in listed if listed.count(name) > 1})
    if undeclared or unknown or twice:
        problems = [
            *([f"undeclared: {', '.join(undeclared)}"] if undeclared else []),
            *([f"declared but not fields: {', '.join(unknown)}"] if unknown else []),
            *([f"declared twice: {', '.join(twice)}"] if twice else []),
        ]
        raise TypeError(
            f"{story_class.__name__}'s fields and STORY_FIELDS disagree ({'; '.join(problems)});"
            " declare each field as content or bookkeeping, with its title"
        )


check_declared(Story, STORY_FIELDS)
CONTENT_FIELDS: tuple[StoryField, ...] = tuple(f for f in STORY_FIELDS if f.is_content)


def story_fields() -> tuple[StoryField, ...]:
    """Every field of `Story`, declared."""
    return STORY_FIELDS


def content_fields() -> tuple[StoryField, ...]:
    """The fields an editor changes: what `same_content` compares, what a revision keeps."""
    return CONTENT_FIELDS


def story_field(name: str) -> StoryField:
    for declared in STORY_FIELDS:
        if declared.name == name:
            return declared
    raise KeyError(name)


def parse_keywords(text: str) -> tuple[str, ...]:
    """Comma separated keywords, trimmed, without empties or repeats (first one wins)."""
    seen: dict[str, str] = {}
    for keyword in (part.strip() for part in text.split(",")):
        if keyword and keyword.casefold() not in seen:
            seen[keyword.casefold()] = keyword
    return tuple(seen.values())


def new_story_uri(agency_domain: str, when: dt.datetime | None = None) -> str:
    """A NewsML-style URN, stable for the life of the story:
    `urn:newsml:<agency-domain>:<date>:<uuid>`."""
    day = (when or dt.datetime.now(dt.UTC)).strftime("%Y%m%d")
    import uuid  # here: on import it reads the platform (the window's start does without)

    return f"urn:newsml:{agency_domain}:{day}:{uuid.uuid4()}"


def new_story(
    agency_domain: str,
    *,
    headline: str = "",
    bylines: tuple[Byline, ...] = (),
    language: str = DEFAULT_LANGUAGE,
    now: dt.datetime | None = None,
) -> Story:
    """A fresh draft, not yet in any library."""
    return Story(
        uri=new_story_uri(agency_domain, now),
        headline=headline,
        slug=slugify(headline),
        bylines=bylines,
        language=language,
    )


_SLUG_DROP = re.compile(r"[^\w\s-]", re.UNICODE)
_SLUG_GAPS = re.compile(r"[\s_-]+")
SLUG_MAX_WORDS = 5


def slugify(headline: str, max_words: int = SLUG_MAX_WORDS) -> str:
    """A wire slug from a headline: `Russia urges resumption of dialogue` →
    `russia-urges-resumption-dialogue`. Keeps letters of any script, drops the small
    words that carry no meaning in a slug."""
    text = unicodedata.normalize("NFKC", headline).lower()
    text = _SLUG_DROP.sub(" ", text)
    words = [w for w in _SLUG_GAPS.split(text) if w and w not in _SLUG_STOPWORDS]
    return "-".join(words[:max_words])


_SLUG_STOPWORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by",
     "from", "as", "is", "are", "was", "were", "be"}
)  # fmt: skip
