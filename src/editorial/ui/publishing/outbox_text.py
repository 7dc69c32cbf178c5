"""Where a delivery stands, in words a desk editor reads at a glance: the outbox's states
(queued, sending, delivered, retrying, failed) with when and why, and the status bar
light's summary of every endpoint."""

from __future__ import annotations

import datetime as dt
import html

from editorial.domain.publishing import (
    DeliveryAction,
    EndpointProfile,
    EndpointStatus,
    OutboxEntry,
    OutboxState,
)
from editorial.ui.shell.theme import current_theme

STATE_TITLES = {
    OutboxState.QUEUED: "Queued",
    OutboxState.SENDING: "Sending…",
    OutboxState.DELIVERED: "Delivered",
    OutboxState.RETRYING: "Retrying",
    OutboxState.FAILED: "Failed",
    OutboxState.CANCELED: "Canceled",
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


def state_colour(state: OutboxState) -> str:
    return current_theme().hex(STATE_COLOUR_KEYS[state])


ACTION_WORDS = {
    DeliveryAction.PUBLISH: "publication",
    DeliveryAction.CORRECT: "correction",
    DeliveryAction.KILL: "kill",
}


def clock_text(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """ "14:05:09" today, "3 Dec 14:05" another day (local time)."""
    if moment is None:
        return ""
    local = moment.astimezone()
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    return local.strftime("%H:%M:%S") if local.date() == today else local.strftime("%d %b %H:%M")


def entry_line(entry: OutboxEntry, now: dt.datetime | None = None) -> str:
    """One line: the state and what the editor needs with it."""
    title = STATE_TITLES[entry.state]
    what = f"version {entry.published_version} ({ACTION_WORDS[entry.action]})"
    if entry.state is OutboxState.DELIVERED:
        remote = f" as {entry.remote_id}" if entry.remote_id else ""
        return f"{title}{remote} · {what} · {clock_text(entry.updated_at, now)}"
    if entry.state is OutboxState.RETRYING:
        when = clock_text(entry.next_try_at, now)
        return f"{title} at {when} · {entry.last_reason or 'no answer'} · {what}"
    if entry.state is OutboxState.FAILED:
        return f"{title}: {entry.last_reason or 'refused'} · {what}"
    if entry.state is OutboxState.QUEUED and entry.not_before is not None:
        return f"{title} until the embargo, {clock_text(entry.not_before, now)} · {what}"
    if entry.state is OutboxState.CANCELED:
        return f"{title}: {entry.last_reason or 'not sent'} · {what}"
    return f"{title} · {what}"


def entry_summary(entry: OutboxEntry, now: dt.datetime | None = None) -> tuple[str, str]:
    """The entry in two short lines for a narrow panel: the state (and when), then why."""
    version = f"version {entry.published_version}"
    if entry.action is not DeliveryAction.PUBLISH:
        version += f" ({ACTION_WORDS[entry.action]})"
    title = STATE_TITLES[entry.state]
    if entry.state is OutboxState.DELIVERED:
        remote = f"as {entry.remote_id} " if entry.remote_id else ""
        return f"{title} · {version}", f"{remote}at {clock_text(entry.updated_at, now)}"
    if entry.state is OutboxState.RETRYING:
        return (f"{title} at {clock_text(entry.next_try_at, now)} · {version}",
                entry.last_reason or "no answer")  # fmt: skip
    if entry.state is OutboxState.QUEUED and entry.not_before is not None:
        return f"{title} · {version}", f"until the embargo, {clock_text(entry.not_before, now)}"
    if entry.state is OutboxState.QUEUED:
        return f"{title} · {version}", "waiting its turn"
    return f"{title} · {version}", entry.last_reason


def entry_details_html(entry: OutboxEntry, now: dt.datetime | None = None) -> str:
    """The selected entry in full: state, reason, attempts, the remote id and its link."""
    colour = state_colour(entry.state)
    rows = [
        f'<b style="color:{colour}">● {html.escape(STATE_TITLES[entry.state])}</b> '
        f"to <b>{html.escape(entry.endpoint)}</b>, version {entry.published_version} "
        f"({ACTION_WORDS[entry.action]})",
    ]
    if entry.state is OutboxState.RETRYING:
        rows.append(f"Next try at {clock_text(entry.next_try_at, now)}")
    if entry.last_reason and entry.state is not OutboxState.DELIVERED:
        rows.append(f"Why: {html.escape(entry.last_reason)}")
    remote = [f"Remote id {html.escape(entry.remote_id)}"] if entry.remote_id else []
    if entry.link:
        link = html.escape(entry.link, quote=True)
        remote.append(f'<a href="{link}">Open on the endpoint ↗</a>')
    if remote:
        rows.append(" · ".join(remote))
    tries = "attempt" if entry.attempts == 1 else "attempts"
    rows.append(f"{entry.attempts} {tries} (the outbox lists them)")
    return "<br>".join(rows)


def not_sent_line(profile: EndpointProfile, approved: bool) -> str:
    if not profile.enabled:
        return "Not sent · the endpoint is switched off"
    if profile.publish_on_approval:
        return "Not sent yet" if approved else "Goes out when the story is approved"
    return "Not sent · by hand only (Send to…)"


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
        return "● No endpoints"
    state = light_state(statuses)
    waiting = sum(s.waiting for s in statuses if s.enabled)
    failed = sum(s.failed for s in statuses if s.enabled)
    word = {"online": "Online", "offline": "Offline", "failing": f"{failed} failed",
            "idle": "Ready"}[state]  # fmt: skip
    return f"● {word} · {waiting} waiting" if waiting else f"● {word}"


def light_tooltip(statuses: list[EndpointStatus], now: dt.datetime | None = None) -> str:
    if not statuses:
        return "No publishing endpoints: Desk ▸ Publishing Endpoints… adds one"
    lines = []
    for status in statuses:
        if not status.enabled:
            lines.append(f"{status.endpoint}: switched off")
            continue
        last = status.last_attempt
        if last is None:
            heard = "nothing sent yet"
        else:
            answer = f"answered {last.status_code}" if last.status_code else "no answer"
            heard = f"{'online' if status.online else 'offline'}, {answer} at " \
                f"{clock_text(last.at, now)}"  # fmt: skip
        counts = f"{status.waiting} waiting" + (f", {status.failed} failed" if status.failed
                                                 else "")  # fmt: skip
        lines.append(f"{status.endpoint}: {heard}; {counts}")
    return "\n".join([*lines, "Click to open the outbox"])
