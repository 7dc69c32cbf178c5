"""A story diff on screen: the domain's `<ins>`/`<del>` HTML (`diff_render`) in a read-only
text browser styled by the preview's CSS, so a change looks the same in the correction,
in a comparison of two versions and on the page."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget

from editorial.ui.shell.theme import page_css


def diff_document(fragment: str) -> str:
    css = page_css()
    return (
        f'<html><head><meta charset="utf-8"><style>{css}</style></head>'
        f"<body>{fragment}</body></html>"
    )


class DiffView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self.setOpenLinks(False)  # the diff is text: nothing in it is followed or loaded
        self.setOpenExternalLinks(False)
        self.fragment = ""

    def show_diff(self, fragment: str) -> None:
        """`fragment`: `story_diff_html` of the two versions."""
        self.fragment = fragment
        self.setHtml(diff_document(fragment))
