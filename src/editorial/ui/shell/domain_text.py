"""The domain's messages in the window's language.

The Qt-free domain gives its English beside a `Message` (a template marked with
`QT_TRANSLATE_NOOP(context, ...)` and its values: `domain/translatable.py`); here the
template is looked up in the installed translation and filled in, a date written the
translation's way and the desk's words (`Words`) translated one by one. Without a
translation, or for a template it does not know, the English is shown as it was.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from editorial.domain.dates import short_date
from editorial.domain.translatable import DayText, Message, MessageText, MomentText, Words

ENGLISH_LOCALE = "en_US"


def translated(message: Message) -> str:
    if not message.template:
        return message.text
    template = QCoreApplication.translate(message.context, message.template)
    nested = any(isinstance(value, MessageText | MomentText) for _n, value in message.arguments)
    if template == message.template and not nested:  # a part may say more (`{path}: …`)
        return message.text
    arguments = {name: shown_argument(value) for name, value in message.arguments}
    try:
        return template.format(**arguments)
    except (KeyError, IndexError, ValueError):  # a translation naming a field wrongly
        return message.text


def error_text(error: BaseException | str) -> str:
    """What to show for an error (or an error's text kept as a `MessageText`): translated
    when it carries its message as a template (`EditorialError.said`), else its English."""
    if isinstance(error, str):
        return shown_argument(error)
    said = getattr(error, "said", None)
    return translated(said) if isinstance(said, Message) else str(error)


def translation_locale() -> str:
    """The locale the installed translation writes dates in (`ru_RU`); `en_US` without
    one."""
    return QCoreApplication.translate("Checks", "en_US", "locale for dates")


def interface_language() -> str:
    """The language the window speaks: "ru" under the Russian translation, "en" else."""
    return translation_locale().split("_")[0].lower() or "en"


def short_day(date: dt.date, *, year: bool = True) -> str:
    """`18 Nov 2008` (or `18 Nov`) as the domain writes it in English; in the
    translation's locale otherwise (`18 нояб. 2008`)."""
    locale = translation_locale()
    if locale == ENGLISH_LOCALE:
        return short_date(date, year=year)
    shown = QDate(date.year, date.month, date.day)
    return QLocale(locale).toString(shown, "d MMM yyyy" if year else "d MMM")


def local_moment(at: dt.datetime, pattern: str) -> str:
    """A local date and time written with a QLocale pattern (`dd MMM HH:mm`) in the
    translation's locale: its own month names (`1 дек. 14:05`), English without one."""
    moment = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second))
    return QLocale(translation_locale()).toString(moment, pattern)


def shown_argument(value: str) -> str:
    if isinstance(value, MessageText):
        return translated(value.message)
    if isinstance(value, MomentText):
        pattern = QCoreApplication.translate(
            "Review", "d MMM HH:mm", "a version's day and time, as a QLocale date pattern"
        )
        return local_moment(value.moment, pattern)
    if isinstance(value, DayText):
        # The translation names its own locale and date pattern, whose calendar words
        # write the day (`20 ноября 2008`).
        locale = QLocale(translation_locale())
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
