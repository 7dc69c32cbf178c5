"""What a news site puts around a story, as data: the lines that come along when an
editor selects a page and copies it, and that are never part of the copy.

Whole lines only: a phrase here is dropped when it is all a line says (after bullets,
counters and punctuation are set aside), never when it appears inside a sentence.
"""

from __future__ import annotations

import re

from editorial.formats.scripts import fold_line

_PHRASES = (
    # navigation and calls to action
    "Subscribe", "Subscribe now", "Sign up", "Sign in", "Log in", "Log out", "Register",
    "log in or register", "Login or register", "Menu", "Home", "Search", "Close",
    "Skip to content", "Skip to main content", "Back to top", "Go to top", "More",
    "Show more", "Load more", "Read more", "Read full story", "Continue reading",
    "See also", "Related", "Related news", "Related stories", "Related articles",
    "Most read", "Most popular", "Trending", "Top stories", "Latest news", "Latest",
    "Newsfeed", "News feed", "Editor's choice", "Recommended", "You may also like",
    "Topics", "Tags", "Sections", "Next article", "Previous article", "Next", "Previous",
    # sharing
    "Share", "Share this", "Share this article", "Share on Facebook", "Share on Twitter",
    "Tweet", "Email", "E-mail", "Print", "Copy link", "Link copied", "Facebook",
    "Twitter", "X", "Telegram", "WhatsApp", "VK", "LinkedIn", "Reddit", "Flipboard",
    "Follow us", "Follow", "Follow us on Telegram", "Comments", "Comment", "Add comment",
    "Leave a comment", "To participate in the discussion", "Discussion", "Chats", "Chat",
    "Reply", "Like", "Likes",
    # widgets, media and ads
    "Advertisement", "Advertising", "Ad", "Sponsored", "Sponsored content", "Promoted",
    "loader", "Loading", "Loading...", "Play", "Pause", "Video", "Watch", "Listen",
    "Photo", "Gallery", "Open gallery", "Full screen", "Enlarge", "Zoom",
    "Cookie settings", "Accept cookies", "Accept", "Accept all", "Privacy policy",
    "Terms of use", "Contact us", "About us", "Feedback", "RSS",
    # Russian sites' interface words
    "Подписаться", "Поделиться", "Читать далее", "Читать также", "Комментарии", "Лента",
    "Лента новостей", "Реклама", "Войти", "Регистрация", "Главное",
)  # fmt: skip
CHROME_PHRASES: frozenset[str] = frozenset(fold_line(phrase) for phrase in _PHRASES)

# Lines that are chrome by their shape: counters, timestamps, copyright, separators.
_CHROME_PATTERNS = re.compile(
    r"""^(?:
        [\d\s.,:/|•·*+-]*                                   # counters, separators
      | (?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}).*   # footers
      | .{0,200}\ball\ rights\ reserved\b.{0,200}
      | (?:updated|published|posted|last\ updated|modified)\b:?[^.!?]{0,60}\d[^.!?]{0,30}
      | \d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\w+)?         # 14:32, 2:15 PM UTC
      | \d+\s+(?:comments?|views?|shares?|likes?|min(?:ute)?s?\ read)
      | (?:photo|image|video|file\ photo)\s*:.{0,120}       # credits
      | (?:share|follow\ us)\ on\ \w+
    )$""",
    re.VERBOSE | re.IGNORECASE,
)


def is_chrome(line: str) -> bool:
    """Whether a whole line is site furniture rather than copy."""
    stripped = line.strip()
    if len(stripped) <= _LONGEST_PHRASE and fold_line(stripped) in CHROME_PHRASES:
        return True
    return len(stripped) <= _LONGEST_PATTERN_LINE and bool(_CHROME_PATTERNS.match(stripped))


_LONGEST_PHRASE = 60
# Furniture lines are short; a paragraph of copy is never judged by these patterns.
_LONGEST_PATTERN_LINE = 400
