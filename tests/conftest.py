"""Every test runs with its own empty data and config folders, so no test ever sees the
developer's real library or settings."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from editorial.domain.story import Story


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # tests/run.sh spreads the tests over pytest-xdist workers (--dist loadgroup): the
    # tests of the one real WordPress all go to one worker, since PHP's built-in server
    # answers one request at a time and their deadlines assume it answers theirs.
    for item in items:
        if "wordpress" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("wordpress"))


@pytest.fixture(scope="session")
def _user_homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("homes")


_home_numbers = itertools.count()


@pytest.fixture(autouse=True)
def isolated_user_folders(_user_homes: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # A new numbered folder in one folder of homes: `mktemp` would look through every
    # folder the session has made so far to number it, thousands by the end, every test.
    home = _user_homes / str(next(_home_numbers))
    home.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("EDITORIAL_LIBRARY", raising=False)
    # A name at the desk, so the window's first start asks none (a test of that question
    # removes it), and every test is the same person whatever the login.
    monkeypatch.setenv("EDITORIAL_USER", "Desk Tester")
    return home


AppLogState = tuple[list[Any], bool, int, int]  # its handlers, propagate, level; root's level


def _app_log_reset_to(state: AppLogState) -> None:
    """The app's handlers taken out (closed; its file's also from the root logger, where
    `setup_logging` puts it), never pytest's own on the root logger."""
    import logging

    from editorial.app_log import logger

    handlers, propagate, level, root_level = state
    root = logging.getLogger()
    for handler in [h for h in logger.handlers if h not in handlers]:
        logger.removeHandler(handler)
        if handler in root.handlers:
            root.removeHandler(handler)
        handler.close()
    logger.propagate, logger.level = propagate, level
    root.setLevel(root_level)


@pytest.fixture(scope="session")
def _app_log_at_start() -> AppLogState:
    import logging

    from editorial.app_log import logger

    return list(logger.handlers), logger.propagate, logger.level, logging.getLogger().level


@pytest.fixture(autouse=True)
def app_log_as_at_start(_app_log_at_start: AppLogState) -> Iterator[None]:
    """The app's logger as the run found it, before and after every test: a window or an
    in-process `editorial` command holds the app's records or writes them to a file of
    its own, unpropagated, and a later test's `caplog` would see nothing (in a parallel
    run any test can come after any other, or after a module's fixture that did so)."""
    _app_log_reset_to(_app_log_at_start)
    yield
    _app_log_reset_to(_app_log_at_start)


@pytest.fixture(autouse=True)
def every_kept_story_exports_valid_ninjs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Whatever a test keeps in a library (added, imported or saved, from any thread)
    must export as ninjs 2.2 that validates against the official schema; a test that
    made an invalid one fails at its end, naming the story and the schema's complaint."""
    from editorial.formats.ninjs_export import story_to_ninjs
    from editorial.storage.library import Library
    from tests.formats.conftest import ninjs_22_validator

    problems: list[str] = []

    def validate(stories: list[Story]) -> None:
        for story in stories:
            for error in ninjs_22_validator().iter_errors(story_to_ninjs(story)):
                problems.append(f"{story.uri}: {error.json_path}: {error.message}")

    def checked(method: Callable[..., Any], pick: Callable[[Any], list[Story]]) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            validate(pick(result))
            return result

        return wrapper

    monkeypatch.setattr(Library, "add_many", checked(Library.add_many, list))
    monkeypatch.setattr(Library, "save", checked(Library.save, lambda s: [s]))
    monkeypatch.setattr(
        Library, "import_stories", checked(Library.import_stories, lambda done: list(done.kept))
    )
    yield
    assert not problems, "stories that do not export as valid ninjs 2.2:\n" + "\n".join(
        problems[:20]
    )


BACKENDS = (
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
)


@pytest.fixture(scope="session")
def _shared_postgres_database() -> Any:
    from tests.postgres_library import SharedDatabase

    return SharedDatabase()


@pytest.fixture(params=BACKENDS)
def library_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's library lives: a new SQLite file, and (a second run of the test) an
    emptied database on the real PostgreSQL tests/run.sh starts. `Library.open` takes it
    as it takes `--library`."""
    if request.param == "sqlite":
        return str(tmp_path / "lib.sqlite")
    only = request.node.get_closest_marker("sqlite_only")
    if only is not None:
        pytest.skip(f"SQLite only: {only.args[0] if only.args else 'a library file'}")
    return str(request.getfixturevalue("_shared_postgres_database").location())


def is_sqlite(location: str) -> bool:
    return "://" not in location or location.startswith("sqlite")
