"""The dateline's date field reads the same on a Russian or German desktop as on an English
one. Once a QApplication exists the process runs in the desktop's locale, where
`strptime("%b")` wants `нояб` or `Nov.`; the field must not care. Each locale gets its own
process, as a real desktop session would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.locales import require_locale

CHILD = Path(__file__).with_name("date_locale_child.py")
ROOT = Path(__file__).resolve().parents[2]
TYPED = [
    "18 Nov 2008", "Nov. 18, 2008", "18 November 2008", "Sept 3 2008", "2008-11-18",
    "18.11.2008", "18 ноября 2008", "18 нояб. 2008", "18. November 2008", "3. März 2008",
    "18. Okt. 2008", "soon", "32 Nov 2008",
]  # fmt: skip
EXPECTED = {
    "18 Nov 2008": "2008-11-18", "Nov. 18, 2008": "2008-11-18",
    "18 November 2008": "2008-11-18", "Sept 3 2008": "2008-09-03",
    "2008-11-18": "2008-11-18", "18.11.2008": "2008-11-18", "18 ноября 2008": "2008-11-18",
    "18 нояб. 2008": "2008-11-18", "18. November 2008": "2008-11-18",
    "3. März 2008": "2008-03-03", "18. Okt. 2008": "2008-10-18", "soon": None,
    "32 Nov 2008": None,
}  # fmt: skip


def run_child(locale_name: str) -> dict[str, Any]:
    env = {**os.environ, "LC_ALL": locale_name, "LANG": locale_name, "LANGUAGE": "", "TZ": "UTC"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, str(CHILD), *TYPED],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


@pytest.mark.parametrize(
    ("locale_name", "desktop_november"),
    [("en_US.UTF-8", "Nov"), ("ru_RU.UTF-8", "ноя"), ("de_DE.UTF-8", "Nov")],
)
def test_the_date_field_reads_the_same_under_any_desktop_locale(
    locale_name: str, desktop_november: str
) -> None:
    answer = run_child(require_locale(locale_name))
    # The child really ran in that locale (what broke the old strptime field):
    assert answer["ctime"].replace("utf8", "UTF-8") == locale_name
    assert answer["strftime_b"].startswith(desktop_november)
    assert answer["read"] == EXPECTED
    assert answer["shown"] == {"field": "18 Nov 2008", "reading": "MOSCOW, 18 ноября (RIA) -"}
    # The story list writes its times in the window's language, not the desktop's.
    assert answer["updated"] == ["18 Nov 09:30", "18 Nov 2008"]
