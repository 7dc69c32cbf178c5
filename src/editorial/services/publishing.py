"""Publishing as use cases, for the window and the command line alike: the desk's
endpoints (add with the secret, which goes to the system keyring only; list; remove;
test the connection), the outbox (list, attempts, resend), sending (one pass, or until
nothing is left), and the pre-flight view of exactly what each endpoint will receive.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable

from editorial.domain.errors import BadInput
from editorial.domain.house_style import HouseStyle
from editorial.domain.publishing import (
    PENDING,
    DeliveryAction,
    DeliveryAttempt,
    EndpointProfile,
    EndpointStatus,
    OutboxEntry,
    OutboxState,
    Preflight,
    SyncReport,
    check_endpoint_url,
    idempotency_key,
)
from editorial.domain.publishing_refusals import (
    ENDPOINT_EXISTS,
    NO_SUCH_KIND,
    no_endpoint,
    refusal,
    secret_kept,
)
from editorial.domain.story import Status, Story
from editorial.domain.translatable import error_message_text
from editorial.services.outbox_sender import OutboxSender
from editorial.services.styles import StyleBook
from editorial.settings import PreferencesHolder
from editorial.storage.endpoint_store import check_endpoint_name
from editorial.storage.library import Library
from editorial.sync.connection_check import CHECK_DEADLINE, check_within
from editorial.sync.credentials import KeyringUnavailable, SecretStore, check_secret
from editorial.sync.kinds import KINDS, build_target
from editorial.sync.target import Delivery, Payload
from editorial.sync.worker import OutboxWorker, new_client


class PublishingService:
    def __init__(
        self, library: Library, preferences: PreferencesHolder, styles: StyleBook,
        secrets: SecretStore | None = None,
        worker: Callable[..., OutboxWorker] = OutboxWorker,
    ) -> None:  # fmt: skip
        self._library = library
        self._preferences = preferences
        self._styles = styles
        self._secrets = secrets or SecretStore()
        self._worker = worker

    # Endpoints

    def endpoints(self) -> list[EndpointProfile]:
        return self._library.endpoints.all()

    def add_endpoint(self, profile: EndpointProfile, secret: str) -> EndpointProfile:
        """Keep a new endpoint and put its secret in the system keyring. Everything is
        checked before anything is written; a keyring that cannot be used keeps nothing."""
        name = check_endpoint_name(profile.name)
        if profile.kind not in KINDS:
            kinds = ", ".join(KINDS)
            raise BadInput.saying(refusal(NO_SUCH_KIND, kind=repr(profile.kind), kinds=kinds))
        url = check_endpoint_url(profile.url)
        secret = check_secret(secret)
        if self._library.endpoints.get(name) is not None:
            raise BadInput.saying(refusal(ENDPOINT_EXISTS, name=repr(name)))
        clean = EndpointProfile(
            name, profile.kind, url, profile.user.strip(), profile.enabled,
            profile.publish_on_approval, profile.kill_to_draft,
        )  # fmt: skip
        self._secrets.set(name, secret)
        try:
            return self._library.endpoints.add(clean)
        except BaseException:
            self._secrets.delete(name)
            raise

    def update_endpoint(
        self, profile: EndpointProfile, secret: str | None = None
    ) -> EndpointProfile:
        """Change an endpoint's URL, user and switches; a new secret when one is given."""
        checked = EndpointProfile(
            profile.name, profile.kind, check_endpoint_url(profile.url), profile.user,
            profile.enabled, profile.publish_on_approval, profile.kill_to_draft,
        )  # fmt: skip
        if self._library.endpoints.get(profile.name) is None:
            raise BadInput.saying(no_endpoint(profile.name))
        if secret is not None:
            self._secrets.set(profile.name, check_secret(secret))
        return self._library.endpoints.update(checked)

    def remove_endpoint(self, name: str) -> int:
        """Forget an endpoint and its secret; returns how many waiting entries were
        canceled with it."""
        canceled = self._library.endpoints.remove(name)
        try:
            self._secrets.delete(name)
        except KeyringUnavailable as problem:
            kept = secret_kept(name, error_message_text(problem))
            raise KeyringUnavailable.saying(kept) from None
        return canceled

    def test_endpoint(self, name: str, deadline: float = CHECK_DEADLINE) -> str:
        """Whether the endpoint answers and takes the credentials, in a line; raises an
        `EditorialError` saying what is wrong otherwise (or that the endpoint did not
        finish answering within `deadline` seconds)."""
        return self.check_connection(self._endpoint(name), deadline=deadline)

    def check_connection(
        self, profile: EndpointProfile, secret: str | None = None,
        deadline: float = CHECK_DEADLINE,
    ) -> str:  # fmt: skip
        """`test_endpoint` for a profile as given (the window tests a form before it
        keeps it): with `secret`, else the one the keyring holds for its name. Reads no
        library, so it may run on any thread."""
        checked = EndpointProfile(
            profile.name, profile.kind, check_endpoint_url(profile.url), profile.user.strip(),
            profile.enabled, profile.publish_on_approval, profile.kill_to_draft,
        )  # fmt: skip
        key = check_secret(secret) if secret else self._secrets.require(profile.name)
        with new_client() as client:
            target = build_target(checked, key, client, self._style())
            return check_within(checked, client, target.check_connection, deadline)

    # The outbox

    def outbox(self, story_id: int | None = None) -> list[OutboxEntry]:
        return self._library.outbox.entries(story_id)

    def outbox_of(self, story_id: int) -> list[OutboxEntry]:
        """One story's entries, asked for by its id: `StoryNotFound` for a story the
        library does not hold, rather than an empty list that reads as 'nothing queued'."""
        entries = self._library.outbox.entries(story_id)
        if not entries:
            self._library.get(story_id)
        return entries

    def attempts(self, entry_id: int) -> list[DeliveryAttempt]:
        return self._library.outbox.attempts(entry_id)

    def resend(self, entry_id: int) -> OutboxEntry:
        """Send a failed entry (or one waiting for its next try) again, now."""
        return self._library.outbox.resend(entry_id)

    def send_to(self, story_id: int, endpoint: str) -> OutboxEntry:
        """Send an approved or published story to one endpoint by hand (one that does not
        publish on approval, or one added since it went out)."""
        return self._library.outbox.send_by_hand(story_id, endpoint)

    def pending(self) -> int:
        """Entries still to go to enabled endpoints (the status bar's number)."""
        return self._library.outbox.pending_count()

    def endpoint_statuses(self) -> list[EndpointStatus]:
        """Per endpoint: what waits, what failed, and whether it answered last time."""
        return self._library.outbox.endpoint_statuses()

    # Sending

    def new_worker(self, library: Library | None = None) -> OutboxWorker:
        """A worker over this library (or `library`, another connection to it)."""
        library = library or self._library
        return self._worker(
            library.outbox, library.endpoints, library.workflow, self._secrets.require,
            style=self._style,
        )  # fmt: skip

    def open_sender(self) -> OutboxSender:
        """A worker over a connection of its own, for the window's publishing thread
        (close it there when done)."""
        library = self._library.another_connection()
        return OutboxSender(library, self.new_worker(library))

    def sync_once(self) -> SyncReport:
        """Send what is due now, and return."""
        return self.new_worker().run_once()

    def sync_until_idle(self, timeout: float | None = None) -> SyncReport:
        """Send until nothing is left to go, sleeping through backoffs and embargoes (or
        until `timeout` seconds have passed)."""
        return self.new_worker().run_until_idle(timeout)

    # Pre-flight

    def preflight(self, story_id: int) -> list[Preflight]:
        """What each endpoint will receive for the story: its queued versions, or (for a
        story not yet approved) what approving it now would send."""
        story = self._library.get(story_id)
        waiting = [e for e in self._library.outbox.entries(story_id)
                   if e.state in PENDING or e.state is OutboxState.FAILED]  # fmt: skip
        if waiting:
            planned = [(e, self._library.outbox.entry(e.id)[1]) for e in reversed(waiting)]
            return [
                self._preflight(
                    entry.endpoint, entry, snapshot, entry.action, entry.published_version
                )
                for entry, snapshot in planned
            ]
        if story.status is Status.KILLED:
            return []
        version = self._library.outbox.upcoming_version(story_id)
        found = []
        for profile in self.endpoints():
            if not (profile.enabled and profile.publish_on_approval):
                continue
            went = self._library.outbox.last_delivered(story_id, profile.name)
            action = DeliveryAction.CORRECT if went else DeliveryAction.PUBLISH
            found.append(self._preflight(profile.name, None, story.edited(
                status=Status.APPROVED), action, version))  # fmt: skip
        return found

    def _preflight(
        self, endpoint: str, entry: OutboxEntry | None, story: Story, action: DeliveryAction,
        version: int,
    ) -> Preflight:  # fmt: skip
        profile = self._endpoint(endpoint)
        payload = self._payload(profile, story, action, version, entry)
        diff, last_version, delivered = "", None, ""
        if story.id is not None:
            went = self._library.outbox.last_delivered(story.id, endpoint)
            if went is not None and (entry is None or went[0].id != entry.id):
                last, sent = went
                before = self._payload(profile, sent, last.action, last.published_version, last)
                diff = _diff(before, payload, last.published_version, version)
                last_version = last.published_version
                delivered = "".join(_lines(before))
        return Preflight(endpoint, profile.kind, payload.content_type, payload.body,
                         payload.problems, diff, last_version, entry,
                         "".join(_lines(payload)), delivered)  # fmt: skip

    def _payload(
        self, profile: EndpointProfile, story: Story, action: DeliveryAction, version: int,
        entry: OutboxEntry | None,
    ) -> Payload:  # fmt: skip
        # A queued version shows the payload frozen for it: exactly what will go.
        delivery = Delivery(
            story=story, action=action, published_version=version,
            idempotency_key=entry.idempotency_key if entry else idempotency_key(story.uri, version),
            remote_id=entry.remote_id if entry else "",
            frozen=self._library.outbox.frozen_payload(entry.id) if entry else "",
        )  # fmt: skip
        with new_client() as client:  # a payload needs no secret and sends nothing
            return build_target(profile, "", client, self._style()).payload(delivery)

    def _endpoint(self, name: str) -> EndpointProfile:
        profile = self._library.endpoints.get(name)
        if profile is None:
            raise BadInput.saying(no_endpoint(name))
        return profile

    def _style(self) -> HouseStyle:
        return self._styles.chosen(self._preferences.current)


def _lines(payload: Payload) -> list[str]:
    shown = payload.fields or {"body": payload.body}
    return json.dumps(shown, indent=2, ensure_ascii=False, sort_keys=True).splitlines(True)


def _diff(before: Payload, after: Payload, old: int, new: int) -> str:
    return "".join(difflib.unified_diff(
        _lines(before), _lines(after), f"version {old} (delivered)", f"version {new}",
    ))  # fmt: skip
