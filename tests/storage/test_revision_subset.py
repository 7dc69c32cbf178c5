"""Reading only the revisions a comparison needs gives the same texts as reading them all:
each version asked for, or the nearest kept before it, unpacked against its key."""

from __future__ import annotations

from pathlib import Path

from editorial.domain.story import new_story
from editorial.storage.library import Library
from editorial.storage.revisions import KEY_EVERY


def test_the_revisions_of_some_versions_are_those_of_all(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as library:
        story = library.add(new_story("x.org", headline="Quake"))
        for n in range(KEY_EVERY * 2 + 5):
            story = library.save(story.edited(body=f"Text {n}. " * 40), explicit=True)
            if n % 7 == 0:  # an autosave between: its version is never kept
                story = library.save(story.edited(body=f"Typed {n}. " * 40))
        assert story.id is not None
        every = library.revisions(story.id)
        versions = [r.story.version for r in every]
        autosaved = next(v for v in range(versions[0], story.version) if v not in versions)
        for wanted in ({versions[0], versions[-1]}, {autosaved, versions[KEY_EVERY + 3]}):
            some = library.revisions(story.id, wanted)
            for version in wanted:
                whole = [r.story for r in every if r.story.version <= version][-1]
                part = [r.story for r in some if r.story.version <= version][-1]
                assert (part.version, part.body) == (whole.version, whole.body)
            assert len(some) == len(wanted)
