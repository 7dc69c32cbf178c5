"""Run by test_date_locales.py in its own process, under the locale its environment names:
create the QApplication (which makes the process take the desktop's locale, as the real
window does), type dates into the dateline fields and print what they understood."""

from __future__ import annotations

import datetime as dt
import json
import locale
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication

from editorial.domain.dateline import Dateline
from editorial.domain.house_style import format_dateline
from editorial.services.styles import bundled_catalog
from editorial.ui.editor.dateline_fields import DatelineFields
from editorial.ui.library.story_list import format_updated

NOV_18 = dt.datetime(2008, 11, 18, 9, 30, tzinfo=dt.UTC)


def main() -> None:
    app = QApplication([])
    fields = DatelineFields()
    # The desk hands the fields its chosen style's formatter: here, the bundled agency's.
    agency = bundled_catalog().get("agency")
    fields.set_formatter(lambda line, language: format_dateline(line, agency, language))
    fields.set_language("ru")
    fields.set_dateline(Dateline(city="Moscow", date=dt.date(2008, 11, 18), source="RIA"))
    shown = {"field": fields.date.text(), "reading": fields.reading.text()}
    read: dict[str, str | None] = {}
    for text in sys.argv[1:]:
        fields.date.setText(text)
        fields.date.textEdited.emit(text)
        date = fields.dateline().date
        read[text] = date.isoformat() if fields.date_understood and date else None
    print(
        json.dumps(
            {
                "ctime": locale.setlocale(locale.LC_TIME),
                "strftime_b": dt.date(2008, 11, 18).strftime("%b"),
                "shown": shown,
                "read": read,
                # The story list's time (the child runs in UTC): this year, and before.
                "updated": [
                    format_updated(NOV_18, dt.datetime(2008, 12, 1, tzinfo=dt.UTC)),
                    format_updated(NOV_18, dt.datetime(2009, 1, 2, tzinfo=dt.UTC)),
                ],
            },
            ensure_ascii=False,
        )
    )
    app.quit()


if __name__ == "__main__":
    main()
