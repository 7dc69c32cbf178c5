"""Publishing's refusals reach a Russian desk in Russian: a resend, a send by hand or a
pre-flight the library refuses, an endpoint that cannot be kept, a WordPress user whose
role may not publish and a tag the site will not make, as the window says them under the
real Russian catalogue (installed by the window's own loader); the command line's English
is unchanged."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import QCoreApplication

from editorial.domain.delivery_reasons import reason_message
from editorial.domain.errors import BadInput, EditorialError
from editorial.domain.publishing import EndpointProfile
from editorial.domain.story import new_story
from editorial.storage.library import Library
from editorial.sync.target import Refused
from editorial.sync.wordpress import WordPressTarget
from editorial.sync.wordpress_api import Ended
from editorial.ui.shell.domain_text import error_text, translated
from tests.storage.test_outbox_store import LEASE, approved, clock, deliver, endpoint, library
from tests.ui.test_russian_core_messages import language

__all__ = ["clock", "language", "library"]  # fixtures, used by name

SITE = "https://news.example.org"


def refusal(attempt: object) -> EditorialError:
    with pytest.raises(EditorialError) as raised:
        attempt()  # type: ignore[operator]
    return raised.value


def not_resent(error: EditorialError) -> str:
    """The line the publishing desk shows when a resend is refused."""
    said = QCoreApplication.translate("PublishingDesk", "Not resent: {error}")
    return said.format(error=error_text(error))


def test_a_refused_resend_is_said_in_the_windows_language(language: str, library: Library) -> None:
    endpoint(library, "wire")
    story = approved(library)
    claim = library.outbox.claim("w1", LEASE)
    assert claim is not None
    deliver(library, claim)
    delivered = refusal(lambda: library.outbox.resend(claim.entry.id))
    missing = refusal(lambda: library.outbox.resend(99))
    again = refusal(lambda: library.outbox.send_by_hand(story.id, "wire"))
    nowhere = refusal(lambda: library.outbox.send_by_hand(story.id, "radio"))
    draft = library.add(new_story("x.org", headline="Talks resume"), by="Anna")
    unapproved = refusal(lambda: library.outbox.send_by_hand(draft.id, "wire"))
    entry = claim.entry.id
    # The command line's English, whatever the window speaks.
    assert str(delivered) == (f"Outbox entry {entry} is delivered: only a failed entry, or one "
                              "waiting to be tried again, can be resent.")  # fmt: skip
    assert str(nowhere) == "There is no endpoint named 'radio'."
    if language == "ru":
        assert not_resent(delivered) == (
            f"Повторно не отправлено: Запись {entry} в очереди отправки — «доставлена»: "
            "повторно отправить можно только запись, которую не удалось отправить, или "
            "ждущую новой попытки."
        )
        assert error_text(missing) == "В очереди отправки нет записи 99."
        assert error_text(again) == (f"Точка публикации wire уже получила эту версию "
                                     f"материала {story.id}, или версия ждёт отправки туда.")
        assert error_text(nowhere) == "Точки публикации с именем 'radio' нет."
        assert error_text(unapproved) == (
            "Отправить можно только одобренный или опубликованный материал; состояние "
            f"материала {draft.id} — «черновик»."
        )
    else:
        assert not_resent(delivered) == f"Not resent: {delivered}"
        assert error_text(missing) == "There is no outbox entry 99."
        assert error_text(again).startswith("wire has this version of story")
        assert error_text(unapproved) == (
            f"Only an approved or published story is sent; story {draft.id} is draft."
        )


def wordpress(
    answer: httpx.Response | None = None, *, roles: list[str] | None = None
) -> httpx.Client:
    """A client whose WordPress answers the user check with `roles` (no right to
    publish), an empty tag search, and `answer` to anything else."""

    def answering(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/users/me"):
            return httpx.Response(200, json={"name": "Desk", "roles": roles or [],
                                             "capabilities": {"publish_posts": False}})  # fmt: skip
        if request.method == "GET":
            return httpx.Response(200, json=[])
        return answer or httpx.Response(500)

    return httpx.Client(transport=httpx.MockTransport(answering))


def target(client: httpx.Client) -> WordPressTarget:
    return WordPressTarget(EndpointProfile("site", "wordpress", SITE, "desk"), "secret", client)


def test_a_user_who_may_not_publish_is_said_in_the_windows_language(language: str) -> None:
    client = wordpress(roles=["contributor", "subscriber"])
    with client, pytest.raises(BadInput) as raised:
        target(client).check_connection()
    english = str(raised.value)
    assert "may not publish posts (role: contributor, subscriber). Give the user" in english
    shown = error_text(raised.value)
    if language == "ru":
        assert "(роль: contributor, subscriber)" in shown and "role:" not in shown
    else:
        assert shown == english


def test_a_refused_tag_is_said_in_the_windows_language(language: str) -> None:
    forbidden = httpx.Response(403, json={"code": "rest_cannot_create", "message": "No."})
    with wordpress(forbidden) as client, pytest.raises(Ended) as ended:
        target(client)._api.tag_ids(["Ankara talks"])
    outcome = ended.value.outcome
    assert isinstance(outcome, Refused)
    kept = str(outcome.reason)  # as the outbox keeps it: plain text in the library
    assert "does not let “desk” create the tag “Ankara talks” (HTTP 403" in kept
    live, read_back = translated(reason_message(outcome.reason)), translated(reason_message(kept))
    assert live == read_back
    if language == "ru":
        assert "не позволяет пользователю «desk» создать метку «Ankara talks» (HTTP 403" in live
        assert "create the tag" not in live
    else:
        assert live == kept
