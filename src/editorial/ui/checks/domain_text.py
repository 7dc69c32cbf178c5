"""The domain's messages in the window's language.

The Qt-free domain gives its English beside a `Message` (a template marked with
`QT_TRANSLATE_NOOP(context, ...)` and its values: `domain/translatable.py`); here the
template is looked up in the installed translation and filled in, a date written the
translation's way and the desk's words (`Words`) translated one by one. Without a
translation, or for a template it does not know, the English is shown as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from editorial.domain.translatable import DayText, Message, Words


def translated(message: Message) -> str:
    if not message.template:
        return message.text
    template = QCoreApplication.translate(message.context, message.template)
    if template == message.template:
        return message.text
    arguments = {name: shown_argument(value) for name, value in message.arguments}
    try:
        return template.format(**arguments)
    except (KeyError, IndexError, ValueError):  # a translation naming a field wrongly
        return message.text


def error_text(error: BaseException) -> str:
    """What to show for an error: translated when it carries its message as a template
    (`MoveNotAllowed.said`), else its English."""
    said = getattr(error, "said", None)
    return translated(said) if isinstance(said, Message) else str(error)


def shown_argument(value: str) -> str:
    if isinstance(value, DayText):
        # The translation names its own locale and date pattern, whose calendar words
        # write the day (`20 ноября 2008`).
        locale = QLocale(QCoreApplication.translate("Checks", "en_US", "locale for dates"))
        pattern = QCoreApplication.translate("Checks", "MMMM d, yyyy", "date in a message")
        date = QDate(value.date.year, value.date.month, value.date.day)
        return locale.toString(date, pattern)
    if isinstance(value, Words):
        words = [QCoreApplication.translate("WorkflowWords", word) for word in value.words]
        return _joiner(value.joined_by).join(words)
    return value


def _joiner(joined_by: str) -> str:
    if joined_by == "and":
        return QCoreApplication.translate("WorkflowWords", " and ")
    if joined_by == "or":
        return QCoreApplication.translate("WorkflowWords", " or ")
    return QCoreApplication.translate("WorkflowWords", ", ")
