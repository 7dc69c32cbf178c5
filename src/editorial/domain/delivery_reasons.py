"""Why a delivery failed or waits, and what an endpoint's Test Connection found: the
English the outbox keeps and the command line prints, written from templates marked for
translation (context "Delivery"), so the window can say it in its own language.

A reason is kept in the library as text (every attempt's, old ones included), so the
window reads it back by its template (`reason_message`); the words put into a reason
(what was being asked of a site: "create the post"; why there was no answer) are marked
too (context "DeliveryWords") and translated one by one. An endpoint's own words (its
HTTP status line, its error message) stay as it said them.
"""

from __future__ import annotations

from editorial.domain.translatable import (
    QT_TRANSLATE_NOOP,
    Message,
    MessageText,
    recognized,
    said,
)

# What a WordPress target asks of a site, as in "WordPress at … could not {doing}".
DOING = (
    QT_TRANSLATE_NOOP("DeliveryWords", "create the post"),
    QT_TRANSLATE_NOOP("DeliveryWords", "update the post"),
    QT_TRANSLATE_NOOP("DeliveryWords", "look for the story's post"),
    QT_TRANSLATE_NOOP("DeliveryWords", "say who is signed in"),
    QT_TRANSLATE_NOOP("DeliveryWords", "move the post to the trash"),
    QT_TRANSLATE_NOOP("DeliveryWords", "move the post to draft"),
    QT_TRANSLATE_NOOP("DeliveryWords", "publish the post now"),
    # What a site did, as in "WordPress at … {done} but its answer names no post id"
    QT_TRANSLATE_NOOP("DeliveryWords", "updated the post"),
    QT_TRANSLATE_NOOP("DeliveryWords", "created the post"),
    # Why a request got no answer
    QT_TRANSLATE_NOOP("DeliveryWords", "no answer in time"),
    QT_TRANSLATE_NOOP("DeliveryWords", "cannot connect"),
    QT_TRANSLATE_NOOP("DeliveryWords", "the connection was closed before an answer came"),
    QT_TRANSLATE_NOOP("DeliveryWords", "the connection failed"),
)
# What a WordPress target asks of a site about a keyword's tag, its name filled in.
TAG_DOING = (
    QT_TRANSLATE_NOOP("DeliveryWords", "look up the tag “{name}”"),
    QT_TRANSLATE_NOOP("DeliveryWords", "create the tag “{name}”"),
)
LOOK_UP_TAG, CREATE_TAG = TAG_DOING
# The fields of the templates below that hold such words.
WORD_FIELDS = frozenset({"doing", "why", "done"})

REDIRECTED = QT_TRANSLATE_NOOP(
    "Delivery", "{answer} (redirects are not followed: fix the endpoint's URL to {where})"
)
REDIRECTED_NOWHERE = QT_TRANSLATE_NOOP(
    "Delivery", "{answer} (redirects are not followed: fix the endpoint's URL)"
)
NO_ANSWER_DETAIL = QT_TRANSLATE_NOOP("Delivery", "no answer ({kind}: {detail})")
NO_ANSWER_KIND = QT_TRANSLATE_NOOP("Delivery", "no answer ({kind})")
NO_ANSWER = QT_TRANSLATE_NOOP("Delivery", "no answer")
REMOVED = QT_TRANSLATE_NOOP("Delivery", "the endpoint was removed")
NO_PAYLOAD = QT_TRANSLATE_NOOP(
    "Delivery",
    "the payload could not be made ({problem}); fix the story or the house style, then "
    "resend it",
)
WP_UNAUTHORIZED = QT_TRANSLATE_NOOP(
    "Delivery",
    "WordPress at {site} did not accept the user name “{user}” with this application "
    "password (HTTP 401{quoted}). Check the endpoint's user and application password.",
)
WP_FORBIDDEN = QT_TRANSLATE_NOOP(
    "Delivery",
    "WordPress at {site} does not let “{user}” {doing} (HTTP 403{quoted}). Check the "
    "application password and that the user's role may publish posts.",
)
WP_NO_API = QT_TRANSLATE_NOOP(
    "Delivery",
    "There is no WordPress REST API at {site}/wp-json/ (HTTP 404{quoted}). Check the "
    "endpoint's URL: it is the site's address, such as https://news.example.com.",
)
WP_MOVED_TO = QT_TRANSLATE_NOOP(
    "Delivery",
    "WordPress at {site} answered that its REST API has moved to {where} (HTTP {status}). "
    "Set the endpoint's URL to the site's address.",
)
WP_MOVED = QT_TRANSLATE_NOOP(
    "Delivery",
    "WordPress at {site} answered that its REST API has moved (HTTP {status}). "
    "Set the endpoint's URL to the site's address.",
)
WP_NO_TRASH = QT_TRANSLATE_NOOP(
    "Delivery",
    "WordPress at {site} keeps no trash, so a killed story cannot be moved there "
    "(HTTP 501). Set the endpoint to move killed stories to draft.",
)
WP_NOT_NOW = QT_TRANSLATE_NOOP(
    "Delivery", "WordPress at {site} could not {doing} just now (HTTP {status}{quoted})"
)
WP_REFUSED = QT_TRANSLATE_NOOP(
    "Delivery", "WordPress at {site} refused to {doing} (HTTP {status}{quoted})."
)
WP_NO_ANSWER_DETAIL = QT_TRANSLATE_NOOP(
    "Delivery", "WordPress at {site} could not {doing}: {why} ({detail})"
)
WP_NO_ANSWER = QT_TRANSLATE_NOOP("Delivery", "WordPress at {site} could not {doing}: {why}")
WP_WEB_PAGE = QT_TRANSLATE_NOOP(
    "Delivery",
    "{site} answered with a web page, not WordPress' REST API (HTTP {status}, asked to "
    "{doing}). Check the endpoint's URL.",
)
WP_NOT_JSON_QUOTED = QT_TRANSLATE_NOOP(
    "Delivery",
    "WordPress at {site} answered what is not JSON (HTTP {status}, {kind}) when asked to "
    "{doing}: {quote}",
)
WP_NOT_JSON = QT_TRANSLATE_NOOP(
    "Delivery",
    "WordPress at {site} answered what is not JSON (HTTP {status}, {kind}) when asked to "
    "{doing}",
)
WP_NO_POST_ID = QT_TRANSLATE_NOOP(
    "Delivery", "WordPress at {site} {done} but its answer names no post id"
)
WP_NO_LIST = QT_TRANSLATE_NOOP("Delivery", "WordPress at {site} answered a search with no list")
WP_TAG_REFUSED = QT_TRANSLATE_NOOP(
    "Delivery", "WordPress at {site} refused the tag “{name}”: {said}"
)
WP_TAG_NO_ID = QT_TRANSLATE_NOOP(
    "Delivery", "WordPress at {site} made the tag “{name}” but named no id"
)
# An endpoint's Test Connection
ANSWERS = QT_TRANSLATE_NOOP("Delivery", "{name}: {url} answers ({answer}).")
DOES_NOT_ANSWER = QT_TRANSLATE_NOOP("Delivery", "{name}: {url} does not answer ({reason}).")
ANSWERED_REFUSAL = QT_TRANSLATE_NOOP("Delivery", "{name}: {url} answered {answer}.")
ANSWER_TOO_SLOW = QT_TRANSLATE_NOOP(
    "Delivery", "{name}: {url} did not finish answering within {seconds} seconds."
)
WP_ACCEPTS = QT_TRANSLATE_NOOP(
    "Delivery", "WordPress at {site} accepts {user}, who may publish posts."
)
WP_MAY_NOT_PUBLISH = QT_TRANSLATE_NOOP(
    "Delivery",
    "WordPress at {site} accepts {user}, but this user may not publish posts{roles}. "
    "Give the user the Author, Editor or Administrator role.",
)
WP_USER_ROLES = QT_TRANSLATE_NOOP("Delivery", " (role: {roles})")  # in WP_MAY_NOT_PUBLISH
WP_NOT_WORDPRESS = QT_TRANSLATE_NOOP(
    "Delivery", "{site} did not answer as WordPress does (no user name)."
)

# Longest first where one template's text is another's with more in it.
KEPT_REASONS = (
    REDIRECTED, REDIRECTED_NOWHERE, NO_ANSWER_DETAIL, NO_ANSWER_KIND, NO_ANSWER, REMOVED,
    NO_PAYLOAD, WP_UNAUTHORIZED, WP_FORBIDDEN, WP_NO_API, WP_MOVED_TO, WP_MOVED, WP_NO_TRASH,
    WP_NOT_NOW, WP_REFUSED, WP_NO_ANSWER_DETAIL, WP_NO_ANSWER, WP_WEB_PAGE,
    WP_NOT_JSON_QUOTED, WP_NOT_JSON, WP_NO_POST_ID, WP_NO_LIST, WP_TAG_REFUSED, WP_TAG_NO_ID,
)  # fmt: skip


def reason(template: str, **arguments: str) -> MessageText:
    """A reason written from one of the templates above: its English, carrying it. (Made
    afresh, not through `said`'s cache: a value may itself be a `MessageText`.)"""
    return MessageText(Message(template, tuple(arguments.items()), "Delivery"))


def doing_tag(template: str, name: str) -> MessageText:
    """`doing_tag(CREATE_TAG, "Ankara")`: what is asked of a site about a tag."""
    return MessageText(Message(template, (("name", name),), "DeliveryWords"))


def _words_message(value: str) -> Message:
    tagged = recognized(value, TAG_DOING, "DeliveryWords")
    return tagged if tagged.template else said(value, None, "DeliveryWords")


def reason_message(text: str) -> Message:
    """A kept reason read back as the message of its template (its words marked for
    translation); a reason from elsewhere (an endpoint's own words) as it is."""
    if isinstance(text, MessageText):
        return text.message
    found = recognized(text, KEPT_REASONS, "Delivery")
    if not found.template or not any(name in WORD_FIELDS for name, _ in found.arguments):
        return found
    arguments = tuple(
        (name, MessageText(_words_message(value)) if name in WORD_FIELDS else value)
        for name, value in found.arguments
    )
    return Message(found.template, arguments, "Delivery")
