"""`QT_TRANSLATE_NOOP` with the type it has: Qt's own returns `object` to the type
checker. It marks a constant for lupdate under a context and gives it back untranslated;
it is translated where it is shown, with `QCoreApplication.translate(context, text)`.
(The same as `editorial.ui.shell.translations.QT_TRANSLATE_NOOP`, kept here so that the
editor does not depend on the shell.)"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
