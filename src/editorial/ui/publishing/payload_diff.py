"""The pre-flight's diff of two payloads, for reading: the word diff (`domain/text_diff`)
in a fixed-width font with the JSON's indentation kept, and the long unchanged stretches
between changes folded to a line of context on each side ("⋯ 40 lines unchanged"), so the
few words a correction changed are on screen at once."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from editorial.domain.text_diff import Change, diff_words
from editorial.ui.shell.theme import current_theme

CONTEXT_LINES = 2
# The payload's own font: fixed width, the size of the payload beside it.
MONO = "font-family: monospace; font-size: 9pt;"
FOLD = '<span style="color:{colour}; font-style: italic; font-size: 9pt;">⋯ {said}</span>\n'


def payload_diff_html(before: str, after: str, context: int = CONTEXT_LINES) -> str:
    """`before` and `after` as laid out by the pre-flight (indented JSON); the result is
    a fragment for `DiffView`."""
    diff = diff_words(before, after)
    if not diff.changed:
        said = QCoreApplication.translate(
            "PayloadDiff", "No change: the endpoint has this exact payload already."
        )
        return f"<p><i>{html.escape(said)}</i></p>"
    parts = [_folded(op.new, index, len(diff.ops), context) if op.change is Change.EQUAL
             else _marked(op.change, op.old or op.new)
             for index, op in enumerate(diff.ops)]  # fmt: skip
    text = "".join(parts).replace("\n", "<br>")
    return f'<div style="{MONO} line-height: 125%; white-space: pre-wrap;">{text}</div>'


def _marked(change: Change, text: str) -> str:
    kind = "diff-del" if change is Change.DELETE else "diff-ins"
    tag = "del" if change is Change.DELETE else "ins"
    return f'<{tag} class="{kind}" style="{MONO}">{html.escape(text)}</{tag}>'


def _folded(text: str, index: int, count: int, context: int) -> str:
    """An unchanged stretch: the lines next to a change kept, the rest said in a line."""
    lines = text.split("\n")
    first, last = index == 0, index == count - 1
    keep_head = 0 if first else context + 1  # the rest of the changed line, and more
    keep_tail = 0 if last else context + 1  # the lines before the next change
    if len(lines) <= keep_head + keep_tail + 1:
        return html.escape(text)
    head = "\n".join(lines[:keep_head])
    tail = "\n".join(lines[len(lines) - keep_tail :]) if keep_tail else ""
    hidden = len(lines) - keep_head - keep_tail
    parts = [
        html.escape(head) + "\n" if keep_head else "",
        FOLD.format(
            said=QCoreApplication.translate("PayloadDiff", "{count} unchanged lines").format(
                count=hidden
            ),
            colour=current_theme().hex("muted"),
        ),
    ]
    parts.append(html.escape(tail))
    return "".join(parts)
