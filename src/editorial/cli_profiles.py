"""`editorial profile list|add|remove`: the desk's people and their roles, which say who
may do what (reporters draft and submit; copy editors also review, return and approve;
chiefs also correct and kill). Profiles are not the staff list, which completes bylines.

A role is named as on the command line (`copy-editor`) or as the library keeps it
(`copy editor`); `add` of a name already kept changes its initials and roles, keeping
those not given."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from editorial.cli_arguments import text_argument
from editorial.cli_output import print_json, say
from editorial.domain.errors import BadInput
from editorial.domain.workflow import Role

if TYPE_CHECKING:
    from editorial.domain.workflow import Profile
    from editorial.services.workflow import WorkflowService

ROLE_ARGUMENTS = {role.value.replace(" ", "-"): role for role in Role}


def role_argument(text: str) -> Role:
    role = ROLE_ARGUMENTS.get(text.strip().lower().replace(" ", "-"))
    if role is None:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a role (choose from {', '.join(ROLE_ARGUMENTS)})"
        )
    return role


def add_profile_commands(commands: Any) -> None:
    profile = commands.add_parser(
        "profile", help="the desk's people and their roles (who may do what)"
    )
    verbs = profile.add_subparsers(dest="verb", metavar="VERB", required=True)
    listing = verbs.add_parser("list", help="list the profiles")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=_list)
    add = verbs.add_parser("add", help="add a person, or change one's initials and roles")
    add.add_argument("name")
    add.add_argument("--initials", help="as bylines and the history show them (default: AI)")
    add.add_argument(
        "--role",
        action="append",
        type=role_argument,
        metavar="ROLE",
        help=f"{', '.join(ROLE_ARGUMENTS)}; repeat for several (default: reporter)",
    )
    add.set_defaults(run=_add)
    remove = verbs.add_parser("remove", help="remove a person's profile")
    remove.add_argument("name")
    remove.set_defaults(run=_remove)


def _workflow(args: argparse.Namespace) -> WorkflowService:
    from editorial.cli_common import open_desk_for

    return open_desk_for(args).workflow


def profile_json(profile: Profile) -> dict[str, object]:
    roles = [role.value for role in Role if role in profile.roles]
    return {"name": profile.name, "initials": profile.initials, "roles": roles}


def _line(profile: Profile) -> str:
    roles = ", ".join(role.value for role in Role if role in profile.roles)
    return f"{profile.name}\t{profile.initials}\t{roles}"


def _list(args: argparse.Namespace) -> int:
    profiles = _workflow(args).profiles()
    if args.json:
        print_json([profile_json(profile) for profile in profiles])
    for profile in [] if args.json else profiles:
        say(_line(profile))
    return 0


def _add(args: argparse.Namespace) -> int:
    name = text_argument(args.name, "The name")
    initials = text_argument(args.initials or "", "--initials")
    if args.initials is not None and not initials.strip():
        raise BadInput("--initials is empty; leave it out to make them from the name.")
    workflow = _workflow(args)
    kept = next((p for p in workflow.profiles() if p.name == " ".join(name.split())), None)
    roles = frozenset(args.role or ()) or (kept.roles if kept else frozenset({Role.REPORTER}))
    if not initials and kept is not None:
        initials = kept.initials
    say(_line(workflow.keep_profile(name, roles, initials)))
    return 0


def _remove(args: argparse.Namespace) -> int:
    _workflow(args).remove_profile(text_argument(args.name, "The name"))
    return 0
