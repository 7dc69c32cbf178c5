"""Reading and changing the editor's preferences while the desk is open.

The services read the preferences from one `PreferencesHolder`; an update replaces the
snapshot there whole, so a check or a render running on another lane sees either the
old preferences or the new ones, never half of each (see `editorial.settings`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from editorial.domain.changes import DeskChanges
from editorial.domain.errors import EditorialError
from editorial.services.styles import StyleBook
from editorial.settings import Preferences, PreferencesHolder


@dataclass(frozen=True, slots=True)
class HouseStyleChoice:
    key: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class PreferencesChanges:
    """What an update changed (`keys`) and the preferences now in effect."""

    keys: frozenset[str]
    preferences: Preferences

    def __contains__(self, key: object) -> bool:
        return key in self.keys

    @property
    def changes(self) -> DeskChanges:
        """The update as the views hear of it."""
        return DeskChanges(preferences=self.keys)


class PreferencesService:
    def __init__(self, holder: PreferencesHolder, styles: StyleBook) -> None:
        self._holder = holder
        self._styles = styles

    def current(self) -> Preferences:
        return self._holder.current

    def house_styles(self) -> list[HouseStyleChoice]:
        """The house styles to choose from. Reads the style files again (the editor may
        have changed them since), so call it off the GUI thread."""
        return [
            HouseStyleChoice(key, style.title, style.description)
            for key, style in self._styles.reload().styles.items()
        ]

    def reload_house_styles(self) -> DeskChanges:
        """Read the house style files again (the editor changed one in their folder)."""
        self._styles.reload()
        return DeskChanges(styles=True)

    def is_first_start(self) -> bool:
        """No settings file was there when the desk opened: this user's first start."""
        return not self._holder.existed

    def update(
        self, values: Mapping[str, Any], *, always_write: bool = False
    ) -> PreferencesChanges:
        """Keep these values and put them in effect. Raises `BadInput` for an unknown
        option or a value of the wrong type, `EditorialError` when the file cannot be
        written (then nothing changes). `always_write`: write the settings file even
        when nothing changed (the first start's setup is then done)."""
        try:
            keys = self._holder.update(values, always_write=always_write)
        except OSError as error:
            raise EditorialError(
                f"The preferences could not be saved to {self._holder.path}: "
                f"{error.strerror or error}"
            ) from error
        return PreferencesChanges(keys, self._holder.current)
