"""Specification tests for the follow-up judge (tests/followup_judge.py) and its frozen blind set.

The set (tests/data/followup_blind_2026-12.json) and the judge were written without reading bot/ or bench/.
These tests pin the judge's rules on the audit's known bad answers, check the set's coverage and consistency,
and prove the checks are satisfiable: for 21 items a hand-written good suggestion passes every check and a
hand-written bad one fails.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from tests.followup_judge import (
    HOLIDAYS,
    MOODS,
    QUESTIONS,
    REGISTERS,
    RELATION_CATEGORIES,
    STYLES,
    answers_kind,
    grammatical,
    holiday_right,
    keeps_register,
    mood_right,
    passes,
    question_right,
)

DATA = Path(__file__).parent / "data" / "followup_blind_2026-12.json"


@pytest.fixture(scope="module")
def dataset() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def items(dataset) -> dict[str, dict]:
    return {it["id"]: it for it in dataset["items"]}


# The audit's bad answers, verbatim.
AUDIT_MOM_BAD_1 = "妈，回的，票都抢好了，初六再回来，你呢？"
AUDIT_MOM_BAD_2 = "回老家陪爸妈过个团圆年"
AUDIT_TEACHER_BAD = "李老师，论文投出去啊，还行，挺顺的，你呢？"
AUDIT_PARTNER_BAD = "宝贝，晚上想吃什啊，还行，挺顺的，你呢？"
# The audit describes (without quoting) an answer about overtime to a client who asked about a visit.
AUDIT_CLIENT_BAD = "张总，最近加班挺多的，还行，挺顺的，您呢？"

MOM, PARTNER, CLIENT, TEACHER = "fu-001", "fu-033", "fu-117", "fu-141"


# --------------------------------------------------------------------------- the data file

FROZEN_SHA256 = "701609fe04ba1e447c727ec5c18f9dee313918514613d4de88589c404837035e"


def test_data_file_is_frozen():
    """The set was frozen on 2026-12-03 before any tuning; a change needs a new file and a new version."""
    assert hashlib.sha256(DATA.read_bytes()).hexdigest() == FROZEN_SHA256


def test_data_file_loads_with_version_and_authorship(dataset):
    assert dataset["version"] == "2026-12-03"
    assert "blind" in dataset["written_by"] or "never opened" in dataset["written_by"]
    assert isinstance(dataset["items"], list)


def test_data_file_has_at_least_160_items_with_unique_ids(dataset):
    ids = [it["id"] for it in dataset["items"]]
    assert len(ids) >= 160
    assert len(ids) == len(set(ids))
    assert all(i.startswith("fu-") for i in ids)


def test_every_label_is_in_its_allowed_set(dataset):
    for it in dataset["items"]:
        assert it["language"] in ("zh", "en"), it["id"]
        assert it["relation_category"] in RELATION_CATEGORIES, it["id"]
        assert it["holiday"] in HOLIDAYS, it["id"]
        assert it["style"] in STYLES, it["id"]
        assert it["mood"] in MOODS, it["id"]
        assert it["question"] in QUESTIONS, it["id"]
        assert it["expect"]["register"] in REGISTERS, it["id"]
        assert it["sender_name"] is None or isinstance(it["sender_name"], str)
        for field in ("recipient", "relation", "greeting", "reply", "notes"):
            assert isinstance(it[field], str) and it[field].strip(), (it["id"], field)
        for turn in it["thread"]:
            assert turn["from"] in ("recipient", "sender") and turn["text"].strip(), it["id"]


def test_every_expect_block_is_consistent(dataset):
    for it in dataset["items"]:
        exp = it["expect"]
        assert set(exp) == {"answer_kind", "forbidden", "holiday_words_ok", "other_holiday_words", "register",
                            "must_mention_any"}, it["id"]
        assert exp["answer_kind"] == it["question"], it["id"]
        for key in ("forbidden", "holiday_words_ok", "other_holiday_words", "must_mention_any"):
            assert isinstance(exp[key], list) and all(isinstance(w, str) and w for w in exp[key]), (it["id"], key)
        assert exp["holiday_words_ok"], it["id"]
        assert not set(exp["holiday_words_ok"]) & set(exp["other_holiday_words"]), it["id"]
        # the item's own text never trips its own holiday list
        own = " ".join([it["greeting"], it["reply"]] + [t["text"] for t in it["thread"]]).lower()
        assert not [w for w in exp["other_holiday_words"] if w.lower() in own], it["id"]
        if it["language"] == "zh" and exp["register"] in ("respectful", "formal") and it["question"] != "none":
            assert "你呢" in exp["forbidden"], it["id"]
        if it["relation"] in ("母亲", "父亲"):
            assert "爸妈" in exp["forbidden"], it["id"]


def test_coverage_of_relations(dataset):
    counts = Counter(it["relation_category"] for it in dataset["items"])
    for cat in ("家人", "朋友", "客户", "老师", "领导", "同事", "恋人"):
        assert counts[cat] >= 10, (cat, counts)


def test_coverage_of_holidays(dataset):
    counts = Counter(it["holiday"] for it in dataset["items"])
    for h in HOLIDAYS:
        assert counts[h] >= 3, (h, counts)


def test_coverage_of_moods_and_questions(dataset):
    moods = Counter(it["mood"] for it in dataset["items"])
    questions = Counter(it["question"] for it in dataset["items"])
    for m in MOODS:
        assert moods[m] >= 10, (m, moods)
    for q in QUESTIONS:
        assert questions[q] >= 10, (q, questions)


def test_coverage_of_english_and_threads(dataset):
    assert sum(it["language"] == "en" for it in dataset["items"]) >= 12
    assert sum(bool(it["thread"]) for it in dataset["items"]) >= 12


def test_audit_cases_are_in_the_set(items):
    assert items[MOM]["reply"] == "哈哈收到啦，你什么时候回家？" and items[MOM]["holiday"] == "中秋"
    assert items[CLIENT]["reply"] == "谢谢小李，年后什么时候来上海聊聊新项目？"
    assert items[TEACHER]["reply"] == "好孩子，论文投出去了吗？"
    assert items[PARTNER]["reply"] == "讨厌，突然这么肉麻，晚上想吃什么？"
    for w in ("过年", "初六", "春节", "爸妈", "你呢"):
        assert w in items[MOM]["expect"]["forbidden"]


# --------------------------------------------------------------------------- answers_kind

def test_when_needs_a_time_expression(items):
    assert answers_kind("妈，这周五下班就回，月饼留一块给我哈～", items[MOM])
    assert answers_kind("国庆放假第一天就到家！", items[MOM])
    assert not answers_kind("哈哈，妈你放心吧！", items[MOM])
    assert answers_kind("This Friday night, ramen's on me 🍜", items["fu-058"])
    assert not answers_kind("Haha you know I'm good for it.", items["fu-058"])


def test_where_needs_a_place(items):
    assert answers_kind("王姐，我回老家陪爸妈过，给您带点家乡的桂花糕～", items["fu-079"])
    assert not answers_kind("王姐，谢谢您，也祝您节日快乐！", items["fu-079"])
    assert answers_kind("I'm at a small robotics startup in Boston now.", items["fu-160"])
    assert not answers_kind("Merry Christmas Mr. Davis!", items["fu-160"])


def test_what_needs_a_declarative_answer_first(items):
    assert answers_kind("是一个白噪音机，叫“小月亮”，我家那位一开就睡，链接发你！", items["fu-094"])
    assert not answers_kind("那个是啥来着？我也忘了", items["fu-094"])
    assert answers_kind("Yes! A master's in Edinburgh next fall 🎓", items["fu-150"])
    assert not answers_kind("What's next? Who knows!", items["fu-150"])
    assert not answers_kind("谢谢，也祝你节日快乐！", items["fu-017"])         # wishes are not an answer
    assert not answers_kind("嗯嗯，好的，到时候再说吧。", items["fu-017"])


def test_choice_names_an_option_and_a_bare_hand_back_fails(items):
    assert answers_kind("讨厌就讨厌吧😌 晚上去吃那家你念叨好久的日料！", items[PARTNER])
    assert not answers_kind("都行，听你的～", items[PARTNER])
    assert answers_kind("听你的，不过我想吃火锅🍲", items[PARTNER])
    assert answers_kind("饺子！你包，我擀皮😋", items["fu-044"])          # must_mention_any: 饺子/汤圆
    assert not answers_kind("你定吧，我都爱吃😋", items["fu-044"])
    assert answers_kind("Hotpot for sure, it's freezing out 🍲", items["fu-090"])


def test_yes_no_needs_an_explicit_yes_or_no_near_the_start(items):
    assert answers_kind("李老师，上周已经投出去了，投的是ACL！", items[TEACHER])
    assert answers_kind("李老师，还没呢，还在改第二轮，月底前一定投！", items[TEACHER])
    assert not answers_kind(AUDIT_TEACHER_BAD, items[TEACHER])
    assert answers_kind("外婆，不冷不冷，您放心！", items["fu-010"])          # A-not-A 冷不冷
    assert answers_kind("外婆，这边挺暖和的，您别担心。", items["fu-010"])    # the opposite of 冷
    assert not answers_kind("外婆，您多保重身体。", items["fu-010"])
    assert not answers_kind("黄老师，谢谢您的关心，您辛苦了！", items["fu-152"])  # courtesy 了 is no answer
    assert not answers_kind("好的，谢谢！", items["fu-005"])                  # 吃饭了没有: 好的 answers nothing
    assert answers_kind("好呀，没问题，周六见！", items["fu-041"])             # 能不能改到周六: agreeing is a yes
    assert answers_kind("Not yet, Ms. Chen. Our legal team will send feedback by Wednesday.", items["fu-126"])
    assert not answers_kind("Thanks Ms. Chen, happy Mid-Autumn to you!", items["fu-126"])


def test_how_are_you_says_how_the_sender_is(items):
    assert answers_kind("姑姑，我挺好的，工作也顺利，您别操心。", items["fu-014"])
    assert not answers_kind("姑姑，也祝您新年快乐！", items["fu-014"])
    assert answers_kind("They're doing great, growing way too fast 😅", items["fu-172"])
    assert not answers_kind("Thanks Amy! Happy Mother's Day!", items["fu-172"])
    assert not answers_kind("Sure, sounds good!", items["fu-081"])
    assert answers_kind("Hanging in there, Dad's home and recovering.", items["fu-081"])


def test_invitation_accepts_or_defers_and_the_overtime_answer_fails(items):
    assert answers_kind("谢谢张总！正月十五后我就去上海拜访您。", items[CLIENT])
    assert answers_kind("谢谢张总，初十以后我随时可以过去，您看哪天方便？", items[CLIENT])
    assert not answers_kind(AUDIT_CLIENT_BAD, items[CLIENT])
    assert answers_kind("赵老师，一定去！正月十五后我去家里看望您。", items["fu-147"])
    assert answers_kind("I'd love to, Mrs. Wilson! I'll come over around 7 🎄", items["fu-164"])
    assert answers_kind("So sorry Mrs. Wilson, I'm at my sister's tonight, maybe tomorrow?", items["fu-164"])
    assert not answers_kind("Merry Christmas to you too, Mrs. Wilson!", items["fu-164"])


def test_must_mention_any_applies_to_every_kind(items):
    item = {**items[CLIENT], "expect": {**items[CLIENT]["expect"], "answer_kind": "none",
                                         "must_mention_any": ["下周三"]}}
    assert answers_kind("张总，下周三上午我去拜访您。", item)
    assert not answers_kind("谢谢张总，年后一定去上海拜访您。", item)


def test_request_agrees_or_explains(items):
    assert answers_kind("好嘞，马上拍！绳子三圈记住了📸", items["fu-031"])
    assert answers_kind("烟花今年城里禁放，我给孩子带几个仙女棒吧～", items["fu-006"])
    assert not answers_kind("哈哈哈，新年快乐！", items["fu-006"])
    assert answers_kind("Will do, I'll save you the biggest slice 🥧", items["fu-067"])


def test_none_accepts_any_substantive_text(items):
    assert answers_kind("好，照顾好自己，有空常联系。", items["fu-029"])
    assert not answers_kind("😊", items["fu-029"])


# --------------------------------------------------------------------------- keeps_register

def test_respectful_and_formal_use_nin_and_never_ni(items):
    assert keeps_register("李老师，上周已经投出去了，有消息第一时间跟您汇报！", items[TEACHER])
    assert not keeps_register("李老师，投出去了，你放心吧！", items[TEACHER])
    assert not keeps_register(AUDIT_TEACHER_BAD, items[TEACHER])
    assert not keeps_register("张总，你们公司年后哪天方便？", items[CLIENT])
    assert keeps_register("张总新年好！", items[CLIENT])                 # no pronoun at all is fine


def test_no_reflex_throwback_to_a_respectful_asker(items):
    assert not keeps_register(AUDIT_CLIENT_BAD, items[CLIENT])
    assert not keeps_register("张老师，挺顺利的，您呢？", items["fu-143"])
    assert keeps_register("张老师，挺顺利的，您最近身体还好吗？", items["fu-143"])
    assert not keeps_register("Thanks David, and you?", items["fu-101"])
    assert not keeps_register("Yes, a week off. What about you?", items["fu-101"])


def test_no_endearments_or_slang_in_formal_register(items):
    assert not keeps_register("亲爱的张总，年后见！", items[CLIENT])
    assert not keeps_register("Not yet lol, gonna look at it tomorrow.", items["fu-126"])
    assert keeps_register("Not yet, Ms. Chen. Our legal team will send feedback by Wednesday.", items["fu-126"])


def test_intimate_and_casual_allow_ni_but_not_nin_to_a_partner_or_friend(items):
    assert keeps_register("宝贝，晚上吃你最爱的火锅！", items[PARTNER])
    assert not keeps_register("宝贝，您想吃什么都行。", items[PARTNER])
    assert not keeps_register("您定吧，撸串火锅都行。", items["fu-060"])
    assert keeps_register("妈，这周五就回，给您带月饼！", items[MOM])    # 您 to a parent is tolerated
    assert keeps_register("lol will do, saving you the biggest slice!", items["fu-067"])


# --------------------------------------------------------------------------- holiday_right

def test_other_holidays_and_forbidden_words_are_rejected(items):
    assert not holiday_right(AUDIT_MOM_BAD_1, items[MOM])           # 初六, 你呢
    assert not holiday_right(AUDIT_MOM_BAD_2, items[MOM])           # 爸妈
    assert not holiday_right("妈，过年我一定回来！", items[MOM])        # 过年 at 中秋
    assert not holiday_right("妈，圣诞节我就回家～", items[MOM])
    assert holiday_right("妈，这周五下班就回，月饼留一块给我哈～", items[MOM])
    assert not holiday_right("Merry Christmas! Sending the proposal soon.", items[CLIENT])
    assert not holiday_right("张总，中秋后我去拜访您。", items[CLIENT])
    assert holiday_right("张总，正月十五后我去上海拜访您。", items[CLIENT])


def test_item_specific_traps(items):
    assert not holiday_right("张总，最近加班多，年后再说。", items[CLIENT])      # overtime to a client
    assert not holiday_right("妈，清明快乐！周六见。", items["fu-008"])         # 清明 is not festive
    assert not holiday_right("哈哈哈，妈没事就好。", items["fu-024"])          # laughter at a worried reply
    assert not holiday_right(AUDIT_PARTNER_BAD, items[PARTNER])                # the glued fragment itself


def test_a_birthday_may_name_another_holiday_as_a_time(items):
    assert holiday_right("爷爷，明年国庆一定带回来给您瞧瞧！", items["fu-018"])
    assert not holiday_right("爷爷，中秋快乐，多吃月饼！", items["fu-018"])


# --------------------------------------------------------------------------- grammatical

def test_fragments_glued_from_the_reply_are_rejected(items):
    assert not grammatical(AUDIT_PARTNER_BAD, items[PARTNER])                  # 想吃什 + 啊
    assert not grammatical(AUDIT_TEACHER_BAD, items[TEACHER])                  # 投出去 + 啊 (and stock tail)
    assert not grammatical("李老师，论文投出去啊，有消息告诉您。", items[TEACHER])  # fragment alone
    assert not grammatical("晚上想吃什么？火锅吧！", items[PARTNER])             # copied question word
    assert not grammatical("那边冷不冷啊，我也不知道。", items["fu-046"])        # copied A-not-A
    assert not grammatical("爸，工作忙啊，还行，挺顺的，你呢？", items["fu-003"])  # 工作忙|不忙 cut
    assert grammatical("李老师，投出去了！上周五投的。", items[TEACHER])          # echo answer is fine
    assert grammatical("晚上想吃火锅！我订位子～", items[PARTNER])
    assert grammatical("不冷不冷，带件薄外套就够了～", items["fu-046"])


def test_stock_tail_only_when_asked_how_the_sender_is(items):
    assert not grammatical("张总，好的，还行，挺顺的。", items[CLIENT])
    assert grammatical("还行，挺顺的，就是有点忙，鱼竿到了记得试试！", items["fu-003"])


def test_punctuation_and_ending(items):
    assert not grammatical("今晚六点半下班。。", items["fu-035"])
    assert not grammatical("宝贝，,晚上吃火锅吧！", items[PARTNER])
    assert not grammatical("，晚上吃火锅吧！", items[PARTNER])
    assert not grammatical("晚上吃火锅吧，。", items[PARTNER])
    assert not grammatical("晚上吃火锅吧", items[PARTNER])                    # no ending
    assert grammatical("晚上吃火锅吧🍲", items[PARTNER])                       # an emoji ends it
    assert grammatical("晚上吃火锅吧！！", items[PARTNER])
    assert grammatical("晚上吃火锅吧……", items[PARTNER])
    assert grammatical("晚上吃火锅吧~", items[PARTNER])
    assert not grammatical("", items[PARTNER])


def test_no_verbatim_copy_of_the_reply(items):
    assert not grammatical("哈哈收到啦，你什么时候回家？周五！", items[MOM])
    assert not grammatical("Cheers to that. Team lunch on the 3rd, hotpot!", items["fu-090"])
    assert grammatical("Hotpot for sure, it's freezing out 🍲", items["fu-090"])


def test_language_must_match_the_item(items):
    assert not grammatical("妈，中秋快乐，Happy Mid Autumn Festival！", items[MOM])
    assert grammatical("妈，周五回，顺便给你带个 AI 音箱！", items[MOM])          # one English word is fine
    assert not grammatical("好的，周五见！", items["fu-058"])                    # Chinese in an English item
    assert grammatical("Friday it is, 小李 pays 🍜", items["fu-058"])           # a 2-character name is fine


def test_english_truncated_word_after_a_copied_run(items):
    assert not grammatical("What are you doing tonight? lol", items["fu-174"])
    assert not grammatical("Are you heading ho, yes!", items["fu-108"])


# --------------------------------------------------------------------------- passes, mood, question

def test_passes_reports_every_check():
    item = {"id": "x", "language": "zh", "recipient": "妈", "relation_category": "家人", "question": "when",
            "reply": "你什么时候回家？", "expect": {"answer_kind": "when", "forbidden": ["你呢"],
                                              "holiday_words_ok": ["中秋"], "other_holiday_words": ["过年"],
                                              "register": "intimate", "must_mention_any": []}}
    verdict = passes("妈，周五晚上就到家！", item)
    assert set(verdict) == {"answers", "register", "holiday", "grammatical", "all"}
    assert verdict["all"] is True
    verdict = passes("妈，过年回，你呢？", item)
    assert verdict["holiday"] is False and verdict["all"] is False


def test_happy_acknowledgement_is_not_teasing(items):
    assert mood_right("happy", items[MOM])
    assert not mood_right("teasing", items[MOM])
    assert mood_right("sad", items["fu-073"]) and not mood_right("happy", items["fu-073"])


def test_question_labels_match_exactly_with_the_what_choice_leniency(items):
    assert question_right("when", items[MOM])
    assert not question_right("how_are_you", items[MOM])
    assert question_right("choice", items[PARTNER])
    assert question_right("what", items[PARTNER])            # 晚上想吃什么: what to eat is a choice
    assert question_right("choice", items["fu-037"])         # what are we doing tonight
    assert not question_right("choice", items["fu-139"])     # 哪一章最有用 is not about eating/doing
    assert not question_right("yes_no", items[PARTNER])


# --------------------------------------------------------------------------- satisfiable: good passes, bad fails

HAND_WRITTEN = [
    # (item id, a good suggestion, a bad suggestion)
    (MOM, "妈，这周五下班就回，月饼留一块给我哈～", AUDIT_MOM_BAD_1),
    (PARTNER, "讨厌就讨厌吧😌 晚上去吃那家你念叨好久的日料，我订好位子了！", AUDIT_PARTNER_BAD),
    (CLIENT, "谢谢张总！正月十五后我就去上海拜访您，到时候带上新项目的初步方案。", AUDIT_CLIENT_BAD),
    (TEACHER, "李老师，上周已经投出去了，投的是ACL，有消息第一时间跟您汇报！", AUDIT_TEACHER_BAD),
    ("fu-011", "南站！中午十一点四十到，你在出站口等我就行～", "妈，你在哪个站接我都行，你呢？"),
    ("fu-017", "你妈做了一桌菜，红烧排骨、清蒸鲈鱼，还有你最爱的糖醋藕。明天给你寄一盒好吃的月饼！",
     "你们在家吃的啥啊，还行，挺顺的。"),
    ("fu-010", "外婆，不冷不冷，我穿得可厚了。您腿脚不好就别忙活，等我回去给您捶捶腿。", "外婆，你那边冷不冷？"),
    ("fu-014", "姑姑，我挺好的，工作也顺利，您别操心。过年回去给您拜年！", "姑姑，你也新年快乐！"),
    ("fu-022", "红包已发，拆开看看够不够请你吃顿火锅🧧", "红包呢，还行，挺顺的，你呢？"),
    ("fu-044", "饺子！你包，我擀皮😋", "今晚吃饺子还是汤圆？你定。"),
    ("fu-057", "I'm in! Want me to bring wine or dessert? 🥂", "Merry Christmas to you too, Jake"),
    ("fu-101", "Yes, I'm taking the week between Christmas and New Year's off. Enjoy your break too!",
     "Thanks David, and you?"),
    ("fu-126", "Not yet, Ms. Chen. Our legal team will send feedback by Wednesday.",
     "Not yet lol, gonna look at it tomorrow."),
    ("fu-008", "嗯，外公肯定知道的。周六我早点到，路上给你买份热豆浆。", "妈，清明快乐！哈哈周六见～"),
    ("fu-029", "好，照顾好自己，有空常联系。", "哥，嗯嗯。。"),
    ("fu-098", "张总，华东那块我一定接好。我初七回上海，初八正常上班。", "张总，你也新年快乐！初几回来都行。"),
    ("fu-132", "徐总，电子版和纸质版我都准备一份，电子版今天先发您。", "徐总，都行，您定。"),
    ("fu-164", "I'd love to, Mrs. Wilson! I'll come over around 7 🎄",
     "Merry Christmas to you too, Mrs. Wilson! What about you?"),
    ("fu-028", "妈，今年中秋我们回家陪您和爸过，周五晚上就到～", "妈，我们回老家陪爸妈过个团圆年。"),
    ("fu-093", "还行，不算太忙，你安心带娃，组里有我们呢～", "组里最近忙不忙啊，还行，挺顺的，你呢？"),
    ("fu-174", "Pizza and a horror movie, obviously 🍕", "What are you doing tonight? lol"),
]


def test_at_least_twenty_items_have_hand_written_suggestions():
    assert len({iid for iid, _, _ in HAND_WRITTEN}) >= 20


@pytest.mark.parametrize("item_id,good,bad", HAND_WRITTEN, ids=[h[0] for h in HAND_WRITTEN])
def test_a_good_suggestion_passes_every_check(items, item_id, good, bad):
    verdict = passes(good, items[item_id])
    assert verdict["all"], (item_id, good, verdict)


@pytest.mark.parametrize("item_id,good,bad", HAND_WRITTEN, ids=[h[0] for h in HAND_WRITTEN])
def test_a_bad_suggestion_fails(items, item_id, good, bad):
    verdict = passes(bad, items[item_id])
    assert not verdict["all"], (item_id, bad, verdict)


def test_the_judge_is_deterministic(items):
    for iid, good, bad in HAND_WRITTEN:
        assert passes(good, items[iid]) == passes(good, items[iid])
        assert passes(bad, items[iid]) == passes(bad, items[iid])
