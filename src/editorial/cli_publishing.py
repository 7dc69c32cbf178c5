"""Publishing without a window: `editorial endpoint add|list|remove|test`, `editorial sync
[--wait] [--timeout S]`, `editorial outbox [--json]`, `editorial resend ENTRY`,
`editorial send ID --to ENDPOINT` and `editorial preflight ID [--json]`.

`sync` exits 0 when nothing is left to go and 75 (EX_TEMPFAIL: try again later) when
something still waits (a retry, an embargo, another worker's delivery), so cron or a
systemd timer can run it as it is. An endpoint's secret is read from standard input only
(`--secret-stdin`: never an argument, which the shell's history and `ps` would show) and
goes to the system keyring.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from editorial.cli_arguments import entry_number, findable, story_id, text_argument
from editorial.cli_common import read_secret_line
from editorial.cli_output import complain, print_json, say
from editorial.domain.errors import BadInput
from editorial.domain.publishing import ENDPOINT_KINDS, EndpointProfile, OutboxState

if TYPE_CHECKING:
    from editorial.domain.publishing import OutboxEntry
    from editorial.services.publishing import PublishingService

EX_TEMPFAIL = 75  # sysexits.h: a temporary failure; the same command later may succeed
_SECRET_LIMIT = 4098


def add_publishing_commands(commands: Any) -> None:
    endpoint = commands.add_parser("endpoint", help="the desk's publishing endpoints")
    verbs = endpoint.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="add an endpoint (its secret on standard input)")
    add.add_argument("name")
    add.add_argument("--kind", required=True, choices=ENDPOINT_KINDS)
    add.add_argument("--url", required=True, help="https://… (http:// only to this machine)")
    add.add_argument("--user", default="", help="the user name (WordPress)")
    add.add_argument(
        "--secret-stdin",
        action="store_true",
        required=True,
        help="read the secret (token, application password) from standard input",
    )
    add.add_argument("--disabled", action="store_true", help="keep it, but send nothing yet")
    add.add_argument("--no-auto", action="store_true",
                     help="approval does not send to it by itself")  # fmt: skip
    add.add_argument(
        "--kill-to-draft",
        action="store_true",
        help="WordPress: a kill makes the post a draft (default: the trash)",
    )
    add.set_defaults(run=_add)
    secret = verbs.add_parser(
        "secret", help="set an endpoint's secret (on standard input), e.g. one IT preset"
    )
    secret.add_argument("name")
    secret.add_argument("--secret-stdin", action="store_true", required=True,
                        help="read the secret from standard input")  # fmt: skip
    secret.set_defaults(run=_set_secret)
    listing = verbs.add_parser("list", help="list the endpoints (never their secrets)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=_list)
    for verb, help_text, run in (
        ("remove", "forget an endpoint and its secret", _remove),
        ("test", "check that an endpoint answers and takes its credentials", _test),
    ):
        command = verbs.add_parser(verb, help=help_text)
        command.add_argument("name")
        command.set_defaults(run=run)

    sync = commands.add_parser("sync", help="send what the outbox holds (exit 75: more waits)")
    sync.add_argument(
        "--wait",
        action="store_true",
        help="keep going through retries and embargoes until nothing is left",
    )
    sync.add_argument("--timeout", type=_seconds, default=None, metavar="S",
                      help="with --wait: give up after S seconds")  # fmt: skip
    sync.set_defaults(run=_sync)

    outbox = commands.add_parser("outbox", help="what is queued, sent, retrying or failed")
    outbox.add_argument("--json", action="store_true", help="print JSON")
    outbox.add_argument("--story", type=story_id, default=None, help="only this story's")
    outbox.set_defaults(run=_outbox)

    resend = commands.add_parser("resend", help="send a failed outbox entry again")
    resend.add_argument("entry", type=entry_number, help="the outbox entry's number")
    resend.set_defaults(run=_resend)

    send = commands.add_parser("send", help="send an approved or published story to an "
                               "endpoint by hand")  # fmt: skip
    send.add_argument("id", type=story_id)
    send.add_argument("--to", required=True, metavar="ENDPOINT", help="the endpoint's name")
    send.set_defaults(run=_send)

    preflight = commands.add_parser(
        "preflight", help="show exactly what each endpoint will receive for a story"
    )
    preflight.add_argument("id", type=story_id)
    preflight.add_argument("--json", action="store_true", help="print JSON")
    preflight.set_defaults(run=_preflight)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 10**7:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of seconds")
    return value


def _publishing(args: argparse.Namespace) -> PublishingService:
    from editorial.cli_common import open_desk_for

    return open_desk_for(args).publishing


def _add(args: argparse.Namespace) -> int:
    profile = EndpointProfile(
        name=text_argument(args.name, "NAME"), kind=args.kind,
        url=text_argument(args.url, "--url"), user=text_argument(args.user, "--user"),
        enabled=not args.disabled, publish_on_approval=not args.no_auto,
        kill_to_draft=args.kill_to_draft,
    )  # fmt: skip
    secret = read_secret_line("secret", _SECRET_LIMIT)
    added = _publishing(args).add_endpoint(profile, secret)
    say(f"{added.name}\t{added.kind}\t{added.url}  (secret kept in the system keyring)")
    return 0


def _list(args: argparse.Namespace) -> int:
    endpoints = _publishing(args).endpoints()
    if args.json:
        print_json([endpoint_json(e) for e in endpoints])
        return 0
    for e in endpoints:
        switches = [w for w, on in (("disabled", not e.enabled),
                                    ("manual", not e.publish_on_approval)) if on]  # fmt: skip
        user = f"  user {e.user}" if e.user else ""
        notes = f"  ({', '.join(switches)})" if switches else ""
        say(f"{e.name}\t{e.kind}\t{e.url}{user}{notes}")
    return 0


def endpoint_json(e: EndpointProfile) -> dict[str, object]:
    return {
        "name": e.name, "kind": e.kind, "url": e.url, "user": e.user, "enabled": e.enabled,
        "publish_on_approval": e.publish_on_approval, "kill_to_draft": e.kill_to_draft,
    }  # fmt: skip


def _remove(args: argparse.Namespace) -> int:
    name = text_argument(args.name, "NAME")
    canceled = _publishing(args).remove_endpoint(name)
    say(f"removed {name}" + (f"; {canceled} waiting entries canceled" if canceled else ""))
    return 0


def _set_secret(args: argparse.Namespace) -> int:
    name = text_argument(args.name, "NAME")
    publishing = _publishing(args)
    profile = next((e for e in publishing.endpoints() if e.name == name), None)
    if profile is None:
        raise BadInput(f"There is no endpoint named {name!r}.")
    publishing.update_endpoint(profile, read_secret_line("secret", _SECRET_LIMIT))
    say(f"{name}: secret kept in the keyring")
    return 0


def _test(args: argparse.Namespace) -> int:
    say(_publishing(args).test_endpoint(text_argument(args.name, "NAME")))
    return 0


def _sync(args: argparse.Namespace) -> int:
    if args.timeout is not None and not args.wait:
        raise BadInput("--timeout goes with --wait.")
    publishing = _publishing(args)
    try:
        with _terminated_as_interrupt():
            report = (publishing.sync_until_idle(args.timeout) if args.wait
                      else publishing.sync_once())  # fmt: skip
    except KeyboardInterrupt:
        # The worker has recorded what went and handed back the rest (see worker.py).
        complain("sync stopped: what was under way is kept and goes on the next sync")
        return 130
    line = f"delivered {report.delivered}, retrying {report.retrying}, failed {report.failed}"
    if report.pending:
        when = report.next_due.astimezone().strftime("%H:%M:%S") if report.next_due else "?"
        line += f"; {report.pending} still to go (next at {when})"
    say(line)
    failed = [e for e in publishing.outbox() if e.state is OutboxState.FAILED]
    for entry in failed:
        complain(f"outbox entry {entry.id} ({entry.endpoint}, story {entry.story_id}) failed: "
                 f"{entry.last_reason}; `editorial resend {entry.id}` sends it again",
                 warning=True)  # fmt: skip
    return EX_TEMPFAIL if report.pending else 0


@contextlib.contextmanager
def _terminated_as_interrupt() -> Iterator[None]:
    """SIGTERM (systemd stopping a timer's unit, `kill`) stops a sync as Ctrl+C does: the
    worker records what went out and hands back the rest, instead of dying mid-write."""

    def interrupt(_signal: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (a test calling main() from a thread)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def entry_json(e: OutboxEntry) -> dict[str, object]:
    def iso(moment: Any) -> str | None:
        return moment.isoformat() if moment is not None else None

    return {
        "id": e.id, "story_id": e.story_id, "story_uri": e.story_uri, "headline": e.headline,
        "endpoint": e.endpoint, "action": e.action.value,
        "published_version": e.published_version, "idempotency_key": e.idempotency_key,
        "state": e.state.value, "attempts": e.attempts, "next_try_at": iso(e.next_try_at),
        "not_before": iso(e.not_before), "remote_id": e.remote_id, "link": e.link,
        "reason": e.last_reason, "maybe_delivered": e.maybe_delivered,
        "created_at": iso(e.created_at), "updated_at": iso(e.updated_at),
    }  # fmt: skip


def _outbox(args: argparse.Namespace) -> int:
    publishing = _publishing(args)
    if args.story is None:
        entries = publishing.outbox()
    else:
        entries = publishing.outbox_of(findable(args.story))
    if args.json:
        print_json([entry_json(e) for e in entries])
        return 0
    for e in entries:
        what = f"{e.action.value} v{e.published_version}"
        say(f"{e.id:>5}  {e.state.value:<9}  {e.endpoint}  {what}  story {e.story_id}  "
            f"{e.headline}{_detail(e)}")  # fmt: skip
    return 0


def _detail(e: OutboxEntry) -> str:
    if e.state is OutboxState.DELIVERED:
        return f"  → {e.link or e.remote_id}" if (e.link or e.remote_id) else ""
    if e.state is OutboxState.RETRYING and e.next_try_at is not None:
        return f"  (next try {e.next_try_at.astimezone():%H:%M:%S}: {e.last_reason})"
    if e.state is OutboxState.QUEUED and e.not_before is not None:
        return f"  (embargoed until {e.not_before.astimezone():%Y-%m-%d %H:%M})"
    return f"  ({e.last_reason})" if e.last_reason else ""


def _resend(args: argparse.Namespace) -> int:
    entry = _publishing(args).resend(args.entry)
    say(f"{entry.id}\t{entry.state.value}\t{entry.endpoint}\t{entry.headline}")
    return 0


def _send(args: argparse.Namespace) -> int:
    entry = _publishing(args).send_to(findable(args.id), text_argument(args.to, "--to"))
    say(f"{entry.id}\t{entry.state.value}\t{entry.endpoint}\t{entry.action.value} "
        f"v{entry.published_version}\t{entry.headline}")  # fmt: skip
    return 0


def _preflight(args: argparse.Namespace) -> int:
    found = _publishing(args).preflight(findable(args.id))
    if args.json:
        print_json([{"endpoint": p.endpoint, "kind": p.kind, "content_type": p.content_type,
                     "body": p.body, "problems": list(p.problems), "diff": p.diff,
                     "last_delivered_version": p.last_delivered_version,
                     "entry": p.entry.id if p.entry else None} for p in found])  # fmt: skip
        return 0
    if not found:
        say("No endpoint would receive this story.")
    for p in found:
        say(f"== {p.endpoint} ({p.kind}, {p.content_type})")
        say(p.body)
        for problem in p.problems:
            say(f"problem: {problem}")
        if p.diff:
            say(p.diff)
    return 0
