"""Schedule requests in chat: which messages are schedules, and what each one asks for."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.scheduling.text import DEFAULT_TIME, ScheduleSpec, parse_schedule
from bot.scheduling.when import parse_time_of_day

TODAY = date(2026, 6, 1)


def spec(**fields: object) -> ScheduleSpec:
    """A spec with the quiet defaults: no day, 09:00 given, nobody, not recurring, no preview, no style."""
    base: dict[str, object] = {
        "holiday": None, "on_date": None, "at": DEFAULT_TIME, "to_this_chat": False, "recipients": (),
        "recurring": False, "preview": False, "style": None, "time_given": True,
    }
    return ScheduleSpec(**{**base, **fields})  # type: ignore[arg-type]


# Messages that are schedules ----------------------------------------------------------------------

SCHEDULES: list[tuple[str, ScheduleSpec]] = [
    # Holidays as the send day, Chinese times of day.
    ("除夕晚上8点给这个群发拜年祝福", spec(holiday="除夕", at=time(20, 0), to_this_chat=True)),
    ("给张总、老王和小林各发一条春节祝福，早上9点，先给我看看",
     spec(holiday="春节", at=time(9, 0), recipients=("张总", "老王", "小林"), preview=True)),
    ("中秋节下午3点发给李老师和Jake", spec(holiday="中秋", at=time(15, 0), recipients=("李老师", "Jake"))),
    ("中秋节早上九点给王阿姨发，传统一点",
     spec(holiday="中秋", at=time(9, 0), recipients=("王阿姨",), style="传统喜庆")),
    ("除夕夜八点一刻给群里发，轻松一点", spec(holiday="除夕", at=time(20, 15), to_this_chat=True, style="轻松自然")),
    ("发之前给我看，元宵节晚上7点给爸妈发", spec(holiday="元宵", at=time(19, 0), recipients=("爸妈",), preview=True)),
    ("每年春节中午12点给群里大家发", spec(holiday="春节", at=time(12, 0), to_this_chat=True, recurring=True)),
    ("每逢中秋傍晚6点半给老王推送祝福", spec(holiday="中秋", at=time(18, 30), recipients=("老王",), recurring=True)),
    ("除夕零点发到这里", spec(holiday="除夕", at=time(0, 0), to_this_chat=True)),
    ("春节20:00给大家发，先预览", spec(holiday="春节", at=time(20, 0), to_this_chat=True, preview=True)),
    ("给张总，老王发拜年微信，晚上8点", spec(holiday="春节", at=time(20, 0), recipients=("张总", "老王"))),
    ("给张总及小林还有老王晚上8点发", spec(at=time(20, 0), recipients=("张总", "小林", "老王"))),
    # Times without a holiday, and the edge readings of the clock.
    ("8点半给老王发", spec(at=time(8, 30), recipients=("老王",))),
    ("下午三点半发给张总", spec(at=time(15, 30), recipients=("张总",))),
    ("晚上12点给大家发", spec(at=time(0, 0), to_this_chat=True)),
    ("晚上十二点给大家发", spec(at=time(0, 0), to_this_chat=True)),
    ("午夜给大家推送", spec(at=time(0, 0), to_this_chat=True)),
    ("十二点给小林发", spec(at=time(12, 0), recipients=("小林",))),
    ("给Jake和Amy晚上8点发中秋祝福", spec(holiday="中秋", at=time(20, 0), recipients=("Jake", "Amy"))),
    # A holiday named as the day is enough without a time: the caller then asks for one.
    ("每年春节给群里大家发", spec(holiday="春节", to_this_chat=True, recurring=True, time_given=False)),
    ("春节当天给张总发祝福", spec(holiday="春节", recipients=("张总",), time_given=False)),
    ("帮我在除夕给张总发一条拜年微信", spec(holiday="除夕", recipients=("张总",), time_given=False)),
    # Explicit dates, rolled to next year once this year's has passed.
    ("12月31日晚上11点给这个群发", spec(on_date=date(2026, 12, 31), at=time(23, 0), to_this_chat=True)),
    ("3月1日早上8点给老王发", spec(on_date=date(2027, 3, 1), at=time(8, 0), recipients=("老王",))),
    ("2027-01-01 20:00 发到群里", spec(on_date=date(2027, 1, 1), at=time(20, 0), to_this_chat=True)),
    ("明天中午12点给王阿姨发", spec(on_date=date(2026, 6, 2), at=time(12, 0), recipients=("王阿姨",))),
    ("今晚8点给老王发拜年微信", spec(on_date=TODAY, at=time(20, 0), recipients=("老王",))),
    # English.
    ("send a Spring Festival greeting to this group at 8pm on New Year's Eve",
     spec(holiday="除夕", at=time(20, 0), to_this_chat=True)),
    ("schedule Mid-Autumn greetings for Jake and Amy at 9am",
     spec(holiday="中秋", at=time(9, 0), recipients=("Jake", "Amy"))),
    ("send to Amy at 8pm on December 31st", spec(on_date=date(2026, 12, 31), at=time(20, 0), recipients=("Amy",))),
    ("send it to Amy at 9am, decide 3 things later", spec(at=time(9, 0), recipients=("Amy",))),
    ("send greetings to Jake, Amy and Bob at 8:30pm on Christmas",
     spec(holiday="圣诞", at=time(20, 30), recipients=("Jake", "Amy", "Bob"))),
    ("every Spring Festival send a formal greeting to everyone at 9am, preview first",
     spec(holiday="春节", at=time(9, 0), to_this_chat=True, recurring=True, preview=True, style="商务得体")),
    ("tomorrow at noon send a greeting to Amy", spec(on_date=date(2026, 6, 2), at=time(12, 0), recipients=("Amy",))),
    ("7:30 am on Jan 1 send to this chat", spec(on_date=date(2027, 1, 1), at=time(7, 30), to_this_chat=True)),
    # The /schedule command needs no send verb.
    ("/schedule 除夕 20:00 本群", spec(holiday="除夕", at=time(20, 0), to_this_chat=True)),
    ("/schedule 春节 给张总 发之前给我看", spec(holiday="春节", recipients=("张总",), preview=True, time_given=False)),
]


@pytest.mark.parametrize(("text", "expected"), SCHEDULES, ids=[t for t, _ in SCHEDULES])
def test_a_schedule_request_is_read_into_its_spec(text: str, expected: ScheduleSpec) -> None:
    assert parse_schedule(text, today=TODAY) == expected


# Messages that are not ----------------------------------------------------------------------------

NOT_SCHEDULES = [
    "帮我给张总写条拜年微信",
    "给张总写条拜年微信，商务得体",
    "给老王发一条中秋祝福",  # a send verb and a holiday, but the holiday names the greeting, not the day
    "今天给张总发条拜年微信",
    "短一点",
    "再正式一点",
    "长一点，加上我们一起加班到凌晨两点的事",
    "我们一起加班到凌晨两点，帮我给他发一条",  # "until 2 a.m." is history, not a send time
    "8点了，快帮我写",
    "我发小老王下午3点到",  # 发小 is a friend, not a send verb
    "谢谢，很好",
    "Write a Spring Festival greeting for my boss",
    "send it now",
    "Happy new year!",
    "/schedule",
    "/schedule   ",
    "/schedule hello",
    "",
]


@pytest.mark.parametrize("text", NOT_SCHEDULES)
def test_a_message_without_the_send_later_shape_is_not_a_schedule(text: str) -> None:
    assert parse_schedule(text, today=TODAY) is None


# Pieces read on their own -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("晚上8点", time(20, 0)), ("早上9点", time(9, 0)), ("8点半", time(8, 30)), ("20:00", time(20, 0)),
        ("20：30", time(20, 30)), ("零点", time(0, 0)), ("午夜", time(0, 0)), ("中午12点", time(12, 0)),
        ("中午1点", time(13, 0)), ("下午3点", time(15, 0)), ("晚上一点", time(1, 0)), ("凌晨两点", time(2, 0)),
        ("八点十五分", time(8, 15)), ("8点05分", time(8, 5)), ("8pm", time(20, 0)), ("12am", time(0, 0)),
        ("at noon", time(12, 0)), ("midnight", time(0, 0)), ("9 o'clock", time(9, 0)),
    ],
)
def test_times_of_day_read_as_wall_clock_times(text: str, expected: time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize("text", ["短一点", "正式一点", "好的", "2小时后", "什么时候"])
def test_words_that_only_look_like_clock_times_are_not_times(text: str) -> None:
    assert parse_time_of_day(text) is None


def test_a_date_already_passed_this_year_rolls_to_next_year_and_one_still_ahead_stays() -> None:
    late = parse_schedule("6月1日晚上8点给大家发", today=date(2026, 6, 2))
    same_day = parse_schedule("6月1日晚上8点给大家发", today=date(2026, 6, 1))
    assert late is not None and late.on_date == date(2027, 6, 1)
    assert same_day is not None and same_day.on_date == date(2026, 6, 1)


def test_an_impossible_date_is_ignored_rather_than_guessed() -> None:
    s = parse_schedule("2月30日晚上8点给老王发", today=TODAY)
    assert s is not None and s.on_date is None and s.at == time(20, 0)


def test_a_schedule_without_a_time_keeps_the_default_time_and_says_so() -> None:
    s = parse_schedule("每年除夕给群里大家发", today=TODAY)
    assert s is not None and (s.at, s.time_given) == (DEFAULT_TIME, False)


def test_targets_and_greeting_words_never_become_recipients() -> None:
    s = parse_schedule("除夕晚上8点给这个群里大家各发一条祝福消息", today=TODAY)
    assert s is not None and s.to_this_chat and s.recipients == ()


def test_another_group_is_not_this_chat() -> None:
    s = parse_schedule("除夕晚上8点发到家族群", today=TODAY)
    assert s is not None and not s.to_this_chat


def test_recurring_and_preview_flags_are_independent() -> None:
    yearly = parse_schedule("每年中秋晚上8点给大家发", today=TODAY)
    previewed = parse_schedule("中秋晚上8点给大家发，发之前给我看", today=TODAY)
    assert yearly is not None and (yearly.recurring, yearly.preview) == (True, False)
    assert previewed is not None and (previewed.recurring, previewed.preview) == (False, True)


# describe() ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("除夕晚上8点给这个群发，每年都发", "除夕 20:00 · 发到本群 · 每年"),
        ("春节早上9点给张总、老王和小林各发一条，先预览", "春节 09:00 · 张总、老王、小林 · 先预览"),
        ("每年春节给群里大家发", "春节 时间待定 · 发到本群 · 每年"),
        ("12月31日晚上11点给这个群发，喜庆一点", "2026年12月31日 23:00 · 发到本群 · 传统喜庆"),
        ("8点半给老王发", "日期待定 08:30 · 老王"),
        ("元旦0点群发", "元旦 00:00 · 发给谁待定"),
    ],
)
def test_describe_summarises_a_spec_in_one_chinese_line(text: str, summary: str) -> None:
    s = parse_schedule(text, today=TODAY)
    assert s is not None and s.describe() == summary


def test_an_explicit_date_is_the_send_day_and_leaves_no_holiday_to_fire_on() -> None:
    # Consumers fire on `holiday` when it is set; a holiday word here only names the greeting.
    s = parse_schedule("12月31日晚上11点给这个群发元旦祝福", today=TODAY)
    assert s is not None and (s.on_date, s.holiday) == (date(2026, 12, 31), None)
