"""Where a delivery stands, in words a desk editor reads at a glance: the outbox's states
(queued, sending, delivered, retrying, failed) with when and why, and the status bar
light's summary of every endpoint."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QObject

from editorial.domain.delivery_reasons import reason_message
from editorial.domain.publishing import (
    DeliveryAction,
    EndpointProfile,
    EndpointStatus,
    OutboxEntry,
    OutboxState,
)
from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.ui.shell.domain_text import translated
from editorial.ui.shell.plural_text import counted
from editorial.ui.shell.theme import current_theme

STATE_TITLES = {
    OutboxState.QUEUED: QT_TRANSLATE_NOOP("OutboxText", "Queued"),
    OutboxState.SENDING: QT_TRANSLATE_NOOP("OutboxText", "Sending…"),
    OutboxState.DELIVERED: QT_TRANSLATE_NOOP("OutboxText", "Delivered"),
    OutboxState.RETRYING: QT_TRANSLATE_NOOP("OutboxText", "Retrying"),
    OutboxState.FAILED: QT_TRANSLATE_NOOP("OutboxText", "Failed"),
    OutboxState.CANCELED: QT_TRANSLATE_NOOP("OutboxText", "Canceled"),
}
# The theme's colour each state is drawn in (a dot and its word).
STATE_COLOUR_KEYS = {
    OutboxState.QUEUED: "state-queued",
    OutboxState.SENDING: "state-sending",
    OutboxState.DELIVERED: "state-delivered",
    OutboxState.RETRYING: "state-retrying",
    OutboxState.FAILED: "state-failed",
    OutboxState.CANCELED: "state-canceled",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxText", text)


def state_title(state: OutboxState) -> str:
    return _tr(STATE_TITLES[state])


def state_colour(state: OutboxState) -> str:
    return current_theme().hex(STATE_COLOUR_KEYS[state])


ACTION_WORDS = {
    DeliveryAction.PUBLISH: QT_TRANSLATE_NOOP("OutboxText", "publication"),
    DeliveryAction.CORRECT: QT_TRANSLATE_NOOP("OutboxText", "correction"),
    DeliveryAction.KILL: QT_TRANSLATE_NOOP("OutboxText", "kill"),
}


def action_word(action: DeliveryAction) -> str:
    return _tr(ACTION_WORDS[action])


class OutboxWords(QObject):
    """The outbox's plural phrases (Qt's plurals need a QObject's `tr`)."""

    def attempts(self, count: int) -> str:
        return counted(self.tr("{count} attempt(s) (the outbox lists them)", "", count), count)

    def waiting(self, count: int) -> str:
        return counted(self.tr("{count} waiting", "", count), count)

    def failed(self, count: int) -> str:
        return counted(self.tr("{count} failed", "", count), count)


def reason_text(reason: str) -> str:
    """Why a delivery failed or waits, as the outbox kept it, in the window's language."""
    return translated(reason_message(reason)) if reason else ""


def clock_text(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """ "14:05:09" today, "3 Dec 14:05" another day (local time)."""
    if moment is None:
        return ""
    local = moment.astimezone()
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M:%S")
    # A strftime pattern: the translation writes the day its own way (no English months).
    return local.strftime(QCoreApplication.translate("OutboxText", "%d %b %H:%M"))


def _version(entry: OutboxEntry) -> str:
    return QCoreApplication.translate("OutboxText", "version {version} ({action})").format(
        version=entry.published_version, action=action_word(entry.action)
    )


def entry_line(entry: OutboxEntry, now: dt.datetime | None = None) -> str:
    """One line: the state and what the editor needs with it."""
    title = state_title(entry.state)
    what = _version(entry)
    if entry.state is OutboxState.DELIVERED:
        when = clock_text(entry.updated_at, now)
        if entry.remote_id:
            return QCoreApplication.translate(
                "OutboxText", "{state} as {remote} · {what} · {when}"
            ).format(state=title, remote=entry.remote_id, what=what, when=when)
        return QCoreApplication.translate("OutboxText", "{state} · {what} · {when}").format(
            state=title, what=what, when=when
        )
    if entry.state is OutboxState.RETRYING:
        return QCoreApplication.translate(
            "OutboxText", "{state} at {when} · {reason} · {what}"
        ).format(
            state=title,
            when=clock_text(entry.next_try_at, now),
            reason=reason_text(entry.last_reason)
            or QCoreApplication.translate("OutboxText", "no answer"),
            what=what,
        )
    if entry.state is OutboxState.FAILED:
        return QCoreApplication.translate("OutboxText", "{state}: {reason} · {what}").format(
            state=title,
            reason=reason_text(entry.last_reason)
            or QCoreApplication.translate("OutboxText", "refused"),
            what=what,
        )
    if entry.state is OutboxState.QUEUED and entry.not_before is not None:
        return QCoreApplication.translate(
            "OutboxText", "{state} until the embargo, {when} · {what}"
        ).format(state=title, when=clock_text(entry.not_before, now), what=what)
    if entry.state is OutboxState.CANCELED:
        return QCoreApplication.translate("OutboxText", "{state}: {reason} · {what}").format(
            state=title,
            reason=reason_text(entry.last_reason)
            or QCoreApplication.translate("OutboxText", "not sent"),
            what=what,
        )
    return QCoreApplication.translate("OutboxText", "{state} · {what}").format(
        state=title, what=what
    )


def entry_summary(entry: OutboxEntry, now: dt.datetime | None = None) -> tuple[str, str]:
    """The entry in two short lines for a narrow panel: the state (and when), then why."""
    if entry.action is DeliveryAction.PUBLISH:
        version = QCoreApplication.translate("OutboxText", "version {version}").format(
            version=entry.published_version
        )
    else:
        version = _version(entry)
    title = state_title(entry.state)
    first = QCoreApplication.translate("OutboxText", "{state} · {version}").format(
        state=title, version=version
    )
    if entry.state is OutboxState.DELIVERED:
        when = clock_text(entry.updated_at, now)
        if entry.remote_id:
            return first, QCoreApplication.translate("OutboxText", "as {remote} at {when}").format(
                remote=entry.remote_id, when=when
            )
        return first, QCoreApplication.translate("OutboxText", "at {when}").format(when=when)
    if entry.state is OutboxState.RETRYING:
        retrying = QCoreApplication.translate("OutboxText", "{state} at {when} · {version}").format(
            state=title, when=clock_text(entry.next_try_at, now), version=version
        )
        return retrying, reason_text(entry.last_reason) or QCoreApplication.translate(
            "OutboxText", "no answer"
        )
    if entry.state is OutboxState.QUEUED and entry.not_before is not None:
        return first, QCoreApplication.translate("OutboxText", "until the embargo, {when}").format(
            when=clock_text(entry.not_before, now)
        )
    if entry.state is OutboxState.QUEUED:
        return first, QCoreApplication.translate("OutboxText", "waiting its turn")
    return first, reason_text(entry.last_reason)


def entry_details_html(entry: OutboxEntry, now: dt.datetime | None = None) -> str:
    """The selected entry in full: state, reason, attempts, the remote id and its link."""
    colour = state_colour(entry.state)
    rows = [
        QCoreApplication.translate(
            "OutboxText", "{state} to {endpoint}, version {version} ({action})"
        ).format(
            state=f'<b style="color:{colour}">● {html.escape(state_title(entry.state))}</b>',
            endpoint=f"<b>{html.escape(entry.endpoint)}</b>",
            version=entry.published_version,
            action=action_word(entry.action),
        ),
    ]
    if entry.state is OutboxState.RETRYING:
        rows.append(
            QCoreApplication.translate("OutboxText", "Next try at {when}").format(
                when=clock_text(entry.next_try_at, now)
            )
        )
    if entry.last_reason and entry.state is not OutboxState.DELIVERED:
        rows.append(
            QCoreApplication.translate("OutboxText", "Why: {reason}").format(
                reason=html.escape(reason_text(entry.last_reason))
            )
        )
    remote = []
    if entry.remote_id:
        remote.append(
            QCoreApplication.translate("OutboxText", "Remote id {remote}").format(
                remote=html.escape(entry.remote_id)
            )
        )
    if entry.link:
        link = html.escape(entry.link, quote=True)
        opened = QCoreApplication.translate("OutboxText", "Open on the endpoint ↗")
        remote.append(f'<a href="{link}">{html.escape(opened)}</a>')
    if remote:
        rows.append(" · ".join(remote))
    rows.append(OutboxWords().attempts(entry.attempts))
    return "<br>".join(rows)


def not_sent_line(profile: EndpointProfile, approved: bool) -> str:
    if not profile.enabled:
        return QCoreApplication.translate("OutboxText", "Not sent · the endpoint is switched off")
    if profile.publish_on_approval:
        return (
            QCoreApplication.translate("OutboxText", "Not sent yet")
            if approved
            else QCoreApplication.translate("OutboxText", "Goes out when the story is approved")
        )
    return QCoreApplication.translate("OutboxText", "Not sent · by hand only (Send to…)")


# The status bar's light

LIGHT_COLOUR_KEYS = {"online": "state-delivered", "offline": "state-retrying",
                     "failing": "state-failed", "idle": "state-canceled"}  # fmt: skip


def light_colour(state: str) -> str:
    return current_theme().hex(LIGHT_COLOUR_KEYS[state])


def light_state(statuses: list[EndpointStatus]) -> str:
    """failing: something was refused (it waits for a person); offline: an endpoint did
    not answer last time; online: every endpoint tried answered; idle: none tried."""
    enabled = [s for s in statuses if s.enabled]
    if any(s.failed for s in enabled):
        return "failing"
    if any(s.online is False for s in enabled):
        return "offline"
    if any(s.online for s in enabled):
        return "online"
    return "idle"


def light_text(statuses: list[EndpointStatus]) -> str:
    if not statuses:
        return QCoreApplication.translate("OutboxText", "● No endpoints")
    state = light_state(statuses)
    words = OutboxWords()
    waiting = sum(s.waiting for s in statuses if s.enabled)
    failed = sum(s.failed for s in statuses if s.enabled)
    if state == "online":
        word = QCoreApplication.translate("OutboxText", "Online")
    elif state == "offline":
        word = QCoreApplication.translate("OutboxText", "Offline")
    elif state == "failing":
        word = words.failed(failed)
    else:
        word = QCoreApplication.translate("OutboxText", "Ready")
    return f"● {word} · {words.waiting(waiting)}" if waiting else f"● {word}"


def light_tooltip(statuses: list[EndpointStatus], now: dt.datetime | None = None) -> str:
    if not statuses:
        return QCoreApplication.translate(
            "OutboxText", "No publishing endpoints: Desk ▸ Publishing Endpoints… adds one"
        )
    words = OutboxWords()
    lines = []
    for status in statuses:
        if not status.enabled:
            lines.append(
                QCoreApplication.translate("OutboxText", "{endpoint}: switched off").format(
                    endpoint=status.endpoint
                )
            )
            continue
        last = status.last_attempt
        if last is None:
            heard = QCoreApplication.translate("OutboxText", "nothing sent yet")
        else:
            if last.status_code:
                answer = QCoreApplication.translate("OutboxText", "answered {code}").format(
                    code=last.status_code
                )
            else:
                answer = QCoreApplication.translate("OutboxText", "no answer")
            if status.online:
                heard = QCoreApplication.translate("OutboxText", "online, {answer} at {when}")
            else:
                heard = QCoreApplication.translate("OutboxText", "offline, {answer} at {when}")
            heard = heard.format(answer=answer, when=clock_text(last.at, now))
        counts = words.waiting(status.waiting)
        if status.failed:
            counts = QCoreApplication.translate("OutboxText", "{waiting}, {failed}").format(
                waiting=counts, failed=words.failed(status.failed)
            )
        lines.append(
            QCoreApplication.translate("OutboxText", "{endpoint}: {heard}; {counts}").format(
                endpoint=status.endpoint, heard=heard, counts=counts
            )
        )
    return "\n".join([*lines, QCoreApplication.translate("OutboxText", "Click to open the outbox")])
