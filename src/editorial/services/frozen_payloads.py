"""The renderer the desk hands its library, so that each outbox entry's exact payload is
rendered under the desk's house style and frozen in the approval's (or kill's) own
transaction: the pre-flight view shows it, and every retry of that version sends those
very bytes, whatever the house style becomes meanwhile."""

from __future__ import annotations

from editorial.domain.publishing import DeliveryAction, EndpointProfile
from editorial.domain.story import Story
from editorial.services.styles import StyleBook
from editorial.settings import PreferencesHolder


class PayloadRenderer:
    def __init__(self, preferences: PreferencesHolder, styles: StyleBook) -> None:
        self._preferences = preferences
        self._styles = styles

    def __call__(
        self, profile: EndpointProfile, action: DeliveryAction, version: int, story: Story
    ) -> str:
        # Imported here: a command that approves nothing loads no HTTP client.
        from editorial.sync.kinds import render_payload

        style = self._styles.chosen(self._preferences.current)
        return render_payload(profile, action, version, story, style)
