"""Follow-ups that answer what was asked, as the sender would say it to this person (the rule path: what a person
gets whenever the model is down). The replies are the issue's audit cases and their kin."""

from __future__ import annotations

import re

import pytest

from bot.followup.bank import compose_followups_offline
from bot.followup.observe import analyse_rules
from bot.followup.question_kinds import question_kind
from bot.followup.thread import Thread


def suggestions(reply: str, *, name: str, category: str, holiday: str, style: str = "轻松自然",
                greeting: str = "祝你节日快乐，万事顺意！") -> list[str]:
    thread = Thread((("me", greeting), ("them", reply)), style=style, name=name, relation_category=category,
                    holiday=holiday)
    return compose_followups_offline(thread, analyse_rules(greeting, reply))


def test_a_model_line_that_wishes_another_holiday_is_no_follow_up() -> None:
    # "外公，七夕节好！…" in a 春节 thread: a greeting the tiny demo model learned for another day (2026-12-07).
    from bot.followup.bank import listener
    from bot.followup.checks import _fits

    thread = Thread((("me", "小妹元宵快乐！"), ("them", "哈哈谢谢哥，你也快乐")), style="轻松自然", name="小妹",
                    relation_category="家人", holiday="元宵")
    analysis = analyse_rules(*[t for _, t in thread.turns])
    assert _fits("小妹，汤圆记得多吃，元宵快乐！", analysis, "zh", thread.mine(), listener(thread))
    assert not _fits("小妹，汤圆记得多吃，七夕快乐！", analysis, "zh", thread.mine(), listener(thread))
    assert _fits("小妹，汤圆记得多吃，七夕我再回来！", analysis, "zh", thread.mine(), listener(thread))  # named, not wished


@pytest.mark.parametrize("question,kind", [
    ("你什么时候回家？", "when"), ("年后什么时候来上海聊聊新项目？", "when"), ("论文投出去了吗？", "yes_no"),
    ("晚上想吃什么？", "choice"), ("吃饺子还是汤圆？", "choice"), ("周末来家里吃饭吧", "invitation"),
    ("帮我带点特产", "request"), ("最近怎么样？", "how_are_you"), ("你在哪儿过年？", "where"),
    ("最近在忙什么呢", "what"), ("过年回不回来？", "yes_no"),
    ("When are you flying back?", "when"), ("Did you get my package?", "yes_no"),
    ("Wanna come over for dinner?", "invitation"), ("How have you been?", "how_are_you"),
])
def test_the_kind_of_question_is_read(question: str, kind: str) -> None:
    assert question_kind(question, "en" if question.isascii() else "zh") == kind


def test_mom_asking_when_i_come_home_at_mid_autumn_gets_a_time_and_no_spring_festival() -> None:
    texts = suggestions("哈哈收到啦，你什么时候回家？", name="妈", category="家人", holiday="中秋")
    assert texts and all(t.startswith("妈，") for t in texts)
    assert all(any(w in t for w in ("前一天", "周五", "晚上")) for t in texts)  # a time
    assert not any(w in t for t in texts for w in ("初六", "过年", "爸妈", "你呢"))
    assert analyse_rules("祝你中秋快乐", "哈哈收到啦，你什么时候回家？").mood == "happy"


def test_a_client_asking_when_we_come_to_shanghai_gets_a_time_and_the_polite_register() -> None:
    texts = suggestions("谢谢小李，年后什么时候来上海聊聊新项目？", name="王总", category="客户", holiday="春节",
                        style="商务得体")
    assert any("年后" in t and "去上海" in t for t in texts)
    assert not any("加班" in t or "你" in t.replace("您", "") for t in texts)


def test_a_teacher_asking_whether_the_paper_went_out_gets_yes_or_not_yet_whole() -> None:
    texts = suggestions("好孩子，论文投出去了吗？", name="李老师", category="老师", holiday="教师节",
                        style="传统喜庆")
    assert any("论文投出去了" in t for t in texts) and any("还没" in t for t in texts)
    assert not any("投出去啊" in t or "你呢" in t or "挺顺的" in t for t in texts)


def test_a_partner_asking_what_to_eat_gets_a_dish_and_no_half_word() -> None:
    texts = suggestions("讨厌，突然这么肉麻，晚上想吃什么？", name="宝贝", category="恋人", holiday="情人节")
    assert any("晚上想吃" in t for t in texts)
    assert not any("什啊" in t or "想吃什" in t.replace("什么", "") for t in texts)
    assert analyse_rules("情人节快乐，爱你", "讨厌，突然这么肉麻，晚上想吃什么？").mood == "teasing"


def test_an_invitation_is_accepted_or_politely_put_off() -> None:
    texts = suggestions("周末来家里吃饭吧", name="老王", category="朋友", holiday="中秋")
    assert any("一定" in t or "好呀" in t for t in texts) and any("下次" in t for t in texts)
    assert any("月饼" in t for t in texts)  # what one brings at mid-autumn


def test_a_request_is_promised_in_the_senders_words() -> None:
    texts = suggestions("帮我带点你们那的特产", name="小张", category="同事", holiday="国庆")
    assert any("带点我们那的特产" in t for t in texts)  # 你们 → 我们: the sender speaks


@pytest.mark.parametrize("reply,mood", [
    ("太有心了，看哭了", "touched"), ("你别太累了，注意身体", "worried"), ("少来，嘴这么甜", "teasing"),
    ("嗯", "cold"), ("谢谢，也祝你中秋快乐！", "happy"),
])
def test_the_mood_is_read_from_what_they_say(reply: str, mood: str) -> None:
    assert analyse_rules("祝你中秋快乐", reply).mood == mood


def test_a_worried_mother_is_reassured_and_every_suggestion_ends_as_a_sentence() -> None:
    texts = suggestions("你别太累了，注意身体", name="妈", category="家人", holiday="春节", style="传统喜庆")
    assert any("放心" in t for t in texts)
    assert all(t[-1] in "。！？" for t in texts)


def test_english_questions_get_answers_of_their_shape() -> None:
    def en(reply: str, category: str = "朋友") -> list[str]:
        thread = Thread((("me", "Happy holidays, Mia!"), ("them", reply)), name="Mia", language="en",
                        relation_category=category, holiday="圣诞")
        return compose_followups_offline(thread, analyse_rules("Happy holidays, Mia!", reply))

    assert any("Christmas Eve" in t or "23rd" in t for t in en("When are you flying back?"))
    assert any(t.startswith("Yes, Mia, I did") for t in en("Did you get my package?"))  # the yes first
    assert any("sushi" in t for t in en("dinner tonight - thai or sushi?"))
    assert any("count me in" in t.lower() or "love to" in t for t in en("Wanna come over for dinner Friday?"))


def test_grief_that_also_asks_is_answered_gently() -> None:
    texts = suggestions("呜呜 外婆下午走了 我好难受 你几点到家", name="老婆", category="恋人", holiday="春节")
    assert texts and all(t.startswith("老婆，抱抱你，") for t in texts)
    assert any("点" in t for t in texts)  # 几点 asks for a clock time, not a date


def test_the_asker_naming_themself_is_answered_as_you_and_an_errand_is_promised_plainly() -> None:
    grandpa = suggestions("你啥时候带对象回来给爷爷看看？", name="爷爷", category="家人", holiday="春节",
                          style="传统喜庆")
    assert any("给您看看" in t for t in grandpa) and not any("给爷爷看看" in t for t in grandpa)
    brother = suggestions("哈哈行，酒你带，顺便帮我带两箱烟花", name="哥", category="家人", holiday="春节")
    assert any("带两箱烟花" in t for t in brother) and not any("帮你带" in t for t in brother)


def test_a_good_model_answer_is_not_thrown_away_for_a_rule_one() -> None:
    """The checks on model suggestions keep answers a person wrote for the tuning set (0.925 measured; 71% before
    they knew the question's kinds)."""
    from bench.followup_quality import good_answers_accepted

    assert good_answers_accepted() >= 0.88


@pytest.mark.parametrize("question,kind", [
    ("新店开在哪个位置", "where"), ("你是跟谁一起去的", "what"), ("这两款哪个更好看", "choice"), ("周几有空", "when"),
    # Whether we can come, or come home as planned, is a yes or a no; a new plan of theirs is an invitation.
    ("下周家长会你能来吗", "yes_no"), ("晚上回来吃饭吗", "yes_no"), ("周末来家里吃饭", "invitation"),
    ("新工作干得还顺利吧", "how_are_you"), ("这次打算多待几天", "none"),
    ("我们的货还没到", "none"), ("Can you feed the cat on Saturday?", "request"), ("How's your week been?", "how_are_you"),
    ("are you coming to the party or not", "yes_no"), ("Which bakery was it from?", "what"),
])
def test_more_shapes_of_question_are_read(question: str, kind: str) -> None:
    assert question_kind(question, "en" if question.isascii() else "zh") == kind


def test_a_yes_no_answer_repeats_only_the_end_of_a_long_question_never_the_whole_sentence() -> None:
    texts = suggestions("老家那边的新房子装修完了吗？", name="表哥", category="家人", holiday="春节")
    assert not any("老家那边的新房子装修完了" in t for t in texts)
    assert any("装修完了" in t for t in texts)


def test_two_options_said_before_which_one_are_the_options_answered() -> None:
    texts = suggestions("红烧鱼和糖醋排骨哪个更好？我年夜饭做一个", name="妈", category="家人", holiday="春节")
    assert any("红烧鱼" in t or "糖醋排骨" in t for t in texts)


def test_what_only_the_sender_knows_is_kept_for_later_not_made_up_and_not_asked_back() -> None:
    texts = suggestions("你送的那个是哪个牌子的呀", name="姐", category="家人", holiday="春节")
    assert texts and not any(w in t for t in texts for w in ("什么", "一些小事", "？"))


def test_how_they_are_is_answered_before_the_yes_no_around_it() -> None:
    analysis = analyse_rules("祝你新年快乐", "你是不是又天天加班 身体吃得消不")
    assert question_kind(analysis.questions[0]) == "how_are_you"


@pytest.mark.parametrize("reply,done", [("房子收拾好没有？", "收拾好了"), ("作业写完了没", "写完了")])
def test_asked_whether_something_is_done_the_yes_says_it_is_done(reply: str, done: str) -> None:
    texts = suggestions(reply, name="妈", category="家人", holiday="春节")
    assert any(done in t for t in texts), texts
    assert not any("收拾不好" in t for t in texts)


def test_options_offered_as_either_or_are_what_the_answer_picks_from() -> None:
    texts = suggestions("订好假期了 要么去厦门 要么去成都 你挑一个", name="阿琪", category="朋友", holiday="国庆")
    assert texts and all("厦门" in t or "成都" in t for t in texts[:2])


def test_asked_when_something_will_be_ready_the_answer_is_a_time_ahead_not_one_gone_by() -> None:
    texts = suggestions("谢谢。上次说的报价什么时候能发个正式的？", name="王总", category="客户", holiday="中秋",
                        style="商务得体")
    assert texts and not any(w in t for t in texts for w in ("上个月", "上周", "月初就"))


def test_an_emoji_in_the_question_is_not_carried_into_the_answer() -> None:
    texts = suggestions("那我几点去你家😆", name="阿杭", category="恋人", holiday="七夕")
    assert texts and not any("😆" in t for t in texts)


def test_an_english_either_or_is_answered_with_one_of_its_options_whole() -> None:
    texts = suggestions("yes!! Toy Story or Frozen first", name="Mia", category="朋友", holiday="圣诞",
                        greeting="Merry Christmas!")
    assert texts and all("Toy Story" in t or "Frozen" in t for t in texts)
    assert not any(t.split(", ", 1)[-1].lower().startswith("story") for t in texts)


def test_asked_how_they_are_in_english_the_answer_glues_no_piece_of_the_question() -> None:
    texts = suggestions("crazy week here. you settling in ok at the new place?", name="Wei", category="朋友",
                        holiday="圣诞", greeting="Merry Christmas!")
    assert texts and not any("settling in ok" in t for t in texts)


@pytest.mark.parametrize("question,kind", [
    ("come watch us play on Friday", "invitation"), ("We're hosting a brunch, you should stop by", "invitation"),
    ("hang it by the door or we're not friends", "request"), ("明天的会别迟到", "request"),
    ("好多年没学生记得了", "none"),  # 记得了 is being remembered, not an errand
    ("初三或者初五", "choice"), ("新工作顺不顺手", "how_are_you"),
])
def test_more_kinds_of_question_are_read(question: str, kind: str) -> None:
    assert question_kind(question, "en" if question.isascii() else "zh") == kind


def test_an_a_not_a_question_is_answered_with_the_verb_once() -> None:
    texts = suggestions("今年又腌了腊肉 过两天寄 收货地址变没变", name="姑姑", category="家人", holiday="春节")
    assert texts and not any("变没变" in t or "有没有" in t for t in texts)


def test_a_dish_they_want_from_us_is_promised_not_echoed() -> None:
    texts = suggestions("我想吃你做的糖醋排骨", name="小K", category="朋友", holiday="春节")
    assert texts and all("糖醋排骨" in t for t in texts) and not any("你想吃我做的" in t for t in texts)


def test_asked_to_come_over_and_teach_the_answer_goes_there() -> None:
    texts = suggestions("就是不会用 你哪天过来教教我", name="妈", category="家人", holiday="春节")
    assert texts and not any("哪天过来" in t for t in texts)


def test_a_bare_not_yet_is_an_answer_and_the_real_question_after_it_is_answered() -> None:
    texts = suggestions("还没 你上回说的那家温泉叫啥地方来着", name="小蒋", category="朋友", holiday="元旦")
    assert texts and not any("还了" in t or "还没呢，还在弄" in t for t in texts)


def test_asked_to_help_choose_a_gift_the_answer_names_one() -> None:
    texts = suggestions("抽到老板了 头大 你帮我想想送啥", name="小唐", category="朋友", holiday="圣诞")
    assert texts and not any("想想送啥" in t for t in texts)


@pytest.mark.parametrize("reply", ["又乱买 你们几点到", "都包的啥馅", "好孩子 初二你俩回来吗"])
def test_a_mother_in_law_greeted_with_nin_is_answered_with_nin(reply: str) -> None:
    # Our greeting said 您 to her: the follow-up keeps that voice, whatever the rules think of 妈.
    out = suggestions(reply, name="妈", category="家人", holiday="春节", greeting="妈，新年好！给您和爸拜年了！")
    assert out and all("你" not in s.replace("你们", "") for s in out)


def test_an_english_reply_that_is_sad_and_asks_is_answered_gently() -> None:
    out = suggestions("it's fine. well, not fine. wanna grab a beer this weekend? could use a distraction",
                      name="Ryan", category="朋友", holiday="七夕", greeting="Happy Qixi, Ryan!")
    assert len(out) >= 2 and all("sorry" in s for s in out)
    assert any(w in s.lower() for s in out for w in ("count me in", "i'd love to"))  # the beer is accepted


def test_an_english_yes_or_no_comes_before_the_name_and_the_options_lose_their_verbs() -> None:
    yes_no = suggestions("Noted. Is the container still scheduled to ship on the 6th?", name="Mr. Patel",
                         category="客户", holiday="春节", greeting="Happy New Year, Mr. Patel!")
    assert yes_no and all(s.startswith(("Yes, Mr. Patel", "No, Mr. Patel")) for s in yes_no)
    picks = suggestions("So do we. Would the 12th or the 14th suit your team better?", name="Mr. Patel",
                        category="客户", holiday="圣诞", greeting="Merry Christmas!")
    assert not any("would the" in s.lower() or "suit your" in s for s in picks)


def test_a_birthday_thread_wound_down_wishes_a_happy_birthday_not_a_happy_new_year() -> None:
    out = suggestions("嗯嗯", name="小凯", category="家人", holiday="生日", greeting="小凯生日快乐！")
    assert out and not any(w in s for s in out for w in ("新年快乐", "新年大吉", "过年好"))


def test_what_to_eat_is_answered_with_picks_said_not_asked_back() -> None:
    out = suggestions("那你想吃点啥 我提前去菜市场", name="爸", category="家人", holiday="中秋", greeting="爸，中秋快乐！")
    assert len(out) >= 2 and not any("？" in s for s in out)


@pytest.mark.parametrize("holiday", ["七夕", "情人节", "圣诞", "冬至"])
def test_a_when_at_a_one_day_holiday_names_the_time_of_day_or_the_week(holiday: str) -> None:
    out = suggestions("你哪天能过来", name="阿浩", category="恋人", holiday=holiday, greeting="节日快乐！")
    assert out and all(re.search(r"晚上|上午|下午|今晚|周末|周[一二三四五六日]", s) for s in out)


@pytest.mark.parametrize("question,kind", [
    ("你猜是哪个城市", "where"), ("你猜我现在在哪个医院", "where"), ("你知道这是哪吗", "where"),  # a guess at a place
    ("你猜我抽到谁了 不是小吴就是老邓", "choice"), ("这个灯谜打一字", "what"), ("哪儿方便你定", "where"),
    ("不忙不忙 你们几点的车", "when"), ("你在新公司咋样", "how_are_you"), ("一个人住的惯吗", "how_are_you"),
    ("你妈最近血糖稳不稳", "how_are_you"), ("她问你元宵回家吃饭不", "yes_no"), ("明年的合同你续不续", "yes_no"),
    ("周末回来吃不", "invitation"), ("周末来我家吃饭不", "invitation"), ("你来不来", "invitation"),
    ("麻烦下周派个人过来", "request"), ("报告周五前交", "request"), ("你也打一个", "request"),
    ("drinks after work, you're coming right?", "invitation"), ("are you free saturday?", "invitation"),
    ("guess what color the cake was", "what"), ("he's letting me choose: sushi or the night market", "choice"),
    ("How is your mom's hip doing?", "how_are_you"),
])
def test_guesses_family_health_and_flat_asks_are_read(question: str, kind: str) -> None:
    assert question_kind(question, "en" if question.isascii() else "zh") == kind


@pytest.mark.parametrize("reply,options", [
    ("要么吃烤鸭要么在家吃你做的", ("烤鸭", "你做的")), ("看电影或者在家打牌 两个都想", ("电影", "打牌")),
])
def test_the_options_offered_are_the_ones_picked(reply: str, options: tuple[str, str]) -> None:
    texts = suggestions(reply, name="宝", category="恋人", holiday="元旦", greeting="新年快乐！跨年夜想怎么过？")
    assert texts and all(any(o in t for o in options) for t in texts)


@pytest.mark.parametrize("question,kind", [
    ("听说你换工作了 现在怎么样", "how_are_you"), ("毕业以后一切还顺吗", "how_are_you"), ("生活顺当不", "how_are_you"),
    ("开题报告准备得怎样了", "what"), ("给你寄点还是你自己来拿", "choice"), ("哪家火锅", "where"),
    ("你现在在哪高就", "where"), ("你有没有兴趣来给新生讲讲", "invitation"), ("明年你回来咱俩一起包", "invitation"),
    ("你有没有兴趣牵头", "yes_no"),  # to take something on, not to come
    ("快来接我", "request"), ("假期手机保持畅通", "request"), ("下周带孩子来复查", "request"),
    ("can you come with us to the clinic?", "request"), ("grab a mooncake for me", "request"),
    ("pizza night at my place?", "invitation"), ("Could you confirm the date before Friday?", "request"),
])
def test_news_of_them_alternatives_and_small_asks_are_read(question: str, kind: str) -> None:
    assert question_kind(question, "en" if question.isascii() else "zh") == kind


@pytest.mark.parametrize("reply,kind", [("冲！哪家酒吧", "where"), ("对 那你们那边粽子一般包啥馅", "what"),
                                        ("给你留了最大的几个 啥时候回来摘", "when")])  # "the biggest few" asks nothing
def test_a_question_without_a_question_mark_is_still_one(reply: str, kind: str) -> None:
    questions = analyse_rules("节日快乐！", reply).questions
    assert [question_kind(q) for q in questions] == [kind]


@pytest.mark.parametrize("question,kind", [
    ("车票买的几点的", "when"), ("出 地方交给你", "where"), ("赶紧挪地方", "request"),
    ("你现在研究什么方向", "what"), ("年终述职准备得怎样了", "what"),
])
def test_a_time_a_place_left_to_us_and_news_of_their_work(question: str, kind: str) -> None:
    assert question_kind(question) == kind


@pytest.mark.parametrize("reply", ["约啥会 在赶投标书", "有事又能怎样 你又不能过来", "退啥休 学校返聘了"])
def test_rhetorical_what_asks_nothing(reply: str) -> None:
    assert analyse_rules("节日快乐！", reply).questions == ()


def test_a_request_with_a_tag_question_is_promised_without_it() -> None:
    texts = suggestions("到了到了 舅舅你下次来帮我拼城堡好不好", name="小雨点", category="家人", holiday="生日")
    assert texts and not any("好不好" in t for t in texts)


def test_an_english_birthday_thread_winds_down_without_a_new_year() -> None:
    thread = Thread((("me", "Happy birthday Dev! the team signed a card for you"), ("them", "ty.")), style="轻松自然",
                    name="Dev", relation_category="同事", holiday="生日", language="en")
    texts = compose_followups_offline(thread, analyse_rules(*[t for _, t in thread.turns]))
    assert texts and not any("new year" in t.lower() for t in texts)


@pytest.mark.parametrize("text", [
    "小妹，你好！值此元宵佳节，向你致以诚挚的问候。",  # the greeting sent again: a tiny model's favourite
    "好呀，元宵节快乐！愿你新的一年。你",  # cut off after a sentence
    "放心吧，我到时候，",  # a clause with nothing after it
])
def test_a_model_line_that_greets_again_or_is_cut_off_is_no_follow_up(text: str) -> None:
    from bot.followup.bank import listener
    from bot.followup.checks import _fits

    thread = Thread((("me", "小妹元宵快乐！"), ("them", "哈哈谢谢哥，今晚吃汤圆了吗")), style="轻松自然", name="小妹",
                    relation_category="家人", holiday="元宵")
    analysis = analyse_rules(*[t for _, t in thread.turns])
    assert not _fits(text, analysis, "zh", thread.mine(), listener(thread))
    assert _fits("吃了，芝麻馅的，你呢？", analysis, "zh", thread.mine(), listener(thread))  # a real answer passes


@pytest.mark.parametrize("question,kind", [
    ("有空帮他看看简历", "request"), ("假期手机开着", "request"), ("妈你寄点钱呗", "request"), ("你到了打电话", "request"),
    ("年后那个报价单麻烦再更新一版", "request"), ("你们1号之前给个方案", "request"), ("样品能不能这周寄过来", "request"),
    ("你们过得好就行", "none"),  # contentment, not an order
    ("你开车还是我开", "choice"), ("今年过年回来待几天", "what"), ("你们什么时候再回来住几天", "when"),
    ("说下次你也一起", "invitation"), ("come to the lion dance with us sunday?", "invitation"),
    ("you pick the spot", "where"), ("How's the knee holding up these days?", "how_are_you"),
    ("Can you come over Saturday and help me set it up?", "request"),
])
def test_favours_deadlines_and_who_does_it(question: str, kind: str) -> None:
    assert question_kind(question, "en" if question.isascii() else "zh") == kind


def test_a_request_asked_with_can_you_is_promised_without_the_question_words() -> None:
    texts = suggestions("那份报价明天能不能给我", name="赵总", category="客户", holiday="元旦")
    assert texts and not any("能不能" in t for t in texts)


def test_a_place_asked_is_answered_with_a_place_of_that_kind_and_no_word_left_half() -> None:
    texts = suggestions("谢谢 周五跟客户的会定在哪了", name="高总", category="领导", holiday="元旦", style="商务得体")
    assert texts and all("会议室" in t or "客户公司" in t for t in texts) and not any("家里" in t for t in texts)
    texts = suggestions("冲！哪家酒吧", name="小乔", category="朋友", holiday="圣诞")
    assert texts and all("酒吧" in t and "那家酒，" not in t for t in texts)
    texts = suggestions("票是哪个场馆的", name="邱总", category="客户", holiday="国庆", style="商务得体")
    assert texts and not any("哪" in t or "个场馆" in t for t in texts)


def test_advice_asked_is_given_as_advice_and_a_thing_owed_is_promised_back() -> None:
    advice = suggestions("孩子上初中了 你说暑假该让他先学点啥", name="周姐", category="friend", holiday="春节")
    assert all(re.search(r"学(?:基础课|英语|编程)", s) and "快收尾" not in s for s in advice)
    owed = suggestions("那你把借我的相机还了吧😏", name="阿杰", category="friend", holiday="春节")
    assert any("把借你的相机还上" in s for s in owed) and not any("😏" in s or "还了吧" in s for s in owed)


def test_an_errand_for_you_all_loses_its_subject_whole() -> None:
    said = suggestions("你们早点到", name="妈", category="family", holiday="春节")
    assert not any(re.search(r"[，。！]们", s) or "一定们" in s for s in said)


def test_an_option_or_a_place_is_said_back_short_never_the_whole_question() -> None:
    knot = suggestions("这红绳是系手腕上还是系脚脖子上", name="王奶奶", category="other", holiday="端午")
    assert knot[0].startswith("王奶奶，系手腕上") and not any("红绳是" in s for s in knot)
    place = suggestions("谢谢 下午跟供应商的会定在哪了", name="高总", category="boss", holiday="春节")
    assert all("跟供应商的会" not in s and "会定在" in s for s in place)
    mine = suggestions("那行 快递寄老家还是我这", name="哥", category="family", holiday="春节")
    assert any("你那" in s for s in mine) and not any("你这" in s for s in mine)


def test_options_told_before_which_one_are_the_ones_picked() -> None:
    picked = suggestions("还剩豆沙和鲜肉的各一盒 你要哪个", name="小潘", category="colleague", holiday="端午")
    assert all(("豆沙" in s or "鲜肉" in s) and "我！" not in s for s in picked)


def test_an_english_either_or_of_plans_is_answered_with_what_we_will_be_doing() -> None:
    thread = Thread((("me", "Happy holidays!"), ("them", "Are you visiting your parents for Christmas or staying in town?")),
                    style="轻松自然", name="Anna", language="en", relation_category="friend", holiday="圣诞")
    said = compose_followups_offline(thread, analyse_rules("Happy holidays!", thread.turns[-1][1]))
    assert any("I'll be visiting my parents" in s or "I'll be staying in town" in s for s in said)
    assert not any(s.endswith("for Christmas, definitely!") for s in said)


def test_the_time_of_a_train_is_said_as_one_and_a_filling_asked_is_named() -> None:
    train = suggestions("初三几点的车啊 我去接你", name="妈", category="family", holiday="春节")
    assert all(re.search(r"(?:点|那趟)", s) and "就的车" not in s for s in train)
    filling = suggestions("什么馅的呀", name="小雨", category="partner", holiday="元宵")
    assert all(re.search(r"黑芝麻|花生|豆沙", s) and "说来话长" not in s for s in filling)


def test_what_they_opened_is_taken_up_without_their_emoji() -> None:
    said = suggestions("谁跟你俩 我今晚有约了😎", name="小丁", category="colleague", holiday="情人节")
    assert not any("😎" in s for s in said)


def test_asked_our_leave_the_answer_grants_it_and_never_says_not_yet() -> None:
    said = suggestions("今晚要陪客户 能不能改成明晚", name="老公", category="partner", holiday="七夕")
    assert all("还没" not in s for s in said) and any("改成明晚" in s for s in said)


def test_an_invitation_with_a_time_is_accepted_for_that_time_not_another() -> None:
    said = suggestions("同喜 节后第一周过来厂里坐坐", name="陈总", category="client", holiday="春节")
    assert any("节后第一周" in s for s in said) and not any(re.search(r"除夕|腊月|小年", s) for s in said)


def test_granting_leave_leaves_no_half_of_the_a_not_a_question_behind() -> None:
    said = suggestions("我初三 跟你换初六行不行", name="小邓", category="colleague", holiday="春节")
    assert any("跟我换初六" in s for s in said) and not any("初六行" in s for s in said)
