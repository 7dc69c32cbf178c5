"""IPTC Media Topics, the subject vocabulary agencies exchange stories under.

Only the top level is bundled (https://cv.iptc.org/newscodes/mediatopic/); a story may
carry any other topic by its `medtop:` code or as a free name.
"""

from __future__ import annotations

MEDIA_TOPICS: dict[str, str] = {
    "01000000": "arts, culture, entertainment and media",
    "02000000": "crime, law and justice",
    "03000000": "disaster, accident and emergency incident",
    "04000000": "economy, business and finance",
    "05000000": "education",
    "06000000": "environment",
    "07000000": "health",
    "08000000": "human interest",
    "09000000": "labour",
    "10000000": "lifestyle and leisure",
    "11000000": "politics",
    "12000000": "religion",
    "13000000": "science and technology",
    "14000000": "society",
    "15000000": "sport",
    "16000000": "conflict, war and peace",
    "17000000": "weather",
}
MEDIATOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/"
_CODES_BY_NAME = {name.casefold(): code for code, name in MEDIA_TOPICS.items()}


def topic_code(name: str) -> str | None:
    """The Media Topic code of a bundled topic name (any case), else None."""
    return _CODES_BY_NAME.get(name.strip().casefold())


def topic_name(code: str) -> str | None:
    """The name of a bundled topic code (`11000000` or `medtop:11000000`), else None."""
    return MEDIA_TOPICS.get(code.strip().removeprefix("medtop:"))


def matching_topics(prefix: str, limit: int = 10) -> list[str]:
    """Topic names with a word starting with `prefix` (`war` finds `conflict, war and
    peace`), those whose name starts with it first."""
    wanted = prefix.strip().casefold()
    if not wanted:
        return []
    names = sorted(MEDIA_TOPICS.values())
    first = [n for n in names if n.startswith(wanted)]
    inner = [
        n
        for n in names
        if n not in first and any(w.startswith(wanted) for w in n.replace(",", " ").split())
    ]
    return (first + inner)[:limit]
