"""N realistic wire stories as one ninjs JSON Lines file, about 4 KB each.

    PYTHONPATH=src python bench/wire_stories.py OUT.jsonl [--stories 100000] [--seed 7]

Each item is a ninjs 2.x story as an agency sends it: a uri, `firstcreated` and
`versioncreated` spread over the year before 2026-11-01 (so a library of them sorts by
when they were written), a headline, a byline, `located`, an HTML body of seven to nine
paragraphs whose first opens with a dateline (`ANKARA, March 3 (Wire News) - ...`), a
description (the lede), keywords, subjects, a language and an urgency. Words are drawn
from a fixed vocabulary with a seeded generator: the same arguments make the same file,
and rare words (the place, the person) are rare across the file as in real copy.
The file is written a line at a time (any N in constant memory).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

END = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
SPAN_SECONDS = 365 * 24 * 3600
CITIES = [
    ("Ankara", "Turkey"), ("Moscow", "Russia"), ("Brussels", "Belgium"), ("Kyiv", "Ukraine"),
    ("Tbilisi", "Georgia"), ("Berlin", "Germany"), ("Paris", "France"), ("Cairo", "Egypt"),
    ("Nairobi", "Kenya"), ("Jakarta", "Indonesia"), ("Lima", "Peru"), ("Oslo", "Norway"),
    ("Warsaw", "Poland"), ("Madrid", "Spain"), ("Tokyo", "Japan"), ("Seoul", "South Korea"),
    ("Geneva", "Switzerland"), ("Vienna", "Austria"), ("Astana", "Kazakhstan"),
    ("Baku", "Azerbaijan"), ("Yerevan", "Armenia"), ("Riga", "Latvia"), ("Quito", "Ecuador"),
]  # fmt: skip
PEOPLE = ["Anna Ivanova", "Mehmet Yilmaz", "Claire Dubois", "Jonas Berg", "Ana Costa",
          "Olena Shevchenko", "Kenji Sato", "Amara Okafor", "Pavel Novak", "Lucia Romero",
          "Tariq Haddad", "Ingrid Larsen", "Giorgi Beridze", "Sofia Marquez"]  # fmt: skip
SUBJECTS = [("medtop:11000000", "politics"), ("medtop:04000000", "economy"),
            ("medtop:16000000", "conflict"), ("medtop:06000000", "environment"),
            ("medtop:15000000", "sport"), ("medtop:13000000", "science")]  # fmt: skip
TOPICS = ["talks", "budget", "election", "ceasefire", "pipeline", "summit", "strike",
          "earthquake", "harvest", "tariffs", "vaccine", "satellite", "referendum",
          "flooding", "merger", "sanctions", "drought", "reactor", "census", "protest"]  # fmt: skip
VERBS = ["urges", "rejects", "backs", "delays", "signs", "weighs", "halts", "extends",
         "announces", "questions"]  # fmt: skip
ACTORS = ["minister", "government", "parliament", "central bank", "opposition",
          "prime minister", "foreign ministry", "regulator", "union", "court"]  # fmt: skip
WORDS = [
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "on",
    "for",
    "with",
    "said",
    "that",
    "was",
    "by",
    "at",
    "from",
    "as",
    "it",
    "an",
    "be",
    "has",
    "would",
    "officials",
    "talks",
    "week",
    "year",
    "month",
    "percent",
    "million",
    "country",
    "region",
    "agreement",
    "plan",
    "report",
    "statement",
    "spokesman",
    "meeting",
    "council",
    "policy",
    "security",
    "energy",
    "trade",
    "market",
    "prices",
    "growth",
    "forecast",
    "border",
    "troops",
    "aid",
    "refugees",
    "vote",
    "result",
    "coalition",
    "leader",
    "ministry",
    "agency",
    "investigation",
    "decision",
    "proposal",
    "measures",
    "support",
    "concerns",
    "crisis",
    "deadline",
    "negotiations",
    "delegation",
    "capital",
    "province",
    "authorities",
    "residents",
    "damage",
    "emergency",
    "services",
    "figures",
    "data",
    "analysts",
    "investors",
    "shares",
    "exports",
    "imports",
    "gas",
    "oil",
]


def sentence(rng: random.Random, topic: str, city: str) -> str:
    length = rng.randint(14, 26)
    words = [rng.choice(WORDS) for _ in range(length)]
    words[rng.randrange(length)] = topic
    if rng.random() < 0.3:
        words[rng.randrange(length)] = city
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, topic: str, city: str) -> str:
    return " ".join(sentence(rng, topic, city) for _ in range(rng.randint(2, 4)))


def wire_item(number: int, rng: random.Random) -> dict[str, Any]:
    city, country = rng.choice(CITIES)
    topic, verb, actor = rng.choice(TOPICS), rng.choice(VERBS), rng.choice(ACTORS)
    created = END - dt.timedelta(seconds=rng.randrange(SPAN_SECONDS))
    updated = created + dt.timedelta(minutes=rng.randrange(0, 180))
    headline = f"{city} {actor} {verb} {topic} plan"
    lede = paragraph(rng, topic, city)
    dateline = f"{city.upper()}, {created:%B} {created.day} (Wire News) - "
    paragraphs = [dateline + lede] + [paragraph(rng, topic, city) for _ in range(rng.randint(6, 8))]
    subject = rng.choice(SUBJECTS)
    return {
        "uri": f"urn:newsml:wire.example:{created:%Y%m%d}:{number}",
        "version": "1",
        "firstcreated": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "versioncreated": updated.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "pubstatus": "usable",
        "language": "en",
        "urgency": rng.randint(2, 6),
        "headlines": [{"role": "main", "value": headline}],
        "descriptions": [{"role": "summary", "value": lede}],
        "by": rng.choice(PEOPLE),
        "located": f"{city}, {country}",
        "keywords": [topic, actor, country.lower()],
        "subjects": [
            {"uri": f"http://cv.iptc.org/newscodes/mediatopic/{subject[0][7:]}", "name": subject[1]}
        ],
        "bodies": [
            {"contenttype": "text/html", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}
        ],
    }


def wire_lines(count: int, seed: int = 7) -> Iterator[str]:
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield json.dumps(wire_item(number, rng), ensure_ascii=False) + "\n"


def write_wire_file(path: Path, count: int, seed: int = 7) -> int:
    """Write `count` stories to `path`; returns its size in bytes."""
    with path.open("w", encoding="utf-8") as out:
        out.writelines(wire_lines(count, seed))
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    size = write_wire_file(args.out, args.stories, args.seed)
    print(f"{args.out}: {args.stories:,} stories, {size / 1e6:,.1f} MB "
          f"({size / max(args.stories, 1) / 1024:.1f} KB each)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
