"""Start-up in a real process: the window comes before the heavy imports, and
`editorial` (no subcommand) opens, fills the list and exits cleanly when asked to."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
HEAVY = ("sqlalchemy", "alembic", "markdown_it")


def run_python(
    code: str, env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def process_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(SRC) + os.pathsep + env.get("PYTHONPATH", ""),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    env.update(extra)
    return env


def test_the_window_is_shown_before_any_heavy_import(tmp_path: Path) -> None:
    result = run_python(
        f"""
        import sys
        from editorial.ui.shell.app import application
        from editorial.ui.shell.main_window import MainWindow
        from editorial.ui.shell.tasks import TaskRunner
        app = application()
        runner = TaskRunner()
        window = MainWindow(runner)
        window.show()
        app.processEvents()
        print(sorted(m for m in {HEAVY!r} if m in sys.modules))
        runner.shutdown()
        """,
        process_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_editorial_opens_the_default_library_and_exits_when_ready(tmp_path: Path) -> None:
    env = process_env(tmp_path, EDITORIAL_EXIT_WHEN_READY="1")
    env.pop("EDITORIAL_LIBRARY", None)
    result = run_python("from editorial.cli import main; raise SystemExit(main([]))", env)
    assert result.returncode == 0, result.stderr
    library = tmp_path / "data" / "editorial" / "library.sqlite"
    assert library.is_file()  # created, with the welcome story, on first start
    assert (tmp_path / "config" / "editorial" / "window-state.ini").is_file()


def test_editorial_with_a_bad_library_exits_non_zero_and_changes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database\n" * 50)
    env = process_env(tmp_path, EDITORIAL_EXIT_WHEN_READY="1")
    result = run_python(
        f"from editorial.cli import main; raise SystemExit(main(['--library', {str(bad)!r}]))",
        env,
    )
    assert result.returncode == 2
    assert bad.read_text() == "not a database\n" * 50
