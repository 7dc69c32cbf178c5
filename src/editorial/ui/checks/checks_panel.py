"""The checks panel: the story's figures at the top, then what the checks found, in story
order. Clicking a finding takes the editor to it (`finding_activated`).

The panel only shows; `ChecksController` feeds it results and does the moving.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editorial.domain.counts import StoryCounts
from editorial.domain.findings import Finding, Severity
from editorial.domain.language import language_name
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.checks.findings_model import (
    FIELD_LABELS,
    FINDING_ROLE,
    MESSAGE,
    WHERE,
    FindingsModel,
    shown_message,
)
from editorial.ui.shell.plural_text import counted, number_text
from editorial.ui.shell.story_length import StoryLength
from editorial.ui.shell.theme import current_theme

if TYPE_CHECKING:
    from editorial.ui.checks.checks_runner import CheckResult

UNAVAILABLE = "spelling.unavailable"
NO_FINDINGS = QT_TRANSLATE_NOOP("ChecksPanel", "No problems found.")


def dictionary_name(tag: str, provider: str = "") -> str:
    """`English (en_US)` for an Enchant tag; the tag alone when CLDR does not know it. An
    engine other than Hunspell, the one the README promises, is named: `(en_GB, Aspell)`.
    The language is named in the window's language (`русский (ru_RU)` in Russian)."""
    # Read here, not at start-up: the window shows before any service module is loaded.
    from editorial.services.spelling import HUNSPELL, provider_name

    shown = tag if provider in ("", HUNSPELL) else f"{tag}, {provider_name(provider)}"
    # The translation names the language the window is in, for CLDR's names.
    window_language = QCoreApplication.translate(
        "ChecksPanel", "en", "language code of this translation (CLDR language names)"
    )
    name = language_name(tag, window_language)
    return f"{name} ({shown})" if name != tag.strip() else shown


class ChecksPanel(QWidget):
    finding_activated = Signal(object)  # Finding
    listing_shown = Signal(bool)  # whether findings are listed (else a one-line message)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._length = StoryLength(self)
        self.setObjectName("checksPanel")
        self.setAccessibleName(self.tr("checks"))
        self.model = FindingsModel(self)

        self.heading = QLabel(self.tr("Checks"), self)
        self.heading.setObjectName("paneHeading")
        self.status = QLabel(self)
        self.status.setObjectName("checksStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A narrow panel wraps the tally rather than clipping it to its last character.
        self.status.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("checksSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setToolTip(self.length_explained())
        self.notice = QLabel(self)
        self.notice.setObjectName("checksNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.view = QTreeView(self)
        self.view.setObjectName("checksList")
        self.view.setAccessibleName(self.tr("findings"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHeaderHidden(True)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Fixed)
        metrics = QFontMetrics(self.view.font())
        # As wide as the longest place name in the window's language, with a position.
        widest = max(
            metrics.horizontalAdvance(f"{QCoreApplication.translate('FindingsModel', label)} 99:99")
            for label in FIELD_LABELS.values()
        )
        header.resizeSection(WHERE, widest + 30)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)

        self.empty = QLabel(self.tr(NO_FINDINGS), self)
        self.empty.setObjectName("checksEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.heading)
        top.addWidget(self.status, 1)  # the tally takes the width the heading leaves
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self._stack, 1)
        self.show_message("")

    # What the controller tells it

    def show_result(self, result: CheckResult) -> None:
        listed = [f for f in result.findings if f.code != UNAVAILABLE]
        unavailable = [shown_message(f) for f in result.findings if f.code == UNAVAILABLE]
        self.model.set_findings(listed)
        self.summary.setText(self.summary_html(result.counts, result.headline_limit))
        self.summary.show()
        self.set_notice(" ".join(unavailable))
        self._stack.setCurrentWidget(self.view if listed else self.empty)
        self.empty.setText(self.tr(NO_FINDINGS))
        dictionary = result.dictionary
        shown = dictionary_name(dictionary, result.spelling_provider) if dictionary else ""
        self._show_status(self.tally_text(listed), shown)
        self.listing_shown.emit(bool(listed))

    def show_message(self, message: str) -> None:
        """No story (or no library): nothing listed, a word on why."""
        self.model.set_findings([])
        self.summary.hide()
        self.set_notice("")
        self.empty.setText(message)
        self._stack.setCurrentWidget(self.empty)
        self.status.setText("")
        self._dictionary = ""
        self.listing_shown.emit(False)

    def show_checking(self) -> None:
        """A story shown, its first check under way: said so, where "Open a story to
        check it." stood (a dictionary loading can take a second or two)."""
        self.show_message(self.tr("Checking…"))

    def compact_height(self) -> int:
        """The height the panel needs while it lists nothing (its message on one line)."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        shown = [self.heading, self.summary, self.notice, self.empty]
        heights = [w.sizeHint().height() for w in shown if not w.isHidden() or w is self.empty]
        spacing = layout.spacing() * (len(heights) - 1)
        return margins.top() + margins.bottom() + sum(heights) + spacing

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.setProperty("busy", busy)
        self.status.setToolTip(self.tr("Checking…") if busy else "")
        self.heading.setText(self.tr("Checks…") if busy else self.tr("Checks"))

    # The figures and the tally, in the window's language

    def length_explained(self) -> str:
        return self._length.explained()

    def length_text(self, counts: StoryCounts) -> str:
        """`166 words · 1,020 characters (lede and body)`, as the status bar says it."""
        return self._length.text(counts)

    def summary_html(self, counts: StoryCounts, headline_limit: int) -> str:
        """Two lines of figures: the story's length (the domain's one count, as the status
        bar and the ninjs export give it), then the headline's against its limit and the
        lede's."""
        minutes = counts.reading_minutes
        if minutes == 0:
            reading = self.tr("no reading time")
        else:
            reading = self.tr("{minutes} min read").format(minutes=number_text(minutes))
        first = f"{self.length_text(counts)} · {reading}"
        length = counts.headline.characters
        if headline_limit:
            headline = self.tr("Headline {length}/{limit}").format(
                length=length, limit=headline_limit
            )
        else:
            headline = self.tr("Headline {length}").format(length=length)
        if headline_limit and length > headline_limit:
            alert = current_theme().hex("alert")
            headline = f'<span style="color:{alert}; font-weight:bold">{headline}</span>'
        words = counts.lede.words
        lede = self.tr("Lede {words}").format(
            words=counted(self.tr("{count} word(s)", "", words), words)
        )
        return f"{html.escape(first)}<br>{headline} · {html.escape(lede)}"

    def tally_text(self, findings: list[Finding]) -> str:
        """`2 errors · 5 warnings · 1 note`, leaving out the kinds there are none of."""
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
        notes = sum(1 for f in findings if f.severity is Severity.INFO)
        parts = [
            counted(self.tr("{count} error(s)", "", errors), errors) if errors else "",
            counted(self.tr("{count} warning(s)", "", warnings), warnings) if warnings else "",
            counted(self.tr("{count} note(s)", "", notes), notes) if notes else "",
        ]
        return " · ".join(part for part in parts if part)

    def _show_status(self, tally: str, dictionary: str) -> None:
        if dictionary:
            spelling = self.tr("Spelling: {dictionary}").format(dictionary=dictionary)
        else:
            spelling = self.tr("No spelling")
        self.status.setText(" · ".join(part for part in (tally, spelling) if part))

    def _activated(self, index: QModelIndex) -> None:
        finding = self.model.data(self.model.index(index.row(), MESSAGE), FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)
