"""Quality figures of the offline composer (no model involved), on two sets of requests.

1. `matrix`: our own matrix (13 recipients x 4 styles x 3 lengths x 4 holidays), the figures the composer was built
   against: length-bucket compliance, detail use, name use, holiday named, wrong zodiac, stock phrases per draft,
   drafts that share a 12-character run with a draft for another recipient (the "AI味" measure the tianji data
   scores 16–29% on), and distinct drafts across recipients.
2. `blind`: 551 requests written by a helper who had not read the composer (tests/data/composer_requests_blind_
   2026-12.md), judged by that helper's functions (tests/greeting_judge.py): length inside the bucket as a reader
   counts (every visible character for Chinese, words for English; no tolerance), the cross-recipient 12-character
   overlap, and drafts not in the request's language. Issue 17's goals: length 100%, overlap ≤ 20%, mixed 0.

3. `together`: the overlap over all four blind sets at once (911 requests), the hardest form of the figure.
4. `broadcast`: what one sender's recipients see: a broadcast to 10 or 20 people known only by name, and the
   blind requests in lists of 10, each greeting written alone (as before) and kept apart from the ones before it
   (`GreetingRequest.others`, as broadcasts now write them).

Run: .venv/bin/python bench/composer_quality.py [--set matrix|blind|blind2|blind3|blind4|together|broadcast|both] [--show N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain import LENGTHS, STYLES, GreetingRequest, Slots, fits_length
from bot.writing import holidays
from bot.writing.composer.draft import compose_offline
from bot.writing.quality import stock_phrase_count, uses_details, wrong_zodiac
from tests import greeting_judge as judge

BLIND = Path(__file__).resolve().parents[1] / "tests" / "data" / "composer_requests_blind_2026-12.json"
# 120 more Chinese requests, written 2026-12-07 by another helper blind to the code (composer_requests_blind2_2026-12.md).
BLIND2 = BLIND.with_name("composer_requests_blind2_2026-12.json")
BLIND3 = BLIND.with_name("composer_requests_blind3_2026-12.json")  # 120 more, a third writer
BLIND4 = BLIND.with_name("composer_requests_blind4_2026-12.json")  # 120 more, a fourth writer
EXTRA = {"blind2": BLIND2, "blind3": BLIND3, "blind4": BLIND4}

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


def blind_requests(path: Path | None = None) -> list[tuple[dict, GreetingRequest]]:
    today = date(2026, 12, 3)
    out = []
    for r in json.loads((path or BLIND).read_text(encoding="utf-8")):
        slots = Slots(name=r["name"], relation=r["relation"], relation_category=r["relation_category"],
                      details=r["details"], occasion=r["occasion"], style=r["style"], length=r["length"],
                      language=r["language"])
        out.append((r, GreetingRequest(slots=slots, holiday=holidays.resolve(r["holiday"], today), n=3)))
    return out


def blind(show: int = 0, path: Path | None = None) -> None:
    by_recipient: dict[str, list[str]] = {}
    language: dict[str, str] = {}
    fit = mixed = n = detailed = used = 0
    shown = 0
    for r, req in blind_requests(path):
        texts = compose_offline(req)
        by_recipient[r["id"]] = texts
        language[r["id"]] = r["language"]
        for t in texts:
            n += 1
            fit += judge.length_ok(t, r["length"], r["language"])
            if r["details"]:  # the writer's own measure: a draft that lost the user's details is no greeting of theirs
                detailed += 1
                used += uses_details(t, r["details"])
            mixed += judge.language_of(t, allow=[r["name"]]) != r["language"]
        if shown < show:
            shown += 1
            print(f"-- {r['id']} {r['name']} · {r['relation']} · {r['style']} · {r['length']} · {r['holiday']} · "
                  f"details: {r['details']}")
            print(f"   {texts[0]}  [{judge.reader_count(texts[0]) if r['language'] == 'zh' else judge.english_words(texts[0])}]")
    print(f"== {(path or BLIND).name}: {n} drafts for {len(by_recipient)} requests (judge: tests/greeting_judge.py)")
    print(f"length inside the bucket, reader's count   {fit / n:.3f}   (goal 1.000)")
    print(f"share a 12-char run across recipients      {judge.cross_recipient_overlap(by_recipient):.3f}   (goal ≤0.200)")
    # By language: twelve letters of English are two or three words ("HappyNewYear"), so English drafts share runs
    # with any other English text; the Chinese figure is the one the tianji data's 16–29% compares with.
    for lang in ("zh", "en"):
        part = {k: v for k, v in by_recipient.items() if language[k] == lang}
        print(f"  among {lang} drafts only ({sum(map(len, part.values()))})"
              f"{'':13}{judge.cross_recipient_overlap(part):.3f}")
    print(f"not in the request's language              {mixed / n:.3f}   (goal 0)")
    print(f"uses the user's details                    {used / max(1, detailed):.3f}   (of {detailed} with details)")


def together() -> None:
    """The cross-recipient overlap over every blind set at once (911 requests by four writers): the more drafts,
    the more chances to share a run, so this is the hardest form of the figure."""
    by_recipient: dict[str, list[str]] = {}
    language: dict[str, str] = {}
    for path in (BLIND, *EXTRA.values()):
        for r, req in blind_requests(path):
            key = f"{path.stem}:{r['id']}"
            by_recipient[key] = compose_offline(req)
            language[key] = r["language"]
    zh = {k: v for k, v in by_recipient.items() if language[k] == "zh"}
    print(f"== every blind set together: {len(by_recipient)} requests, {sum(map(len, by_recipient.values()))} drafts")
    print(f"share a 12-char run across recipients      {judge.cross_recipient_overlap(by_recipient):.3f}   (goal ≤0.200)")
    print(f"  among zh drafts only ({sum(map(len, zh.values()))})"
          f"{'':12}{judge.cross_recipient_overlap(zh):.3f}")


NAMES_ONLY = ("张总", "老王", "李姐", "小刘", "陈老师", "阿杰", "王阿姨", "周总监", "小美", "赵哥", "孙总", "钱老师",
              "吴姐", "郑总", "冯哥", "褚老师", "卫总", "蒋姐", "沈哥", "韩总")


def _batch(requests_: list[GreetingRequest], apart: bool) -> dict[str, list[str]]:
    """One sender's greetings, each written knowing the ones before it (`apart`) or each on its own."""
    out: dict[str, list[str]] = {}
    for i, req in enumerate(requests_):
        others = tuple(t for texts in out.values() for t in texts) if apart else ()
        out[f"{i}:{req.slots.name}"] = compose_offline(replace(req, n=1, others=others))
    return out


def broadcast() -> None:
    """Issue 17's "no two recipients get the same sentences" as a sender meets it: one broadcast's greetings."""
    from bot.reading.dialogue import with_defaults

    today = date(2026, 12, 3)
    print("== one sender's broadcast: recipients known only by name (朋友), the offline composer")
    print("   share of greetings with a 12-char run from another recipient's, written alone → kept apart")
    for size in (10, 20):
        for length in LENGTHS:
            cells = []
            for hol in ("春节", "中秋"):
                alone = apart = 0.0
                for style in STYLES:
                    reqs = [GreetingRequest(slots=with_defaults(Slots(
                        name=n, relation="朋友", relation_category="朋友", style=style, length=length)),
                        holiday=holidays.resolve(hol, today), n=1) for n in NAMES_ONLY[:size]]
                    alone += judge.cross_recipient_overlap(_batch(reqs, False)) / len(STYLES)
                    apart += judge.cross_recipient_overlap(_batch(reqs, True)) / len(STYLES)
                cells.append(f"{hol} {alone:.2f}→{apart:.2f}")
            print(f"   {size} recipients, {length:<7}  " + "   ".join(cells))
    blind_reqs = [req for _, req in blind_requests()]
    batches = [blind_reqs[i:i + 10] for i in range(0, len(blind_reqs) - 9, 10)]
    alone = sum(judge.cross_recipient_overlap(_batch(b, False)) for b in batches) / len(batches)
    apart = sum(judge.cross_recipient_overlap(_batch(b, True)) for b in batches) / len(batches)
    print(f"   blind requests in {len(batches)} lists of 10 (mixed holidays, styles, details): {alone:.3f} → {apart:.3f}")


def matrix() -> None:
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
    print("== matrix")
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("matrix", "blind", *EXTRA, "together", "broadcast", "both"), default="both")
    parser.add_argument("--show", type=int, default=0, help="print the first draft of the first N blind requests")
    args = parser.parse_args()
    if args.set in ("matrix", "both"):
        matrix()
    if args.set in ("blind", "both"):
        blind(args.show)
    if args.set in EXTRA:
        blind(args.show, EXTRA[args.set])
    if args.set == "together":
        together()
    if args.set in ("broadcast", "both"):
        broadcast()
