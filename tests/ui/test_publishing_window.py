"""Publishing from the window, end to end on real parts: a real library file, the real
system keyring (tests/run.sh starts one), the real fault-injecting ninjs endpoint on
loopback (tests/sync/fault_server.py) and the window's own worker thread. Approve in the
window and the story arrives once and becomes published; a 503 is shown retrying with
when and why; a 422 fails until Resend; quitting never waits on a hanging endpoint."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from editorial.domain.publishing import EndpointProfile, OutboxState
from editorial.domain.story import Status
from editorial.services.workflow import USER_VARIABLE
from editorial.storage.library import Library
from editorial.ui.shell.main_window import MainWindow
from tests.sync.conftest import unique_name
from tests.sync.fault_server import serving
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.publishing_helpers import (
    HEADLINE,
    SECRET,
    USER,
    filed_story,
    require_keyring,
    service_over,
    show_publishing_tab,
    wait_state,
)
from tests.ui.test_main_window import artifacts_dir


@pytest.fixture(autouse=True)
def desk(monkeypatch: pytest.MonkeyPatch) -> None:
    require_keyring()
    monkeypatch.setenv(USER_VARIABLE, USER)


def approve(qtbot: QtBot, window: MainWindow) -> None:
    wait_idle(qtbot, window)
    action = window.commands.approve
    qtbot.waitUntil(action.isEnabled)  # what is offered is asked of the library
    action.trigger()


def open_status(window: MainWindow) -> Status | None:
    story = window.editor.story()
    return story.status if story is not None else None


def test_approved_in_the_window_the_story_arrives_once_and_is_published(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    with serving(SECRET.encode()) as server:
        name = unique_name("wire")
        story_id = filed_story(library_path, name, server.url)
        window = make_window(library_path)
        assert window.session.story_id == story_id
        show_publishing_tab(window)
        qtbot.waitUntil(lambda: window.publishing_panel.rows != [])
        assert window.publishing_panel.row_text(name) == "Goes out when the story is approved"
        assert window.controllers.publishing.lane.running  # type: ignore[union-attr]

        approve(qtbot, window)
        wait_state(qtbot, window, name, OutboxState.DELIVERED)
        qtbot.waitUntil(lambda: open_status(window) is Status.PUBLISHED, timeout=10_000)
        wait_idle(qtbot, window)

        assert len(server.requests) == 1 and server.requests[0].signed  # once, signed
        ((key, item),) = server.items().items()
        assert item["headlines"][0]["value"] == HEADLINE and item["pubstatus"] == "usable"
        assert key.endswith("@1")
        panel = window.publishing_panel
        assert panel.row_text(name).startswith("● Delivered as remote-1 · version 1")
        assert "remote-1" in panel.details.text()
        assert f'href="{server.url}/{key}">Open on the endpoint' in panel.details.text()
        assert window.status.workflow_state.text() == "Published"
        qtbot.waitUntil(lambda: window.publishing_light.state == "online")
        assert window.publishing_light.text() == "● Online"
        assert name in window.publishing_light.toolTip()
        time.sleep(0.3)  # nothing more goes: one version, one request
        assert len(server.requests) == 1
    with Library.open(library_path) as library:
        assert library.get(story_id).status is Status.PUBLISHED


def test_an_endpoint_answering_503_is_shown_retrying_with_when_and_why(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    with serving(SECRET.encode(), plan=lambda _n, _k: "503", retry_after="120") as server:
        name = unique_name("busy")
        filed_story(library_path, name, server.url)
        window = make_window(library_path)
        show_publishing_tab(window)
        approve(qtbot, window)
        wait_state(qtbot, window, name, OutboxState.RETRYING)
        text = window.publishing_panel.row_text(name)
        assert text.startswith("● Retrying at ") and "503" in text, text
        assert "Next try at" in window.publishing_panel.details.text()
        assert window.publishing_panel.resend_button.isEnabled()
        light = window.publishing_light
        qtbot.waitUntil(lambda: light.text() == "● Offline · 1 waiting")
        assert light.state == "offline"
        assert f"{name}: offline, answered 503" in light.toolTip()
        assert open_status(window) is Status.APPROVED  # not published: nothing delivered
        window.resize(1024, 700)
        wait_idle(qtbot, window)
        assert window.grab().save(str(artifacts_dir() / "publishing-retrying-1024x700.png"))
        # The light opens the outbox: the entry, its state and its attempts.
        light.click()
        dialog = window.controllers.publishing.outbox_dialog  # type: ignore[union-attr]
        assert dialog is not None
        qtbot.waitUntil(lambda: len(dialog.entries) == 1)
        assert dialog.entries[0].state is OutboxState.RETRYING
        dialog.select_entry(dialog.entries[0].id)
        qtbot.waitUntil(lambda: "503" in dialog.attempts.text())
        assert dialog.resend_button.isEnabled()
        assert "1 waiting" in dialog.summary.text()
        assert dialog.grab().save(str(artifacts_dir() / "publishing-outbox.png"))
        dialog.close()
        assert len(server.requests) == 1  # Retry-After: 120 is honoured


def test_a_422_fails_and_resend_delivers_once_the_endpoint_is_fixed(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    fixed = {"now": False}
    with serving(SECRET.encode(), plan=lambda _n, _k: "ok" if fixed["now"] else "422") as server:
        name = unique_name("strict")
        filed_story(library_path, name, server.url)
        window = make_window(library_path)
        show_publishing_tab(window)
        approve(qtbot, window)
        wait_state(qtbot, window, name, OutboxState.FAILED)
        panel = window.publishing_panel
        assert panel.row_text(name).startswith("● Failed: 422"), panel.row_text(name)
        qtbot.waitUntil(lambda: window.publishing_light.state == "failing")
        assert window.publishing_light.text() == "● 1 failed"
        time.sleep(0.5)
        assert len(server.requests) == 1  # refused: not tried again by itself

        fixed["now"] = True
        assert panel.resend_button.isEnabled()
        panel.resend_button.click()
        wait_state(qtbot, window, name, OutboxState.DELIVERED)
        qtbot.waitUntil(lambda: open_status(window) is Status.PUBLISHED, timeout=10_000)
        assert len(server.accepted) == 1 and len(server.requests) == 2
        qtbot.waitUntil(lambda: window.publishing_light.state == "online")


def test_quitting_does_not_wait_for_a_hanging_endpoint(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    with serving(SECRET.encode(), plan=lambda _n, _k: "slow", slow_seconds=15) as server:
        name = unique_name("slow")
        filed_story(library_path, name, server.url)
        window = make_window(library_path)
        approve(qtbot, window)
        qtbot.waitUntil(lambda: len(server.requests) == 1, timeout=10_000)  # under way
        # The window answers meanwhile: the request hangs on the worker's thread.
        answered: list[float] = []
        asked = time.monotonic()
        QTimer.singleShot(0, lambda: answered.append(time.monotonic()))
        qtbot.waitUntil(lambda: bool(answered), timeout=2000)
        assert answered[0] - asked < 1.0
        assert window.publishing_panel.isEnabled() and window.commands.outbox.isEnabled()
        started = time.monotonic()
        window.close()
        qtbot.waitUntil(lambda: window.runner.is_closed, timeout=10_000)
        assert time.monotonic() - started < 5
        with Library.open(library_path) as library:  # the move went in; the send waits
            entries = json.dumps([e.state.value for e in library.outbox.entries()])
        assert entries == '["sending"]'


def test_send_to_an_endpoint_that_takes_stories_by_hand(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    with serving(SECRET.encode()) as wire, serving(SECRET.encode()) as archive:
        name = unique_name("wire")
        story_id = filed_story(library_path, name, wire.url)
        with Library.open(library_path) as library:
            hand = EndpointProfile("archive", "ninjs-push", archive.url, publish_on_approval=False)
            service_over(library).add_endpoint(hand, SECRET)
        window = make_window(library_path)
        show_publishing_tab(window)
        panel = window.publishing_panel
        qtbot.waitUntil(lambda: len(panel.rows) == 2)
        assert not panel.send_button.isEnabled()  # not approved yet: nothing to send
        approve(qtbot, window)
        wait_state(qtbot, window, name, OutboxState.DELIVERED)
        qtbot.waitUntil(lambda: open_status(window) is Status.PUBLISHED, timeout=10_000)
        assert archive.requests == []  # it does not publish on approval
        assert panel.row_text("archive") == "Not sent · by hand only (Send to…)"

        assert panel.send_button.isEnabled()
        (to_archive,) = [a for a in panel.send_menu.actions() if a.text() == "archive"]
        assert to_archive.isEnabled()
        to_archive.trigger()
        wait_state(qtbot, window, "archive", OutboxState.DELIVERED)
        assert len(archive.accepted) == 1 and len(wire.requests) == 1
        (item,) = archive.items().values()
        assert item["version"] == "1"  # the version the wire has
        with Library.open(library_path) as library:
            assert library.get(story_id).status is Status.PUBLISHED
