"""What gets installed is what runs: the package list, the built wheel and sdist, and the
desktop integration files (entry, metainfo, icons)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.editorial.Editorial"
DESKTOP = ROOT / "desktop"
DESKTOP_FILE = DESKTOP / f"{APP_ID}.desktop"
METAINFO = DESKTOP / f"{APP_ID}.metainfo.xml"
ICONS = DESKTOP / "icons" / "hicolor"
# Not copied into the build folder: never part of a build, and some are large.
BUILD_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
    ".hypothesis", "artifacts", "node_modules",
)  # fmt: skip


def load_check_dist() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_dist", ROOT / "packaging/check_dist.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_dist = load_check_dist()


def pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def setuptools_config() -> dict[str, object]:
    tool = pyproject()["tool"]
    assert isinstance(tool, dict)
    config = tool["setuptools"]
    assert isinstance(config, dict)
    return config


def package_folders() -> set[str]:
    """Every folder under src/editorial that holds Python code, as a package name."""
    src = ROOT / "src"
    return {
        ".".join(path.parent.relative_to(src).parts)
        for path in (src / "editorial").rglob("*.py")
        if "__pycache__" not in path.parts
    }


def test_pyproject_lists_every_package_folder() -> None:
    listed = set(setuptools_config()["packages"])  # type: ignore[arg-type]
    missing = sorted(package_folders() - listed)
    assert missing == [], f"add these to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_pyproject_lists_no_package_that_is_gone() -> None:
    config = setuptools_config()
    package_dir = config["package-dir"]
    assert isinstance(package_dir, dict)
    assert package_dir.get("editorial.resources") == "resources"
    gone = sorted(
        name
        for name in config["packages"]  # type: ignore[attr-defined]
        if name not in package_dir and not (ROOT / "src" / name.replace(".", "/")).is_dir()
    )
    assert gone == []


def build_copy(tmp_path: Path) -> Path:
    """The source tree copied aside, so a build leaves nothing in the checkout."""
    copy = tmp_path / "source"
    shutil.copytree(ROOT, copy, ignore=BUILD_IGNORE)
    return copy


def pip_wheel(source: Path, out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-input", "-q",
         "-w", str(out), str(source)],
        check=True, cwd=out.parent, env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )  # fmt: skip
    (wheel,) = out.glob("editorial-*.whl")
    return wheel


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    return pip_wheel(build_copy(tmp), tmp / "out")


@pytest.mark.slow
def test_wheel_carries_resources_migrations_and_typing(built_wheel: Path) -> None:
    problems = check_dist.wheel_problems(built_wheel, ROOT)
    assert not problems, "\n".join(problems)


FIND_RESOURCES = """
import json, sys
from editorial.services.resources import resource
from editorial.ui.shell.resources import resource_path
print(json.dumps({
    "domain": resource("preview.css").is_file(),
    "ui": resource_path("preview.css").is_file(),
    "ui_dir": str(resource_path("preview.css").parent),
}))
"""


@pytest.mark.slow
def test_installed_wheel_finds_its_resources(built_wheel: Path, tmp_path: Path) -> None:
    """Installed from the wheel (no source tree beside it), the application's own lookups
    find the bundled files. Neither lookup imports Qt, so no dependencies are needed."""
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-input", "-q",
         "--target", str(site), str(built_wheel)],
        check=True, env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r})\n"
         + FIND_RESOURCES],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["domain"], "editorial.services.resources cannot find preview.css"
    assert found["ui"], f"editorial.ui.shell.resources looks in {found['ui_dir']}, not the package"


@pytest.mark.slow
def test_sdist_builds_a_complete_wheel(tmp_path: Path) -> None:
    """The path through PyPI: sdist first, then a wheel built from the sdist alone."""
    pytest.importorskip("build", reason="the `build` package (test extra) builds the sdist")
    source = build_copy(tmp_path)
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "-o", str(tmp_path / "sdist"), str(source)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    (sdist,) = (tmp_path / "sdist").glob("editorial-*.tar.gz")
    problems = check_dist.sdist_problems(sdist, ROOT)
    assert not problems, "\n".join(problems)
    wheel = pip_wheel(sdist, tmp_path / "from-sdist")
    problems = check_dist.wheel_problems(wheel, ROOT)
    assert not problems, "\n".join(problems)


def test_the_wheel_check_notices_what_is_missing(tmp_path: Path) -> None:
    import zipfile

    empty = tmp_path / "editorial-0.0.1-py3-none-any.whl"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("editorial/__init__.py", "")
    problems = "\n".join(check_dist.wheel_problems(empty, ROOT))
    for needed in ("resources/preview.css", "py.typed", "migrations", "console script"):
        assert needed in problems


def require_tool(name: str, package: str) -> str:
    """The tool's path; tests/run.sh installs it, so on CI its absence is a failure."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package}; tests/run.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def test_desktop_entry_validates() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_metainfo_validates() -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_files_name_one_app_id() -> None:
    entry = desktop_entry()
    metainfo = ET.parse(METAINFO).getroot()
    scripts = pyproject()["project"]["scripts"]  # type: ignore[index]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] in scripts
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert metainfo.findtext("provides/binary") in scripts


def test_metainfo_describes_this_release() -> None:
    metainfo = ET.parse(METAINFO).getroot()
    newest = metainfo.find("releases/release")
    assert newest is not None
    project = pyproject()["project"]
    assert isinstance(project, dict)
    assert newest.get("version") == project["version"], "add a <release> for the new version"
    assert metainfo.findtext("project_license") == project["license"]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_icons_follow_the_hicolor_layout() -> None:
    svg = ET.parse(ICONS / "scalable" / "apps" / f"{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(n) for n in svg.get("viewBox", "").split())
    assert width == height
    sizes = set()
    for png in ICONS.glob(f"*/apps/{APP_ID}.png"):
        size = int(png.parts[-3].split("x")[0])
        assert png.parts[-3] == f"{size}x{size}"
        assert png_size(png) == (size, size)
        sizes.add(size)
    assert {16, 32, 48, 64, 128, 256} <= sizes


def test_desktop_files_install_into_a_staging_tree(tmp_path: Path) -> None:
    script = ROOT / "packaging" / "linux" / "install-desktop-files.sh"
    subprocess.run(
        ["bash", str(script), "/usr"], check=True, capture_output=True,
        env={**os.environ, "DESTDIR": str(tmp_path)},
    )  # fmt: skip
    share = tmp_path / "usr" / "share"
    assert (share / "applications" / DESKTOP_FILE.name).read_bytes() == DESKTOP_FILE.read_bytes()
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (share / "icons/hicolor/256x256/apps" / f"{APP_ID}.png").is_file()


def test_story_files_have_a_mime_type(tmp_path: Path) -> None:
    """The MIME type the package installs is well formed for shared-mime-info, and its
    magic names the schema URI that ninjs exports carry."""
    from editorial.formats.ninjs_export import NINJS_SCHEMA_URI

    definition = DESKTOP / f"{APP_ID}.mime.xml"
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime_type = ET.parse(definition).getroot().find(f"{namespace}mime-type")
    assert mime_type is not None and mime_type.get("type") == "application/x-ninjs+json"
    match = mime_type.find(f"{namespace}magic/{namespace}match")
    assert match is not None and match.get("value", "") in NINJS_SCHEMA_URI
    tool = require_tool("update-mime-database", "shared-mime-info")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(definition, packages / f"{APP_ID}.xml")
    # With the folder on the search path, as /usr/share is (else the tool says it is not).
    env = {**os.environ, "XDG_DATA_DIRS": str(tmp_path)}
    result = subprocess.run([tool, str(tmp_path / "mime")], capture_output=True, text=True,
                            env=env)  # fmt: skip
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert (tmp_path / "mime" / "application" / "x-ninjs+json.xml").is_file()


def test_the_desktop_entry_opens_story_files() -> None:
    """Files opened with Editorial from the file manager reach the window (`%F`), and the
    entry offers it for the story files' MIME type and Markdown."""
    entry = desktop_entry()
    assert entry["Exec"].split()[1:] == ["%F"]
    types = entry["MimeType"].rstrip(";").split(";")
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    declared = ET.parse(DESKTOP / f"{APP_ID}.mime.xml").getroot()
    declared_types = [t.get("type") for t in declared.iter(f"{namespace}mime-type")]
    assert set(declared_types) <= set(types)
    assert "text/markdown" in types
