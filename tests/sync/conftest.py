"""A library with stories to publish, a real fault-injecting endpoint on loopback, and a
worker that drains the outbox to it (the secret handed in here; the keyring has tests of
its own, with the real Secret Service)."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator

import httpx
import pytest

from editorial.domain.publishing import EndpointProfile
from editorial.domain.story import Story, new_story
from editorial.domain.workflow import EVERY_ROLE, Action, Actor
from editorial.storage.library import Library
from editorial.sync.backoff import RetryPolicy
from editorial.sync.credentials import KeyringUnavailable, SecretStore
from editorial.sync.worker import OutboxWorker
from tests.storage.whole import assert_whole_at

CHIEF = Actor("Carla Chief", EVERY_ROLE)
SECRET = "s3cr3t-push-key-7f1e"
# Tests wait milliseconds, not minutes, between tries.
FAST = RetryPolicy(initial=0.01, maximum=0.05, floor=0.01)


@pytest.fixture
def library(library_location: str) -> Iterator[Library]:
    with Library.open(library_location) as opened:
        yield opened
    assert_whole_at(library_location)


def add_endpoint(library: Library, name: str, url: str, **switches: bool) -> None:
    library.endpoints.add(EndpointProfile(name, "ninjs-push", url, **switches))


def make_worker(
    library: Library, secrets: dict[str, str] | None = None, *,
    timeout: float = 5.0, policy: RetryPolicy = FAST,
) -> OutboxWorker:  # fmt: skip
    known = secrets if secrets is not None else {}

    def secret_for(name: str) -> str:
        return known.get(name, SECRET)

    def client() -> httpx.Client:
        return httpx.Client(timeout=httpx.Timeout(timeout, connect=2.0), follow_redirects=False)

    return OutboxWorker(
        library.outbox, library.endpoints, library.workflow, secret_for,
        policy=policy, client=client,
    )  # fmt: skip


def move(library: Library, story: Story, action: Action, note: str = "Because.") -> Story:
    assert story.id is not None
    return library.workflow.move(story.id, story.version, action, CHIEF, note=note)


def approve_new(library: Library, headline: str, **fields: object) -> Story:
    story = library.add(
        new_story("x.org", headline=headline).edited(body=f"{headline}: the body.", **fields)
    )
    return move(library, move(library, story, Action.SUBMIT), Action.APPROVE)


def correct_and_approve(library: Library, story: Story, body: str) -> Story:
    current = library.get(story.id)  # type: ignore[arg-type]
    corrected = move(library, current, Action.CORRECT, "Corrects the body")
    saved = library.save(corrected.edited(body=body), explicit=True)
    return move(library, move(library, saved, Action.SUBMIT), Action.APPROVE)


@pytest.fixture
def soon() -> Callable[[float], dt.datetime]:
    def after(seconds: float) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)

    return after


@pytest.fixture
def secret_store() -> SecretStore:
    """The real system keyring (tests/run.sh starts GNOME Keyring on a private session
    bus); skipped where there is none, failed where tests/run.sh said it started one."""
    store = SecretStore()
    try:
        store.get("editorial-tests-probe")
    except KeyringUnavailable as problem:
        if os.environ.get("EDITORIAL_TEST_KEYRING"):
            pytest.fail(f"tests/run.sh started a keyring, but: {problem}")
        pytest.skip(f"no usable keyring here: {problem}")
    return store


def unique_name(prefix: str = "wire") -> str:
    """An endpoint name no other test uses (the test keyring lives for the whole run)."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"
