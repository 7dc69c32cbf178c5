"""Pre-flight (Desk ▸ Pre-flight…, or the Publishing tab's button): per endpoint, exactly
what it will receive for the story (the ninjs JSON, or the WordPress post's fields), the
problems found in it (ninjs: where it fails the 2.2 schema), and a word diff against the
version that endpoint last took: what a copy chief checks before a correction goes out."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.publishing import Preflight
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.dialogs.diff_view import DiffView
from editorial.ui.publishing.outbox_text import action_word, state_title
from editorial.ui.publishing.payload_diff import payload_diff_html
from editorial.ui.shell.plural_text import counted
from editorial.ui.shell.theme import current_theme

NOTHING = QT_TRANSLATE_NOOP(
    "PreflightDialog",
    "Nothing would go out for this story: no enabled endpoint publishes on approval, "
    "and nothing waits in the outbox for it.",
)


class PreflightPage(QWidget):
    """One endpoint: the heading, the payload (left) and the diff (right)."""

    def __init__(self, flight: Preflight, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flight = flight
        self.heading = QLabel(self.heading_html(flight), self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.payload = QPlainTextEdit(self)
        self.payload.setObjectName("preflightPayload")
        self.payload.setReadOnly(True)
        self.payload.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.payload.setFont(mono)
        self.payload.setPlainText(flight.shown or flight.body)
        self.diff = DiffView(self)
        if flight.delivered:
            self.diff.show_diff(payload_diff_html(flight.delivered, flight.shown))
        else:
            nothing = self.tr(
                "Nothing to compare: this endpoint has not taken a version of the story yet."
            )
            self.diff.show_diff(f"<p><i>{html.escape(nothing)}</i></p>")
        left = _titled(self.tr("Payload, exactly as it will be sent"), self.payload, self)
        if flight.last_delivered_version is not None:
            changes = self.tr("Changes since version {version} delivered").format(
                version=flight.last_delivered_version
            )
        else:
            changes = self.tr("Changes")
        right = _titled(changes, self.diff, self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)

    def heading_html(self, flight: Preflight) -> str:
        """What goes, where, as which version; and its problems, or that it is valid."""
        entry = flight.entry
        if entry is not None:
            what = self.tr("Version {version} ({action}), {state} in the outbox").format(
                version=entry.published_version,
                action=action_word(entry.action),
                state=state_title(entry.state).lower(),
            )
        else:
            what = self.tr("What approving the story now would send")
        if flight.last_delivered_version is not None:
            since = self.tr("Changes since version {version}, the last it took").format(
                version=flight.last_delivered_version
            )
        else:
            since = self.tr("This endpoint has taken no version of the story yet")
        size = len(flight.body.encode())
        lines = [
            f"<b>{html.escape(flight.endpoint)}</b> · {html.escape(flight.kind)} · "
            f"{html.escape(flight.content_type)} · "
            + counted(self.tr("{count} bytes", "", size), size),
            html.escape(what) + " · " + html.escape(since),
        ]
        good, bad = current_theme().hex("state-delivered"), current_theme().hex("state-failed")
        if flight.problems:
            shown = "".join(f"<li>{html.escape(p)}</li>" for p in flight.problems)
            found = len(flight.problems)
            problems = counted(self.tr("✘ {count} problem(s):", "", found), found)
            lines.append(f'<span style="color:{bad}"><b>{html.escape(problems)}</b></span>'
                         f'<ul style="margin:0">{shown}</ul>')  # fmt: skip
        elif flight.kind == "ninjs-push":
            valid = self.tr("✔ Valid against the ninjs 2.2 schema")
            lines.append(f'<span style="color:{good}"><b>{html.escape(valid)}</b></span>')
        else:
            clean = self.tr("✔ No problems found")
            lines.append(f'<span style="color:{good}"><b>{html.escape(clean)}</b></span>')
        return "<br>".join(lines)


def _titled(title: str, widget: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    bold = f"<b>{html.escape(title)}</b>"  # title is translated
    label = QLabel(bold, box)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class PreflightDialog(QDialog):
    def __init__(
        self, headline: str, flights: list[Preflight], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preflightDialog")
        self.setWindowTitle(self.tr("Pre-flight"))
        self.flights = flights
        quoted = html.escape(headline or self.tr("Untitled story"))
        title = QLabel(
            self.tr("<b>“{headline}”</b>: what each endpoint will receive").format(
                headline=quoted
            ),
            self,
        )
        title.setWordWrap(True)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("preflightPages")
        for flight in flights:
            marker = " ✘" if flight.problems else ""
            self.pages.addTab(PreflightPage(flight, self.pages), flight.endpoint + marker)
        self.nothing = QLabel(self.tr(NOTHING), self)
        self.nothing.setWordWrap(True)
        self.nothing.setVisible(not flights)
        self.pages.setVisible(bool(flights))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.nothing)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(980, 640)

    def page(self, endpoint: str) -> PreflightPage:
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if isinstance(page, PreflightPage) and page.flight.endpoint == endpoint:
                return page
        raise LookupError(endpoint)
