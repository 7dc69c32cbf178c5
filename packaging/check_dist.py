"""Checks that a built wheel or sdist carries everything the installed application reads
at run time: every module, `py.typed`, the Alembic migrations (which Alembic loads from
files, not by import) and every file under `resources/` (shipped as
`editorial.resources`).

    python packaging/check_dist.py dist/          # every wheel and sdist in dist/
    python packaging/check_dist.py dist/*.whl

Exits 1 and names what is missing. `tests/test_packaging.py` uses the same checks.
"""

from __future__ import annotations

import re
import sys
import tarfile
import tomllib
import zipfile
from email.parser import HeaderParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Source files the installed application never reads: the template Alembic uses only to
# write a new migration.
NOT_INSTALLED = {"storage/migrations/script.py.mako"}


def _files_under(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix not in {".pyc", ".pyo"}
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def expected_wheel_files(root: Path = ROOT) -> set[str]:
    """Paths inside the wheel that must be there, from the source tree."""
    package = root / "src" / "editorial"
    names = {
        f"editorial/{path.relative_to(package).as_posix()}"
        for path in _files_under(package)
        if path.relative_to(package).as_posix() not in NOT_INSTALLED
    }
    names |= {
        f"editorial/resources/{path.relative_to(root / 'resources').as_posix()}"
        for path in _files_under(root / "resources")
    }
    # Named on their own so that a missing one is reported even if the tree lost it too.
    names |= {
        "editorial/py.typed",
        "editorial/resources/preview.css",
        "editorial/storage/migrations/env.py",
    }
    return names


def project_version(root: Path = ROOT) -> str:
    with (root / "pyproject.toml").open("rb") as handle:
        version: str = tomllib.load(handle)["project"]["version"]
    return version


def wheel_problems(wheel: Path, root: Path = ROOT) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = next(
            (name.split("/")[0] for name in names if name.endswith(".dist-info/METADATA")), ""
        )
        metadata = archive.read(f"{dist_info}/METADATA").decode() if dist_info else ""
        entry_points = (
            archive.read(f"{dist_info}/entry_points.txt").decode()
            if f"{dist_info}/entry_points.txt" in names
            else ""
        )
    missing = sorted(expected_wheel_files(root) - names)
    problems = [f"{wheel.name}: missing {name}" for name in missing]
    versions = re.compile(r"editorial/storage/migrations/versions/\d+\w*\.py")
    if not any(versions.fullmatch(name) for name in names):
        problems.append(f"{wheel.name}: no Alembic migrations under editorial/storage/migrations")
    headers = HeaderParser().parsestr(metadata)
    if headers.get("Version") != project_version(root):
        problems.append(
            f"{wheel.name}: version {headers.get('Version')}, pyproject.toml says "
            f"{project_version(root)}"
        )
    if not re.search(r"^editorial\s*=\s*editorial\.cli:main\s*$", entry_points, re.MULTILINE):
        problems.append(f"{wheel.name}: no `editorial` console script")
    return problems


def sdist_problems(sdist: Path, root: Path = ROOT) -> list[str]:
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    wanted = {"pyproject.toml", "README.md"}
    package = root / "src" / "editorial"
    wanted |= {
        path.relative_to(root).as_posix()
        for path in _files_under(package)
        if path.relative_to(package).as_posix() not in NOT_INSTALLED
    }
    wanted |= {path.relative_to(root).as_posix() for path in _files_under(root / "resources")}
    return [f"{sdist.name}: missing {name}" for name in sorted(wanted - names)]


def problems_in(path: Path, root: Path = ROOT) -> list[str]:
    if path.suffix == ".whl":
        return wheel_problems(path, root)
    if path.name.endswith(".tar.gz"):
        return sdist_problems(path, root)
    return [f"{path}: neither a wheel nor an sdist"]


def main(argv: list[str]) -> int:
    paths: list[Path] = []
    for arg in argv or ["dist"]:
        given = Path(arg)
        if given.is_dir():
            paths += sorted([*given.glob("*.whl"), *given.glob("*.tar.gz")])
        else:
            paths.append(given)
    if not paths:
        print("check_dist: nothing to check", file=sys.stderr)
        return 1
    problems = [problem for path in paths for problem in problems_in(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    for path in paths:
        complete = not any(problem.startswith(path.name) for problem in problems)
        print(f"{path.name}: {'ok' if complete else 'incomplete'}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
