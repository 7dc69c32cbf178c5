"""The composition root: make the application, show the window, then open the library.

The window is on screen before anything heavy is imported: settings, SQLAlchemy, Alembic
and markdown-it are loaded by the database lane while the window paints. A library that
cannot be opened is reported in the window, and nothing at its location is changed.

The story list is filled twice: first from the library's file read with sqlite3 alone
(`services/first_page.py`, milliseconds: the window is painted with its stories before
SQLAlchemy is even imported), then by the desk once it is open. That first look is begun
on a thread of its own as Qt starts (`FirstLook`), and is in the list before the window
shows, so the window's first frame is painted once, with the stories in it; a look that
takes longer than `FIRST_LOOK_WAIT_S` (a file on a slow share) does not hold the window
back longer: it is shown, and the list filled when the look comes back from the
database lane.

`EDITORIAL_EXIT_WHEN_READY=1` closes the window as soon as the desk is open, for the
benchmarks, and prints when the window was shown, its list first painted (`listed`) and
the desk ready, counted from `EDITORIAL_STARTED_AT` (seconds since the epoch) when the
caller gives it, with the process's CPU time at each.

Without a D-Bus session bus (a bare X session, ssh -X, a container), Qt's first look for
one (the accessibility bridge, the platform theme) makes libdbus "autolaunch" one with
`dbus-launch`, whose `dbus-daemon` outlives the window. `application()` prevents that,
and only that: a session bus that exists is used as before (the keyring needs it).
"""

from __future__ import annotations

import os
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editorial import installed_version
from editorial.app_log import hold_records, logger, setup_logging
from editorial.ui.shell.crash_report import install_crash_reporter
from editorial.ui.shell.domain_text import interface_language
from editorial.ui.shell.first_paint import when_painted
from editorial.ui.shell.library_switch import LibrarySwitch
from editorial.ui.shell.main_window import MainWindow
from editorial.ui.shell.resources import APP_ICON, resource_path
from editorial.ui.shell.tasks import TaskRunner
from editorial.ui.shell.theme import preferred_theme, theme_applier
from editorial.ui.shell.translations import install_translation, preferred_language
from editorial.ui.shell.window_state import WindowState

if TYPE_CHECKING:
    from editorial.domain.story import StorySummary
    from editorial.services.desk import Desk

APP_ID = "editorial"
# The desktop entry desktop/org.editorial.Editorial.desktop: telling Qt its name lets
# Wayland and X11 desktops match the window with the entry and its icon.
DESKTOP_FILE_ID = "org.editorial.Editorial"
EXIT_WHEN_READY = "EDITORIAL_EXIT_WHEN_READY"
STARTED_AT = "EDITORIAL_STARTED_AT"
SESSION_BUS = "DBUS_SESSION_BUS_ADDRESS"
# An address of no transport: libdbus (and GDBus) fail to connect at once, without
# autolaunching; the D-Bus maintainers' advice for "no session bus, please".
NO_SESSION_BUS = "disabled:"
# Qt's own switch (read once, at the pool's first use): no GUI thread pool; see
# `serial_painting`.
NO_GUI_THREAD_POOL = "QT_NO_GUI_THREADPOOL"
# How long the window waits, before it is built, for the first look at the library's file
# (then it shows without it): milliseconds are usual; a locked file gives up after 0.2 s.
FIRST_LOOK_WAIT_S = 0.3
# The first look's rows: what fills the list on a tall screen, not a whole page of the
# desk's (PAGE_SIZE; the 120 rows more are some 8 M instructions, 1.3 ms, of a cold
# start). A row is two lines and some padding, at least 40 pixels at the smallest usual
# font: 80 fill 3,200, a 4K screen's height at scale 1 with room to spare. The desk's own first page
# replaces them within the second, and scrolling fetches page after page from then on.
FIRST_LOOK_ROWS = 80


def prevent_bus_autolaunch(environ: MutableMapping[str, str] | None = None) -> bool:
    """Set the session bus address to `disabled:` when there is no session bus: none
    named in the environment and no socket of ours at `$XDG_RUNTIME_DIR/bus`, where
    libdbus looks next (the systemd user bus). True when it did. Children started later
    inherit it, so they too start no bus of their own."""
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin") or env.get(SESSION_BUS):
        return False
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and _own_socket(Path(runtime) / "bus"):
        return False
    env[SESSION_BUS] = NO_SESSION_BUS
    return True


def serial_painting(environ: MutableMapping[str, str] | None = None) -> None:
    """Qt's painting done on the GUI thread alone. Qt's raster engine hands every fill
    of 96 lines or more that is not one plain colour to its GUI thread pool in pieces,
    and waits: the style's scroll bar beside a long list (Fusion's gradient groove and
    outlines) made some 220 hand-overs to two threads started for it in the window's
    first frame, 600-900 context switches where the bare window has 60-90, each a wait
    on a busy machine. The same lines are drawn the same (the pieces are the same code
    in turn); the window converts or scales no image big enough for the pool to help."""
    env = os.environ if environ is None else environ
    env.setdefault(NO_GUI_THREAD_POOL, "1")


def _own_socket(path: Path) -> bool:
    """libdbus's own test for the user bus: a socket that belongs to this user."""
    try:
        status = path.stat()
    except OSError:
        return False
    return stat.S_ISSOCK(status.st_mode) and status.st_uid == os.geteuid()


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication, named so that desktops match it with editorial.desktop."""
    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        prevent_bus_autolaunch()  # before Qt first looks for the bus
        serial_painting()  # before Qt first paints
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or [APP_ID]))
    app.setApplicationName(APP_ID)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(DESKTOP_FILE_ID)
    applier = theme_applier(app)
    applier.apply(applier.choice)
    return app


def set_window_icon() -> None:
    """The installed theme icon when there is one, else the same drawing from resources/.
    Set once the first frame is painted, not before: looking it up in the icon theme and
    reading the drawing are some 3 M instructions (0.5 ms) of a cold start, and a desktop
    that shows the icon (a task bar) shows it a moment after the window, or finds it by
    the desktop file."""
    from PySide6.QtGui import QIcon

    QApplication.setWindowIcon(
        QIcon.fromTheme(DESKTOP_FILE_ID, QIcon(str(resource_path(APP_ICON))))
    )


def first_look_task(location: str | None) -> list[StorySummary] | None:
    """The library's first page read straight from its file, before SQLAlchemy is
    loaded (`services/first_page.py`); None when it cannot be read so."""
    from editorial.services.first_page import peek_first_page

    return peek_first_page(location, FIRST_LOOK_ROWS)


class FirstLook:
    """`first_look_task` on a thread of its own, begun before Qt starts: its waits for
    the disk (a cold cache) pass while the application, its theme and its translation are
    made, and a file that takes long (a slow share) holds the window back no longer than
    `result`'s timeout. (Its Python shares the interpreter: no time is saved there.)"""

    def __init__(self, location: str | None) -> None:
        # Imported here, on the GUI thread: two threads importing the same modules at
        # once would only wait for each other.
        from editorial.services.first_page import peek_first_page

        self._found: list[StorySummary] | None = None
        self._error: Exception | None = None

        def look() -> None:
            try:
                self._found = peek_first_page(location, FIRST_LOOK_ROWS)
            except Exception as error:  # said by `result`, on the GUI thread
                self._error = error

        self._thread = threading.Thread(target=look, name="first look", daemon=True)
        self._thread.start()

    def result(self, timeout: float) -> tuple[bool, list[StorySummary] | None]:
        """(done, the first page or None) once the look is done or `timeout` is over:
        not done, the look goes on unheeded (it only reads)."""
        self._thread.join(timeout)
        if self._thread.is_alive():
            return False, None
        if self._error is not None:
            logger.warning("first look failed: %s: %s", type(self._error).__name__, self._error)
        return True, self._found


@contextmanager
def style_sheet_held_back() -> Iterator[None]:
    """The application's style sheet taken off while the first window is built, and put
    back once before it shows: built under a style sheet, each widget's style is worked
    out again at every step (made, laid out, put in a splitter or a tab), some 5 ms of
    the start; put back, each is worked out once. The window shows as it would have."""
    app = QApplication.instance()
    # Not with other windows about: they would show without it for a moment.
    if not isinstance(app, QApplication) or not app.styleSheet() or app.topLevelWidgets():
        yield
        return
    sheet = app.styleSheet()
    app.setStyleSheet("")
    try:
        yield
    finally:
        app.setStyleSheet(sheet)


def open_library_task(
    location: str | None, language: str = "en"
) -> tuple[Desk, list[StorySummary]]:
    """Runs on the database lane: everything heavy is imported here, off the GUI thread.
    `language`: the window's, which a new library's welcome story is written in."""
    logger.info("window started: Editorial %s", installed_version())  # after the first paint
    from editorial.services.desk import open_desk
    from editorial.ui.library.story_list_model import PAGE_SIZE

    desk = open_desk(location, keep_locally=True, welcome_language=language)
    # The first page only: the list reads the rest as it is scrolled.
    return desk, desk.editing.list_page(limit=PAGE_SIZE)


def open_window(
    location: str | None,
    runner: TaskRunner | None = None,
    state: WindowState | None = None,
    files: Sequence[str] = (),
    look: FirstLook | None = None,
    painted: Callable[[], object] | None = None,
) -> MainWindow:
    """Show a main window and start opening the library in the background; `files`
    (`editorial story.md`, the desktop entry's %F) are imported into it once it is
    open, and the first of their stories is shown. `look`: the first look at the
    library, begun already (by `run_app`, while Qt starts); `painted`: called once the
    window's first frame is painted, before the desk starts opening."""
    look = look or FirstLook(location)
    # Awaited before the window is built, not while: the look's Python and the window's
    # would take the interpreter from each other in turns of some milliseconds.
    looked, summaries = look.result(FIRST_LOOK_WAIT_S)
    runner = runner or TaskRunner()
    with style_sheet_held_back():
        window = MainWindow(runner, state)
    runner.setParent(window)
    # The stories in the model before the window shows: its first frame has them.
    filled = looked and window.fill_first_look(summaries)
    window.show()
    if files:
        _import_when_ready(window, list(files))

    language = interface_language()  # read here: the lane is another thread

    def open_library() -> None:
        if not runner.is_closed:
            runner.database(
                lambda: open_library_task(location, language),
                lambda opened: window.library_opened(*opened),
                window.library_failed,
                label="open library",
            )

    def after_first_paint() -> None:
        set_window_icon()
        if painted is not None:
            painted()
        open_library()
        window.complete()  # the editor and the hidden pages, while the desk opens

    def first_look(summaries: list[StorySummary] | None) -> None:
        window.show_first_look(summaries)  # painted when it returns
        # Only then: the desk's imports on the lane (SQLAlchemy, Alembic, ...) and the
        # window's other parts would share the interpreter with the paint and hold it back.
        QTimer.singleShot(0, window, after_first_paint)

    def first_frame() -> None:
        window.first_frame_painted(filled)
        QTimer.singleShot(0, window, after_first_paint)

    if looked:
        # `listed` once the first frame, the list in it, is painted; the desk opens after.
        when_painted(window, first_frame)
    else:  # the file is slow to read: the window shows now, the list when it is read
        runner.database(
            lambda: first_look_task(location),
            first_look,
            lambda _error: after_first_paint(),  # logged; the desk says what is wrong
            label="first look",
        )
    # Another library chosen in the preferences: the composition runs again over it.
    LibrarySwitch(window, reopen_window, window)
    return window


def reopen_window(desk: Desk, summaries: list[StorySummary], state: WindowState) -> MainWindow:
    """A window over a desk already open, in the place of one that left its library."""
    runner = TaskRunner()
    window = MainWindow(runner, state)
    runner.setParent(window)
    LibrarySwitch(window, reopen_window, window)
    window.show()
    window.complete()  # no first look to paint first: the desk is open already
    window.library_opened(desk, summaries)
    return window


def library_switch(window: MainWindow) -> LibrarySwitch:
    """The window's way to another library (`switched` gives the window that follows)."""
    switch = window.findChild(LibrarySwitch)
    assert switch is not None
    return switch


def _import_when_ready(window: MainWindow, files: list[str]) -> None:
    def ready() -> None:
        window.ready.disconnect(ready)
        # After the story the window opens first (queued on the same lane when ready
        # returns), so the imported one is the one shown.
        QTimer.singleShot(0, window, lambda: import_files(window, files))

    window.ready.connect(ready)


def import_files(window: MainWindow, files: list[str]) -> None:
    if not window.runner.is_closed:  # not closed meanwhile (EDITORIAL_EXIT_WHEN_READY)
        window.tools.transfer.import_paths(files)


def run_app(library_location: str | None, files: Sequence[str] = ()) -> int:
    """The window, until the editor quits, with `files` imported and the first shown.
    Returns the process exit status."""
    hold_records()  # for the log file, set up once the window is painted
    # The library's file read as Qt starts up (its disk waits, at least, meanwhile).
    look = FirstLook(library_location)
    app = application(sys.argv[:1])
    theme_applier(app).apply(preferred_theme())
    # Before any window is made: widgets take their texts when they are built.
    install_translation(app, preferred_language())
    install_crash_reporter(app)
    from editorial.ui.shell.garbage import MainThreadCollector

    collector = MainThreadCollector(app)
    app.aboutToQuit.connect(collector.stop)

    def painted() -> None:
        setup_logging()
        # Ctrl+C or a polite kill before the first frame ends the start as it does while
        # Python loads (nothing is typed yet); from now on it closes the window, saving.
        _close_on_signals(lambda: shown[0])

    window = open_window(library_location, files=files, look=look, painted=painted)
    window.ready.connect(collector.settle)
    shown = [window]  # the window of the library open now (another library: another window)

    def follow(current: MainWindow) -> None:
        shown[0] = current
        app.aboutToQuit.connect(current.save_before_quit)
        library_switch(current).switched.connect(follow)

    follow(window)
    if os.environ.get(EXIT_WHEN_READY) == "1":
        _report_time("shown")
        window.listed.connect(lambda: _report_time("listed", window))
        window.ready.connect(lambda: _report_time("ready"))
        window.ready.connect(lambda: QTimer.singleShot(0, window.close))
        window.library_error.connect(lambda _message: app.exit(2))
    return app.exec()


def _close_on_signals(window: Callable[[], MainWindow]) -> None:
    """Ctrl+C in the terminal or a polite kill closes the window as Ctrl+Q does, saving
    first. Python only sees a signal when it runs, so a timer wakes it now and then.
    Set once the first frame is painted: `signal`'s enums are some 3 M instructions."""
    import signal

    def close(_signal: int, _frame: object) -> None:
        QTimer.singleShot(0, lambda: window().close())

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, close)
    waker = QTimer(QApplication.instance())
    waker.timeout.connect(lambda: None)
    waker.start(250)


def _report_time(moment: str, painted: MainWindow | None = None) -> None:
    if painted is not None:
        painted.repaint()  # what is timed is the window as it shows, not a queued paint
    try:
        started = float(os.environ.get(STARTED_AT, ""))
    except ValueError:
        return
    # The CPU time too: on a busy machine the wall clock also counts waiting for a core.
    print(f"{moment} {(time.time() - started) * 1000:.0f} ms", flush=True)
    print(f"{moment}-cpu {time.process_time() * 1000:.0f} ms", flush=True)
