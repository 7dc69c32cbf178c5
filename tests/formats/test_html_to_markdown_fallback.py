"""Where html-to-markdown has no wheel (macOS before 15), the pure-Python converter turns
the same HTML bodies into the same Markdown: compared on the test corpus (every HTML
body of the ninjs fixtures, and the shapes test_html_to_markdown.py pins down)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "ninjs"
SHAPES = [
    "<h2>Background</h2><p>The <em>treaty</em> was <strong>signed</strong> in "
    '<a href="https://example.org/a_b">Prague</a>.</p>'
    "<ul><li>one</li><li>two</li></ul><blockquote><p>Quoted</p></blockquote>",
    "<html><head><title>Page</title><style>p { color: red }</style></head><body>"
    "<script>var x = '<p>not copy</p>';</script><p>Copy.</p>"
    "<noscript>Enable JavaScript</noscript><iframe src='x'>frame text</iframe>"
    "<video><p>video fallback</p></video><form><button>Send</button></form>"
    "<svg><text>chart label</text></svg><p>More copy.</p></body></html>",
    "<p>One.</p></iframe><p>Two.</p>",
    "<p># not a heading</p><p>&gt; not a quote</p><p>1. not a list</p><p>- nor this</p>",
    "<p>Line one<br>line two<br></p>",
    "<p>a&nbsp;b\u202fc</p>",
    "<p>[1]: a footnote line</p><p>Said <a href='https://x.example/'>here</a>.</p>",
    "<nav><a href='/'>Home</a></nav><h3>Markets</h3><ol><li>Oil</li><li>Gold</li></ol>",
]


def corpus() -> list[str]:
    bodies: list[str] = []
    for path in sorted(FIXTURES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item.get("body_html"), str):
                bodies.append(item["body_html"])
            for body in item.get("bodies") or []:
                kind = body.get("contentType") or body.get("contenttype") or ""
                if "html" in kind:
                    bodies.append(body["value"])
    assert len(bodies) >= 5, "the ninjs fixtures' HTML bodies are gone"
    return bodies + SHAPES


def converter_module() -> ModuleType:
    return importlib.import_module("editorial.formats.html_to_markdown")


@pytest.mark.parametrize("html", corpus())
def test_the_fallback_writes_what_html_to_markdown_writes(
    html: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("html_to_markdown", reason="compares with the compiled converter")
    module = converter_module()
    native = module.html_to_markdown(html)
    monkeypatch.setattr(module, "CONVERTER", "fallback")
    assert module.html_to_markdown(html) == native


def test_without_the_compiled_converter_bodies_stay_markdown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As on a Mac where html-to-markdown could not be installed: importing it fails,
    and the body keeps its headings, emphasis and links rather than plain paragraphs."""
    module = converter_module()
    monkeypatch.setitem(sys.modules, "html_to_markdown", None)  # import raises ImportError
    module._native_converter_installed.cache_clear()
    try:
        markdown = module.html_to_markdown(SHAPES[0])
    finally:
        module._native_converter_installed.cache_clear()
    assert markdown == (
        "## Background\n\nThe *treaty* was **signed** in [Prague](https://example.org/a_b).\n\n"
        "- one\n- two\n\n> Quoted"
    )


@pytest.mark.parametrize("html", corpus())
def test_options_prepared_once_convert_as_the_public_call(html: str) -> None:
    """The reader hands html-to-markdown's core options translated once (`_native_convert`);
    the Markdown must be what the library's public `convert` writes with the same options."""
    converter = pytest.importorskip("html_to_markdown")
    module = converter_module()
    assert module._native_convert()(html) == (converter.convert(html, module._options()).content
                                              or "")  # fmt: skip
