"""What a reader of pasted or imported copy took out of it, so that nothing is removed
silently: each line dropped as a site's furniture, with the reason, and where in the
body it stood, so that the editor can see it and put it back."""

from __future__ import annotations

from dataclasses import dataclass

from editorial.domain.story import Story


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """One paragraph of the copy that is not in the story (`Subscribe to our Telegram
    channel`, `site navigation or interface`). `after` is the body paragraph it followed
    as the body was read ("" when it stood before the body: above the headline, between
    the headline and the lede), where putting it back inserts it."""

    text: str
    reason: str
    after: str = ""
    paragraph: str = ""  # the line as a body paragraph: Markdown's block marks escaped

    @property
    def restored(self) -> str:
        """What putting the line back inserts into the body."""
        return self.paragraph or self.text


@dataclass(frozen=True, slots=True)
class StoryReading:
    """A story read from copy, and every line of the copy it left out."""

    story: Story
    removed: tuple[RemovedLine, ...] = ()


def removed_json(removed: tuple[RemovedLine, ...]) -> list[dict[str, str]]:
    """The shape `editorial import --json` prints for a story's removed lines."""
    return [{"text": line.text, "reason": line.reason} for line in removed]
