"""The desk's publishing endpoints in the library: name, kind, URL, user and switches.
Never a secret: that lives in the system keyring under the endpoint's name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select, update

from editorial.domain.errors import BadInput
from editorial.domain.publishing import ENDPOINT_KINDS, EndpointProfile, OutboxState
from editorial.domain.publishing_refusals import ENDPOINT_EXISTS, NO_SUCH_KIND, no_endpoint, refusal
from editorial.storage.outbox_tables import EndpointRow, OutboxRow
from editorial.storage.people_and_words import Transaction

Clock = Callable[[], dt.datetime]
_MAX_NAME = 100


def check_endpoint_name(name: str) -> str:
    text = name.strip()
    if not text:
        raise BadInput("An endpoint needs a name.")
    if len(text) > _MAX_NAME or any(not c.isprintable() for c in text):
        raise BadInput(
            f"An endpoint's name is up to {_MAX_NAME} printable characters, on one line."
        )
    return text


class EndpointStore:
    def __init__(self, read: Transaction, write: Transaction, clock: Clock) -> None:
        self._read = read
        self._write = write
        self._clock = clock

    def all(self) -> list[EndpointProfile]:
        with self._read() as session:
            rows = session.scalars(select(EndpointRow).order_by(EndpointRow.name))
            return [_profile(row) for row in rows]

    def get(self, name: str) -> EndpointProfile | None:
        with self._read() as session:
            row = session.scalars(select(EndpointRow).where(EndpointRow.name == name)).first()
            return _profile(row) if row is not None else None

    def add(self, profile: EndpointProfile) -> EndpointProfile:
        """Keep a new endpoint; `BadInput` when the name is taken or the kind unknown."""
        name = check_endpoint_name(profile.name)
        _check_kind(profile.kind)
        with self._write() as session:
            taken = session.scalars(select(EndpointRow.id).where(EndpointRow.name == name))
            if taken.first() is not None:
                raise BadInput.saying(refusal(ENDPOINT_EXISTS, name=repr(name)))
            row = EndpointRow(
                name=name, kind=profile.kind, url=profile.url, user=profile.user.strip(),
                enabled=profile.enabled, publish_on_approval=profile.publish_on_approval,
                kill_to_draft=profile.kill_to_draft, created_at=self._clock(),
            )  # fmt: skip
            session.add(row)
            session.flush()
            return _profile(row)

    def update(self, profile: EndpointProfile) -> EndpointProfile:
        """Change an endpoint's URL, user and switches (its name and kind stay)."""
        with self._write() as session:
            row = session.scalars(
                select(EndpointRow).where(EndpointRow.name == profile.name)
            ).first()
            if row is None:
                raise BadInput.saying(no_endpoint(profile.name))
            row.url, row.user = profile.url, profile.user.strip()
            row.enabled, row.kill_to_draft = profile.enabled, profile.kill_to_draft
            row.publish_on_approval = profile.publish_on_approval
            return _profile(row)

    def remove(self, name: str) -> int:
        """Forget an endpoint; what waited to go to it is canceled (the record of what
        went out stays). Returns how many entries were canceled."""
        pending = (OutboxState.QUEUED.value, OutboxState.RETRYING.value, OutboxState.FAILED.value)
        with self._write() as session:
            row = session.scalars(select(EndpointRow).where(EndpointRow.name == name)).first()
            if row is None:
                raise BadInput.saying(no_endpoint(name))
            session.delete(row)
            canceled = session.execute(
                update(OutboxRow)
                .where(OutboxRow.endpoint == name, OutboxRow.state.in_(pending))
                .values(state=OutboxState.CANCELED.value, last_reason="the endpoint was removed",
                        updated_at=self._clock())
                .execution_options(synchronize_session=False)
            )  # fmt: skip
            return int(canceled.rowcount)  # type: ignore[attr-defined]


def _check_kind(kind: str) -> None:
    if kind not in ENDPOINT_KINDS:
        kinds = ", ".join(ENDPOINT_KINDS)
        raise BadInput.saying(refusal(NO_SUCH_KIND, kind=repr(kind), kinds=kinds))


def _profile(row: EndpointRow) -> EndpointProfile:
    return EndpointProfile(
        name=row.name, kind=row.kind, url=row.url, user=row.user, enabled=row.enabled,
        publish_on_approval=row.publish_on_approval, kill_to_draft=row.kill_to_draft,
    )  # fmt: skip
