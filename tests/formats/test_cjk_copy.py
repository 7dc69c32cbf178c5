"""Copy in scripts written without spaces (issue 11): Chinese and Japanese pastes keep
their headline, dateline, lede and body. 。！？ end sentences as . ! ? do, two letters
count as a word when headlines and ledes are measured, and Japanese (Han and kana) is
one script, not Chinese with stray kana."""

from __future__ import annotations

import datetime as dt

from editorial.formats.wire_text import read_web_copy
from tests.catalogs import HOUSE_STYLES

STYLES = tuple(HOUSE_STYLES.values())
REFERENCE = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


def test_a_chinese_paste_keeps_headline_dateline_lede_and_body() -> None:
    copy = (
        "首页\n国内\n国家统计局：十月经济运行总体平稳\n2026-11-18 10:05:12 来源：新华社\n分享到：\n"
        "新华社北京１１月１８日电　国家统计局18日发布数据显示，10月份经济运行总体平稳！\n"
        "数据显示，社会消费品零售总额同比增长。\n“经济持续恢复向好。”发言人说。\n【纠错】\n"
    )
    reading = read_web_copy(copy, reference=REFERENCE, styles=STYLES)
    story = reading.story
    assert story.language == "zh"
    assert story.headline == "国家统计局：十月经济运行总体平稳"
    assert (story.dateline.city, story.dateline.source) == ("北京", "新华社")
    assert story.dateline.date == dt.date(2026, 11, 18)  # full-width digits read
    assert story.lede == "国家统计局18日发布数据显示，10月份经济运行总体平稳！"
    assert story.body == "数据显示，社会消费品零售总额同比增长。\n\n“经济持续恢复向好。”发言人说。"
    removed = {line.text for line in reading.removed}
    assert {"首页", "国内", "分享到：", "【纠错】"} <= removed
    assert "2026-11-18 10:05:12 来源：新华社" in removed


def test_a_japanese_paste_is_japanese_with_its_body_kept() -> None:
    copy = (
        "ニュース\n国際\n中国、10月の経済統計を発表\n2026年11月18日 12時05分\n"
        "【新華社】中国国家統計局は18日、10月の経済統計を発表した。\n"
        "小売売上高は前年同月比で増加した。\n統計局は「回復が続いている」と述べた。\n"
        "この記事をシェア\n"
    )
    reading = read_web_copy(copy, reference=REFERENCE, styles=STYLES)
    story = reading.story
    assert story.language == "ja"
    assert story.headline == "中国、10月の経済統計を発表"
    assert (story.dateline.city, story.dateline.source) == ("", "新華社")
    assert story.lede == "中国国家統計局は18日、10月の経済統計を発表した。"
    assert story.body == (
        "小売売上高は前年同月比で増加した。\n\n統計局は「回復が続いている」と述べた。"
    )
    assert {line.text for line in reading.removed} == {
        "ニュース", "国際", "2026年11月18日 12時05分", "この記事をシェア",
    }  # fmt: skip
