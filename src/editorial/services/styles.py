"""The house styles an editor can choose: the bundled ones, with the files in the user's
`house_styles` config folder laid over them (same name: merged; new name: a new style)."""

from __future__ import annotations

from pathlib import Path

from editorial.domain.house_style import HouseStyle
from editorial.domain.house_style_loader import HouseStyleCatalog, load_house_styles
from editorial.settings import Preferences, config_dir


def user_styles_dir() -> Path:
    return config_dir() / "house_styles"


class StyleBook:
    """Loads the catalog once per process (the files are small but parsed with rules)."""

    def __init__(self, override_dir: Path | None = None) -> None:
        self._override_dir = override_dir if override_dir is not None else user_styles_dir()
        self._catalog: HouseStyleCatalog | None = None

    @property
    def catalog(self) -> HouseStyleCatalog:
        if self._catalog is None:
            self._catalog = load_house_styles(self._override_dir)
        return self._catalog

    def reload(self) -> HouseStyleCatalog:
        self._catalog = None
        return self.catalog

    def chosen(self, preferences: Preferences) -> HouseStyle:
        return self.catalog.get(preferences.house_style)
