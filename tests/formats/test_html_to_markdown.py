"""HTML bodies become clean Markdown that the one renderer shows as the HTML meant."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editorial.domain.render import render_body
from editorial.formats.html_to_markdown import html_to_markdown
from editorial.formats.markdown_text import html_to_text, markdown_to_text, text_to_markdown


def test_paragraphs_emphasis_links_lists_quotes() -> None:
    html = (
        "<h2>Background</h2><p>The <em>treaty</em> was <strong>signed</strong> in "
        '<a href="https://example.org/a_b">Prague</a>.</p>'
        "<ul><li>one</li><li>two</li></ul><blockquote><p>Quoted</p></blockquote>"
    )
    assert html_to_markdown(html) == (
        "## Background\n\nThe *treaty* was **signed** in [Prague](https://example.org/a_b).\n\n"
        "- one\n- two\n\n> Quoted"
    )


def test_scripts_styles_players_and_forms_are_dropped_with_their_content() -> None:
    html = (
        "<html><head><title>Page</title><style>p { color: red }</style></head><body>"
        "<script>var x = '<p>not copy</p>';</script><p>Copy.</p>"
        "<noscript>Enable JavaScript</noscript><iframe src='x'>frame text</iframe>"
        "<video><p>video fallback</p></video><form><button>Send</button></form>"
        "<svg><text>chart label</text></svg><p>More copy.</p></body></html>"
    )
    assert html_to_markdown(html) == "Copy.\n\nMore copy."


def test_stray_end_tag_does_not_silence_the_rest() -> None:
    assert html_to_markdown("<p>One.</p></iframe><p>Two.</p>") == "One.\n\nTwo."


def test_text_that_looks_like_markdown_stays_text() -> None:
    html = "<p># not a heading</p><p>&gt; not a quote</p><p>1. not a list</p><p>- nor this</p>"
    rendered = render_body(html_to_markdown(html))
    assert "<h1>" not in rendered and "<blockquote>" not in rendered
    assert "<ol>" not in rendered and "<ul>" not in rendered
    assert "<p># not a heading</p>" in rendered
    assert "<p>&gt; not a quote</p>" in rendered


def test_line_breaks_spaces_and_tables() -> None:
    assert html_to_markdown("<p>Line one<br>line two<br></p>") == "Line one\\\nline two"
    assert html_to_markdown("<p>a&nbsp;b\u202fc</p>") == "a b c"
    table = "<table><tr><th>Team</th><th>Pts</th></tr><tr><td>Spartak</td><td>30</td></tr></table>"
    rows = [row.split("|")[1:-1] for row in html_to_markdown(table).splitlines()]
    assert [[cell.strip() for cell in row] for row in rows if "---" not in row[0]] == [
        ["Team", "Pts"],
        ["Spartak", "30"],
    ]


def test_curly_quotes_and_other_scripts_are_kept() -> None:
    html = "<p>“Мы готовы,” — сказал он. &laquo;Да&raquo;</p>"
    assert html_to_markdown(html) == "“Мы готовы,” — сказал он. «Да»"


def test_empty_and_broken_html() -> None:
    assert html_to_markdown("") == ""
    assert html_to_markdown("   ") == ""
    assert (
        markdown_to_text(html_to_markdown("<p>unclosed <b>bold <p>next")) == "unclosed bold\n\nnext"
    )
    assert html_to_markdown("<p>[1]: a footnote, not a link definition</p>").startswith("\\[1]:")


def test_text_comes_through_even_if_the_converter_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    import html_to_markdown as library

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("converter failed")

    monkeypatch.setattr(library, "convert", broken)
    monkeypatch.setattr(library._html_to_markdown, "convert", broken)  # what the reader calls
    html = "<p>One <b>bold</b>.</p><script>x()</script><div>1. Two</div><iframe>no</iframe>"
    assert html_to_markdown(html) == "One bold.\n\n1\\. Two"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises(html: str) -> None:
    assert isinstance(html_to_markdown(html), str)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(categories=("L", "Nd", "Zs")), min_size=1, max_size=40)
                .map(str.strip).filter(bool), min_size=1, max_size=6))  # fmt: skip
def test_paragraph_text_survives(paragraphs: list[str]) -> None:
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    assert markdown_to_text(html_to_markdown(html)).split("\n\n") == [
        " ".join(p.split()) for p in paragraphs
    ]


def test_markdown_to_text() -> None:
    markdown = "## Head\n\nA *b* [c](http://x) `d`\nsoft\n\n- one\n- two\n\n1. x\n\n> q"
    assert markdown_to_text(markdown) == "Head\n\nA b c d soft\n\n- one\n\n- two\n\n1. x\n\nq"
    assert html_to_text("<b>Russia</b>  urges\n<i>dialogue</i>") == "Russia urges dialogue"


def test_text_to_markdown() -> None:
    assert (
        text_to_markdown("One\nline.\n\n# Two\r\n\r\n3. Three")
        == "One line.\n\n\\# Two\n\n3\\. Three"
    )
    assert text_to_markdown("First line\nSecond line") == "First line\n\nSecond line"
    assert text_to_markdown("  \n ") == ""


@pytest.mark.parametrize("html", [
    "<p>Plain copy, no link line.</p><p>Second.</p>",
    "<p>[1]: a footnote line</p><p>[x]: y</p><p>mid [a]: b</p>",
    "<p>One<br><br><br><br>two</p><pre>a\n\n\n\nb</pre><p>[n]:</p>",
    "<p>a&nbsp;b</p><p>\u202f[2]: c</p>",
])  # fmt: skip
def test_tidying_only_where_its_text_occurs_changes_nothing(html: str) -> None:
    """`html_to_markdown` skips the link-definition escape and the gap squeeze when the
    converted text holds no `]:` or no three newlines; the result is the one the two
    substitutions give when always run."""
    import importlib
    import re

    library = pytest.importorskip("html_to_markdown")
    module = importlib.import_module("editorial.formats.html_to_markdown")
    raw = library.convert(html, module._options()).content or ""
    always = re.sub(r"^(\[[^\]\n]*\]:)", r"\\\1", raw, flags=re.MULTILINE)
    always = re.sub(r"\n{3,}", "\n\n", always.translate(module._ODD_SPACES)).strip()
    assert html_to_markdown(html) == always
