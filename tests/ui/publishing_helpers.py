"""What the window's publishing tests share: the real system keyring (skipped where there
is none, failed where tests/run.sh started one), a real library with an endpoint (its
secret in that keyring) and a story filed for approval, and waiting on the tab."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editorial.domain.publishing import EndpointProfile, OutboxState
from editorial.domain.story import new_story
from editorial.services.publishing import PublishingService
from editorial.services.styles import StyleBook
from editorial.services.workflow import WorkflowService
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library
from editorial.sync.credentials import KeyringUnavailable, SecretStore
from editorial.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_idle

USER = "Carla Desk"
SECRET = "window-push-secret-4c1d"
HEADLINE = "Storm closes the harbour for a second day"
BODY = (
    "The port authority kept the harbour closed on Wednesday as winds of up to 110 km/h "
    "battered the coast.\n\nFerries to the islands will not sail before Friday."
)


def require_keyring() -> SecretStore:
    store = SecretStore()
    try:
        store.get("editorial-tests-probe")
    except KeyringUnavailable as problem:
        if os.environ.get("EDITORIAL_TEST_KEYRING"):
            pytest.fail(f"tests/run.sh started a keyring, but: {problem}")
        pytest.skip(f"no usable keyring here: {problem}")
    return store


def service_over(library: Library) -> PublishingService:
    return PublishingService(library, PreferencesHolder(Preferences()), StyleBook())


def filed_story(location: Path, endpoint: str, url: str, **switches: bool) -> int:
    """A library with one push endpoint (secret in the keyring) and a story submitted by
    the desk, waiting for approval; returns its id."""
    with Library.open(location) as library:
        service_over(library).add_endpoint(
            EndpointProfile(endpoint, "ninjs-push", url, **switches), SECRET
        )
        story = library.add(new_story("example.org", headline=HEADLINE).edited(body=BODY), by=USER)
        assert story.id is not None
        WorkflowService(library, PreferencesHolder(Preferences())).submit(story.id)
        return story.id


def wait_state(
    qtbot: QtBot, window: MainWindow, endpoint: str, state: OutboxState, timeout: int = 15_000
) -> None:
    panel = window.publishing_panel

    def reached() -> bool:
        try:
            return panel.state_of(endpoint) is state
        except LookupError:
            return False

    qtbot.waitUntil(reached, timeout=timeout)
    wait_idle(qtbot, window)


def show_publishing_tab(window: MainWindow) -> None:
    window.side_tabs.setCurrentWidget(window.publishing_panel)
