"""Marks English message templates for Qt's translation tools without importing Qt.

`pyside6-lupdate` finds calls by the name `QT_TRANSLATE_NOOP(context, text)`, whatever
module defines it, with literal arguments (a finding's context is always "Checks");
this one returns the text unchanged, so the domain keeps formatting
its English (the CLI, the JSON output) while the window looks the template up in its
translation (`QCoreApplication.translate(context, template)`) and fills it in itself.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked for translation in `context`."""
    return text
