"""Bulk import keeps up with the desk: at least 1,000 HTML-bodied ninjs items a second
(bench/bench_ninjs_import.py prints the full figures; this guards against regressions)."""

from __future__ import annotations

import json
import time
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


def test_json_lines_import_sustains_a_thousand_stories_a_second(tmp_path: Path) -> None:
    count = 2000
    file = tmp_path / "wire.jsonl"
    file.write_text("".join(json.dumps(item(n)) + "\n" for n in range(count)), encoding="utf-8")
    read_file(file)  # warm imports
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        stories = read_file(file).stories
        best = min(best, time.perf_counter() - started)
    assert len(stories) == count and stories[-1].dateline.source == "RIA Novosti"
    assert count / best >= 1000, f"{count / best:,.0f} stories/s"
