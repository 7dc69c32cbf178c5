"""The window's publishing dialogs on real widgets, a real library, the real keyring and
the real loopback endpoint: Desk ▸ Publishing Endpoints… (add one, its secret into the
keyring and nowhere else; a plain http:// URL elsewhere refused in a line; Test
Connection), Desk ▸ Pre-flight… (the exact JSON, valid against ninjs 2.2, and the word
diff against the version delivered), with pictures for a reviewer in artifacts/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editorial.domain.publishing import EndpointProfile, OutboxState
from editorial.services.workflow import USER_VARIABLE, WorkflowService
from editorial.settings import Preferences, PreferencesHolder
from editorial.storage.library import Library
from editorial.sync.credentials import SecretStore
from editorial.ui.publishing.endpoints_dialog import EndpointsDialog
from editorial.ui.publishing.preflight_dialog import PreflightDialog
from editorial.ui.shell.main_window import MainWindow
from tests.sync.fault_server import serving
from tests.ui.conftest import WindowFactory, wait_idle
from tests.ui.publishing_helpers import (
    SECRET,
    USER,
    filed_story,
    require_keyring,
    service_over,
    show_publishing_tab,
    wait_state,
)
from tests.ui.test_main_window import artifacts_dir

PICTURE = (1024, 700)
NEW_SECRET = "typed-into-the-window-93ab"
CORRECTED_BODY = (
    "The port authority kept the harbour closed on Wednesday as winds of up to 130 km/h "
    "battered the coast.\n\nFerries to the islands will not sail before Saturday."
)


@pytest.fixture(autouse=True)
def desk(monkeypatch: pytest.MonkeyPatch) -> None:
    require_keyring()
    monkeypatch.setenv(USER_VARIABLE, USER)


def picture(widget: object, name: str) -> Path:
    path = artifacts_dir() / name
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def open_endpoints(qtbot: QtBot, window: MainWindow) -> EndpointsDialog:
    action = window.commands.endpoints
    qtbot.waitUntil(action.isEnabled)
    action.trigger()
    dialog = window.controllers.publishing.endpoints_dialog  # type: ignore[union-attr]
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill(qtbot: QtBot, dialog: EndpointsDialog, name: str, url: str, secret: str) -> None:
    dialog.new_button.click()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.url, url)
    qtbot.keyClicks(dialog.secret, secret)


def test_endpoints_dialog_adds_one_with_its_secret_in_the_keyring_only_and_tests_it(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    keyring = SecretStore()
    with serving(NEW_SECRET.encode()) as server:
        name = "agency-feed"
        keyring.delete(name)  # from an earlier test of this run
        with Library.open(library_path) as library:  # a site is there already
            site = EndpointProfile("news-site", "wordpress", "https://news.example.org", "desk")
            service_over(library).add_endpoint(site, "app pass word")
        window = make_window(library_path)
        dialog = open_endpoints(qtbot, window)

        # Plain http:// to another machine is refused in a line; nothing is kept.
        fill(qtbot, dialog, name, "http://wire.example.com/ninjs", NEW_SECRET)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: "Plain http://" in dialog.answer.text())
        assert "use https:// for wire.example.com" in dialog.answer.text()
        assert dialog.list.count() == 1 and keyring.get(name) is None

        dialog.url.setText(server.url)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: "added" in dialog.answer.text())
        assert dialog.list.count() == 2 and name in dialog.list.item(0).text()
        assert keyring.get(name) == NEW_SECRET
        assert dialog.secret.text() == ""  # never shown back
        assert "Kept in the system keyring" in dialog.secret.placeholderText()
        assert dialog.save_button.text() == "Save Changes"

        dialog.test_button.click()  # the keyring's secret, off the GUI thread
        qtbot.waitUntil(lambda: dialog.answer.text().startswith("✔"), timeout=10_000)
        assert f"{server.url} answers (204" in dialog.answer.text()
        dialog.resize(*PICTURE)
        wait_idle(qtbot, window)
        picture(dialog, f"publishing-endpoints-{PICTURE[0]}x{PICTURE[1]}.png")

        dialog.secret.setText("not-the-secret")  # a wrong secret typed: said so
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.answer.text().startswith("✘"), timeout=10_000)
        assert "answered 401" in dialog.answer.text()

        dialog.secret.clear()
        dialog.on_approval.setChecked(False)  # by hand only from now on
        dialog.save_button.click()
        qtbot.waitUntil(lambda: "saved" in dialog.answer.text())
        assert keyring.get(name) == NEW_SECRET  # an empty field keeps the keyring's
        dialog.close()

    with Library.open(library_path) as library:
        kept = library.endpoints.get(name)
        assert kept == EndpointProfile(name, "ninjs-push", server.url, "", True, False, False)
    window.close()
    qtbot.waitUntil(lambda: window.runner.is_closed, timeout=10_000)
    # Not in the library file, its journal, the settings or the window's state files.
    kinds = ("DATA", "CONFIG", "STATE", "CACHE")
    folders = [library_path.parent, *(Path(os.environ[f"XDG_{k}_HOME"]) for k in kinds)]
    assert (Path(os.environ["XDG_CONFIG_HOME"]) / "editorial").is_dir()  # settings were kept
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and path.stat().st_size < 50_000_000:
                assert NEW_SECRET.encode() not in path.read_bytes(), path


def corrected_after_delivery(location: Path, name: str, url: str) -> int:
    """Version 1 delivered to `name`; the correction filed again, not yet approved; and an
    archive that takes stories by hand only."""
    story_id = filed_story(location, name, url)
    with Library.open(location) as library:
        service = service_over(library)
        archive = EndpointProfile("archive", "ninjs-push", url, publish_on_approval=False)
        service.add_endpoint(archive, SECRET)
        workflow = WorkflowService(library, PreferencesHolder(Preferences()))
        workflow.approve(story_id)
        report = service.sync_until_idle(timeout=10)
        assert report.delivered == 1 and report.pending == 0
        corrected = workflow.correct(story_id).story
        saved = library.save(corrected.edited(body=CORRECTED_BODY), explicit=True)
        workflow.submit(story_id, saved.version, "Corrects the wind speed and the sailing day.")
    return story_id


def test_preflight_shows_the_exact_json_its_validity_and_the_word_diff_since_delivered(
    make_window: WindowFactory, library_path: Path, qtbot: QtBot
) -> None:
    with serving(SECRET.encode()) as server:
        name = "agency-wire"  # a name a desk would give it, for the pictures
        story_id = corrected_after_delivery(library_path, name, server.url)
        window = make_window(library_path)
        assert window.session.story_id == story_id
        show_publishing_tab(window)
        wait_state(qtbot, window, name, OutboxState.DELIVERED)
        panel = window.publishing_panel
        assert panel.row_text("archive") == "Not sent · by hand only (Send to…)"
        window.resize(*PICTURE)
        wait_idle(qtbot, window)
        picture(window, f"publishing-tab-{PICTURE[0]}x{PICTURE[1]}.png")

        panel.preflight_button.click()
        qtbot.waitUntil(
            lambda: window.controllers.publishing.preflight_dialog is not None  # type: ignore[union-attr]
        )
        dialog = window.controllers.publishing.preflight_dialog  # type: ignore[union-attr]
        assert isinstance(dialog, PreflightDialog)
        assert [f.endpoint for f in dialog.flights] == [name]  # approval sends to it alone
        page = dialog.page(name)
        payload = page.payload.toPlainText()
        assert '"version": "2"' in payload and '"pubstatus": "usable"' in payload
        assert "130 km/h" in payload
        assert "Valid against the ninjs 2.2 schema" in page.heading.text()
        assert "Changes since version 1, the last it took" in page.heading.text()
        diff = page.diff.fragment
        assert '<del class="diff-del">110</del>' in diff or "110</del>" in diff, diff[:2000]
        assert "130" in diff and "Saturday" in diff and 'class="diff-ins"' in diff
        dialog.resize(*PICTURE)
        wait_idle(qtbot, window)
        picture(dialog, f"publishing-preflight-{PICTURE[0]}x{PICTURE[1]}.png")
        dialog.close()
        assert len(server.requests) == 1  # looking sends nothing
