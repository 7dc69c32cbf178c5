"""The conflict view on its own: what each button hands back."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from editorial.domain.byline import Byline
from editorial.domain.story import Story
from editorial.services.conflicts import Choice, Conflict
from editorial.ui.editor.conflict_view import ConflictView

THEIRS = Story(uri="u", id=3, version=4, headline="Talks resume", body="Their body.",
               bylines=(Byline("Anna Ivanova"),))  # fmt: skip
MINE = THEIRS.edited(version=3, body="My body.", bylines=(Byline("John Smith"),))


def shown(qtbot: QtBot) -> tuple[ConflictView, list[tuple[Any, Story]]]:
    view = ConflictView()
    qtbot.addWidget(view)
    chosen: list[tuple[Any, Story]] = []
    view.chosen.connect(lambda choice, story: chosen.append((choice, story)))
    view.show_conflict(Conflict(THEIRS, MINE))
    view.show()
    return view, chosen


def test_keep_theirs_and_keep_mine_hand_back_each_text(qtbot: QtBot) -> None:
    view, chosen = shown(qtbot)
    assert [f.name for f in view.fields] == ["bylines", "body"]
    assert "version 4" in view.theirs_title.text() and "version 3" in view.mine_title.text()
    view.keep_theirs.click()
    view.keep_mine.click()
    assert chosen == [(Choice.THEIRS, THEIRS), (Choice.MINE, MINE)]


def test_a_merge_edits_text_fields_and_picks_the_others_from_a_side(qtbot: QtBot) -> None:
    view, chosen = shown(qtbot)
    assert not view.keep_merged.isVisible()
    view.merge.click()
    assert view.keep_merged.isVisible() and not view.keep_theirs.isVisible()
    assert view.merge_texts["body"].toPlainText() == "My body."  # starts from mine
    view.merge_texts["body"].setPlainText("My body. Their body.")
    view.merge_sources["bylines"].setCurrentIndex(1)  # theirs
    view.keep_merged.click()
    ((choice, story),) = chosen
    assert choice is Choice.MERGED
    assert story.body == "My body. Their body." and story.bylines == THEIRS.bylines
    view.merge.click()  # back to choosing: the merge editors go
    assert view.keep_mine.isVisible() and not view.merge_texts["body"].isVisible()


def test_while_a_choice_is_kept_no_second_one_can_be_made(qtbot: QtBot) -> None:
    view, _chosen = shown(qtbot)
    view.set_busy(True)
    assert not view.keep_mine.isEnabled() and not view.keep_theirs.isEnabled()
    view.show_conflict(Conflict(THEIRS, THEIRS), "The story was changed once more.")
    assert view.fields == ()
    assert "changed once more" in view.explanation.text()
