"""What a story saved 1,000 times (each save explicit, so each keeps a revision) costs in
the library file: revisions as plain JSON (as migration 0003 kept them), as
zlib-compressed JSON each on its own, and as kept since 0004: a key revision every
`KEY_EVERY`, the others zlib-packed with the key as their preset dictionary (a delta that
needs only itself and its key to be read).

    PYTHONPATH=src python bench/bench_revision_size.py [--saves 1000] [--words 600]

The story grows from a few paragraphs as a reporter works: each save changes or adds a
sentence somewhere in the body.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import tempfile
import zlib
from pathlib import Path

from editorial.domain.story import new_story
from editorial.domain.story_plain import content_to_plain
from editorial.storage.library import Library
from editorial.storage.revisions import KEY_EVERY, snapshot_text

TEXT = (
    "the minister said on Tuesday that talks would resume before the end of the year and "
    "officials in Ankara confirmed the toll had risen to twelve after rescuers reached the "
    "villages east of the city where roads were cut by landslides overnight"
)
WORDS = TEXT.split()


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."


def build(path: Path, saves: int, words: int) -> int:
    rng = random.Random(7)
    paragraphs = [" ".join(sentence(rng) for _ in range(4)) for _ in range(words // 60)]
    with Library.open(path) as library:
        story = library.add(new_story("bench.example", headline="Quake hits eastern Turkey"))
        for _ in range(saves):
            at = rng.randrange(len(paragraphs))
            if rng.random() < 0.3:
                paragraphs.insert(at, sentence(rng))
            else:
                parts = paragraphs[at].split(". ")
                parts[rng.randrange(len(parts))] = sentence(rng).rstrip(".")
                paragraphs[at] = ". ".join(parts)
            story = library.save(story.edited(body="\n\n".join(paragraphs)), explicit=True)
        return len(story.body)


def vacuumed_size(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        raw.execute("VACUUM")
    raw.close()
    return path.stat().st_size


def as_plain_json(packed: Path, plain: Path) -> None:
    """The same library with its revisions as migration 0003 kept them: plain JSON."""
    with Library.open(packed, create=False) as library:
        (summary,) = library.list_stories()
        texts = {r.story.version: snapshot_text(content_to_plain(r.story)).decode()
                 for r in library.revisions(summary.id)}  # fmt: skip
    shutil.copy(packed, plain)
    with sqlite3.connect(plain) as raw:
        for version, text in texts.items():
            raw.execute(
                "UPDATE story_revisions SET content = ?, packed = NULL, packed_against = NULL"
                " WHERE version = ?",
                (text, version),
            )
    raw.close()


def zlib_alone(path: Path) -> tuple[int, int]:
    """(JSON bytes, zlib-alone bytes) of every revision kept."""
    with Library.open(path, create=False) as library:
        (summary,) = library.list_stories()
        revisions = library.revisions(summary.id)
    texts = [snapshot_text(content_to_plain(r.story)) for r in revisions]
    return sum(map(len, texts)), sum(len(zlib.compress(t, 9)) for t in texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--words", type=int, default=600)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        packed, plain = Path(folder) / "packed.sqlite", Path(folder) / "plain.sqlite"
        body = build(packed, args.saves, args.words)
        json_bytes, alone_bytes = zlib_alone(packed)
        as_plain_json(packed, plain)
        with sqlite3.connect(packed) as raw:
            (count, packed_bytes) = raw.execute(
                "SELECT count(*), sum(length(packed)) FROM story_revisions"
            ).fetchone()
        raw.close()
        plain_file, packed_file = vacuumed_size(plain), vacuumed_size(packed)
        print(f"{count} revisions of a story of {body:,} characters (final body)")
        print(f"  revisions as JSON:              {json_bytes / 1e6:7.2f} MB")
        print(f"  zlib alone:                     {alone_bytes / 1e6:7.2f} MB  "
              f"({alone_bytes / json_bytes:.0%} of JSON)")  # fmt: skip
        print(f"  a key every {KEY_EVERY} + packed against it: {packed_bytes / 1e6:7.2f} MB  "
              f"({packed_bytes / json_bytes:.0%} of JSON; as kept)")  # fmt: skip
        print(f"  library file, plain JSON:       {plain_file / 1e6:7.2f} MB")
        print(f"  library file, as kept:          {packed_file / 1e6:7.2f} MB  "
              f"({packed_file / plain_file:.0%})")  # fmt: skip


if __name__ == "__main__":
    main()
