"""End to end through the outbox to the real WordPress (tests/run.sh starts it), by the
command line in real processes, the application password in the real keyring: approve,
`editorial sync`, and there is exactly one post; a correction approved updates that post;
a kill moves it to the trash; a create whose answer is lost on the way back (a proxy
drops the connection after forwarding it) still leaves one post after `sync --wait`. And
after it all, the application password is nowhere but in the keyring."""

from __future__ import annotations

import os
from pathlib import Path

from editorial.domain.story import Story
from editorial.domain.story_plain import story_from_plain
from editorial.storage.library import Library
from editorial.sync.credentials import SecretStore
from tests.sync.cli_process import Editorial
from tests.sync.conftest import unique_name
from tests.sync.loopback import Seen, dropping_proxy
from tests.sync.wordpress_site import Site, wordpress

__all__ = ["wordpress"]  # the fixture, used by name


def desk(folder: Path, site: Site, url: str = "") -> tuple[Editorial, str]:
    folder.mkdir()
    editorial = Editorial(folder / "desk.sqlite")
    Library.open(editorial.library).close()
    name = unique_name("site")
    editorial("endpoint", "add", name, "--kind", "wordpress", "--url", url or site.base_url,
              "--user", site.user, "--secret-stdin", stdin=site.app_password + "\n")  # fmt: skip
    return editorial, name


def approved(editorial: Editorial, headline: str) -> Story:
    story_id = str(editorial.json("new", "--headline", headline)["id"])
    with Library.open(editorial.library, create=False) as library:
        story = library.get(int(story_id))
        library.save(story.edited(lede=f"{headline}: the lede.", body="The body.",
                                  keywords=("Economy",)), explicit=True)  # fmt: skip
    editorial("submit", story_id)
    editorial("approve", story_id)
    return story_from_plain(editorial.json("show", story_id))


def test_approve_correct_kill_through_the_outbox(wordpress: Site, tmp_path: Path) -> None:
    editorial, name = desk(tmp_path / "desk", wordpress)
    story = approved(editorial, "Central bank holds rates")
    sid = str(story.id)
    assert editorial("sync").startswith("delivered 1, retrying 0, failed 0")
    (post,) = wordpress.posts_of(story)
    assert post["status"] == "publish" and post["title"]["raw"] == "Central bank holds rates"
    assert editorial.json("show", sid)["status"] == "published"
    assert editorial("sync") == "delivered 0, retrying 0, failed 0\n"  # nothing twice

    editorial("correct", sid)
    with Library.open(editorial.library, create=False) as library:
        current = library.get(story.id)  # type: ignore[arg-type]
        library.save(current.edited(body="The body, corrected."), explicit=True)
    editorial("submit", sid, "--note", "Corrects the body")
    editorial("approve", sid)
    assert editorial("sync").startswith("delivered 1,")
    (updated,) = wordpress.posts_of(story)
    assert updated["id"] == post["id"] and "The body, corrected." in updated["content"]["raw"]

    editorial("kill", sid, "--note", "Legal risk")
    assert editorial("sync").startswith("delivered 1,")
    (killed,) = wordpress.posts_of(story)
    assert killed["id"] == post["id"] and killed["status"] == "trash"
    assert wordpress.public_status(post["id"]) in (401, 404, 410)
    entries = editorial.json("outbox")
    assert [(e["action"], e["state"]) for e in entries] == [
        ("kill", "delivered"), ("correct", "delivered"), ("publish", "delivered")]  # fmt: skip
    editorial("preflight", sid, "--json")
    editorial("endpoint", "list", "--json")
    the_password_is_only_in_the_keyring(wordpress, editorial, tmp_path)
    SecretStore().delete(name)


def test_a_create_whose_answer_is_lost_makes_one_post(wordpress: Site, tmp_path: Path) -> None:
    dropped: list[Seen] = []

    def first_create(seen: Seen) -> bool:
        creates = seen.method == "POST" and seen.path.endswith("/wp/v2/posts")
        if creates and not dropped:
            dropped.append(seen)
            return True
        return False

    with dropping_proxy(wordpress.base_url, first_create) as (proxy_url, seen):
        editorial, name = desk(tmp_path / "desk", wordpress, proxy_url)
        story = approved(editorial, "Lira steady after the decision")
        out = editorial("sync", status=75)  # no answer: it may be there, tried again
        assert "retrying 1" in out
        (entry,) = editorial.json("outbox")
        assert entry["maybe_delivered"] and entry["state"] == "retrying"
        assert len(wordpress.posts_of(story)) == 1  # the create reached WordPress
        editorial("sync", "--wait", "--timeout", "60")
    assert len(dropped) == 1
    (post,) = wordpress.posts_of(story)
    (entry,) = editorial.json("outbox")
    assert entry["state"] == "delivered" and entry["remote_id"] == str(post["id"])
    assert sum(1 for s in seen if s.method == "POST" and s.path.endswith("/wp/v2/posts")) == 1
    SecretStore().delete(name)


def the_password_is_only_in_the_keyring(site: Site, editorial: Editorial, tmp_path: Path) -> None:
    """The secret-nowhere check of test_secret_nowhere.py, for a WordPress endpoint run."""
    home = Path(os.environ["XDG_DATA_HOME"]).parent
    places = [tmp_path, home / "config", home / "cache", home / "data"]
    state = os.environ.get("XDG_STATE_HOME")
    if state:
        places.append(Path(state))
    files = [p for place in places if place.exists() for p in place.rglob("*") if p.is_file()]
    files = [p for p in files if "keyrings" not in p.parts]
    assert editorial.library in files
    secret = site.app_password.encode()
    assert [str(p) for p in files if secret in p.read_bytes()] == []
    assert all(site.app_password not in text for text in editorial.said)
