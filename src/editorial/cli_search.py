"""`editorial search QUERY... [--json] [--limit N] [--relevance]`: the library's full-text
search from the command line, in the search box's language (`domain/search_query.py`).

Text output: a line per story (id, status, last change, headline) and its matched passage
indented beneath, each match between `**` (nothing found: a line saying so on stderr, exit
status 0); `--json`: a list of `{id, headline, status, updated_at, snippet}` (the snippet
marked the same way). A query beginning with `-` goes after `--`:
`editorial search -- -aftershock quake`.
"""

from __future__ import annotations

import argparse
from typing import Any

from editorial.cli_arguments import text_argument
from editorial.cli_output import complain, print_json, say
from editorial.domain.search_results import DEFAULT_LIMIT, SearchOrder, marked_snippet

QUOTED = 80  # characters of the query a message quotes


def add_search_commands(commands: Any) -> None:
    search = commands.add_parser(
        "search",
        help='find stories: words, "a phrase", -word, by:name, status:approved, '
        "lang:ru, city:ankara, urgency:1, date:2026-11-01..2026-11-30",
    )
    search.add_argument("query", nargs="+", help="what to look for (a query starting with "
                        "- goes after --)")  # fmt: skip
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
        help=f"at most N stories (default {DEFAULT_LIMIT})",
    )  # fmt: skip
    search.add_argument(
        "--relevance", action="store_true", help="best match first (default: newest first)"
    )
    search.set_defaults(run=_search)


def _search(args: argparse.Namespace) -> int:
    from editorial.cli_common import open_desk_for

    text = text_argument(" ".join(args.query), "The query")
    order = SearchOrder.RELEVANCE if args.relevance else SearchOrder.NEWEST
    hits = open_desk_for(args).search.search(text, order=order, limit=args.limit)
    if args.json:
        print_json([
            {"id": hit.id, "headline": hit.headline, "status": hit.status.value,
             "updated_at": hit.updated_at.isoformat(), "snippet": marked_snippet(hit.snippet)}
            for hit in hits
        ])  # fmt: skip
        return 0
    if not hits:
        # On stderr: a script reading the lines finds none, a person is told why.
        asked = _one_line(text)
        # A pasted page as a query is named by its start, not printed back whole.
        asked = asked if len(asked) <= QUOTED else asked[: QUOTED - 1] + "…"
        complain(f"No story matches “{asked}”.")
    for hit in hits:
        updated = hit.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        say(f"{hit.id:>5}  {hit.status.value:<9}  {updated}  {_one_line(hit.headline)}")
        if hit.snippet:
            say(f"       {_one_line(marked_snippet(hit.snippet))}")
    return 0


def _one_line(text: str) -> str:
    return " ".join(text.split())
