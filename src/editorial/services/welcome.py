"""The story a new library starts with: a short guide written as a wire story."""

from __future__ import annotations

import datetime as dt

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.story import Story, new_story
from editorial.settings import Preferences

WELCOME_HEADLINE = "Welcome to Editorial, a workstation for the news desk"

_LEDE = (
    "Editorial keeps every story you write in a library on this computer, shows it as it "
    "will be published while you type, and saves your work every couple of seconds."
)

_BODY = """\
Start a new story with `Ctrl+N`: the cursor lands in the headline. Fill in the dateline \
(city, country, date and the agency), the byline and the lede; the preview on the right \
shows the dateline leading the first paragraph, as it will go out on the wire.

Write the body in Markdown. A blank line starts a new paragraph; `*italics*` and \
`**bold**` work as you would expect, and quotes stay exactly as you type them.

- `Ctrl+S` saves at once; you rarely need it, since your work is saved as you type.
- `Ctrl+F` finds text in the story, and `F7` shows or hides the checks.
- `Delete` moves the selected story to the trash, from where it can be restored.

The editorial note below the body is for the desk only and is never published.
"""


# Newsroom words the Hunspell dictionaries lack; the desk dictionary of a new library
# starts with them so the editor's own vocabulary is not underlined as a mistake.
NEWSROOM_WORDS = {"en": ("lede", "ledes", "standfirst", "standfirsts")}


def welcome_story(preferences: Preferences, today: dt.date | None = None) -> Story:
    day = today or dt.date.today()
    story = new_story(preferences.agency_domain, headline=WELCOME_HEADLINE)
    return story.edited(
        bylines=(Byline(name="The Editorial team"),),
        dateline=Dateline(city="Ankara", country="Turkey", date=day, source="Editorial"),
        lede=_LEDE,
        body=_BODY,
        note="This sample story can be moved to the trash like any other.",
        keywords=("welcome", "help"),
    )
