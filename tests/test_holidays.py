"""Holiday names, aliases and lunar-calendar dates.

Every pinned date below was checked against lunar_python and against published calendars.
"""

from datetime import date

import pytest
from lunar_python import Solar

from bot.domain import Holiday
from bot.writing.holidays import (
    CANONICAL,
    UnknownHoliday,
    canonical_name,
    english_name,
    find_holiday,
    holidays_in_year,
    next_holiday,
    resolve,
)

# Spring Festival ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "spring", "eve", "zodiac"),
    [
        (2026, date(2026, 2, 17), date(2026, 2, 16), "马"),
        (2027, date(2027, 2, 6), date(2027, 2, 5), "羊"),
        (2028, date(2028, 1, 26), date(2028, 1, 25), "猴"),
    ],
)
def test_spring_festival_and_its_eve_fall_on_the_lunar_new_year(year, spring, eve, zodiac):
    festival, new_years_eve = resolve("春节", date(year, 1, 1)), resolve("除夕", date(year, 1, 1))
    assert (festival.date, festival.zodiac) == (spring, zodiac)
    assert (new_years_eve.date, new_years_eve.zodiac) == (eve, zodiac)


def test_the_year_of_the_goat_is_ding_wei():
    assert resolve("春节", date(2027, 1, 1)).ganzhi == "丁未"


def test_new_years_eve_is_the_29th_when_the_twelfth_lunar_month_is_short():
    eve = resolve("除夕", date(2026, 1, 1)).date
    assert eve == date(2026, 2, 16)
    lunar = Solar.fromYmd(eve.year, eve.month, eve.day).getLunar()
    assert (lunar.getMonth(), lunar.getDayInChinese()) == (12, "廿九")


def test_a_greeting_sent_on_new_years_eve_is_for_the_coming_year():
    eve = resolve("除夕", date(2027, 2, 5))
    assert (eve.date, eve.zodiac, eve.ganzhi) == (date(2027, 2, 5), "羊", "丁未")


def test_on_new_years_eve_the_spring_festival_is_tomorrow():
    spring = resolve("春节", date(2027, 2, 5))
    assert (spring.date, spring.zodiac) == (date(2027, 2, 6), "羊")


def test_lantern_festival_is_the_fifteenth_of_the_first_month():
    lantern = resolve("元宵", date(2027, 1, 1))
    assert (lantern.date, lantern.zodiac) == (date(2027, 2, 20), "羊")


# Other dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "today", "expected"),
    [
        ("端午", date(2025, 1, 1), date(2025, 5, 31)),
        ("端午", date(2026, 1, 1), date(2026, 6, 19)),
        ("中秋", date(2026, 1, 1), date(2026, 9, 25)),
        ("中秋", date(2027, 1, 1), date(2027, 9, 15)),
        ("重阳", date(2025, 1, 1), date(2025, 10, 29)),
        ("重阳", date(2026, 1, 1), date(2026, 10, 18)),
        ("冬至", date(2025, 1, 1), date(2025, 12, 21)),
        ("冬至", date(2026, 1, 1), date(2026, 12, 22)),
    ],
)
def test_lunar_and_solar_term_holidays_land_on_their_known_dates(name, today, expected):
    assert resolve(name, today).date == expected


@pytest.mark.parametrize("year", [2025, 2026, 2027, 2030])
def test_national_day_is_always_october_first(year):
    assert resolve("国庆", date(year, 1, 1)).date == date(year, 10, 1)


@pytest.mark.parametrize(
    ("name", "month_day"), [("元旦", (1, 1)), ("劳动节", (5, 1)), ("国庆", (10, 1)), ("圣诞", (12, 25))]
)
def test_fixed_gregorian_holidays_keep_their_day(name, month_day):
    assert resolve(name, date(2031, 1, 1)).date == date(2031, *month_day)


def test_resolve_on_the_day_itself_returns_that_day():
    assert resolve("中秋", date(2027, 9, 15)).date == date(2027, 9, 15)


@pytest.mark.parametrize(
    ("name", "day_after", "next_one"),
    [
        ("中秋", date(2026, 9, 26), date(2027, 9, 15)),
        ("春节", date(2026, 2, 18), date(2027, 2, 6)),
        ("元旦", date(2027, 1, 2), date(2028, 1, 1)),
        ("冬至", date(2026, 12, 23), date(2027, 12, 22)),
    ],
)
def test_resolve_on_the_day_after_gives_next_years_occurrence(name, day_after, next_one):
    assert resolve(name, day_after).date == next_one


def test_laba_of_the_old_lunar_year_is_found_in_january():
    # 腊八 of lunar year 2026 falls on 2027-01-15; the one after it, of lunar 2027, on 2028-01-04.
    assert resolve("腊八", date(2027, 1, 1)).date == date(2027, 1, 15)
    assert resolve("腊八", date(2027, 1, 16)).date == date(2028, 1, 4)


def test_little_new_year_is_the_23rd_of_the_twelfth_month_and_keeps_the_old_zodiac():
    little = resolve("小年", date(2027, 1, 1))
    assert (little.date, little.zodiac) == (date(2027, 1, 30), "马")


def test_birthday_has_no_date_of_its_own_so_it_is_today():
    assert resolve("生日", date(2026, 7, 3)) == Holiday("生日", date(2026, 7, 3))


def test_resolving_an_unknown_name_raises():
    with pytest.raises(UnknownHoliday):
        resolve("xyz", date(2026, 1, 1))
    assert issubclass(UnknownHoliday, ValueError)


# Zodiac -------------------------------------------------------------------------------------------


def test_only_the_spring_family_may_name_the_zodiac_year():
    relevant = {h.name for h in holidays_in_year(2027) if h.zodiac_relevant}
    assert relevant == {"除夕", "春节", "元宵"}


def test_other_holidays_use_the_lunar_year_of_their_date():
    assert resolve("中秋", date(2027, 1, 1)).zodiac == "羊"
    assert resolve("元旦", date(2026, 12, 1)).zodiac == "马"  # 2027-01-01 is still the Horse year


# Default and listing ------------------------------------------------------------------------------


def test_next_holiday_in_late_november_is_new_years_day():
    assert next_holiday(date(2026, 11, 23)) == resolve("元旦", date(2027, 1, 1))


def test_next_holiday_after_new_years_day_is_the_spring_festival():
    chosen = next_holiday(date(2027, 1, 2))
    assert (chosen.name, chosen.date, chosen.zodiac) == ("春节", date(2027, 2, 6), "羊")


def test_holidays_in_year_lists_each_dated_holiday_once_in_date_order():
    listed = holidays_in_year(2027)
    dates = [h.date for h in listed]
    assert dates == sorted(dates)
    assert all(d.year == 2027 for d in dates)
    assert Holiday("除夕", date(2027, 2, 5), "羊", "丁未", True) in listed
    assert sorted(h.name for h in listed) == sorted(n for n in CANONICAL if n != "生日")


# Names and aliases --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "name"),
    [("拜年", "春节"), ("新年", "春节"), ("CNY", "春节"), ("Lunar New Year", "春节"), ("年夜饭", "除夕"),
     ("Chinese New Year's Eve", "除夕"), ("New Year's Eve", "元旦"), ("灯节", "元宵"), ("端阳", "端午"), ("五一", "劳动节"), ("Christmas", "圣诞"),
     ("  mid-autumn ", "中秋"), ("New Year’s Day", "元旦")],
)
def test_canonical_name_maps_aliases_in_both_languages(word, name):
    assert canonical_name(word) == name


def test_every_canonical_name_is_its_own_alias():
    assert all(canonical_name(name) == name for name in CANONICAL)


def test_canonical_name_of_an_unknown_word_is_none():
    assert canonical_name("植树节") is None
    assert canonical_name("") is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("帮我给张总写条拜年微信", "春节"),
        ("write a Mid-Autumn note for my mom", "中秋"),
        ("年三十晚上发", "除夕"),
        ("大年三十给爸妈打电话", "除夕"),
        ("元旦快乐", "元旦"),
        ("new year's day", "元旦"),
        ("Happy New Year to the team!", "元旦"),
        ("a Chinese New Year message for my client", "春节"),
        ("Lunar New Year's Eve dinner toast", "除夕"),
        ("元宵节快乐，给老师发一条", "元宵"),
        ("端午节想给同事发粽子祝福", "端午"),
        ("七夕给女朋友写点什么", "七夕"),
        ("重阳节问候一下外婆", "重阳"),
        ("Merry Christmas to my boss", "圣诞"),
        ("今天我妈过生日", "生日"),
        ("冬至吃饺子了吗", "冬至"),
        ("Dragon Boat Festival wishes please", "端午"),
    ],
)
def test_find_holiday_picks_the_holiday_a_sentence_mentions(sentence, name):
    assert find_holiday(sentence) == name


def test_find_holiday_prefers_the_longest_overlapping_alias():
    assert find_holiday("农历新年快乐") == "春节"  # not just 新年
    assert find_holiday("happy lunar new year's eve") == "除夕"  # not plain "new year"
    assert find_holiday("happy new year's eve") == "元旦"  # in English, 31 December


def test_find_holiday_ignores_latin_aliases_inside_other_words():
    assert find_holiday("my agency is throwing a party") is None  # "cny" inside "agency"


def test_find_holiday_without_a_holiday_is_none():
    assert find_holiday("帮我写一条祝福") is None
    assert find_holiday("") is None


def test_english_names():
    assert english_name("春节") == "Spring Festival"
    assert english_name("除夕") == "Chinese New Year's Eve"
    assert english_name("中秋") == "Mid-Autumn Festival"
    assert all(english_name(name) for name in CANONICAL)
    with pytest.raises(UnknownHoliday):
        english_name("xyz")


@pytest.mark.parametrize(("name", "today", "expected"), [
    ("教师节", date(2026, 12, 3), date(2027, 9, 10)),
    ("情人节", date(2026, 12, 3), date(2027, 2, 14)),
    ("感恩节", date(2026, 11, 1), date(2026, 11, 26)),  # the fourth Thursday of November
    ("感恩节", date(2026, 11, 27), date(2027, 11, 25)),
])
def test_holidays_people_borrow_fall_on_their_days(name: str, today: date, expected: date) -> None:
    assert resolve(name, today).date == expected
    assert find_holiday(f"帮我给老师写个{name}的祝福") == name


@pytest.mark.parametrize(("text", "holiday"), [
    ("给小敏写个七夕的……不对，她单身，写中秋的吧", "中秋"),  # the correction wins
    ("同事说下周有人过生日，不过我要写的是春节的拜年话", "春节"),
    ("给老邱发个新年祝福，元旦那种", "元旦"),  # a holiday named outright wins over 新年
    ("给妈写条新年祝福", "春节"),  # 新年 alone is still the Spring Festival
    ("给我爸写个父亲节的", "父亲节"),
])
def test_the_holiday_asked_for_is_the_one_meant(text: str, holiday: str) -> None:
    assert find_holiday(text) == holiday


def test_mothers_and_fathers_day_are_the_second_and_third_sundays() -> None:
    assert resolve("母亲节", date(2026, 12, 3)).date == date(2027, 5, 9)
    assert resolve("父亲节", date(2026, 12, 3)).date == date(2027, 6, 20)


def test_new_year_s_eve_is_the_lunar_eve_when_the_message_is_about_the_spring_festival():
    assert find_holiday("what to send my aunt on New Year's Eve? we keep the lunar calendar") == "除夕"
    assert find_holiday("a toast for New Year's Eve at the office party") == "元旦"
