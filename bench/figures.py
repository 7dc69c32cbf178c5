"""Where the benchmarks write their figures as JSON, so that successive runs can be
compared: `bench/results/NAME.json` by default (`--json FILE` for another), each file the
run's figures with when and on what they were measured."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def add_json_option(parser: argparse.ArgumentParser, name: str) -> None:
    """`--json FILE`, by default bench/results/NAME.json."""
    parser.add_argument(
        "--json", type=Path, default=RESULTS / f"{name}.json",
        help=f"write the figures here (default: bench/results/{name}.json)",
    )  # fmt: skip


def machine() -> dict[str, Any]:
    return {"python": platform.python_version(), "system": platform.platform(),
            "cpus": os.cpu_count(), "load_1min": _load()}  # fmt: skip


def _load() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except (OSError, AttributeError):
        return None


def write_figures(path: Path, figures: dict[str, Any]) -> None:
    """Write `figures` (with the time and the machine) to `path` and say where."""
    stamped = {**figures, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
               "machine": machine()}  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(stamped, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"figures written to {path}", file=sys.stdout)
