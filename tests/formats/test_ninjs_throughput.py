"""A bulk file of HTML-bodied ninjs items reads whole and right. How fast is measured by
bench/bench_ninjs_import.py, not here: a timed test fails on a busy machine, not on a slow
reader."""

from __future__ import annotations

import json
from pathlib import Path

from editorial.formats import read_file

PARAGRAPH = (
    "Russia's envoy to NATO Dmitry Rogozin said on Tuesday that ambassador-level "
    "consultations between Russia and NATO could take place before the end of the year, "
    "and that the alliance had <em>signalled</em> it was ready to listen."
)


def item(number: int) -> dict[str, object]:
    html = f"<p>ANKARA, November 18 (RIA Novosti) - {PARAGRAPH}</p>" + "".join(
        f"<p>{PARAGRAPH} ({number}.{i})</p>" for i in range(9)
    )
    return {
        "uri": f"http://agency.example/items/{number}",
        "versioncreated": "2008-11-18T09:30:00Z",
        "headlines": [{"role": "main", "value": f"Russia urges dialogue {number}"}],
        "bodies": [{"contenttype": "text/html", "value": html}],
        "by": "Anna Ivanova",
        "located": "Ankara, Turkey",
        "language": "en",
    }


def test_a_json_lines_file_of_two_thousand_items_reads_every_story(tmp_path: Path) -> None:
    count = 2000
    file = tmp_path / "wire.jsonl"
    file.write_text("".join(json.dumps(item(n)) + "\n" for n in range(count)), encoding="utf-8")
    stories = read_file(file).stories
    assert len(stories) == count
    assert [s.headline for s in stories[:2]] == [
        "Russia urges dialogue 0",
        "Russia urges dialogue 1",
    ]
    assert stories[-1].dateline.source == "RIA Novosti"
    assert stories[-1].body.endswith("(1999.8)")
