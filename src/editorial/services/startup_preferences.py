"""The preferences the window reads before its first frame (its colours, its language,
the library it lists): read quickly from the settings file in the usual case
(`editorial.startup_settings`), by the settings themselves in any other."""

from __future__ import annotations

from editorial.startup_settings import StartupKey, quick_preference


def startup_preference(key: StartupKey) -> str:
    """The preference `key` as `load_preferences()` gives it now."""
    quick = quick_preference(key)
    if quick is not None:
        return quick
    from editorial.settings import load_preferences  # a system-wide file, a damaged one...

    return str(getattr(load_preferences(), key))
