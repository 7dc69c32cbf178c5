"""Language tags (BCP 47), the one place that takes them apart: `en-GB`, `ru`, `zh-Hant-TW`.

A story's language is a BCP 47 tag; Enchant names dictionaries with an underscore
(`en_US`), and copy arrives with tags in any case (`EN-us`). Everything here accepts both
separators and any case. The grammar is RFC 5646's (short, so it is written out); what
the subtags mean — which languages, scripts and regions exist, which way a script runs,
what a language is called — comes from the Unicode CLDR through Babel, never from lists
kept by hand.

Two kinds of callers: a story's stored tag is whatever a person or a feed wrote, so the
lenient helpers (`primary_subtag`, `region_subtag`, `text_direction`, `language_name`)
never raise and fall back to sensible defaults; `parse_language_tag` and
`normalize_language_tag` are for input that must be a tag, and raise `LanguageTagError`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

from editorial.domain.errors import BadInput

if TYPE_CHECKING:
    from babel import Locale

Direction = Literal["ltr", "rtl"]


# RFC 5646 section 2.1, less the grandfathered tags (`i-klingon`): language with up to
# three extended subtags, script, region, variants, then extensions and private use.
@cache
def _tag_pattern() -> re.Pattern[str]:
    """Compiled when a tag is first read (the window's first frame reads none)."""
    return re.compile(
        r"""^(?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})
            (?:-(?P<script>[a-z]{4}))?
            (?:-(?P<region>[a-z]{2}|[0-9]{3}))?
            (?P<variants>(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)
            (?P<extensions>(?:-[a-wyz0-9](?:-[a-z0-9]{2,8})+)*)
            (?P<private>-x(?:-[a-z0-9]{1,8})+)?$""",
        re.VERBOSE,
    )


# BCP 47 tags a wire desk meets most, offered where a language is chosen (any other tag
# can be typed).
COMMON_LANGUAGES = (
    "en", "en-GB", "en-US", "ar", "de", "es", "fa", "fr", "he", "hi", "it", "ja", "ko",
    "nl", "pl", "pt", "pt-BR", "ru", "sv", "tr", "uk", "zh-Hans", "zh-Hant",
)  # fmt: skip


class LanguageTagError(BadInput):
    """Text that is not a BCP 47 language tag."""


@dataclass(frozen=True, slots=True)
class LanguageTag:
    """A tag taken apart, each subtag in its conventional case: `zh-Hant-TW` is
    language="zh", script="Hant", region="TW"."""

    language: str
    script: str = ""
    region: str = ""
    variants: tuple[str, ...] = ()
    extensions: str = ""  # extension and private-use subtags, kept as written (lower case)

    def __str__(self) -> str:
        parts = [self.language, self.script, self.region, *self.variants]
        return "-".join(part for part in parts if part) + self.extensions

    @property
    def primary(self) -> str:
        """The primary language subtag (`en` of `en-GB`); extended subtags left off."""
        return self.language.split("-", 1)[0]

    @property
    def direction(self) -> Direction:
        """`rtl` when the tag's script (given, or the language's likely one) runs right
        to left."""
        return _direction(self.primary, self.script, self.region)

    @property
    def is_known(self) -> bool:
        """Whether CLDR knows the language, and the script and region when given."""
        names = _english()
        return (
            self.primary in names.languages
            and (not self.script or self.script in names.scripts)
            and (not self.region or self.region in names.territories)
        )

    def display_name(self, in_language: str = "en") -> str:
        """`English (United Kingdom)`, `русский` (for `ru` shown in `ru`); the tag itself
        for a language CLDR does not name."""
        names = _names_locale(in_language)
        language = names.languages.get(self.primary)
        if not language:
            return str(self)
        details = [
            name
            for name in (names.scripts.get(self.script), names.territories.get(self.region))
            if name
        ]
        return f"{language} ({', '.join(details)})" if details else language


def parse_language_tag(text: str) -> LanguageTag:
    """The tag's parts; `_` is read as `-`. Raises `LanguageTagError` for text that is not
    a well-formed tag (it need not be a language CLDR knows: see `LanguageTag.is_known`)."""
    cleaned = text.strip().replace("_", "-").lower()
    match = _tag_pattern().match(cleaned)
    if match is None:
        raise LanguageTagError(f"“{text.strip()}” is not a language tag (like en or en-GB).")
    variants = match.group("variants")
    return LanguageTag(
        language=_current_code(match.group("language")),
        script=(match.group("script") or "").title(),
        region=(match.group("region") or "").upper(),
        variants=tuple(variants.split("-")[1:]) if variants else (),
        extensions=(match.group("extensions") or "") + (match.group("private") or ""),
    )


def normalize_language_tag(text: str) -> str:
    """The tag in its conventional case with hyphens: `EN-us` -> `en-US`, `zh_hant` ->
    `zh-Hant`. Raises `LanguageTagError` for text that is not a tag."""
    return str(parse_language_tag(text))


def is_valid_language_tag(text: str) -> bool:
    """Well formed and naming a language (and script and region) that CLDR knows."""
    try:
        return parse_language_tag(text).is_known
    except LanguageTagError:
        return False


def primary_subtag(language: str) -> str:
    """`en` for `en-GB`, `EN_us` or `en`; "" for an empty tag. Never raises: for text that
    is not a tag, the part before the first separator, in lower case."""
    tag = _lenient(language)
    if tag is not None:
        return tag.primary
    return language.strip().lower().replace("_", "-").split("-", 1)[0]


def region_subtag(language: str) -> str:
    """`GB` for `en-GB` or `en_gb`; "" when the tag names no region or is not a tag."""
    tag = _lenient(language)
    return tag.region if tag is not None else ""


def text_direction(language: str) -> Direction:
    """`rtl` for a language written right to left (`ar`, `he`, `fa`, `ur`, `ku-Arab`),
    else `ltr` (also for an empty or unreadable tag)."""
    tag = _lenient(language)
    return tag.direction if tag is not None else "ltr"


def language_name(language: str, in_language: str = "en") -> str:
    """What the language is called (`English` for `en_US`, `Russian` for `ru`), without
    script or region; the text as given when CLDR does not know it."""
    tag = _lenient(language)
    if tag is None:
        return language.strip()
    return _names_locale(in_language).languages.get(tag.primary) or language.strip()


@lru_cache(maxsize=256)
def _lenient(language: str) -> LanguageTag | None:
    if not language.strip():
        return None
    try:
        return parse_language_tag(language)
    except LanguageTagError:
        return None


@lru_cache(maxsize=256)
def _direction(language: str, script: str, region: str) -> Direction:
    """CLDR's character order of the script: the tag's own, else the one CLDR finds
    likeliest for the language (and region). A script that no locale Babel has data
    for is written in (Imperial Aramaic) counts as left to right."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    likely: Mapping[str, str] = get_global("likely_subtags")
    if not script:
        guess = likely.get(f"{language}_{region}") or likely.get(language, "")
        script = next((part for part in guess.split("_")[1:] if len(part) == 4), "")
    # The language in its script, or any locale written in that script (und_Arab -> ar).
    candidates = [f"{language}_{script}", likely.get(f"und_{script}", "")] if script else [language]
    for identifier in candidates:
        try:
            locale = Locale.parse(identifier)
        except (UnknownLocaleError, ValueError):
            continue
        if script and (locale.script or _likely_script(locale.language, likely)) != script:
            continue  # Babel fell back to the language's usual script (en_Arab -> en)
        return "rtl" if locale.text_direction == "rtl" else "ltr"
    return "ltr"


def _likely_script(language: str, likely: Mapping[str, str]) -> str:
    return next((part for part in likely.get(language, "").split("_")[1:] if len(part) == 4), "")


@lru_cache(maxsize=512)
def _current_code(language: str) -> str:
    """The current code for a deprecated one (`iw` -> `he`, `in` -> `id`), from CLDR's
    language aliases; aliases that bring a script or region along are left alone."""
    from babel.core import get_global

    replacement: str = get_global("language_aliases").get(language, language)
    return replacement if "_" not in replacement else language


@lru_cache(maxsize=1)
def _english() -> Locale:
    return _names_locale("en")


@lru_cache(maxsize=16)
def _names_locale(language: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(primary_subtag(language) or "en")
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")
