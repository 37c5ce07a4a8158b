"""Prompt building and the writer's choice between the model and the composer."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import GreetingRequest, Slots
from bot.settings import Settings
from bot.writing import holidays
from bot.writing.compose import SYSTEM_PROMPT, GreetingWriter, build_messages, clean_draft, render_user_prompt
from bot.writing.llm import LLMClient, LLMError
from tests.fake_openai import running_fake_openai
from tests.good_drafts import ZHANG_ZONG

SLOTS = Slots(name="张总", relation="客户", relation_category="客户", details="合作三年，去年一起做了北京项目",
              occasion="微信", style="商务得体", length="50-100", language="zh")


def request(**kw) -> GreetingRequest:
    holiday = holidays.resolve(kw.pop("holiday", "春节"), date(2027, 1, 20))
    return GreetingRequest(slots=kw.pop("slots", SLOTS), holiday=holiday, **kw)


def test_the_system_prompt_is_one_stable_prefix_for_every_request() -> None:
    a = build_messages(request())
    b = build_messages(request(slots=Slots(name="老王", relation="发小", details="八年了", occasion="当面说",
                                           style="轻松自然", length="<=50"), holiday="中秋"))
    assert a[0] == b[0] == {"role": "system", "content": SYSTEM_PROMPT}
    assert len(SYSTEM_PROMPT) < 260  # short prompts: thinking is off and answers must be fast


def test_the_user_prompt_carries_every_slot_and_the_right_zodiac() -> None:
    text = render_user_prompt(request())
    for value in ("张总", "客户", "北京项目", "微信", "商务得体", "50-100字", "2027-02-06", "羊年"):
        assert value in text
    assert "马" not in text


def test_holidays_outside_the_spring_family_carry_no_zodiac() -> None:
    assert "年）" not in render_user_prompt(request(holiday="中秋"))


def test_revision_wishes_and_drafts_to_avoid_are_in_the_prompt() -> None:
    text = render_user_prompt(request(wishes=("加点科技梗",), avoid=("旧稿一", "旧稿二")))
    assert "加点科技梗" in text and "旧稿二" in text


def test_english_requests_ask_for_english_words() -> None:
    text = render_user_prompt(request(slots=Slots(name="Jake", relation="roommate", details="3 years", occasion="微信",
                                                  style="轻松自然", length="<=50", language="en")))
    assert "英文" in text and "Spring Festival" in text


@pytest.mark.parametrize(("raw", "clean"), [
    ("“张总，新春快乐。”", "张总，新春快乐。"),
    ("好的，以下是祝福：张总，新春快乐。", "张总，新春快乐。"),
    ("  张总，新春快乐。\n", "张总，新春快乐。"),
])
def test_model_drafts_lose_quotes_and_preambles(raw: str, clean: str) -> None:
    assert clean_draft(raw) == clean


async def test_the_writer_uses_the_model_and_falls_back_to_the_composer() -> None:
    with running_fake_openai() as server:
        server.reply = lambda body: list(ZHANG_ZONG[:body["n"]])
        settings = Settings(llm_base_url=server.base_url, llm_retries=0, llm_timeout_s=0.5, _env_file=None)
        async with LLMClient(settings) as llm:
            writer = GreetingWriter(llm)
            good = await writer.write(request())
            server.mode = "error500"
            fallback = await writer.write(request())
            with pytest.raises(LLMError):
                await writer.write(request(), backend="vllm")
    assert good.backend == "vllm" and len(good.texts) == 3
    assert fallback.backend == "composer" and len(fallback.texts) == 3


async def test_drafts_repeating_what_the_user_already_saw_are_dropped_and_the_set_is_filled_offline() -> None:
    with running_fake_openai() as server:
        server.reply = lambda body: [ZHANG_ZONG[0], ZHANG_ZONG[1]]
        async with LLMClient(Settings(llm_base_url=server.base_url, _env_file=None)) as llm:
            writer = GreetingWriter(llm)
            drafts = await writer.write(request(avoid=(ZHANG_ZONG[0],)))
    assert drafts.texts[0] == ZHANG_ZONG[1] and ZHANG_ZONG[0] not in drafts.texts and len(drafts.texts) == 3
    assert drafts.backend_of(0) == "vllm" and drafts.backend_of(1) == drafts.backend_of(2) == "composer"
    assert writer.guard.rejections["greet", "near_copy"] >= 1  # asked twice, and twice the copy came back
