"""The desk's workflow as use cases: submit, approve, return, spike, restore, correct,
kill, and publication (the publishing side's), each by the current user with the roles the
library gives them; and who did what (`history`) and who may (`profiles`).

Each move returns the story as the library now holds it and what changed (`Moved`).
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from editorial.domain.changes import DeskChanges, StoryChanges
from editorial.domain.errors import BadInput
from editorial.domain.initials import MAX_INITIALS, InitialsBook, chosen_initials
from editorial.domain.revision import StoryRevision
from editorial.domain.story import Story
from editorial.domain.workflow import (
    Action,
    Actor,
    HistoryEntry,
    Profile,
    Role,
    actor_roles,
    allowed_actions,
)
from editorial.settings import PreferencesHolder
from editorial.storage.library import Library

USER_VARIABLE = "EDITORIAL_USER"
MAX_NAME = 100
ROLE_NAMES = ", ".join(role.value for role in Role)


@dataclass(frozen=True, slots=True)
class Moved:
    """A story after a move, and what the move changed as the views hear of it."""

    story: Story
    changes: DeskChanges


def current_user_name(preferences: PreferencesHolder) -> str:
    """Who is at the desk: the name in the preferences, else `$EDITORIAL_USER`, else the
    login name."""
    name = preferences.current.editor_name.strip() or os.environ.get(USER_VARIABLE, "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment
        return "unknown"


class WorkflowService:
    def __init__(self, library: Library, preferences: PreferencesHolder) -> None:
        self._library = library
        self._preferences = preferences

    # Who

    def user(self) -> Actor:
        """The current user with the roles the library gives them."""
        name = current_user_name(self._preferences)
        profiles = {p.name: p.roles for p in self._library.workflow.profiles()}
        return Actor(name, actor_roles(name, profiles))

    def allowed_moves(self, story_id: int) -> frozenset[Action]:
        """The moves the current user may make on the story now: the rule the moves
        themselves follow, so a menu never offers what the library would refuse."""
        status, owner = self._library.workflow.standing(story_id)
        return allowed_actions(status, self.user(), owner)

    def profiles(self) -> list[Profile]:
        return self._library.workflow.profiles()

    def own_initials(self) -> str:
        """The initials the current user signs with ("" while nobody is named)."""
        return self._preferences.current.own_initials

    def initials_book(self) -> InitialsBook:
        """Whose initials are whose: the profiles', and the current user's own choice."""
        chosen = {p.name: p.initials for p in self.profiles()}
        preferences = self._preferences.current
        if preferences.byline_name and preferences.initials.strip():
            chosen[preferences.byline_name] = preferences.initials
        return InitialsBook.of(chosen)

    def keep_profile(self, name: str, roles: frozenset[Role], initials: str = "") -> Profile:
        """Add a person with these roles, or change the initials and roles of one kept;
        initials left out are made from the name ("Anna Ivanova": "AI")."""
        name = " ".join(name.split())
        if not name:
            raise BadInput("A profile needs a name.")
        if not name.isprintable():
            raise BadInput("A profile's name is one line of printable text.")
        if len(name) > MAX_NAME:
            raise BadInput(f"A profile's name is at most {MAX_NAME} characters.")
        if not roles:
            raise BadInput("A profile needs at least one role: " + ROLE_NAMES + ".")
        initials = chosen_initials(initials, name)
        if len(initials) > MAX_INITIALS or not initials.isprintable():
            raise BadInput(f"Initials are up to {MAX_INITIALS} letters, such as “AI”.")
        profile = Profile(name, initials, roles)
        self._library.workflow.keep_profile(profile)
        return profile

    def remove_profile(self, name: str) -> None:
        if not self._library.workflow.remove_profile(" ".join(name.split())):
            kept = ", ".join(p.name for p in self.profiles()) or "none yet"
            raise BadInput(f"There is no profile named “{name}” (profiles: {kept}).")

    # Moves: each takes the story id and, optionally, the version the mover saw (a
    # window holding an older copy is told of the conflict rather than moving blind).

    def submit(self, story_id: int, version: int | None = None, note: str = "") -> Moved:
        return self._move(story_id, Action.SUBMIT, version, note)

    def approve(self, story_id: int, version: int | None = None, note: str = "") -> Moved:
        return self._move(story_id, Action.APPROVE, version, note)

    def return_(self, story_id: int, note: str, version: int | None = None) -> Moved:
        """Back to the author, with a note saying what to change (required)."""
        return self._move(story_id, Action.RETURN, version, note)

    def spike(self, story_id: int, version: int | None = None, note: str = "") -> Moved:
        return self._move(story_id, Action.SPIKE, version, note)

    def restore(self, story_id: int, version: int | None = None, note: str = "") -> Moved:
        return self._move(story_id, Action.RESTORE, version, note)

    def correct(self, story_id: int, note: str = "", version: int | None = None) -> Moved:
        """Open a published story's new working version (same uri, the next version); it
        goes through submit and approve again, and its submit needs the correction note
        (`RevisionService.correction_draft` drafts it). A note given here is kept in the
        history and as the editorial note."""
        return self._move(story_id, Action.CORRECT, version, note)

    def kill(self, story_id: int, note: str, version: int | None = None) -> Moved:
        """Withdraw a published story for good; the reason (required) becomes its
        editorial note and is kept in the history."""
        return self._move(story_id, Action.KILL, version, note)

    def mark_published(self, story_id: int, version: int | None = None) -> Moved:
        """The publishing side's move: the approved story went out."""
        return self._move(story_id, Action.PUBLISH, version, "", by_system=True)

    def history(self, story_id: int) -> list[HistoryEntry]:
        """The story's state changes, oldest first."""
        return self._library.workflow.history(story_id)

    def revisions(self, story_id: int) -> list[StoryRevision]:
        """The story's kept earlier versions, oldest first (the current one is the story)."""
        return self._library.revisions(story_id)

    def _move(
        self, story_id: int, action: Action, version: int | None, note: str, *,
        by_system: bool = False,
    ) -> Moved:  # fmt: skip
        if version is None:
            version = self._library.get(story_id).version
        actor = None if by_system else self.user()
        story = self._library.workflow.move(story_id, version, action, actor, note=note)
        # As the story lists see it: a spike takes the story out of the library's list
        # (into the spike's), a restore brings it back, any other move changes its row.
        ids = frozenset({story_id})
        if action is Action.SPIKE:
            changes = StoryChanges(removed=ids)
        elif action is Action.RESTORE:
            changes = StoryChanges(created=ids)
        else:
            changes = StoryChanges(updated=ids)
        return Moved(story, DeskChanges.of_stories(changes, story))
