"""Follow-ups: reading a friend's reply to our greeting, choosing what to do next, and suggesting the next line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from bot.domain import STYLES, length_units
from bot.followup.bank import compose_followups_offline
from bot.followup.observe import ANALYSIS_SCHEMA, analyse, analyse_rules, choose_strategy
from bot.followup.pasted import read_pasted_reply
from bot.followup.prompts import build_followup_messages
from bot.followup.suggest import followup_json, suggest
from bot.followup.thread import Analysis, FollowUp, Thread
from bot.settings import Settings
from bot.writing.llm import LLMClient
from tests.fake_openai import FakeOpenAI, running_fake_openai

GREETING = "王哥，新年快乐！今年你那个大模型项目终于上线，辛苦了，祝你 loss 一路下降"
REPLY = "哈哈哈你这大模型又发疯了，最近加班多吗？"
EN_GREETING = "Hi Ann, happy new year! May your AI never hallucinate and your GPUs stay cool."
EN_REPLY = "haha you and your AI jokes, busy lately?"
ANSWERS_OVERTIME = re.compile("加班|忙|还行|不多|天天")
LAUGH_OR_EMOJI = re.compile(r"哈哈|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
TECH_MEMES = re.compile(r"模型|loss|bug|调参|收敛|算力|带宽|下线|上线|GPU|token", re.I)

REPLIES = [REPLY, "唉，我爸住院了，这个年过得不太好", "嗯", "收到", "在开会，晚点聊", "哈哈谢谢，我下个月去深圳",
           "谢谢！你也新年快乐！", "笑死，你这大模型又发疯了", "你过年回家吗？"]


def two_turns(reply: str, *, greeting: str = GREETING, style: str = "轻松自然", name: str | None = "王哥") -> Thread:
    return Thread(turns=(("me", greeting), ("them", reply)), style=style, name=name)


@pytest.fixture(scope="module")
def _server() -> Iterator[FakeOpenAI]:
    with running_fake_openai() as server:
        yield server


@pytest.fixture
def fake_openai(_server: FakeOpenAI) -> FakeOpenAI:
    _server.reset()
    return _server


@pytest.fixture
async def llm(fake_openai: FakeOpenAI):
    settings = Settings(llm_base_url=fake_openai.base_url, llm_timeout_s=2.0, llm_retries=0, _env_file=None)
    async with LLMClient(settings) as client:
        yield client


def script_model(server: FakeOpenAI, analysis: dict[str, Any] | str, drafts: list[str]) -> None:
    """The analysis call (JSON schema) gets `analysis`; the writing call gets `drafts`."""
    def reply(body: dict[str, Any]) -> list[str]:
        if "response_format" in body:
            return [analysis if isinstance(analysis, str) else json.dumps(analysis, ensure_ascii=False)]
        return drafts
    server.reply = reply


# -- observe: the rules reader -------------------------------------------------------------------


def test_the_issue_example_reads_as_teasing_with_the_joke_picked_up_and_the_question_found() -> None:
    a = analyse_rules(GREETING, REPLY)
    assert a.mood == "teasing"
    assert a.picked_up == ("大模型", "loss")  # the echoed word, then the joke they called "发疯"
    assert a.questions == ("最近加班多吗？",)
    assert a.opened == ()
    assert a.strategy == "answer_question"


def test_a_question_about_overtime_is_their_question_not_their_busy_mood() -> None:
    assert analyse_rules("新年快乐", "最近加班多吗？").mood != "busy"
    assert analyse_rules("新年快乐", "我天天加班，累死了").mood == "busy"
    assert analyse_rules("新年快乐", "我最近不忙，挺好的").mood != "busy"


@pytest.mark.parametrize("reply", ["哈哈哈哈好的", "😂😂", "笑死", "hahaha nice one"])
def test_laughter_reads_as_teasing_or_happy(reply: str) -> None:
    assert analyse_rules(GREETING, reply).mood in ("teasing", "happy")


@pytest.mark.parametrize("reply", ["唉，一言难尽", "外公上个月去世了", "我们分手了", "公司裁员，我被裁了",
                                   "最近不太好", "sigh, I got laid off last week"])
def test_bad_news_reads_as_sad_and_asks_for_comfort(reply: str) -> None:
    a = analyse_rules(GREETING, reply)
    assert (a.mood, a.strategy) == ("sad", "comfort")


@pytest.mark.parametrize("reply", ["我妈住院了", "孩子这两天发烧，在医院陪着呢"])
def test_an_illness_at_home_reads_as_worry_and_still_asks_for_comfort(reply: str) -> None:
    a = analyse_rules(GREETING, reply)
    assert (a.mood, a.strategy) == ("worried", "comfort")


@pytest.mark.parametrize("reply", ["嗯", "收到", "谢谢", "嗯嗯。", "thanks"])
def test_a_bare_short_acknowledgement_reads_as_cold(reply: str) -> None:
    assert analyse_rules(GREETING, reply).mood == "cold"


@pytest.mark.parametrize("reply", ["谢谢！", "谢谢！你也新年快乐！", "收到～哈哈哈"])
def test_warmth_or_laughter_keeps_a_short_reply_from_being_cold(reply: str) -> None:
    assert analyse_rules(GREETING, reply).mood != "cold"


def test_being_busy_reads_as_busy_and_winds_down() -> None:
    a = analyse_rules(GREETING, "在开会，晚点聊")
    assert (a.mood, a.strategy) == ("busy", "wind_down")


def test_a_reaction_to_a_joke_picks_up_the_joke_topic_and_formulas_do_not_count() -> None:
    assert analyse_rules("老李，新年快乐！祝你新的一年 bug 全消", "笑死，又玩梗").picked_up == ("bug",)
    assert analyse_rules("老王，新年快乐！", "你也新年快乐！").picked_up == ()
    # an echoed detail (not a tech joke) counts too
    assert "打呼噜" in analyse_rules("老王，还记得当年宿舍里你打呼噜吗", "哈哈打呼噜这事你还记得").picked_up


def test_topics_they_open_without_asking_are_noted_and_get_a_question_back() -> None:
    a = analyse_rules(GREETING, "哈哈谢谢，我下个月去深圳")
    assert a.opened == ("下个月去深圳",)
    assert a.strategy == "toss_back"
    assert analyse_rules(EN_GREETING, "Thanks! I'm moving to Shenzhen next month").opened == (
        "moving to Shenzhen next month",)
    texts = compose_followups_offline(two_turns("哈哈谢谢，我下个月去深圳"), a)
    assert any("深圳" in t for t in texts)
    assert all(re.search(r"[?？]", t) for t in texts)


@pytest.mark.parametrize(
    ("mood", "questions", "opened", "rounds", "strategy"),
    [("teasing", ("最近加班多吗？",), (), 1, "answer_question"),
     ("sad", ("你呢？",), (), 1, "comfort"),  # grief first, even with a question
     ("cold", (), (), 1, "wind_down"),
     ("busy", (), (), 1, "wind_down"),
     ("teasing", (), (), 1, "keep_voice"),
     ("teasing", (), ("下个月去深圳",), 1, "toss_back"),
     ("happy", (), (), 1, "toss_back"),
     ("teasing", (), (), 3, "wind_down"),  # a long thread leans to a close
     ("neutral", ("过年回家吗？",), (), 4, "answer_question")],  # a question is never left unanswered
)
def test_the_strategy_follows_mood_questions_and_length_of_the_thread(
    mood: str, questions: tuple[str, ...], opened: tuple[str, ...], rounds: int, strategy: str
) -> None:
    assert choose_strategy(mood, questions, opened, rounds) == strategy


# -- generate: the offline templates -------------------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
def test_every_offline_suggestion_answers_the_question_asked(style: str) -> None:
    thread = two_turns(REPLY, style=style)
    texts = compose_followups_offline(thread, analyse_rules(GREETING, REPLY))
    assert 2 <= len(texts) <= 3
    assert all(ANSWERS_OVERTIME.search(t) for t in texts), texts


@pytest.mark.parametrize("style", STYLES)
def test_sad_replies_get_comfort_with_no_jokes_laughter_emoji_or_tech_memes(style: str) -> None:
    reply = "唉，我爸住院了，这个年过得不太好"
    texts = compose_followups_offline(two_turns(reply, style=style), analyse_rules(GREETING, reply))
    assert len(texts) >= 2
    for t in texts:
        assert not LAUGH_OR_EMOJI.search(t) and not TECH_MEMES.search(t), t


@pytest.mark.parametrize("style", STYLES)
def test_cold_replies_get_a_short_warm_goodbye_that_asks_nothing(style: str) -> None:
    texts = compose_followups_offline(two_turns("嗯", style=style), analyse_rules(GREETING, "嗯"))
    assert len(texts) >= 2
    for t in texts:
        assert not re.search(r"[?？吗]", t), t
        assert length_units(t) <= 30, t


def test_a_teasing_reply_without_a_question_keeps_the_joke_going() -> None:
    reply = "笑死，你这大模型又发疯了"
    a = analyse_rules(GREETING, reply)
    assert a.strategy in ("keep_voice", "toss_back")
    texts = compose_followups_offline(two_turns(reply, style="LLM科技风"), a)
    assert any("大模型" in t or "调参" in t for t in texts)  # the tech voice keeps its pun when the mood allows


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("reply", REPLIES)
def test_suggestions_are_short_distinct_named_and_never_a_copy_of_the_greeting(style: str, reply: str) -> None:
    texts = compose_followups_offline(two_turns(reply, style=style), analyse_rules(GREETING, reply))
    assert 2 <= len(texts) <= 3
    assert len(set(texts)) == len(texts)
    assert all(length_units(t) <= 60 for t in texts)
    assert all(t.startswith("王哥") for t in texts)
    assert all(GREETING not in t and t not in GREETING for t in texts)


@pytest.mark.parametrize("reply", REPLIES)
def test_business_style_stays_polite(reply: str) -> None:
    texts = compose_followups_offline(two_turns(reply, style="商务得体"), analyse_rules(GREETING, reply))
    assert not any("哈哈" in t for t in texts)
    assert any("您" in t for t in texts)


def test_an_english_reply_gets_english_suggestions_that_answer_it() -> None:
    thread = Thread(turns=(("me", EN_GREETING), ("them", EN_REPLY)), style="LLM科技风", name="Ann")
    a = analyse_rules(EN_GREETING, EN_REPLY)
    assert a.questions == ("busy lately?",) and "AI" in a.picked_up
    texts = compose_followups_offline(thread, a)
    assert len(texts) >= 2
    assert all(not re.search(r"[\u4e00-\u9fff]", t) and t.startswith("Ann, ") for t in texts)
    assert all(re.search(r"busy|not (?:too )?bad", t, re.I) for t in texts)


async def test_a_long_thread_reads_the_last_reply_and_never_repeats_what_we_said() -> None:
    said = "王哥，你先忙，别太累，有空再聊"
    thread = Thread(turns=(
        ("me", GREETING), ("them", REPLY),
        ("me", "还行，加班不算多，就年底稍微忙点，你呢？"), ("them", "我也是，天天加班"),
        ("me", said), ("them", "好的，你也是"),
    ), name="王哥")
    a, reader = await analyse(thread, None)
    assert reader == "rules"
    assert a.questions == () and a.picked_up == ()  # the last reply, not the first one with its question
    assert a.strategy == "wind_down"  # three answers from them: time to let go
    texts = compose_followups_offline(thread, a)
    assert len(texts) >= 2 and said not in texts
    assert all(not re.search(r"[?？]", t) for t in texts)


def test_the_prompt_carries_recent_turns_the_question_the_strategy_and_what_not_to_repeat() -> None:
    turns = (("me", "早年旧话"), ("them", "很久以前"), ("me", GREETING), ("them", "哈哈"), ("me", "对吧"),
             ("them", "嗯"), ("me", "第二句"), ("them", REPLY))
    thread = Thread(turns=turns, style="LLM科技风", name="王哥")
    messages = build_followup_messages(thread, analyse_rules("第二句", REPLY))
    system, user = messages[0]["content"], messages[1]["content"]
    assert [m["role"] for m in messages] == ["system", "user"]
    assert len(system) < 200  # short and stable: shared prefix for every request
    assert "对方：" + REPLY in user and "我：第二句" in user
    assert "早年旧话" not in user.split("别重复")[0]  # only the last few turns are shown as context
    assert "最近加班多吗？" in user and "先正面回答" in user
    assert "王哥" in user and "LLM科技风" in user


# -- the model path ------------------------------------------------------------------------------


async def test_the_model_reads_the_reply_and_writes_the_suggestions(fake_openai: FakeOpenAI, llm: LLMClient) -> None:
    script_model(fake_openai,
                 {"mood": "teasing", "picked_up": ["大模型"], "questions": ["最近加班多吗？"], "opened": [],
                  "strategy": "answer_question"},
                 ["还行，年底加班多一点", "天天加班，不过快熬出头了", "忙是忙，但项目稳了"])
    result = await suggest(two_turns(REPLY), llm, n=3)
    assert isinstance(result, FollowUp)
    assert result.backend == "vllm"
    assert result.suggestions == ("还行，年底加班多一点", "天天加班，不过快熬出头了", "忙是忙，但项目稳了")
    analysis_body, writing_body = fake_openai.requests
    assert analysis_body["response_format"]["json_schema"]["name"] == "followup_analysis"
    assert analysis_body["response_format"]["json_schema"]["schema"] == ANALYSIS_SCHEMA
    assert (writing_body["n"], writing_body["max_tokens"]) == (3, 160)
    assert "response_format" not in writing_body


async def test_invalid_or_invented_model_fields_fall_back_to_the_rules_one_by_one(
    fake_openai: FakeOpenAI, llm: LLMClient
) -> None:
    script_model(fake_openai, {"mood": "ecstatic", "picked_up": ["火星移民"], "questions": "not a list",
                               "opened": [], "strategy": "answer_question"}, [])
    a, reader = await analyse(two_turns(REPLY), llm)
    rules = analyse_rules(GREETING, REPLY)
    assert reader == "vllm"
    assert a.mood == rules.mood  # not one of the moods
    assert a.picked_up == rules.picked_up  # invented: nowhere in the greeting or reply
    assert a.questions == rules.questions  # wrong type
    assert a.opened == () and a.strategy == "answer_question"  # valid: the model's


async def test_a_model_strategy_that_would_joke_at_grief_is_overridden(fake_openai: FakeOpenAI, llm: LLMClient) -> None:
    reply = "唉，我爸住院了"
    script_model(fake_openai, {"mood": "sad", "picked_up": [], "questions": [], "opened": ["我爸住院了"],
                               "strategy": "keep_voice"}, [])
    a, _ = await analyse(two_turns(reply), llm)
    assert (a.mood, a.strategy) == ("sad", "comfort")


async def test_model_drafts_are_cleaned_and_dupes_and_non_answers_dropped(
    fake_openai: FakeOpenAI, llm: LLMClient
) -> None:
    script_model(fake_openai, {"mood": "teasing", "picked_up": [], "questions": ["最近加班多吗？"], "opened": [],
                               "strategy": "answer_question"},
                 ["<think>想想</think>“还行，加班不多”", "好的，以下是回复：还行，加班不多", "哈哈新年快乐！",
                  "1. 天天加班，习惯了"])
    result = await suggest(two_turns(REPLY), llm, n=3)
    assert result.backend == "vllm"
    assert result.suggestions == ("还行，加班不多", "天天加班，习惯了")


async def test_too_few_usable_model_drafts_fall_back_to_the_templates(fake_openai: FakeOpenAI, llm: LLMClient) -> None:
    script_model(fake_openai, {"mood": "teasing", "picked_up": [], "questions": ["最近加班多吗？"], "opened": [],
                               "strategy": "answer_question"},
                 ["哈哈新年快乐！", "", GREETING, "还行，不多"])
    result = await suggest(two_turns(REPLY), llm)
    assert result.backend == "rules"
    assert len(result.suggestions) >= 2 and all(ANSWERS_OVERTIME.search(t) for t in result.suggestions)


async def test_comfort_drafts_with_jokes_or_memes_are_dropped(fake_openai: FakeOpenAI, llm: LLMClient) -> None:
    reply = "唉，我被裁了"
    script_model(fake_openai, {"mood": "sad", "picked_up": [], "questions": [], "opened": [], "strategy": "comfort"},
                 ["哈哈别难过", "就当系统重启了，loss 会降的", "抱抱你，先好好休息", "有需要随时找我，我一直在"])
    result = await suggest(two_turns(reply, style="LLM科技风"), llm, n=3)
    assert result.suggestions == ("抱抱你，先好好休息", "有需要随时找我，我一直在")


async def test_garbage_analysis_json_keeps_the_rules_reading_but_the_model_still_writes(
    fake_openai: FakeOpenAI, llm: LLMClient
) -> None:
    script_model(fake_openai, "not json {", ["还行，加班不多", "天天加班"])
    result = await suggest(two_turns(REPLY), llm)
    assert result.analysis == analyse_rules(GREETING, REPLY)
    assert result.backend == "vllm"


async def test_a_model_outage_gives_rule_suggestions_without_a_second_wait(
    fake_openai: FakeOpenAI, llm: LLMClient
) -> None:
    fake_openai.mode = "error500"
    result = await suggest(two_turns(REPLY), llm)
    assert result.backend == "rules"
    assert result.analysis == analyse_rules(GREETING, REPLY)
    assert all(ANSWERS_OVERTIME.search(t) for t in result.suggestions)
    assert len(fake_openai.requests) == 1  # the writing call was skipped: the model had just failed


async def test_no_model_at_all_uses_the_rules() -> None:
    result = await suggest(two_turns("嗯"), None)
    assert result.backend == "rules" and result.analysis.strategy == "wind_down"
    assert 2 <= len(result.suggestions) <= 3


async def test_followup_json_for_the_cli_reads_the_name_off_the_greeting() -> None:
    out = await followup_json(GREETING, REPLY, "轻松自然", None)
    assert set(out) == {"analysis", "suggestions", "backend"}
    assert out["analysis"] == analyse_rules(GREETING, REPLY).to_json()
    assert out["analysis"]["questions"] == ["最近加班多吗？"]
    assert out["backend"] == "rules"
    assert all(s.startswith("王哥") for s in out["suggestions"])
    json.dumps(out, ensure_ascii=False)  # plain JSON all the way down


def test_a_thread_refuses_an_unknown_style_or_speaker_and_a_thread_without_a_reply() -> None:
    with pytest.raises(ValueError):
        Thread(turns=(("me", "hi"), ("them", "yo")), style="随便")
    with pytest.raises(ValueError):
        Thread(turns=(("me", "hi"), ("bot", "yo")))
    with pytest.raises(ValueError):
        Thread(turns=(("me", "hi"),)).focus()


def test_analysis_json_has_exactly_the_documented_fields() -> None:
    a = Analysis("happy", ("大模型",), (), ("下个月去深圳",), "toss_back")
    assert a.to_json() == {"mood": "happy", "picked_up": ["大模型"], "questions": [], "opened": ["下个月去深圳"],
                           "strategy": "toss_back"}


# -- input: a pasted reply -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reply"),
    [("对方回复：哈哈哈你这大模型又发疯了", "哈哈哈你这大模型又发疯了"),
     ("他回我：最近加班多吗？", "最近加班多吗？"),
     ("TA说：谢谢", "谢谢"),
     ("王哥回我：“收到”", "收到"),
     ("they replied: haha you and your AI jokes", "haha you and your AI jokes"),
     ("Bo said: thanks!", "thanks!"),
     ("“哈哈，新年快乐！”", "哈哈，新年快乐！"),
     ("> 嗯\n> 收到", "嗯\n收到")],
)
def test_a_pasted_reply_is_recognised(text: str, reply: str) -> None:
    assert read_pasted_reply(text) == reply


@pytest.mark.parametrize("text", ["帮我给王哥写条拜年微信", "帮我回：说我很忙", "写一条“轻松”的祝福", "给妈妈写一句春节祝福",
                                  "write a note for my friend Bo", "Note: make it short", "请回复：谢谢"])
def test_ordinary_requests_are_not_pasted_replies(text: str) -> None:
    assert read_pasted_reply(text) is None



def test_an_in_law_called_mom_hears_nin_because_of_the_relation_not_the_name() -> None:
    thread = Thread((("me", "妈，元旦快乐！周日我们过去吃饭。"), ("them", "好 想吃啥提前说 我好去买菜")),
                    name="妈", relation_category="家人", relation="岳母", holiday="元旦")
    suggestions = compose_followups_offline(thread, analyse_rules(*thread.focus()))
    assert suggestions and all("你" not in s.replace("你们", "") for s in suggestions)
    assert any("您" in s for s in suggestions)
    own_mother = Thread(thread.turns, name="妈", relation_category="家人", relation="母亲", holiday="元旦")
    assert any("你" in s for s in compose_followups_offline(own_mother, analyse_rules(*own_mother.focus())))


def test_keeping_the_joke_going_with_no_joke_picked_up_never_says_a_word_twice() -> None:
    thread = Thread((("me", "小周，情人节快乐！"), ("them", "不猜了 直接拿来😤")), name="小周",
                    relation_category="恋人", holiday="情人节")
    analysis = Analysis("teasing", (), (), (), "keep_voice")
    assert all("这梗这梗" not in s for s in compose_followups_offline(thread, analysis))
