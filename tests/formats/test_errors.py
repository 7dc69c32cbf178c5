"""FormatError reads as one line for the editor and survives crossing threads/processes."""

from __future__ import annotations

import pickle
from pathlib import Path

from editorial.formats.errors import FormatError


def test_message_names_file_line_and_problem() -> None:
    assert str(FormatError(Path("in/wire.jsonl"), "malformed JSON", line=3)) == (
        "in/wire.jsonl: line 3: malformed JSON"
    )
    assert str(FormatError("story.md", "the file is empty")) == "story.md: the file is empty"
    assert str(FormatError(None, "the text is too long")) == "the text is too long"


def test_is_a_value_error_and_pickles() -> None:
    error = FormatError("a.json", "bad", line=2)
    assert isinstance(error, ValueError)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.message, copy.line, str(copy)) == ("a.json", "bad", 2, str(error))
