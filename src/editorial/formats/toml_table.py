"""Typed, path-aware reads from a parsed TOML table, for the style files (house styles,
dateline grammars): every mistake is a `HouseStyleError` naming the file and the table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from editorial.domain.findings import Severity
from editorial.domain.house_style_model import HouseStyleError

_T = TypeVar("_T")


class StyleTable:
    """Typed, path-aware reads from one TOML table; unknown keys are errors, so a typo
    in a user's file is reported rather than silently ignored."""

    def __init__(self, data: Any, where: str, source: str) -> None:
        if not isinstance(data, Mapping):
            raise HouseStyleError(source, f"{where or 'the file'} must be a table")
        self.data, self.where, self.source = data, where, source
        self.used: set[str] = set()

    def _get(self, key: str, kind: type[_T] | tuple[type, ...], label: str) -> _T | None:
        self.used.add(key)
        if key not in self.data:
            return None
        value = self.data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(f"{key} must be {label}, not {value!r}")
        return value  # type: ignore[return-value]

    def error(self, message: str) -> HouseStyleError:
        place = f"[{self.where}] " if self.where else ""
        return HouseStyleError(self.source, place + message)

    def text(self, key: str, default: str) -> str:
        value = self._get(key, str, "a string")
        return default if value is None else value

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, bool, "true or false")
        return default if value is None else value

    def number(self, key: str, default: int) -> int:
        value = self._get(key, int, "a whole number")
        return default if value is None else value

    def choice(self, key: str, default: str, choices: Iterable[str]) -> str:
        value = self.text(key, default)
        allowed = tuple(choices)
        if value not in allowed:
            raise self.error(f"{key} must be one of {', '.join(allowed)}, not {value!r}")
        return value

    def severity(self, key: str, default: Severity) -> Severity:
        return Severity(self.choice(key, default.value, [s.value for s in Severity]))

    def texts(self, key: str, default: Iterable[str] = ()) -> tuple[str, ...]:
        value = self._get(key, (list, str), "a list of strings")
        if value is None:
            return tuple(default)
        items = [value] if isinstance(value, str) else value
        if not all(isinstance(item, str) for item in items):
            raise self.error(f"{key} must be a list of strings")
        return tuple(items)

    def text_map(self, key: str) -> dict[str, str]:
        table = self.table(key)
        result = {name: table.text(name, "") for name in table.data}
        return result

    def table(self, key: str) -> StyleTable:
        self.used.add(key)
        return StyleTable(self.data.get(key, {}), f"{self.where}.{key}".lstrip("."), self.source)

    def tables(self, key: str) -> list[StyleTable]:
        items = self._get(key, list, "an array of tables ([[...]])") or []
        return [StyleTable(item, f"{self.where}.{key}[{n}]".lstrip("."), self.source)
                for n, item in enumerate(items, 1)]  # fmt: skip

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self.error(f"unknown setting {', '.join(map(repr, unknown))}")
