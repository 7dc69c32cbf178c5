"""Two texts of one story side by side, for an editor choosing between them: theirs (as
stored now) and mine (as typed here), each field's words found only on one side marked.

The word diff is `text_diff.diff_words(theirs, mine)`: what it deletes is only in
theirs, what it inserts only in mine. A merge is the editor's: the text fields as they
edited them, every other field taken from one side.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from editorial.domain.diff_render import shown_fields
from editorial.domain.story import Story
from editorial.domain.story_diff import FieldDiff, diff_stories
from editorial.domain.text_diff import Change, TextDiff

ONLY_THEIRS = "only-theirs"
ONLY_MINE = "only-mine"


@dataclass(frozen=True, slots=True)
class SideBySide:
    """One field that differs: its name and title, both texts, and each as HTML with the
    words only it has marked; `editable` when a merge edits it as text."""

    name: str
    title: str
    theirs: str
    mine: str
    theirs_html: str
    mine_html: str
    editable: bool


def side_by_side(theirs: Story, mine: Story) -> tuple[SideBySide, ...]:
    """Every field an editor types that differs between the two stories, in the
    declared order of the fields."""
    diff = diff_stories(theirs, mine)
    return tuple(_sides(field, mine) for field in shown_fields(diff))


def _sides(field: FieldDiff, mine: Story) -> SideBySide:
    theirs_html, mine_html = sides_html(field.diff)
    return SideBySide(
        name=field.field.name, title=field.field.title, theirs=field.old, mine=field.new,
        theirs_html=theirs_html, mine_html=mine_html,
        editable=isinstance(getattr(mine, field.field.name), str),
    )  # fmt: skip


def sides_html(diff: TextDiff) -> tuple[str, str]:
    """Theirs and mine as escaped HTML: the words only theirs has in
    `<span class="only-theirs">`, only mine has in `<span class="only-mine">`."""
    theirs: list[str] = []
    mine: list[str] = []
    for op in diff.ops:
        if op.change is Change.EQUAL:
            theirs.append(_escaped(op.old))
            mine.append(_escaped(op.new))
        elif op.change is Change.DELETE:
            theirs.append(f'<span class="{ONLY_THEIRS}">{_escaped(op.old)}</span>')
        else:
            mine.append(f'<span class="{ONLY_MINE}">{_escaped(op.new)}</span>')
    return "".join(theirs), "".join(mine)


def merged(
    theirs: Story, mine: Story, texts: Mapping[str, str], from_theirs: Iterable[str] = ()
) -> Story:
    """Mine, with the text fields in `texts` as the editor merged them and the fields
    named in `from_theirs` as theirs has them."""
    changes: dict[str, object] = {name: getattr(theirs, name) for name in from_theirs}
    changes.update(texts)
    return mine.edited(**changes)


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>\n")
