"""The house styles an editor can choose from, and how an editor's own style files are
laid over the bundled ones: pure rules over style documents that are handed in.

A user file named like a bundled style (`ap.toml`) is laid over it: tables merge key by
key, any other value (lists included) replaces the bundled one, and `[[copy.add_words]]`
appends word rules instead of replacing them. A file with a new name is a new style,
starting from another one when it says `extends = "ap"`. A broken user file never stops
the others from loading, and never takes away the bundled style it meant to change: it
is reported in `HouseStyleCatalog.problems` and skipped.

Parsing TOML into documents and styles is `editorial.formats.house_style_toml`; finding
and reading the files is `editorial.services.styles`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from editorial.domain.house_style_model import HouseStyle, HouseStyleError


@dataclass(frozen=True, slots=True)
class StyleDocument:
    """One style file as parsed: its key (the file's name without `.toml`), its tables,
    and where it came from, for messages."""

    key: str
    data: Mapping[str, Any]
    source: str


@dataclass(frozen=True, slots=True)
class HouseStyleCatalog:
    """The styles an editor can choose from, and what went wrong reading them.
    Immutable: a reload builds a new catalog, so a reader on any thread sees one whole
    catalog, old or new."""

    styles: Mapping[str, HouseStyle]
    default_key: str
    problems: tuple[HouseStyleError, ...] = ()
    # The bundled styles as shipped, before the editor's files were laid over them.
    bundled: Mapping[str, HouseStyle] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "styles", MappingProxyType(dict(self.styles)))
        object.__setattr__(self, "bundled", MappingProxyType(dict(self.bundled)))

    def get(self, key: str) -> HouseStyle:
        """The style with this key; the default style for an unknown key."""
        return self.styles.get(key) or self.styles[self.default_key]


ReadStyle = Callable[[StyleDocument], HouseStyle]


def build_catalog(
    bundled: Iterable[StyleDocument | HouseStyleError],
    user: Iterable[StyleDocument | HouseStyleError],
    read_style: ReadStyle,
    *,
    default_key: str = "agency",
) -> HouseStyleCatalog:
    """The bundled styles, with the editor's documents laid over them in the order given
    (a user style may extend one given before it). Both may carry the errors of files
    that could not be read or parsed: they become problems like any other. `read_style`
    turns a (merged) document into a style, raising `HouseStyleError`."""
    problems: list[HouseStyleError] = []
    styles: dict[str, HouseStyle] = {}
    known: dict[str, StyleDocument] = {}
    for document in bundled:
        if isinstance(document, HouseStyleError):
            problems.append(document)
            continue
        try:
            styles[document.key] = read_style(document)
        except HouseStyleError as error:
            problems.append(error)
            continue
        known[document.key] = document
    bundled_styles = dict(styles)
    for item in user:
        if isinstance(item, HouseStyleError):
            problems.append(item)
            continue
        try:
            layered = lay_over(item, known)
            style = read_style(layered)
        except HouseStyleError as error:
            problems.append(error)  # whatever it meant to change stays as it was
            continue
        styles[item.key] = style
        known[item.key] = layered
    if default_key not in styles:
        styles[default_key] = HouseStyle(key=default_key, title=default_key)
    return HouseStyleCatalog(styles, default_key, tuple(problems), bundled_styles)


def lay_over(document: StyleDocument, known: Mapping[str, StyleDocument]) -> StyleDocument:
    """A user's document laid over the style it names in `extends`, else over the known
    style of the same key, else over nothing (a new style from the defaults)."""
    data = dict(document.data)
    extends = data.pop("extends", None)
    if extends is None:
        base = known.get(document.key)
    elif isinstance(extends, str) and extends in known:
        base = known[extends]
    else:
        raise HouseStyleError(document.source, f"extends must name a known style, not {extends!r}")
    merged = merge_style_data(base.data if base is not None else {}, data)
    return StyleDocument(document.key, merged, document.source)


def merge_style_data(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """`over` laid on `base`: tables merge, other values replace; `add_words` appends."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = merge_style_data(merged[key], value)
        else:
            merged[key] = value
    copy = merged.get("copy")
    if isinstance(copy, Mapping) and "add_words" in copy:
        copy = dict(copy)
        copy["words"] = [*copy.get("words", []), *copy.pop("add_words")]
        merged["copy"] = copy
    return merged
