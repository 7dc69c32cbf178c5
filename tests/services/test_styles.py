"""The desk's house styles: the bundled files, an editor's folder laid over them, bad
files reported and skipped, and a reload that swaps the whole catalog."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

import editorial.domain.house_style as house_style_module
from editorial.domain.byline import Byline
from editorial.domain.dateline import Dateline
from editorial.domain.findings import Severity
from editorial.domain.house_style import format_byline, format_dateline
from editorial.services.styles import (
    StyleBook,
    bundled_catalog,
    bundled_style_text,
    load_house_styles,
    user_styles_dir,
)
from editorial.settings import Preferences
from tests.catalogs import AGENCY

NOV_18 = Dateline("Ankara", date=__import__("datetime").date(2008, 11, 18))
ANNA = (Byline("Anna Ivanova"),)


def test_the_bundled_styles_load_cleanly() -> None:
    catalog = bundled_catalog()
    assert catalog.problems == ()
    assert set(catalog.styles) == {"agency", "ap", "reuters"}
    assert catalog.bundled == catalog.styles
    assert catalog.get("no-such-style") is catalog.get("agency")
    assert all(style.source.endswith(f"{key}.toml") for key, style in catalog.styles.items())
    # No process-wide copy of them is kept: whoever reads datelines is handed them.
    assert not hasattr(house_style_module, "HOUSE_STYLES")


def test_the_bundled_text_is_there_to_copy() -> None:
    assert 'title = "AP"' in bundled_style_text("ap")


def test_the_users_folder_is_in_the_config_folder(isolated_user_folders: Path) -> None:
    assert user_styles_dir() == isolated_user_folders / "config" / "editorial" / "house_styles"


def test_an_override_merges_over_the_bundled_style(tmp_path: Path) -> None:
    (tmp_path / "agency.toml").write_text(
        '[dateline]\ndash = "—"\n\n[copy]\nlede_max_words = 30\n\n'
        '[[copy.add_words]]\nfind = "utilise"\nreplace = ["use"]\n',
        encoding="utf-8",
    )
    catalog = load_house_styles(tmp_path)
    style = catalog.get("agency")
    assert catalog.problems == ()
    assert style.dateline.dash == "—"
    assert style.dateline.months == AGENCY.dateline.months  # untouched keys stay
    assert style.copy.lede_max_words == 30
    assert style.copy.headline_max_characters == AGENCY.copy.headline_max_characters
    finds = [rule.find for rule in style.copy.words]
    assert finds[: len(AGENCY.copy.words)] == [rule.find for rule in AGENCY.copy.words]
    assert finds[-1] == "utilise"
    assert format_dateline(NOV_18, style) == "ANKARA, November 18 —"
    # The bundled styles are not changed by loading an override.
    assert bundled_catalog().get("agency").dateline.dash == "-"
    assert catalog.bundled["agency"].dateline.dash == "-"


def test_a_new_style_can_extend_a_bundled_one(tmp_path: Path) -> None:
    (tmp_path / "desk.toml").write_text(
        'extends = "ap"\ntitle = "Our desk"\n[byline]\nname_case = "as_typed"\n',
        encoding="utf-8",
    )
    style = load_house_styles(tmp_path).get("desk")
    assert style.title == "Our desk"
    assert format_byline(ANNA, style) == "By Anna Ivanova"
    assert format_dateline(Dateline("Moscow", "", "Russia", None, "AP"), style) == "MOSCOW (AP) —"


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        ("title = ", "not valid TOML"),
        ('[dateline]\ndahs = "-"\n', "unknown setting 'dahs'"),
        ('[dateline]\nlocale = "everywhere"\n', "locale must be one of"),
        ('[dateline]\nmonths = ["Jan"]\n', "months must list 12 names"),
        ('[copy]\nlede_max_words = "many"\n', "lede_max_words must be a whole number"),
        ('[[copy.words]]\nfind = "x"\nseverity = "fatal"\n', "severity must be one of"),
        ('[[copy.words]]\nfind = "(unclosed"\nregex = true\n', "not a valid regular expression"),
        ('[[copy.words]]\nreplace = ["y"]\n', "find must name"),
        ('[byline]\ncredit_line = "{agency}"\n', "credit_line may use {source}"),
        ('extends = "nope"\n', "extends must name a known style"),
    ],
)
def test_a_broken_user_file_is_reported_and_the_rest_still_load(
    tmp_path: Path, content: str, complaint: str
) -> None:
    (tmp_path / "broken.toml").write_text(content, encoding="utf-8")
    (tmp_path / "fine.toml").write_text('extends = "reuters"\n', encoding="utf-8")
    catalog = load_house_styles(tmp_path)
    assert len(catalog.problems) == 1
    problem = catalog.problems[0]
    assert problem.source == str(tmp_path / "broken.toml")
    assert complaint in problem.message
    assert str(problem) == f"{problem.source}: {problem.message}"  # one line for the editor
    assert "\n" not in str(problem).strip() or complaint == "not valid TOML"
    assert "broken" not in catalog.styles
    assert set(catalog.styles) == {"agency", "ap", "reuters", "fine"}


def test_a_broken_override_keeps_the_bundled_style(tmp_path: Path) -> None:
    """A typo in the editor's agency.toml is reported; the agency style stays the bundled
    one (it used to vanish, leaving a style with no rules at all)."""
    (tmp_path / "agency.toml").write_text('[dateline]\ndahs = "—"\n', encoding="utf-8")
    catalog = load_house_styles(tmp_path)
    assert [p.message for p in catalog.problems] == ["[dateline] unknown setting 'dahs'"]
    agency = catalog.get("agency")
    assert agency.source == "agency.toml"
    assert [w.find for w in agency.copy.words] == [w.find for w in AGENCY.copy.words]
    assert format_dateline(NOV_18, agency) == "ANKARA, November 18 -"


def test_unreadable_files_are_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "latin1.toml").write_bytes('title = "Caf\xe9"\n'.encode("latin-1"))
    (tmp_path / "folder.toml").mkdir()  # globbed like a file, cannot be read as one
    (tmp_path / "good.toml").write_text('extends = "ap"\ntitle = "Good"\n', encoding="utf-8")
    catalog = load_house_styles(tmp_path)
    messages = {Path(p.source).name: p.message for p in catalog.problems}
    assert messages["latin1.toml"].startswith("not UTF-8 text")
    assert messages["folder.toml"].startswith("cannot be read")
    assert catalog.get("good").title == "Good"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_permission_is_reported(tmp_path: Path) -> None:
    secret = tmp_path / "secret.toml"
    secret.write_text('title = "x"\n', encoding="utf-8")
    secret.chmod(0)
    catalog = load_house_styles(tmp_path)
    assert [Path(p.source).name for p in catalog.problems] == ["secret.toml"]
    assert "cannot be read" in catalog.problems[0].message


def test_severities_and_disabled_codes_are_read(tmp_path: Path) -> None:
    (tmp_path / "agency.toml").write_text(
        '[copy]\ndisabled = ["structure.double-space"]\n'
        '[copy.severities]\n"structure.missing-byline" = "error"\n',
        encoding="utf-8",
    )
    style = load_house_styles(tmp_path).get("agency")
    assert style.copy.disabled == frozenset({"structure.double-space"})
    assert style.copy.severities == {"structure.missing-byline": Severity.ERROR}


def test_a_missing_override_folder_is_no_problem(tmp_path: Path) -> None:
    catalog = load_house_styles(tmp_path / "not-there")
    assert catalog.problems == ()
    assert set(catalog.styles) == {"agency", "ap", "reuters"}


# --- the style book: built once, swapped whole ---------------------------------------


def test_the_book_reads_the_folder_once_and_reload_swaps_the_catalog(tmp_path: Path) -> None:
    (tmp_path / "desk.toml").write_text('extends = "ap"\ntitle = "Desk"\n', encoding="utf-8")
    book = StyleBook(tmp_path)
    first = book.catalog
    assert book.catalog is first  # no reading on the way: the catalog is built
    (tmp_path / "desk.toml").write_text('extends = "reuters"\ntitle = "Desk 2"\n', "utf-8")
    assert book.catalog.get("desk").title == "Desk"
    second = book.reload()
    assert book.catalog is second is not first
    assert second.get("desk").title == "Desk 2"
    assert first.get("desk").title == "Desk"  # a reader holding the old one sees it whole
    with pytest.raises(TypeError):
        first.styles["desk"] = second.get("desk")  # type: ignore[index]


def test_the_chosen_style_follows_the_preferences(tmp_path: Path) -> None:
    book = StyleBook(tmp_path)
    assert book.chosen(Preferences(house_style="reuters")).key == "reuters"
    assert book.chosen(Preferences(house_style="gone")).key == "agency"


def test_readers_on_other_threads_always_see_a_whole_catalog(tmp_path: Path) -> None:
    """While one thread reloads again and again, readers on others only ever see a
    catalog with every style in it, never one half built."""
    (tmp_path / "desk.toml").write_text('extends = "ap"\n', encoding="utf-8")
    book = StyleBook(tmp_path)
    stop = threading.Event()
    # A set, not a list: every distinct catalog a reader saw, without the millions of
    # reads piling up (their garbage collections took most of a minute).
    seen: set[frozenset[str]] = set()
    reads = [0]

    def read() -> None:
        while not stop.is_set():
            seen.add(frozenset(book.catalog.styles))
            reads[0] += 1

    # Threads switched every millisecond rather than every five: the reloading thread,
    # which gives the interpreter up at every file it reads, gets it back sooner, and the
    # readers look in between the reload's steps more often, not less.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    readers = [threading.Thread(target=read) for _ in range(3)]
    try:
        for reader in readers:
            reader.start()
        for _ in range(20):
            book.reload()
    finally:
        stop.set()
        for reader in readers:
            reader.join()
        sys.setswitchinterval(switch_interval)
    assert reads[0] > 20 and seen == {frozenset({"agency", "ap", "reuters", "desk"})}


def test_a_lazy_book_is_built_once_by_the_first_of_many_threads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import editorial.services.styles as styles_module

    builds: list[int] = []
    real = styles_module.load_house_styles

    def counted(folder: Path | None = None) -> object:
        builds.append(1)
        return real(folder)

    monkeypatch.setattr(styles_module, "load_house_styles", counted)
    reported: list[str] = []
    (tmp_path / "bad.toml").write_text("x = \n", encoding="utf-8")
    book = StyleBook(tmp_path, lazy=True, report=lambda p: reported.append(str(p)))
    assert builds == []  # nothing read until asked
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(book.catalog)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds == [1] and len(seen) == 8 and all(c is seen[0] for c in seen)
    assert len(reported) == 1 and reported[0].startswith(str(tmp_path / "bad.toml"))
