"""The real WordPress that tests/run.sh starts (tests/peers/wordpress.sh) as the tests see
it: where it is, waiting for it to be up, and reading it back behind the target's back.

Outside tests/run.sh (no WP_BASE_URL) its tests are skipped, saying how to run them; under
CI a missing WordPress fails them instead."""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from editorial.domain.story import Story
from editorial.sync.wordpress import story_token

STARTUP_WAIT = 300.0  # seconds; the start itself takes a few, unless packages still install


@dataclass(frozen=True)
class Site:
    """A running WordPress with an administrator's application password."""

    base_url: str
    user: str
    app_password: str

    def client(self, *, authenticated: bool = True) -> httpx.Client:
        auth = httpx.BasicAuth(self.user, self.app_password) if authenticated else None
        return httpx.Client(base_url=self.base_url + "/wp-json/wp/v2", auth=auth, timeout=30)

    def post(self, post_id: str | int) -> dict[str, Any]:
        """A post as its editor sees it in wp-admin (raw fields, any status)."""
        with self.client() as client:
            answer = client.get(f"/posts/{post_id}", params={"context": "edit"})
        answer.raise_for_status()
        post: dict[str, Any] = answer.json()
        return post

    def public_status(self, post_id: str | int) -> int:
        """What an anonymous reader gets for the post through the REST API."""
        with self.client(authenticated=False) as client:
            return client.get(f"/posts/{post_id}").status_code

    def posts_of(self, story: Story) -> list[dict[str, Any]]:
        """Every post of the story on the site, in the trash or not (by its mark, read
        straight from each post's raw content rather than through the target's search)."""
        mark = story_token(story)
        found: list[dict[str, Any]] = []
        with self.client() as client:
            page = 1
            while True:
                answer = client.get(
                    "/posts",
                    params={
                        "status": "publish,future,draft,pending,private,trash",
                        "context": "edit",
                        "per_page": 100,
                        "page": page,
                    },
                )
                answer.raise_for_status()
                found += [post for post in answer.json() if mark in post["content"]["raw"]]
                if page >= int(answer.headers.get("X-WP-TotalPages", "1")):
                    return found
                page += 1

    def tag_names(self, ids: list[int]) -> list[str]:
        if not ids:
            return []
        with self.client() as client:
            answer = client.get(
                "/tags", params={"include": ",".join(map(str, ids)), "per_page": 100}
            )
        answer.raise_for_status()
        return sorted(tag["name"] for tag in answer.json())

    def delete_for_good(self, post_id: str | int) -> None:
        with self.client() as client:
            client.delete(f"/posts/{post_id}", params={"force": "true"}).raise_for_status()


def _missing(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _wait_until_up(status_file: Path, log: str) -> None:
    deadline = time.monotonic() + STARTUP_WAIT
    while not status_file.exists():
        if time.monotonic() > deadline:
            pytest.fail(f"WordPress was not up after {STARTUP_WAIT:.0f} s (log: {log})")
        time.sleep(0.1)
    status = status_file.read_text().strip()
    if status != "ready":
        tail = Path(log).read_text()[-2000:] if log and Path(log).exists() else ""
        pytest.fail(f"WordPress did not start ({status}):\n{tail}")


@pytest.fixture(scope="session")
def wordpress() -> Iterator[Site]:
    base_url = os.environ.get("WP_BASE_URL", "")
    user = os.environ.get("WP_USERNAME", "")
    password = os.environ.get("WP_APP_PASSWORD", "")
    if not (base_url and user and password):
        _missing(
            "no WordPress to test against: tests/run.sh starts one (as root, with Debian's "
            "wordpress and mariadb-server), or set WP_BASE_URL, WP_USERNAME and "
            "WP_APP_PASSWORD to a loopback site"
        )
    status_file = os.environ.get("WP_STATUS_FILE", "")
    if status_file:
        _wait_until_up(Path(status_file), os.environ.get("WP_STARTUP_LOG", ""))
    site = Site(base_url.rstrip("/"), user, password)
    with site.client() as client:
        try:
            answer = client.get("/users/me")
        except httpx.TransportError as error:
            pytest.fail(f"WordPress at {base_url} does not answer: {error}")
    assert answer.status_code == 200, f"users/me with the test credentials: {answer.text[:300]}"
    yield site


def user_of(site: Site, login: str, role: str) -> Site:
    """The site as a user in one of WordPress' roles, with an application password of
    their own (an Author has no `unfiltered_html`: what they send is filtered; a
    Contributor may not publish)."""
    with site.client() as client:
        found = client.get("/users", params={"search": login, "context": "edit"}).json()
        user = next((u for u in found if u["username"] == login), None)
        if user is None:
            made = client.post(
                "/users",
                json={"username": login, "email": f"{login}@example.com", "roles": [role],
                      "password": secrets.token_urlsafe(18)},
            )  # fmt: skip
            made.raise_for_status()
            user = made.json()
        password = client.post(
            f"/users/{user['id']}/application-passwords",
            json={"name": f"editorial tests {secrets.token_hex(4)}"},
        )
        password.raise_for_status()
    return Site(site.base_url, login, password.json()["password"])
