"""Which library opens, and the welcome story a first run finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorial.services.library import default_library_path, open_library, resolve_location
from editorial.services.welcome import WELCOME_HEADLINE
from editorial.settings import Preferences


def test_first_run_opens_the_default_library_with_the_welcome_story(
    isolated_user_folders: Path,
) -> None:
    library = open_library(None, Preferences())
    try:
        assert library.location == str(default_library_path())
        assert str(default_library_path()).startswith(str(isolated_user_folders / "data"))
        stories = library.list_stories()
        assert [s.headline for s in stories] == [WELCOME_HEADLINE]
        welcome = library.get(stories[0].id)
        assert welcome.dateline.city and welcome.lede and welcome.body
    finally:
        library.close()

    again = open_library(None, Preferences())  # the second run adds nothing
    try:
        assert again.count() == 1
    finally:
        again.close()


def test_a_library_chosen_by_the_user_starts_empty(tmp_path: Path) -> None:
    library = open_library(str(tmp_path / "desk.sqlite"), Preferences())
    try:
        assert library.count() == 0
    finally:
        library.close()


def test_flag_beats_environment_beats_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_location(None) == (str(default_library_path()), True)
    monkeypatch.setenv("EDITORIAL_LIBRARY", str(tmp_path / "env.sqlite"))
    assert resolve_location(None) == (str(tmp_path / "env.sqlite"), False)
    assert resolve_location("sqlite:////srv/desk.db") == ("sqlite:////srv/desk.db", False)


def test_a_url_location_works(tmp_path: Path) -> None:
    library = open_library(f"sqlite:///{tmp_path / 'by-url.sqlite'}", Preferences())
    try:
        assert library.count() == 0
        assert (tmp_path / "by-url.sqlite").exists()
    finally:
        library.close()


def test_the_welcome_story_has_no_spelling_findings() -> None:
    from editorial.services.desk import open_desk

    desk = open_desk(None, Preferences())
    try:
        welcome = desk.editing.get(desk.editing.list_stories()[0].id)
        spelling = [f for f in desk.checking.check(welcome) if f.code == "spelling"]
        assert spelling == []
        assert desk.checking.dictionary_words("en") >= {"lede", "standfirst"}
    finally:
        desk.close()


def test_a_russian_desk_s_first_library_welcomes_it_in_russian() -> None:
    from editorial.services.desk import open_desk
    from editorial.services.welcome import RUSSIAN_WELCOME_HEADLINE

    desk = open_desk(None, Preferences(), welcome_language="ru")
    try:
        welcome = desk.editing.get(desk.editing.list_stories()[0].id)
        assert welcome.headline == RUSSIAN_WELCOME_HEADLINE
        assert welcome.language == "ru"
        for text in (welcome.headline, welcome.lede, welcome.body, welcome.note):
            assert sum("а" <= c.lower() <= "я" for c in text) > len(text) // 3, text
        assert "Ctrl+N" in welcome.body and "Markdown" in welcome.body
        assert welcome.bylines[0].name == "Команда Editorial"
        assert welcome.dateline.city == "Москва" and welcome.dateline.date is not None
        # The checks find nothing wrong in it: its spelling is the desk's Russian.
        findings = desk.checking.check(welcome)
        assert [f.message for f in findings if f.code == "spelling"] == []
        assert desk.checking.dictionary_words("ru") >= {"дейтлайн", "лид"}
    finally:
        desk.close()


def test_only_the_default_library_gets_its_folder_made(
    isolated_user_folders: Path, tmp_path: Path
) -> None:
    from editorial.domain.errors import LibraryError

    data = isolated_user_folders / "data"
    with pytest.raises(LibraryError, match=r"There is no library at .* yet"):
        open_library(None, Preferences(), create=False)  # a command that only reads
    assert not data.exists()

    typo = tmp_path / "nonexistent" / "dir" / "lib.sqlite"
    with pytest.raises(LibraryError, match=r"the folder .*nonexistent/dir does not exist"):
        open_library(str(typo), Preferences())
    assert not (tmp_path / "nonexistent").exists()

    library = open_library(None, Preferences())  # the window, `new`, `import`
    try:
        assert library.created and data.is_dir() and library.count() == 1
    finally:
        library.close()
    again = open_library(None, Preferences(), create=False)  # now reading finds it
    try:
        assert not again.created and again.count() == 1
    finally:
        again.close()


def test_a_desk_that_only_reads_needs_a_library(tmp_path: Path) -> None:
    from editorial.domain.errors import LibraryError
    from editorial.services.desk import open_desk

    with pytest.raises(LibraryError, match="There is no library at"):
        open_desk(str(tmp_path / "desk.sqlite"), Preferences(), create=False)
    assert list(tmp_path.iterdir()) == []
