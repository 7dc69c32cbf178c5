"""The cheaper check of which modules use PySide6 gives PySide6's own answers."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

ANSWERS = """
import json, linecache, sys
import editorial.ui  # installs the cheaper check
feature = sys.modules["shibokensupport.feature"]
if sys.argv[1] == "pyside":  # PySide6's own again, for what is imported next
    feature._mod_uses_pyside = feature._mod_uses_pyside.original
import editorial.ui.shell.main_window, editorial.services.desk, email.mime.text
kept = [name for name in linecache.cache  # sources read after the check was installed
        if name.endswith(".py") and "/editorial/" in name and "pyside_source" not in name]
print(json.dumps([feature.pyside_feature_dict, kept]))
"""


def answers(mode: str) -> tuple[dict[str, int], list[str]]:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(ANSWERS), mode],
                          capture_output=True, text=True, check=True, timeout=120)  # fmt: skip
    found, kept = json.loads(done.stdout.splitlines()[-1])
    return found, kept


def test_the_same_modules_are_found_to_use_pyside_and_no_source_is_kept() -> None:
    pysides, pysides_kept = answers("pyside")
    cheaper, cheaper_kept = answers("cheaper")
    assert cheaper == pysides
    # Uses PySide6 (the pane: the editor itself is built after the window's first frame).
    assert pysides["editorial.ui.editor.editor_pane"] == 0
    assert pysides["sqlalchemy.orm"] == -1  # does not
    assert pysides_kept and not cheaper_kept  # PySide6's own read keeps every source
