"""House styles: how a newsroom writes its datelines and credits.

One formatter serves the editor field, the preview pane, the published HTML and every
export, so a dateline never reads two ways.
"""

from __future__ import annotations

from dataclasses import dataclass

from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class HouseStyle:
    """A named set of copy rules. The agency style is the default."""

    key: str
    title: str
    dateline_dash: str = "-"


AGENCY = HouseStyle(key="agency", title="Agency (RIA Novosti)", dateline_dash="-")
HOUSE_STYLES: dict[str, HouseStyle] = {AGENCY.key: AGENCY}
DEFAULT_HOUSE_STYLE = AGENCY


def house_style(key: str) -> HouseStyle:
    """The bundled style with this key; the default style for an unknown key."""
    return HOUSE_STYLES.get(key, DEFAULT_HOUSE_STYLE)


def format_dateline(dateline: Dateline, style: HouseStyle = DEFAULT_HOUSE_STYLE) -> str:
    """`ANKARA, November 18 (RIA Novosti) -`, or "" when the dateline is empty.

    Missing parts drop out cleanly: no date gives `ANKARA (RIA Novosti) -`, no source
    gives `ANKARA, November 18 -`.
    """
    if dateline.is_empty:
        return ""
    place = dateline.city.strip().upper() or dateline.country.strip().upper()
    parts = [place] if place else []
    if dateline.date is not None:
        parts.append(f"{_MONTHS[dateline.date.month - 1]} {dateline.date.day}")
    text = ", ".join(parts)
    source = dateline.source.strip()
    if source:
        text = f"{text} ({source})" if text else f"({source})"
    return f"{text} {style.dateline_dash}"


def format_byline(bylines: tuple[Byline, ...], style: HouseStyle = DEFAULT_HOUSE_STYLE) -> str:
    """`By Anna Ivanova and John Smith`; roles are not part of the printed byline."""
    names = [b.name.strip() for b in bylines if b.name.strip()]
    if not names:
        return ""
    if len(names) == 1:
        joined = names[0]
    else:
        joined = ", ".join(names[:-1]) + " and " + names[-1]
    return f"By {joined}"
