"""The draft guard: every model text is checked before a person sees it or the bot sends it (issue 21)."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

import pytest

from bot.domain import GreetingRequest, Slots
from bot.writing import holidays
from bot.writing.guard import GuardStats, draft_faults, truncated
from tests.good_drafts import GOAT_YEAR, HORSE_YEAR, ZHANG_ZONG

REQUEST = GreetingRequest(
    slots=Slots(name="张总", relation="客户", relation_category="客户", details="合作三年，去年一起做了北京项目",
                occasion="微信", style="商务得体", length="50-100", language="zh"),
    holiday=holidays.resolve("春节", date(2027, 1, 20)), n=3)
LONG = ZHANG_ZONG[0]


@pytest.mark.parametrize("text,reason", [
    # What the tiny model with an undertrained adapter offered for sending (the three drafts).
    ("�澜", "unclean"),
    ("� cur。一声往前岁钱", "unclean"),
    ("往前 within may。！还记得$于老师 pla", "truncated"),
    # A chat template or a think block leaking through.
    (LONG.replace("！", "<|im_end|>", 1), "unclean"),
    (LONG + "</think>", "unclean"),
    (LONG.replace("，", "\x07", 1), "unclean"),
    # A new chat turn begun after the greeting, its tokens dropped in decoding (seen from the tiny demo model).
    (LONG + "user\n致妈（春节），提到总给我留灯", "unclean"),
    # A token limit cutting the last sentence.
    (LONG.rstrip("！") + "，也祝您的家人", "truncated"),
    # The person, the holiday, the year.
    (LONG.replace("张总", "李总"), "no_name"),
    (LONG.replace("新春快乐", "中秋快乐"), "wrong_holiday"),
    (HORSE_YEAR, "wrong_zodiac"),
    # The asked length, language and restraint.
    ("张总，新春快乐！", "length"),
    (LONG + LONG, "length"),
    (("Dear Mr. Zhang, 张总 happy Spring Festival to you and thanks for three years of partnership on the Beijing "
      "project, best wishes!"), "language"),
    (LONG.replace("祝您阖家安康、诸事顺遂！", "祝您万事如意、心想事成、身体健康！"), "stock_phrases"),
])
def test_a_broken_draft_is_turned_down_with_its_reason(text: str, reason: str) -> None:
    assert reason in draft_faults(text, REQUEST)


@pytest.mark.parametrize("text", [*ZHANG_ZONG, GOAT_YEAR,
                                  ZHANG_ZONG[1].replace("新春大吉！", "新春大吉🧧"),  # an emoji ends it
                                  ZHANG_ZONG[0].replace("新的一年", "春节我去北京拜访您，新的一年")])  # a time, no wish
def test_a_good_draft_passes(text: str) -> None:
    assert draft_faults(text, REQUEST) == []


def test_a_near_copy_of_a_draft_already_kept_or_already_seen_is_not_new() -> None:
    assert draft_faults(ZHANG_ZONG[0], REQUEST, others=[ZHANG_ZONG[0].replace("诸事", "万般")]) == ["near_copy"]
    assert draft_faults(ZHANG_ZONG[0], REQUEST, others=[ZHANG_ZONG[1]]) == []


def test_a_holiday_the_users_own_details_name_may_be_named() -> None:
    request = replace(REQUEST, slots=replace(REQUEST.slots, details="中秋节那天一起签的北京项目"))
    text = ZHANG_ZONG[0].replace("新春快乐！", "新春快乐！还记得中秋节快乐地签下合同，")
    assert "wrong_holiday" not in draft_faults(text, request)


def test_a_letters_closing_and_signature_may_follow_its_last_full_stop() -> None:
    assert not truncated(LONG + "\n\n顺致新春问候\n小李")
    assert not truncated("Thank you for a wonderful year of partnership. With warm regards, Li Na")
    assert truncated(LONG + "\n\n另外北京项目的尾款我们下周")


def test_an_adapter_that_goes_bad_is_counted_by_reason_and_the_operator_warned_once(
        caplog: pytest.LogCaptureFixture) -> None:
    guard = GuardStats(alert_rate=0.5, window=10)
    with caplog.at_level(logging.WARNING, logger="bot.writing.guard"):
        for _ in range(4):
            guard.record("greet-v2", [])
        for _ in range(6):
            guard.record("greet-v2", ["unclean", "truncated"])
        for _ in range(3):
            guard.record("greet-v2", ["unclean"])
    assert guard.checked["greet-v2"] == 13 and guard.rejections["greet-v2", "unclean"] == 9
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1 and "greet-v2" in warnings[0] and "6 of its last 10" in warnings[0]


def test_the_rejections_are_a_metric_by_adapter_and_reason() -> None:
    from prometheus_client import CollectorRegistry, generate_latest

    from bot.service.app import _DraftRejections

    guard = GuardStats()
    guard.record("greet", ["unclean", "length"])
    guard.record("greet", [])
    registry = CollectorRegistry()
    registry.register(_DraftRejections(guard))
    text = generate_latest(registry).decode()
    assert 'greetbot_draft_rejections_total{adapter="greet",reason="unclean"} 1.0' in text
    assert 'greetbot_draft_rejections_total{adapter="greet",reason="near_copy"} 0.0' in text  # alertable from zero
    assert 'greetbot_drafts_checked_total{adapter="greet"} 2.0' in text
