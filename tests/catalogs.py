"""The catalogs the desk builds, built once for the tests that use the real data: the
bundled house styles and the GeoNames gazetteer (about a second, on first use)."""

from __future__ import annotations

from functools import cache

from editorial.domain.gazetteer import Gazetteer
from editorial.services.places import load_gazetteer
from editorial.services.styles import bundled_catalog

BUNDLED = bundled_catalog()
HOUSE_STYLES = BUNDLED.styles
AGENCY, AP, REUTERS = HOUSE_STYLES["agency"], HOUSE_STYLES["ap"], HOUSE_STYLES["reuters"]


@cache
def real_gazetteer() -> Gazetteer:
    return load_gazetteer()
