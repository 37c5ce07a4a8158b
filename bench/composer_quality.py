"""Quality figures of the offline composer over a matrix of requests (no model involved).

Prints: length-bucket compliance, detail use, name use, holiday named, wrong zodiac, stock phrases per draft,
drafts that share a 12-character run with a draft for another recipient (the "AI味" measure the tianji data
scores 16–29% on), and distinct drafts across recipients.

Run: .venv/bin/python bench/composer_quality.py
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from bot.domain import LENGTHS, STYLES, GreetingRequest, Slots, fits_length
from bot.writing import holidays
from bot.writing.composer.draft import compose_offline
from bot.writing.quality import stock_phrase_count, uses_details, wrong_zodiac

RECIPIENTS_ZH = [
    ("张总", "客户", "客户", "合作三年，去年一起做了北京项目"),
    ("老王", "发小", "朋友", "我们认识二十年了，他总帮我修电脑"),
    ("妈", "妈", "家人", "她今年刚退休，迷上了广场舞"),
    ("李老师", "导师", "老师", "带我做了三年课题，论文刚中了"),
    ("小林", "实习生", "下属", "独立做完了用户调研"),
    ("阿远", "男朋友", "恋人", "今年第一次去他家见家长"),
    ("刘姐", "同事", "同事", "一起熬夜改过招股书"),
    ("陈总", "投资人", "合作伙伴", "天使轮就投了我们"),
    ("周总监", "领导", "领导", "上个月刚带我们拿下大单"),
    ("王阿姨", "邻居", "其他", "疫情那年天天帮我团菜"),
]
RECIPIENTS_EN = [
    ("Jake", "roommate", "朋友", "we've shared an apartment for 3 years"),
    ("Linda", "boss", "领导", "we launched the Shanghai office together"),
    ("Mom", "mom", "家人", "she just retired and took up painting"),
]
HOLIDAYS = ("春节", "中秋", "端午", "元旦")
OCCASIONS = ("微信", "当面说", "邮件")


def requests():
    today = date(2026, 11, 23)
    for lang, recipients in (("zh", RECIPIENTS_ZH), ("en", RECIPIENTS_EN)):
        for (name, rel, cat, details), style, length, hol in itertools.product(recipients, STYLES, LENGTHS, HOLIDAYS):
            occasion = OCCASIONS[hash((name, style, length)) % len(OCCASIONS)]
            slots = Slots(name=name, relation=rel, relation_category=cat, details=details, occasion=occasion,
                          style=style, length=length, language=lang)
            yield GreetingRequest(slots=slots, holiday=holidays.resolve(hol, today), n=3)


def runs12(text: str) -> set[str]:
    t = re.sub(r"\s", "", text)
    return {t[i:i + 12] for i in range(len(t) - 11)}


def main() -> None:
    rows = []
    for req in requests():
        for text in compose_offline(req):
            rows.append((req, text))
    n = len(rows)
    fit = sum(fits_length(t, r.slots.length) for r, t in rows)
    detail = sum(uses_details(t, r.slots.details) for r, t in rows)
    named = sum(r.slots.name in t for r, t in rows)
    holiday_named = sum(any(w in t for w in (r.holiday.name, "新春", "过年", "新年", "Spring Festival", "Mid-Autumn",
                                               "Dragon Boat", "New Year")) for r, t in rows)
    zodiac = sum(wrong_zodiac(t, r.holiday) for r, t in rows)
    stock = sum(stock_phrase_count(t) for r, t in rows)
    # Share of drafts with a 12-character run that also occurs in a draft for a *different* recipient.
    owner: dict[str, set[str]] = {}
    for r, t in rows:
        for run in runs12(t):
            owner.setdefault(run, set()).add(r.slots.name)
    shared = sum(any(len(owner[run]) > 1 for run in runs12(t)) for r, t in rows)
    distinct = len({t for _, t in rows})
    print(f"drafts                         {n}  ({n // 3} requests x 3; zh and en; 4 styles x 3 lengths x 4 holidays)")
    print(f"length-bucket compliance       {fit / n:.3f}")
    print(f"detail use                     {detail / n:.3f}")
    print(f"name used                      {named / n:.3f}")
    print(f"holiday named                  {holiday_named / n:.3f}")
    print(f"wrong zodiac                   {zodiac}")
    print(f"stock phrases per draft        {stock / n:.3f}")
    print(f"share a 12-char run across recipients  {shared / n:.3f}")
    print(f"distinct drafts                {distinct / n:.3f}")


if __name__ == "__main__":
    main()
