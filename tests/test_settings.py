"""Preferences: typed options with defaults, kept as JSON, never lost to a damaged file, and
read by several threads as whole snapshots that an update swaps, never edits."""

from __future__ import annotations

import ast
import dataclasses
import json
import threading
from pathlib import Path

import pytest

from editorial import settings as settings_module
from editorial.domain.errors import BadInput
from editorial.settings import (
    OPTIONS,
    SETTINGS_VERSION,
    Preferences,
    PreferencesHolder,
    config_dir,
    load_preferences,
    login_full_name,
    save_preferences,
)


def test_defaults_come_from_the_declared_options(tmp_path: Path) -> None:
    loaded = load_preferences(tmp_path / "settings.json")
    assert loaded.house_style == OPTIONS["house_style"].default == "agency"
    assert loaded.headline_limit == 80
    assert loaded.byline_name == "Desk Tester"  # $EDITORIAL_USER (tests/conftest.py)


def test_every_option_is_one_typed_field_with_a_title() -> None:
    fields = {f.name: f for f in dataclasses.fields(Preferences)}
    assert set(OPTIONS) == set(fields) - {"unknown", "locked", "system_defaults"}
    assert OPTIONS["headline_limit"].type is int
    assert OPTIONS["editor_name"].type is str
    assert all(option.title for option in OPTIONS.values())


def test_values_survive_a_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "settings.json"
    holder = PreferencesHolder.load(path)
    changed = holder.update({"editor_name": "Анна Иванова", "headline_limit": 65})
    assert changed == {"editor_name", "headline_limit"}
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["settings_version"] == SETTINGS_VERSION
    assert stored["editor_name"] == "Анна Иванова"
    again = load_preferences(path)
    assert again.editor_name == "Анна Иванова"
    assert again.headline_limit == 65


def test_an_update_says_what_changed_and_a_same_value_changes_nothing(tmp_path: Path) -> None:
    holder = PreferencesHolder.load(tmp_path / "settings.json")
    assert holder.update({"house_style": "agency"}) == frozenset()
    assert not (tmp_path / "settings.json").exists()  # nothing to write
    assert holder.update({"house_style": "ap", "headline_limit": 80}) == {"house_style"}


def test_a_wrong_type_is_refused_on_update_and_ignored_on_load(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"headline_limit": "eighty", "house_style": "ap"}))
    loaded = load_preferences(path)
    assert loaded.headline_limit == 80
    assert loaded.house_style == "ap"
    holder = PreferencesHolder(loaded, path)
    for wrong in ({"headline_limit": "ninety"}, {"headline_limit": True}, {"no_such": 1}):
        with pytest.raises(BadInput):
            holder.update(wrong)
    assert holder.current is loaded  # a refused update leaves the snapshot in effect


def test_keys_this_version_does_not_know_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"newer_option": [1, 2], "house_style": "ap"}))
    holder = PreferencesHolder.load(path)
    holder.update({"headline_limit": 70})
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["newer_option"] == [1, 2]
    assert stored["house_style"] == "ap" and stored["headline_limit"] == 70


def test_a_damaged_file_is_kept_aside_and_defaults_apply(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    loaded = load_preferences(path)
    assert loaded.house_style == "agency"
    assert (tmp_path / "settings.damaged.json").read_text() == "{not json"


def test_an_old_file_is_upgraded_step_by_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def rename_style(old: dict[str, object]) -> dict[str, object]:
        upgraded = dict(old)
        upgraded["house_style"] = {"wire": "agency"}.get(str(old.pop("style", "")), "agency")
        upgraded.pop("style", None)
        return upgraded

    monkeypatch.setattr(settings_module, "SETTINGS_VERSION", 2)
    monkeypatch.setitem(settings_module.UPGRADES, 2, rename_style)
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"settings_version": 1, "style": "wire", "headline_limit": 70}))
    loaded = load_preferences(path)
    assert loaded.house_style == "agency"
    assert loaded.headline_limit == 70
    assert "style" not in loaded.unknown


def test_the_settings_live_in_the_users_config_folder(isolated_user_folders: Path) -> None:
    assert str(config_dir()).startswith(str(isolated_user_folders / "config"))


def test_an_unset_name_signs_nothing_never_the_login_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the editor gives a name, new stories have no byline (the checks say so):
    the login's name (`BY ROOT`) would go out under the story."""
    monkeypatch.delenv("EDITORIAL_USER")
    holder = PreferencesHolder.load(tmp_path / "settings.json")
    assert holder.current.editor_name == ""
    assert holder.current.byline_name == ""
    assert login_full_name() != ""  # there is a login name; it is not used
    monkeypatch.setenv("EDITORIAL_USER", " Night Desk ")
    assert holder.current.byline_name == "Night Desk"
    holder.update({"editor_name": "Anna Ivanova"})
    assert holder.current.editor_name == holder.current.byline_name == "Anna Ivanova"


def test_the_new_options_have_their_defaults_and_bounds(tmp_path: Path) -> None:
    loaded = load_preferences(tmp_path / "settings.json")
    assert loaded.interface_language == "system"
    assert (loaded.initials, loaded.editor_font, loaded.editor_font_size) == ("", "", 0)
    assert loaded.autosave_seconds == 1.5 and loaded.autosave_ms == 1500
    assert loaded.preferred_dictionaries == ()
    odd = Preferences(autosave_seconds=0.01, spelling_languages="en-GB; ru_RU,en_GB")
    assert odd.autosave_ms == 500  # the bounds the window allows
    assert Preferences(autosave_seconds=3600.0).autosave_ms == 60_000
    assert odd.preferred_dictionaries == ("en_GB", "ru_RU")


def test_a_whole_number_of_seconds_is_a_float_option_value(tmp_path: Path) -> None:
    """JSON and TOML write `2` for two seconds: taken as 2.0, never as true."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"autosave_seconds": 3}))
    loaded = load_preferences(path)
    assert loaded.autosave_seconds == 3.0 and isinstance(loaded.autosave_seconds, float)
    holder = PreferencesHolder(loaded, path)
    holder.update({"autosave_seconds": 4})
    assert isinstance(holder.current.autosave_seconds, float)
    with pytest.raises(BadInput):
        holder.update({"autosave_seconds": True})


def test_the_first_start_is_the_one_without_a_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    holder = PreferencesHolder.load(path)
    assert not holder.existed
    assert holder.update({}, always_write=True) == frozenset()
    assert json.loads(path.read_text())["settings_version"] == SETTINGS_VERSION
    assert PreferencesHolder.load(path).existed


def test_a_snapshot_cannot_be_changed_in_place() -> None:
    preferences = Preferences()
    with pytest.raises(dataclasses.FrozenInstanceError):
        preferences.headline_limit = 10  # type: ignore[misc]
    with pytest.raises(TypeError):
        preferences.unknown["x"] = 1  # type: ignore[index]


def test_readers_on_other_threads_see_whole_snapshots(tmp_path: Path) -> None:
    """A writer swaps pairs of values that belong together while readers on other threads
    take snapshots: no reader ever sees one value of a pair with the other of another."""
    holder = PreferencesHolder(Preferences(house_style="s0", headline_limit=0))
    stop = threading.Event()
    mixed: list[tuple[str, int]] = []

    def read() -> None:
        while not stop.is_set():
            snapshot = holder.current
            if snapshot.house_style != f"s{snapshot.headline_limit}":
                mixed.append((snapshot.house_style, snapshot.headline_limit))

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    try:
        for n in range(1, 3000):
            holder.update({"house_style": f"s{n}", "headline_limit": n})
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    assert mixed == []
    assert holder.current.headline_limit == 2999


def test_save_writes_through_a_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_preferences(Preferences(headline_limit=70), path)
    assert json.loads(path.read_text(encoding="utf-8"))["headline_limit"] == 70
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_settings_do_not_import_pwd_where_the_module_loads() -> None:
    """Windows has no `pwd`: the module may look it up only inside a guarded function."""
    tree = ast.parse(Path(settings_module.__file__).read_text(encoding="utf-8"))
    top_level = [
        alias.name
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    ] + [node.module for node in tree.body if isinstance(node, ast.ImportFrom)]
    assert "pwd" not in top_level


def test_the_login_name_is_found_without_pwd(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pwd(name: str, *args: object, **kwargs: object) -> object:
        if name == "pwd":
            raise ImportError("No module named 'pwd'")  # as on Windows
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pwd)
    monkeypatch.setenv("LOGNAME", "anna")
    login_full_name.cache_clear()
    try:
        assert login_full_name() == "anna"
    finally:
        login_full_name.cache_clear()
