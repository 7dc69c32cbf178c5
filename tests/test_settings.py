"""Preferences: typed options with defaults, kept as JSON, never lost to a damaged file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editorial import settings as settings_module
from editorial.settings import OPTIONS, SETTINGS_VERSION, Settings, config_dir


def test_defaults_come_from_the_declared_options(tmp_path: Path) -> None:
    loaded = Settings.load(tmp_path / "settings.json")
    assert loaded.get("house_style") == OPTIONS["house_style"].default == "agency"
    assert loaded.get("headline_limit") == 80
    assert loaded.get("editor_name")  # falls back to the login's name, never empty


def test_values_survive_a_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "settings.json"
    first = Settings.load(path)
    first.set("editor_name", "Анна Иванова")
    first.set("headline_limit", 65)
    first.save()
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["settings_version"] == SETTINGS_VERSION
    again = Settings.load(path)
    assert again.get("editor_name") == "Анна Иванова"
    assert again.get("headline_limit") == 65


def test_a_wrong_type_is_refused_on_set_and_ignored_on_load(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"headline_limit": "eighty", "house_style": "ap"}))
    loaded = Settings.load(path)
    assert loaded.get("headline_limit") == 80
    assert loaded.get("house_style") == "ap"
    with pytest.raises(TypeError):
        loaded.set("headline_limit", "ninety")


def test_a_damaged_file_is_kept_aside_and_defaults_apply(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    loaded = Settings.load(path)
    assert loaded.get("house_style") == "agency"
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
    loaded = Settings.load(path)
    assert loaded.get("house_style") == "agency"
    assert loaded.get("headline_limit") == 70


def test_the_settings_live_in_the_users_config_folder(isolated_user_folders: Path) -> None:
    assert str(config_dir()).startswith(str(isolated_user_folders / "config"))


def test_an_unset_name_stays_unset_while_the_login_name_stands_in(tmp_path: Path) -> None:
    loaded = Settings.load(tmp_path / "settings.json")
    assert loaded.stored("editor_name") == ""
    assert loaded.get("editor_name") != ""
    loaded.set("editor_name", "Anna Ivanova")
    assert loaded.stored("editor_name") == loaded.get("editor_name") == "Anna Ivanova"
