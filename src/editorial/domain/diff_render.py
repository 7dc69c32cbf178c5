"""A diff shown to an editor: HTML for the review pane, plain text for the command line.

The HTML is a fragment of escaped text with `<del class="diff-del">` and
`<ins class="diff-ins">` marks (styled by resources/preview.css, which Qt's rich text
applies to them): no scripts, no links, nothing loaded from anywhere. The plain text is
what `git diff --word-diff=plain` prints: `[-old-]{+new+}`.
"""

from __future__ import annotations

import html

from editorial.domain.story_diff import FieldDiff, StoryDiff
from editorial.domain.text_diff import Change, TextDiff


def diff_html(diff: TextDiff) -> str:
    """The diff's text, escaped, with deletions and insertions marked; line breaks kept."""
    parts = []
    for op in diff.ops:
        if op.change is Change.EQUAL:
            parts.append(_escaped(op.new))
        elif op.change is Change.DELETE:
            parts.append(f'<del class="diff-del">{_escaped(op.old)}</del>')
        else:
            parts.append(f'<ins class="diff-ins">{_escaped(op.new)}</ins>')
    return "".join(parts)


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>\n")


def shown_fields(diff: StoryDiff, *, unchanged: bool = False) -> tuple[FieldDiff, ...]:
    """The fields an editor changes that changed (all of them with `unchanged`); the status
    is left out: it moves through the workflow, and the history tells of it."""
    return tuple(f for f in diff.fields if f.field.typed and (unchanged or f.changed))


def story_diff_html(diff: StoryDiff, *, unchanged: bool = False) -> str:
    """The changed fields (every field with `unchanged`), each under its title."""
    shown = shown_fields(diff, unchanged=unchanged)
    if not shown:
        return '<p class="diff-none">No changes.</p>'
    sections = [
        f'<div class="diff-field diff-{field.field.name}">'
        f'<h3 class="diff-title">{html.escape(field.field.title)}</h3>'
        f'<p class="diff-text">{diff_html(field.diff)}</p></div>'
        for field in shown
    ]
    return "\n".join(sections)


def diff_plain(diff: TextDiff) -> str:
    """`[-removed-]{+added+}` within the unchanged text, as `git diff --word-diff`."""
    parts = []
    for op in diff.ops:
        if op.change is Change.EQUAL:
            parts.append(op.new)
        elif op.change is Change.DELETE:
            parts.append(f"[-{op.old}-]")
        else:
            parts.append(f"{{+{op.new}+}}")
    return "".join(parts)


def story_diff_plain(diff: StoryDiff) -> str:
    """Each changed field: its title on a line, then its word diff."""
    shown = shown_fields(diff)
    if not shown:
        return "No changes."
    return "\n\n".join(f"{field.field.title}:\n{diff_plain(field.diff)}" for field in shown)
