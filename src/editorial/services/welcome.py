"""The story a new library starts with: a short guide written as a wire story, in the
language of the window that made the library (English, or Russian for a Russian desk)."""

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


RUSSIAN_WELCOME_HEADLINE = "Добро пожаловать в Editorial — рабочее место выпускающей редакции"

_RUSSIAN_LEDE = (
    "Editorial хранит каждый ваш материал в библиотеке на этом компьютере, во время набора "
    "показывает его таким, каким он будет опубликован, и сохраняет работу каждые пару секунд."
)

_RUSSIAN_BODY = """\
Новый материал начинается с `Ctrl+N`: курсор встаёт в заголовок. Заполните дейтлайн \
(город, страну, дату и агентство), подпись и лид; справа в окне просмотра дейтлайн \
открывает первый абзац — так материал уйдёт на ленту.

Текст пишется в разметке Markdown. Пустая строка начинает новый абзац; `*курсив*` и \
`**полужирный**` работают как обычно, а кавычки остаются такими, какими вы их набрали.

- `Ctrl+S` сохраняет сразу; нужно это редко, ведь работа сохраняется по ходу набора.
- `Ctrl+F` ищет текст в материале, а `F7` показывает и скрывает проверки.
- `Delete` отправляет выбранный материал в корзину, откуда его можно восстановить.

Редакционная пометка под текстом — только для редакции, она никогда не публикуется.
"""


# Newsroom words the Hunspell dictionaries lack; the desk dictionary of a new library
# starts with them so the editor's own vocabulary is not underlined as a mistake.
NEWSROOM_WORDS = {
    "en": ("lede", "ledes", "standfirst", "standfirsts"),
    "ru": ("дейтлайн", "дейтлайна", "дейтлайне", "дейтлайном", "дейтлайны", "лид", "лида",
           "лиде", "лидом", "лиды", "Editorial", "Markdown"),
}  # fmt: skip


def welcome_story(
    preferences: Preferences, today: dt.date | None = None, language: str = "en"
) -> Story:
    """The welcome story in `language` (the window's: "ru" gives the Russian one, any
    other the English)."""
    day = today or dt.date.today()
    if language == "ru":
        return _russian_welcome(preferences, day)
    story = new_story(preferences.agency_domain, headline=WELCOME_HEADLINE)
    return story.edited(
        bylines=(Byline(name="The Editorial team"),),
        dateline=Dateline(city="Ankara", country="Turkey", date=day, source="Editorial"),
        lede=_LEDE,
        body=_BODY,
        note="This sample story can be moved to the trash like any other.",
        keywords=("welcome", "help"),
    )


def _russian_welcome(preferences: Preferences, day: dt.date) -> Story:
    story = new_story(preferences.agency_domain, headline=RUSSIAN_WELCOME_HEADLINE, language="ru")
    return story.edited(
        bylines=(Byline(name="Команда Editorial"),),
        dateline=Dateline(city="Москва", country="Russia", date=day, source="Editorial"),
        lede=_RUSSIAN_LEDE,
        body=_RUSSIAN_BODY,
        note="Этот пример можно отправить в корзину, как любой другой материал.",
        keywords=("приветствие", "справка"),
    )
