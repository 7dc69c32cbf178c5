"""The window's words for the domain's states and groups, which the domain names in
English only (it knows no Qt): "submitted" on screen is "Submitted", or "Сдан"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editorial.domain.story_summary import Status
from editorial.domain.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from editorial.domain.review import DeskGroup

_STATUS_TITLES = {
    Status.DRAFT: QT_TRANSLATE_NOOP("StatusTitle", "Draft"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("StatusTitle", "Submitted"),
    Status.APPROVED: QT_TRANSLATE_NOOP("StatusTitle", "Approved"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("StatusTitle", "Published"),
    Status.KILLED: QT_TRANSLATE_NOOP("StatusTitle", "Killed"),
    Status.RETURNED: QT_TRANSLATE_NOOP("StatusTitle", "Returned"),
    Status.SPIKED: QT_TRANSLATE_NOOP("StatusTitle", "Spiked"),
    Status.CORRECTED: QT_TRANSLATE_NOOP("StatusTitle", "Corrected"),
}
# Keyed by the groups' values (a StrEnum member finds its value's entry): the story
# list's rows need the status titles at once, the desk board's headings come later, and
# with them the review domain.
_GROUP_HEADINGS: dict[str, str] = {
    "filed": QT_TRANSLATE_NOOP("GroupHeading", "Filed"),
    "in review": QT_TRANSLATE_NOOP("GroupHeading", "In review"),
    "approved": QT_TRANSLATE_NOOP("GroupHeading", "Approved"),
    "returned": QT_TRANSLATE_NOOP("GroupHeading", "Returned"),
    "published": QT_TRANSLATE_NOOP("GroupHeading", "Published"),
}


def status_title(status: Status) -> str:
    """A story's state as a capitalised word in the window's language."""
    return QCoreApplication.translate("StatusTitle", _STATUS_TITLES[status])


def group_heading(group: DeskGroup) -> str:
    """A desk board group's heading in the window's language."""
    return QCoreApplication.translate("GroupHeading", _GROUP_HEADINGS[group])
