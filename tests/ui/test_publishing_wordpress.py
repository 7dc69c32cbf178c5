"""The window publishing to a real WordPress (tests/run.sh starts one when the sync tests
run; skipped otherwise): approved in the window, the story is a published post, the tab
shows its post id and link, and the endpoints dialog's Test Connection says the site took
the application password."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editorial.domain.publishing import EndpointProfile, OutboxState
from editorial.domain.story import Status, new_story
from editorial.services.workflow import USER_VARIABLE, WorkflowService
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library
from tests.sync.conftest import unique_name
from tests.sync.wordpress_site import Site, wordpress  # noqa: F401 - the fixture
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.publishing_helpers import (
    BODY,
    USER,
    require_keyring,
    service_over,
    show_publishing_tab,
    wait_state,
)


@pytest.fixture(autouse=True)
def desk(monkeypatch: pytest.MonkeyPatch) -> None:
    require_keyring()
    monkeypatch.setenv(USER_VARIABLE, USER)


def test_approved_in_the_window_the_story_is_a_published_post(
    make_window: WindowFactory,
    library_path: Path,
    qtbot: QtBot,
    wordpress: Site,  # noqa: F811
) -> None:
    name = unique_name("site")
    headline = f"Harbour reopens after storm {name}"
    with Library.open(library_path) as library:
        site = EndpointProfile(name, "wordpress", wordpress.base_url, wordpress.user)
        service_over(library).add_endpoint(site, wordpress.app_password)
        story = library.add(new_story("example.org", headline=headline).edited(body=BODY), by=USER)
        assert story.id is not None
        WorkflowService(library, PreferencesHolder(Preferences())).submit(story.id)
    window = make_window(library_path)
    show_publishing_tab(window)
    wait_idle(qtbot, window)
    qtbot.waitUntil(window.commands.approve.isEnabled)
    window.commands.approve.trigger()
    wait_state(qtbot, window, name, OutboxState.DELIVERED, timeout=30_000)
    qtbot.waitUntil(lambda: window.editor.story().status is Status.PUBLISHED)  # type: ignore[union-attr]

    (row,) = window.publishing_panel.rows
    assert row.entry is not None and row.entry.remote_id.isdigit()
    post = wordpress.post(row.entry.remote_id)
    assert post["status"] == "publish" and post["title"]["raw"] == headline
    assert row.entry.link and "Open on the endpoint" in window.publishing_panel.details.text()

    window.commands.endpoints.trigger()
    dialog = window.controllers.publishing.endpoints_dialog  # type: ignore[union-attr]
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    dialog.list.setCurrentRow(0)
    assert dialog.user.text() == wordpress.user and dialog.kill_to_draft.isVisibleTo(dialog)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.answer.text().startswith(("✔", "✘")), timeout=20_000)
    assert dialog.answer.text().startswith("✔"), dialog.answer.text()
    dialog.close()
