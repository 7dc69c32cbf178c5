"""The publishing endpoints IT presets in the system-wide file
(`editorial.system_settings`), added to each library that lacks them when it opens. Only
what the library keeps goes in (name, kind, URL, user, switches): the secret is each
user's own, set with `editorial endpoint secret NAME` into their keyring. An endpoint
the library has already (by name) is left as the desk set it."""

from __future__ import annotations

from editorial.domain.errors import EditorialError
from editorial.domain.publishing import ENDPOINT_KINDS, EndpointProfile, check_endpoint_url
from editorial.storage.library import Library
from editorial.system_settings import SystemSettings


def add_preset_endpoints(library: Library, system: SystemSettings) -> list[str]:
    """Add the missing preset endpoints; returns a problem sentence for each that could
    not be added (the others are added regardless)."""
    problems: list[str] = []
    for preset in system.endpoints:
        name = str(preset["name"]).strip()
        if library.endpoints.get(name) is not None:
            continue
        try:
            if preset["kind"] not in ENDPOINT_KINDS:
                raise EditorialError(
                    f"{preset['kind']!r} is no kind of endpoint ({', '.join(ENDPOINT_KINDS)})"
                )
            profile = EndpointProfile(
                name, str(preset["kind"]), check_endpoint_url(str(preset["url"])),
                str(preset.get("user", "")), bool(preset.get("enabled", True)),
                bool(preset.get("publish_on_approval", True)),
                bool(preset.get("kill_to_draft", False)),
            )  # fmt: skip
            library.endpoints.add(profile)
        except EditorialError as error:
            problems.append(f"{system.path}: endpoint {name!r} not added: {error}")
    return problems
