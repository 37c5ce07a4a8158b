#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind15_2026-12.json`` (standard library only).

Every item was written by hand, one by one, for this fifteenth set. The items live in four sibling modules,
``followup_blind15_items_1.py`` … ``followup_blind15_items_4.py`` (each defines ``ITEMS``, a list built with the
``it(...)`` helper of ``followup_blind15_common.py``), and are taken in that order. Each ``it(...)`` call holds
one item: language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind15_check.py`` can prove that
every item's expectations can be met under the judge.

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third to fourteenth sets, copied unchanged from the fourteenth set's build script); an other-holiday word
that the greeting, the thread or the reply itself uses is dropped for that item. Automatic forbidden phrases:
laughter (哈哈 / haha, lol) when the mood is sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at
清明; when the recipient asked something (question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone
addressed with 您 (respectful/formal), "and you?" to English respectful/formal recipients.

Run: ``python3 followup_blind15_build.py`` writes the JSON and the .md next to this file; rerunning it rewrites
both byte for byte.
"""

from __future__ import annotations

import sys as _sys

_sys.dont_write_bytecode = True  # never leave .pyc files next to the judge or here

import collections  # noqa: E402
import hashlib  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import unicodedata  # noqa: E402

VERSION = "2026-12-07d"
HERE = os.path.dirname(os.path.abspath(__file__))
JSON_NAME = "followup_blind15_2026-12.json"
MD_NAME = "followup_blind15_2026-12.md"
ITEM_MODULES = ("followup_blind15_items_1", "followup_blind15_items_2", "followup_blind15_items_3",
                "followup_blind15_items_4")

WRITTEN_BY = (
    "Written by hand on 2026-12-07 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/, scripts/ or "
    "experiments/ was opened, README.md was not opened, no test file other than tests/followup_judge.py was "
    "read, no .json file in tests/data was opened, no item module of the fourteenth set nor any other set's items "
    "were opened, git was never run and the bot was never run; the fourteenth set's note was read for its format, "
    "labelling rules and judgement calls, and the fourteenth set's build script, helper module and check script "
    "were read and adapted. Each greeting, thread and reply of this fifteenth set was newly composed one by "
    "one, in four chunks, as people answer a holiday greeting in chat (parents, grandparents, parents-in-law, "
    "uncles, aunts and cousins, siblings, children, partners, friends and roommates, colleagues, bosses, "
    "clients, teachers and coaches, neighbours, a landlady and landlords, doctors, a barber, a housekeeper, a "
    "courier and a gatekeeper: "
    "ordinary replies, questions of every kind, requests, invitations, teasing jabs, worried, sad, cold, "
    "touched and busy replies, short cold answers, emoji-only and emoji-heavy replies, voice-input run-ons, "
    "typos, replies that pick up a detail or joke of the greeting, English exchanges, multi-round threads), "
    "with new situations and props and avoiding the wording of the earlier sets and of the examples in their "
    "notes. Mood and question were labelled as a careful human reader would, following the earlier sets' rules "
    "unchanged. Expectations (answer_kind = question, register, forbidden traps, holiday words, "
    "must_mention_any for offered options) use the vocabularies of tests/followup_judge.py; a hand-written "
    "reference follow-up per item, kept only in the item modules and the build script, passes all four judge "
    "checks."
)

# ------------------------------------------------------------------ holiday word tables
OK_ZH = {
    "春节": ["春节", "新年", "过年", "拜年", "年夜饭", "红包", "除夕", "新春"],
    "元宵": ["元宵", "汤圆", "花灯", "灯会", "灯谜", "正月十五"],
    "清明": ["清明", "扫墓", "踏青", "青团", "祭扫", "安康"],
    "端午": ["端午", "粽子", "龙舟", "艾草", "安康"],
    "中秋": ["中秋", "月饼", "团圆", "赏月", "月亮", "柚子"],
    "国庆": ["国庆", "长假", "十一", "假期", "黄金周"],
    "元旦": ["元旦", "新年", "跨年", "新的一年"],
    "冬至": ["冬至", "饺子", "汤圆", "羊肉汤", "数九"],
    "七夕": ["七夕", "鹊桥", "牛郎织女", "约会"],
    "情人节": ["情人节", "玫瑰", "巧克力", "约会"],
    "教师节": ["教师节", "老师", "桃李", "讲台", "园丁"],
    "母亲节": ["母亲节", "妈妈", "康乃馨"],
    "父亲节": ["父亲节", "爸爸", "老爸"],
    "感恩节": ["感恩节", "感恩", "火鸡"],
    "生日": ["生日", "蛋糕", "寿星", "许愿", "长寿面"],
    "圣诞节": ["圣诞", "平安夜", "圣诞树", "礼物", "圣诞老人"],
}

OTHER_ZH = {
    "春节": ["中秋", "月饼", "端午", "粽子", "清明", "七夕", "国庆", "圣诞", "平安夜", "感恩节", "火鸡", "教师节",
           "母亲节", "父亲节", "冬至快乐"],
    "元宵": ["中秋", "月饼", "端午", "粽子", "清明", "七夕", "国庆", "圣诞", "感恩节", "教师节", "母亲节", "父亲节",
           "冬至", "除夕快乐"],
    "清明": ["中秋", "月饼", "粽子", "端午", "春节快乐", "新年快乐", "拜年", "圣诞", "七夕", "元宵", "汤圆", "国庆"],
    "端午": ["中秋", "月饼", "春节", "过年", "拜年", "新年快乐", "元宵", "汤圆", "清明", "七夕", "圣诞", "国庆", "冬至",
           "教师节"],
    "中秋": ["过年", "春节", "拜年", "新年快乐", "初六", "除夕", "年夜饭", "端午", "粽子", "元宵", "汤圆", "清明", "七夕",
           "圣诞", "冬至"],
    "国庆": ["春节", "过年", "拜年", "新年快乐", "除夕", "端午", "粽子", "元宵", "汤圆", "清明", "七夕", "圣诞", "冬至",
           "情人节"],
    "元旦": ["中秋", "月饼", "端午", "粽子", "清明", "七夕", "国庆", "教师节", "母亲节", "父亲节"],
    "冬至": ["中秋", "月饼", "端午", "粽子", "清明", "七夕", "国庆", "教师节", "母亲节", "父亲节", "拜年", "春节快乐"],
    "七夕": ["中秋", "月饼", "春节", "过年", "拜年", "新年快乐", "端午", "粽子", "元宵", "汤圆", "清明", "圣诞", "冬至",
           "国庆", "教师节", "母亲节", "父亲节"],
    "情人节": ["七夕", "鹊桥", "中秋", "月饼", "端午", "粽子", "清明", "圣诞", "国庆", "冬至", "教师节", "母亲节",
            "父亲节"],
    "教师节": ["春节", "过年", "拜年", "新年快乐", "端午", "粽子", "元宵", "汤圆", "清明", "七夕", "圣诞", "冬至",
            "情人节", "母亲节", "父亲节"],
    "母亲节": ["父亲节", "中秋", "月饼", "春节", "过年", "拜年", "新年快乐", "元宵", "汤圆", "清明", "七夕", "圣诞",
            "冬至", "国庆", "教师节", "情人节"],
    "父亲节": ["母亲节", "中秋", "月饼", "春节", "过年", "拜年", "新年快乐", "元宵", "汤圆", "清明", "七夕", "圣诞",
            "冬至", "国庆", "教师节", "情人节"],
    "感恩节": ["中秋", "月饼", "春节快乐", "拜年", "端午", "粽子", "元宵", "汤圆", "清明", "七夕", "国庆", "教师节",
            "母亲节", "父亲节", "情人节"],
    "生日": ["中秋快乐", "春节快乐", "新年快乐", "圣诞快乐", "端午安康", "端午快乐", "七夕快乐", "元宵快乐", "国庆快乐",
           "情人节快乐", "母亲节快乐", "父亲节快乐", "教师节快乐", "感恩节快乐", "冬至快乐", "元旦快乐", "清明节"],
    "圣诞节": ["中秋", "月饼", "端午", "粽子", "清明", "七夕", "国庆", "教师节", "母亲节", "父亲节", "元宵", "情人节",
            "拜年"],
}

OK_EN = {
    "春节": ["lunar new year", "chinese new year", "new year", "dumplings", "red envelope", "spring festival"],
    "元宵": ["lantern festival", "lantern", "tangyuan", "riddles"],
    "清明": ["qingming", "tomb sweeping", "remember", "candle"],
    "端午": ["dragon boat", "zongzi", "rice dumplings"],
    "中秋": ["mid-autumn", "mooncake", "moon", "lantern"],
    "国庆": ["national day", "golden week", "holiday", "break"],
    "元旦": ["new year", "countdown", "fireworks", "2027", "resolution"],
    "冬至": ["dongzhi", "winter solstice", "longest night", "dumplings", "tangyuan"],
    "七夕": ["qixi", "chinese valentine", "date", "roses"],
    "情人节": ["valentine", "roses", "chocolate", "date"],
    "教师节": ["teachers' day", "teacher", "class", "lesson"],
    "母亲节": ["mother's day", "mom", "mum", "flowers"],
    "父亲节": ["father's day", "dad", "grandpa"],
    "感恩节": ["thanksgiving", "grateful", "turkey", "pie"],
    "生日": ["birthday", "cake", "candles", "wish"],
    "圣诞节": ["christmas", "xmas", "holidays", "santa", "gifts", "new year"],
}

OTHER_EN = {
    "春节": ["christmas", "thanksgiving", "mid-autumn", "mooncake", "halloween", "easter"],
    "元宵": ["christmas", "thanksgiving", "mid-autumn", "mooncake", "halloween", "easter"],
    "清明": ["christmas", "thanksgiving", "mooncake", "halloween", "valentine", "lunar new year"],
    "端午": ["christmas", "thanksgiving", "mooncake", "mid-autumn", "lunar new year", "halloween", "valentine"],
    "中秋": ["christmas", "thanksgiving", "lunar new year", "chinese new year", "valentine", "easter", "halloween"],
    "国庆": ["christmas", "thanksgiving", "lunar new year", "valentine", "easter"],
    "元旦": ["mooncake", "mid-autumn", "thanksgiving", "easter", "valentine", "halloween", "dragon boat"],
    "冬至": ["mooncake", "mid-autumn", "easter", "valentine", "halloween", "dragon boat", "thanksgiving"],
    "七夕": ["christmas", "thanksgiving", "mooncake", "lunar new year", "easter", "halloween"],
    "情人节": ["christmas", "thanksgiving", "mooncake", "mid-autumn", "halloween", "easter", "qixi"],
    "教师节": ["christmas", "valentine", "easter", "lunar new year", "halloween"],
    "母亲节": ["father's day", "christmas", "thanksgiving", "valentine", "halloween", "mooncake"],
    "父亲节": ["mother's day", "christmas", "thanksgiving", "valentine", "halloween", "mooncake"],
    "感恩节": ["easter", "valentine", "mooncake", "mid-autumn", "halloween", "lunar new year", "st. patrick"],
    "生日": ["merry christmas", "happy thanksgiving", "happy new year", "happy valentine", "happy mother's day",
           "happy father's day", "happy easter"],
    "圣诞节": ["thanksgiving", "easter", "valentine", "halloween", "mooncake", "mid-autumn", "lunar new year"],
}

LAUGH_ZH = ["哈哈"]
LAUGH_EN = ["haha", "lol"]


# ------------------------------------------------------------------ the items (four hand-written modules)

RESP, FORM = "respectful", "formal"
PARENT_RELATIONS = {"母亲", "父亲", "mother", "father"}


MODULE_COUNTS: list[int] = []


def _load_items() -> list[dict]:
    raw: list[dict] = []
    if HERE not in _sys.path:
        _sys.path.insert(0, HERE)
    for name in ITEM_MODULES:
        spec = importlib.util.spec_from_file_location(f"{name}_b15", os.path.join(HERE, name + ".py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        raw.extend(mod.ITEMS)
        MODULE_COUNTS.append(len(mod.ITEMS))
    return raw


_RAW = _load_items()


# ------------------------------------------------------------------ assembling

def _low(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def _dedupe(words):
    out = []
    for w in words:
        if w not in out:
            out.append(w)
    return out


def build() -> tuple[list[dict], dict[str, str], set[str], set[str]]:
    """The items in the JSON's shape, the reference of each id, and the ids tagged ``pick`` and ``typo``."""
    items, refs, picks, typos = [], {}, set(), set()
    for n, r in enumerate(_RAW, 1):
        iid = f"fb15-{n:03d}"
        zh = r["language"] == "zh"
        asked = r["question"] != "none"
        context = _low(" ".join([r["greeting"], r["reply"]] + [t["text"] for t in r["thread"]]))
        other = [w for w in (OTHER_ZH if zh else OTHER_EN)[r["holiday"]] if _low(w) not in context]
        forbidden = list(r["forbid"])
        if asked:
            if zh and r["relation"] in PARENT_RELATIONS:
                forbidden += ["爸妈", "你呢？"]
            elif zh and r["register"] in (RESP, FORM):
                forbidden += ["你呢？"]
            elif not zh and r["register"] in (RESP, FORM):
                forbidden += ["and you?"]
        if r["mood"] in ("sad", "worried"):
            forbidden += LAUGH_ZH if zh else LAUGH_EN
        if r["holiday"] == "清明":
            forbidden += ["清明快乐", "节日快乐"] if zh else ["happy qingming", "happy tomb"]
        items.append({
            "id": iid,
            "language": r["language"],
            "sender_name": r["sender_name"],
            "recipient": r["recipient"],
            "relation": r["relation"],
            "relation_category": r["relation_category"],
            "holiday": r["holiday"],
            "style": r["style"],
            "greeting": r["greeting"],
            "thread": r["thread"],
            "reply": r["reply"],
            "mood": r["mood"],
            "question": r["question"],
            "expect": {
                "answer_kind": r["question"],
                "register": r["register"],
                "forbidden": _dedupe(forbidden),
                "holiday_words_ok": list((OK_ZH if zh else OK_EN)[r["holiday"]]),
                "other_holiday_words": other,
                "must_mention_any": list(r["must"]),
            },
        })
        refs[iid] = r["ref"]
        if r["pick"]:
            picks.add(iid)
        if r["typo"]:
            typos.add(iid)
    return items, refs, picks, typos


ITEMS, REFERENCES, PICKS, TYPOS = build()


def dump() -> bytes:
    data = {"version": VERSION, "written_by": WRITTEN_BY, "items": ITEMS}
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

# ------------------------------------------------------------------ the .md

def _table(title: str, counter: collections.Counter, order=None) -> str:
    keys = list(order) if order else sorted(counter)
    lines = [f"| {title} | items |", "| --- | ---: |"]
    lines += [f"| {k} | {counter.get(k, 0)} |" for k in keys]
    return "\n".join(lines)


def render_md(blob: bytes) -> str:
    import contextlib
    import io
    import re
    import sys
    sys.path.insert(0, HERE)
    from followup_blind15_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
                                        SELFTEST_CASES, STYLES, check_judge, emoji_count, emoji_only, family_group,
                                        selftest, validate)
    items = ITEMS
    data = json.loads(blob.decode("utf-8"))
    errs = validate(data) or check_judge(data, REFERENCES)
    with contextlib.redirect_stdout(io.StringIO()):
        st = selftest(data) if not errs else ["not run"]
    result = (f"`OK {len(items)} items`, and the self-test rejected all {SELFTEST_CASES} broken copies"
              if not errs and not st else "FAILED: " + "; ".join(errs + st))
    sha = hashlib.sha256(blob).hexdigest()
    c = collections.Counter
    fam = c(g for i in items for g in [family_group(i)] if g)
    threads = c(len(i["thread"]) for i in items)
    by_lang = c(i["language"] for i in items)
    cjk = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
    punct = re.compile(r"[\s,，。.!！?？~～、;；:：…]")
    forms = c()
    for i in items:
        r = i["reply"]
        if i["mood"] == "cold" and len(punct.sub("", r)) <= 3:
            forms["short cold (≤ 3 characters)"] += 1
        if emoji_only(r):
            forms["emoji only"] += 1
        elif emoji_count(r) >= 2:
            forms["text with 2+ emoji"] += 1
        elif emoji_count(r) == 1:
            forms["text with one emoji"] += 1
        if re.search(r"\[[^\[\]]{1,6}\]", r):
            forms["chat sticker code ([…])"] += 1
        if i["language"] == "zh" and len(cjk.findall(r)) >= 20 and not punct.search(r):
            forms["voice-input run-on (≥ 20 characters, no punctuation)"] += 1
        if i["language"] == "zh" and " " in r.strip() and not re.search(r"[，。！？,.!?]", r):
            forms["space-separated, no punctuation"] += 1
    cross = collections.defaultdict(c)
    for i in items:
        cross[i["mood"]][i["question"]] += 1
    cross_lines = ["| mood \\ question | " + " | ".join(QUESTIONS) + " |",
                   "| --- |" + " ---: |" * len(QUESTIONS)]
    for m in MOODS:
        cross_lines.append(f"| {m} | " + " | ".join(str(cross[m].get(q, 0)) for q in QUESTIONS) + " |")
    lang_mood = c(f"{i['language']} / {i['mood']}" for i in items)
    lang_q = c(f"{i['language']} / {i['question']}" for i in items)
    n_threads = sum(1 for i in items if i["thread"])
    n_en_threads = sum(1 for i in items if i["thread"] and i["language"] == "en")
    req_forms = c()
    for i in items:
        if i["question"] != "request":
            continue
        r = _low(i["reply"])
        for label, keys in REQUEST_FORM_LABELS:
            if any(k in r for k in keys):
                req_forms[label] += 1
    yn_forms = c()
    for i in items:
        if i["question"] != "yes_no":
            continue
        r = _low(i["reply"]).rstrip(" ?!.~。？！😤🤨🙄😏🥺[]")
        for label, pattern in YES_NO_FORM_LABELS:
            if re.search(pattern, r):
                yn_forms[label] += 1
    return NOTE.format(
        written=WRITTEN.format(chunks=_chunks()), calls=CALLS, judge_notes=JUDGE_NOTES, chunks=_chunks(),
        n=len(items), size=len(blob), sha=sha, last=f"{len(items):03d}", result=result,
        selftest_cases=SELFTEST_CASES, picks=len(PICKS), n_threads=n_threads, n_en_threads=n_en_threads,
        n_typos=len(TYPOS),
        t_lang=_table("language", by_lang, ["zh", "en"]),
        t_cat=_table("relation category", c(i["relation_category"] for i in items), RELATION_CATEGORIES),
        t_fam=_table("family sub-group (家人)", fam, FAMILY_GROUPS),
        t_hol=_table("holiday", c(i["holiday"] for i in items), HOLIDAYS),
        t_mood=_table("mood", c(i["mood"] for i in items), MOODS),
        t_q=_table("question kind", c(i["question"] for i in items), QUESTIONS),
        t_reg=_table("register", c(i["expect"]["register"] for i in items), REGISTERS),
        t_style=_table("style", c(i["style"] for i in items), STYLES),
        t_thread=_table("earlier turns in thread", threads, sorted(threads)),
        t_forms=_table("reply form", forms),
        t_req=_table("request phrased as (reply contains)", req_forms, [k for k, _ in REQUEST_FORM_LABELS]),
        t_yn=_table("yes/no question phrased as", yn_forms, [k for k, _ in YES_NO_FORM_LABELS]),
        t_lang_mood=_table("language / mood", lang_mood),
        t_lang_q=_table("language / question", lang_q),
        t_cross="\n".join(cross_lines),
    )


def _chunks() -> str:
    """The per-module item counts in words, e.g. ``44, 44, 51 and 54``."""
    n = [str(k) for k in MODULE_COUNTS]
    return ", ".join(n[:-1]) + " and " + n[-1]


REQUEST_FORM_LABELS = (
    ("记得… (remember to)", ("记得", "记住")),
    ("帮我… (help me / do it for me)", ("帮我",)),
    ("给我带… / 带点… (bring me)", ("给我带", "带点", "带个", "带走")),
    ("到了… (tell me when you arrive)", ("到了",)),
    ("别… / 不许… (don't)", ("别", "不许")),
    ("bare imperative with 吧/呗 or a time", ("吧", "呗")),
    ("麻烦… (would you mind)", ("麻烦",)),
    ("can you / could you …", ("can you", "could you", "could someone")),
    ("please / don't forget / bring / keep …", ("please", "don't forget", "bring ", "keep ", "make sure", "promise")),
)
YES_NO_FORM_LABELS = (
    ("…没 / …没有 / …变没变", r"没有?$|([\u4e00-\u9fff])没\1"),
    ("…了吗 / …吗", r"吗$"),
    ("…不 / A不A", r"不$|([\u4e00-\u9fff])不\1"),
    ("是不是…", r"是不是"),
    ("有没有…", r"有没有"),
    ("能不能… / …行不行 / …行吗", r"能不能|行不行|行吗"),
    ("…吧 (guess to confirm)", r"吧$"),
    ("English did/are/is/will/can/should …", r"\b(did|are|is|will|can|should|have)\b [a-z]"),
    ("English tag question (…, right?)", r"right$"),
)


NOTE = """# Follow-up blind set 15 (`followup_blind15_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-07 (version
`2026-12-07d`). Do not edit the JSON, the build script, the helper module or the four item modules; a correction
makes a new set with a new name, version and SHA-256. The build is deterministic: rerunning it must reproduce the
JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-07 (`"version": "2026-12-07d"`).
- **Files:** `followup_blind15_build.py` (header, holiday word tables, assembling, this note; standard library
  only), `followup_blind15_common.py` (the `it(...)` helper), `followup_blind15_items_1.py` …
  `followup_blind15_items_4.py` (every item, by hand: {chunks} per module), `followup_blind15_check.py`
  (validator, `--selftest`), `followup_blind15_2026-12.json` (the set), `followup_blind15_2026-12.md` (this note),
  all in `/work/main/tests/data/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb15-001` … `fb15-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/`, `scripts/` or `experiments/`
was opened, and `README.md` was not opened; no `.json` file under `tests/data/` was opened (the new set's own JSON
was only written by the build script and read by the checker; its labels were printed once from the build script's
items for a read-through); of the tests only `tests/followup_judge.py` was read (in full). The fourteenth set's note
(`tests/data/followup_blind14_2026-12.md`) was read in full for its format, labelling rules and judgement calls,
which this set follows unchanged; no earlier set's note was opened. The fourteenth set's build script, helper
module and check script were read in full and copied and adapted (the build script holds no item: the fourteenth
set's items live in its item modules, which were not opened, nor was any other set's item module; no item text of
an earlier set was studied or reused). The checker reads the twelve earlier notes, the fourth to fourteenth sets'
build scripts and the twelfth to fourteenth sets' helper modules as plain text, only to refuse copied runs, and
its self-test prints only the names of its broken copies, never a copied run. Git was never run, and the bot and
the benches were never run. While writing, each chunk was checked with a small throw-away script kept outside the
repository (under `/tmp`) that imports the build script and calls the checker's functions.

{written}

Fields follow `tests/followup_judge.py` and the fourteenth set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` and `typo` tags live only in the item modules.

- **register:** as in the earlier sets: 您-only `respectful` for grandparents, parents-in-law (mothers-in-law and
  fathers-in-law addressed as 妈 and 爸, an English father-in-law by his first name), uncles and aunts (舅舅, 舅妈,
  姑姑, 大姨, an English aunt), teachers and coaches (school and head teachers, thesis advisors, a retired teacher,
  a badminton coach, an English chemistry teacher and a music teacher), bosses (and a department head and a
  headmaster) and elders or service people outside the family (neighbours, a landlord and a landlady, an English
  landlord, two doctors, a courier, a gatekeeper, a barber, a housekeeper); `formal` for clients; `intimate` for
  partners, parents and one's own children; `casual` for friends, roommates and old classmates, siblings, cousins,
  a nephew and colleagues.
- **forbidden:** per item traps (加班 / "overtime" to clients) plus the automatic ones of the earlier sets: when
  the recipient asked something, 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您, "and you?" to
  English respectful/formal recipients; 哈哈 (zh) / haha, lol (en) when the mood is sad or worried; 清明快乐,
  节日快乐 (happy qingming, happy tomb) at 清明.
- **holiday words:** the earlier sets' per-holiday tables, unchanged; an other-holiday word that the greeting,
  the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third to fourteenth sets' definitions and borderline rules unchanged, as restated
in the fourteenth set's note (mood is what the latest reply conveys toward the sender, read with the greeting and
thread; two questions in one reply: a request or invitation first, then a concrete question before a phatic or
rhetorical one, else the one the reply ends on; confirming a plan is `yes_no`, a new proposal or the recipient's
own event is `invitation`; ability and permission forms are `yes_no` unless they ask the sender to do something;
offers are `yes_no`; handing a place decision to the sender and "guess where" are `where`; an either-or naming
both alternatives is `choice`; did-you-do-it questions are `yes_no`, how the sender or someone of theirs feels or
copes is `how_are_you`, how a task goes, amounts, who-questions and reasons are `what`; a rhetorical jab is
`none`; claiming something owed and asking the sender to come and help are `request`; laughter alone is `happy`,
`teasing` needs a jab or a joke at someone's expense; being occupied is `busy` even in jest; an elder kindly
declining or reproaching out of concern, fretting over one's own small problem and a money reproach are
`worried`; one's own illness or a relative in hospital is `sad`; a flat reply to a repeated letdown or a
businesslike thanks followed by a task is `cold`; being moved comes first in the mood even when a question
follows).

{calls}

## Checks

`python3 followup_blind15_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the fourteenth set's 75 — with the set cut to 150 items — plus a fourteenth-set example phrase,
a fourteenth-set whole short reply, 30 characters and 12 Han characters copied from the fourteenth set's note, 30
characters copied from the header of the fourteenth set's build script and 30 characters copied from the
fourteenth set's helper module (runs the texts the fourteenth checker read do not hold, so the new texts are proven
read)) and requires the validator to fail on each with the error it targets; `followup_blind15_check.py -` reads a
file from stdin. It checks what the fourteenth set's validator checks, with at least 170 items and at least 20
English items (fields, types, canonical values equal to the judge's own tuples, version `2026-12-07d`, ids
`fb15-NNN` consecutive, no repeated reply or greeting, no Chinese in English items, threads of 1–4 turns,
`must_mention_any` exactly for `choice` with options found in the reply, other-holiday words disjoint and absent
from the item's own text, register consistent with the category, no example wording of the twelve earlier notes or
of the judge's docstrings (the earlier checkers' list, kept and extended with the fourteenth note's examples and
props), none of the earlier sets' whole short replies and stickers (extended with the fourteenth note's), the
automatic forbidden traps, every family sub-group, a landlord, a doctor and a neighbour among the 其他 items, ≥5
short cold, ≥5 emoji-only, ≥8 emoji-heavy and ≥4 voice-style replies, no mood over half the set and `none` under
40%, English items over ≥12 holidays and ≥6 categories covering all 7 moods and all 9 question kinds, ≥30
threads of which ≥6 English, covering ≥6 moods and ≥7 question kinds, the per-value minimums, no asked kind
over 20%, the request and yes/no phrasings, no repeated reference), and no greeting, turn, reply or reference
shares a run of more than 11 Han characters or more than 27 characters with `followup_blind3_2026-12.md` …
`followup_blind14_2026-12.md`, `followup_blind4_build.py` … `followup_blind14_build.py`,
`followup_blind12_common.py`, `followup_blind13_common.py` or `followup_blind14_common.py` (NFKC, lower-cased).
Then it loads `/work/main/tests/followup_judge.py`, checks that `mood_right` and `question_right` accept each
item's labels (and reject a wrong mood), runs `passes` on each item with the hand-written reference follow-up and
requires all four verdicts to be True, and requires each `forbidden` and `other_holiday_words` entry to make the
judge fail a suggestion that contains it.

Result on the file above (computed by the build script when it wrote this note): {result}.

{judge_notes}

## Counts

{t_lang}

{t_cat}

{t_fam}

{t_hol}

{t_mood}

{t_q}

{t_reg}

{t_style}

{t_thread}

Multi-round items (with a thread): {n_threads} (English: {n_en_threads}).

Replies that pick up a detail or a joke of the greeting or thread (build-only tag): {picks}.

Replies with a typing slip kept as typed (build-only tag): {n_typos}.

{t_forms}

{t_req}

{t_yn}

{t_lang_mood}

{t_lang_q}

### Mood × question

{t_cross}
"""

WRITTEN = """Every greeting, earlier turn and reply was newly typed by hand, item by item, in four chunks ({chunks}
items, one item module each), as the people around a user really answer a holiday greeting in chat: parents (three
English), grandparents on both sides (two English), parents-in-law on both sides (one English father-in-law),
uncles, aunts and cousins (舅舅, 舅妈, 姑姑, 大姨, 表妹, 堂妹, 堂哥, a nephew, an English aunt), siblings and cousins
counted with them (哥哥, 姐姐, 弟弟, 妹妹, 表哥, 表姐, 表弟, an English sister and brother), sons and daughters
(messages from a mother or a father, an English son and daughter), partners and spouses, friends, roommates and
old classmates, colleagues, bosses, a department head and a headmaster, clients, teachers, thesis advisors and a
coach, neighbours (one English), a landlord, a landlady and an English landlord, two doctors, a courier, a
gatekeeper, a barber and a housekeeper. All sixteen holidays of the judge are used as such. Situations and props
of this set: a second-day return with a father sent to the station, a client's factory with new products, a bag of
hand-made tangyuan from the sender's mother, a riddle-night keychain and a lantern walk, words to a grandfather
spoken at a window, rain on a mountain grave, a colleague who shouts the rowing calls and lends an intern, a
quarterly report moved to Monday, an old-duck soup, company-issued mooncakes with yolk, a lift home at six with
a full boot, flowers watered by a neighbour, a roommate who keeps the door unlocked, a GPU card dropping off on New
Year's Day, shrimp or beef dumplings from a mother-in-law, a student homesick at his first bite, a Thai dinner
moved to the next night, a friend alone with a face mask, flowers at a front desk and a teasing office, a late
pupil remembered as the chubby one, a badminton class moved to three o'clock, a health-check package to be
refunded, a lumbar support and braised pork, a photography class for a father of sixty, a tea set and a money
reproach, a weekly meeting talk to cover, a framework agreement draft, a birthday pickup at seven, a grandmother
who wants no present, a dormitory barbecue, a big dinner in Manchester, a nephew who brought a girlfriend, data for
the eighth-day opening meeting, a dinosaur lantern that looks like nothing, twenty zongzi by stiff hands, a
warehouse with one person on duty, a wife alone with the moon, dumplings in Boston, going home or staying on campus,
a revised timeline, tulips remembered, a robotics company in Austin, a new father on three hours of sleep; a
grandfather's bright wool vest, gas trouble in a rented flat, a colleague pulled into a meeting, a stock-take on
the Lantern Festival, green dumplings bought for a grandmother's grave, a visit to a father's stone at dawn, a
father-in-law judging the dragon-boat race, a follow-up visit with old scans, cigarettes and wine or tea for a
first visit to a girlfriend's parents, a client away on business, a friend minding a baby all Golden Week, a
retired teacher who will make dumplings, fireworks on a hilltop, a pager at 12:03 and a breakfast owed, a big box at
the parcel station, dumpling skins as thick as a quilt, a queue at a barbecue place, flowers in an ugly colour, a
boyfriend sent to Shanghai by train, electronic roses, a thesis chapter due Friday, sloppy homework handwriting, a
grandmother too old for Mother's Day, a haircut with friends, hiking boots a size too small, a first year as a
father, three house moves repaid with Japanese food or barbecue, a new project for next year, a red envelope twenty
yuan short, a cake during a meeting, cookies on a porch and tea and cake, a hotpot too small for six, lotus-paste
mooncakes in Sydney, plants to water on a road trip, a Q4 deck, the wind by Erhai lake, a gatekeeper's booth, an
acceptance meeting, two short cold answers at the solstice and on National Day, a daughter's sixteenth and a
sleepover, a husband on a hospital shift, sweet or savory zongzi and a client's smaller orders; a mother worried
about dark circles, a grandfather who spoke to a grandmother's grave, a colleague whose grandfather just died, a
wheelchair in a five-seat car, incense in a temple and a drafty flat, the metro or a car to Zijin Mountain,
sticky rice that a grandmother cannot digest, out-of-memory errors on Dragon Boat day, a husband missing his wife
and daughter, a friend who moved to Hefei, a grandson who can say grandpa, a client visit on the third, a calculus
exam by voice input, a compute budget, a heavy cold on New Year's Day, money-bag emoji, a mother-in-law's knees, twenty
dumplings kept for a roommate, an elderly neighbour whose wife has not come back from the market, a blue dress, a
succulent as a present, a husband who cooks once a year, a cousin's new boyfriend spread by her mother, a fifth
wedding anniversary, a friend courting with flowers, a thesis and a date moved to the weekend, a teacher's free
Wednesday, an art contest, a trip to Xiamen, a mother-in-law raising a grandson, a new team leader, yellow wine for
a father-in-law, a night ride to hospital, a Hunan restaurant, a cake too big for two, a receding hairline, tea with
a client, gift boxes under a Christmas tree, frozen eyelashes, a pulled calf muscle before a 5k, tangyuan dough, a
girlfriend in the lab, samples before the break, a brother who will not repay; a grandmother asking about a new
job, an aunt who fell, layoffs at a roommate's team, an aunt asking after a newborn, a doctor asking after a wound,
a class reunion on the fourth, a product launch; a big New Year's money envelope to guess, a company spring
gathering to host, driving or the train to the in-laws, dumpling skins rolled by hand abroad, a client's first
batch, black-sugar tangyuan frozen by a grandmother, lantern riddles at the pedestrian street, a shrug after a
meeting, an uncle who died three years ago, meat or red-bean zongzi, a proposal with many problems, five hours of
sleep before the college exam, a gift-box shop, a son working through the holiday, dye or just a cut, a mother in
hospital at the solstice, a department's solstice dinner, a date with a server, a first film in thirty years of
marriage, a hand-knitted scarf that may fall apart, a friend alone on Valentine's Day, a mother on a drip, a former
pupil now teaching, a speech to new pupils, a job search, a trumpet player, a baby who wakes four times, a plane or
the train home, a burnt breakfast, a housekeeper moved to tears, two high results at a check-up, a blood-pressure
monitor, a university in Beijing, four years of meals owed, a mother who hears too much sweetness, a plumber on
Friday at nine, lipstick or a bag, a bonus with a zero before or after the point, a dog at the vet, a drawing board
from Santa, a rent raise of two hundred, a teacher's wife in poor health, tyres before a road trip, a Thai place on
Fifth Street, a son's flat 知道, a friend stood up, a used car two thousand cheaper, a cabin by the lake, a husband
away on Qixi, dumplings that always break, a drum that lost its rhythm, Suzhou for two days and a craft-beer bar. The
mix: plain ordinary replies, short cold answers (嗯 知道, 哦 行, 再说吧, 无所谓, 知道, 哦 没事), emoji-only replies (🥳🥳💃,
🌹🌹🥰, 💰💰💰🤑, 🥹🥹💕, 🥺🥺🫶) and emoji-heavy ones, voice-input run-ons without punctuation, space-separated chat,
replies with a typing slip (goign, 发迹线, 眼捷毛, 集和), replies that pick up a detail or a joke of the greeting, and
English exchanges (about a seventh of the set) with English greetings. The wording avoids the earlier sets: the
checker refuses the example phrases of the twelve earlier notes and of the judge's docstrings, the earlier sets'
whole short replies and stickers, and any text (greeting, turn, reply or reference follow-up) that shares a run of
more than 11 Han characters or more than 27 characters with the twelve notes, with the fourth to fourteenth sets'
build scripts or with the twelfth to fourteenth sets' helper modules."""

CALLS = """### Judgement calls (settled one way throughout this set; each follows an earlier set's rule)

1. **Holidays.** Every item carries one of the judge's sixteen `HOLIDAYS` directly; no 除夕 or 重阳 item was
   written. An English 清明 greeting that only says "Thinking of Dad today, sis" is labelled 清明, and an English
   端午 greeting that opens with "Dragon Boat day greetings" is labelled 端午.
2. **Asking the sender to do something is `request`,** also through an ability form (你能早点下班去取号吗, "Can you
   come by Sunday and hold him", "can you water my plants"), a bare instruction (退掉退掉, 视频吧, 别跟我妈说, 你来主持一下,
   节后来我办公室, 晚饭你们俩搞定, 你穿那条蓝裙子来就行, 周五下午之前给我), a claim on something owed (下周帮我挡一下周会的分享就当还了,
   "you owe me breakfast") and a caring instruction that is the whole content (a landlord's 燃气…别自己弄 直接给我打电话,
   "Don't forget to rotate the tires"). Caring words beside other content are not requests: a grandmother's
   路上开车慢点 after declining a present, a grandmother's 以后别寄了 and a father-in-law's 下回不许再乱花钱了 are
   `worried`/`none`. An uncle's 你也赶紧带一个回来给舅舅看看 is a jab, not a task: `teasing`/`none`. A neighbour who
   first arranged the key and then asked when the sender returns would have been a `request`; the key was left out
   of her reply, so it is `when`.
3. **`yes_no` for availability, permission and confirmation:** 能不能改成明晚 and 改到周末行不行 (moving a plan the
   sender proposed), 你周三下午过来方便吗 (confirming the sender's visit), 你看行不行 (a landlady asking the sender's
   verdict on a raise), "can I have them over saturday??" (permission), a guess to confirm (是不是买小了一码, 是不是我妈说的,
   圣诞老人是不是你, "…before the break, right?"), facts (坐得下五个人不, 会叫爷爷了不, 够不够大, 见没见我家老伴出门, 还在广州？,
   你钱准备好了吗, 上面那个数是高压吗, "is the Q4 deck ready", "Do you still play"), a boss's 有信心没, an offer (有没有需要我帮忙推荐的)
   and a friend's 你说这算有戏不 (asking the sender's verdict). A counter-jab that asks a real question stays `yes_no`
   (你呢 今年有人陪没); rhetorical ones are `none` (厨房还保得住不, 我能戴出门吗 会不会散架, 你这人怎么突然这么会).
4. **`what`, `when`, `where`:** a guessed amount (你猜多少), a head count (你们来几个人), how a task went ("How did the
   dough turn out"), a method (你当年高考怎么复习的), what to wear (你说我穿哪件好), a filling (什么馅的, 打算包什么馅), a
   flavour, a subject taught and what the sender did ("What did you end up doing today?", 你国庆在干嘛) are `what`;
   handing the day to the sender (你们哪天来提前说一声) and when a debt is repaid (啥时候还) are `when`; where the sender
   works (现在在哪工作, "Which company are you with now?"), where gift boxes were ordered, where to stay in Beijing and
   a place handed to the sender (你挑个地方, 你订 去哪都行, 这回去哪 听你的, "Where should I go for dinner") are `where`.
5. **`choice`:** an either-or naming both, also as advice asked of the sender (烟酒还是茶叶), a guess (口红还是包包), a
   joke (小数点前面还是后面), a barber's 染还是只剪 and the English "campus or home" and "sweet or savory".
6. **`how_are_you` for health and coping:** 睡得好不好, 你最近单位忙不忙 (a mother-in-law), 压力大不大 (a new team leader),
   胃还疼不, 新公司还习惯不, 吃得好不好, 你还扛得住吗, a doctor's 出院这一个月感觉怎么样, "Are you keeping warm in that drafty
   flat?" and "how are you coping with a newborn" are `how_are_you`.
7. **Invitations.** The recipient's own event or proposal is `invitation` (a client's factory visit, a
   mother-in-law's dinner, a father-in-law judging the boat race, an art contest, a department's solstice dinner, a
   client's tea and product launch, a neighbour's tea and cake, a cabin by the lake, a lantern walk, a dormitory
   barbecue, a class reunion, a cousin's dinner); clients who invite the sender (陈总, 严总, 邓总) are `happy`.
8. **Moods.** Terse answers after a letdown, a debt reminder or an apology (嗯 知道, 哦 行, 又回不来 行吧, 再说吧, 无所谓,
   知道, 哦 没事) are `cold`; bosses, clients and others who return the wish in a word or skip it and go to business
   (吴总, 孙总, 冯董, 马主任, 李校长, 郑总, 黄经理, 罗总, 方总, a coach, a thesis advisor, a doctor's follow-up visit, a
   landlady's raise, Ms. Parker, Mr. Reynolds, Mr. Zhao) are `cold`; a client away on business, a boyfriend on a
   train, a husband with a client or on a hospital shift, students and workers at it (an intern's stock-take, a
   thesis, the college exam, a son working through the holiday, out-of-memory errors, a server launch, a lab run)
   and new parents short of sleep are `busy`. Emoji-only 🥹🥹💕 and 🥺🥺🫶 are `touched`, 🥳🥳💃, 🌹🌹🥰 and 💰💰💰🤑 are
   `happy`; laughing at oneself (发际线又退了, 惊喜就是他出差了, 嫌我买的颜色土) is `happy`, a jab at the sender or someone
   else (老迟到的小胖, 皮厚得跟棉被似的, 说跟我一样耐活, 四不像, 小数点前面还是后面, 今年才一百八) is `teasing`. Elders' concern
   (睡得好不好, 吃得好不好, 别为我操心, 以后别寄了, a grandmother who wants no present) and money reproaches (体检套餐, 茶具,
   厦门) are `worried`, as is fretting over one's own problem (an exam, a crush, a dog at the vet, a wife not back
   from the market, two high results at a check-up); one's own illness or injury (重感冒, a calf muscle), a relative
   in hospital or in poor health, a death, a child far from home and a husband missing his family are `sad`. Being
   moved comes first (a mother-in-law's dinner → `touched`/`invitation`; a mother-in-law asking after work →
   `touched`/`how_are_you`; Mrs. Grant → `touched`/`where`; a grandfather at Qingming → `touched`/`how_are_you`; a
   girlfriend's 阿姨太好了吧😭 → `touched`/`what`)."""

JUDGE_NOTES = """### Notes on the judge (found while writing the references)

The references were written with the judge's word lists in view; wordings that the judge would misread were avoided,
not the items changed. Every reference passed all four checks on its first run. Wordings chosen up front: `yes_no`
answers open with 能/是/没/有/对/会/够 or carry 了 (能坐下 rather than 坐得下, which no list holds; 够大 for 够不够大;
准备好了), and 你周三下午过来方便吗 is answered 方便 (the reply's predicate before 吗); in `what` (Chinese) the answer to 你猜多少
avoids 多少 and 几 (我猜是八百八), since a question word makes a sentence count as a question; in `how_are_you` (Chinese)
胃还疼不 is answered 早没事了 because 不疼 is not in the judge's list; in `where` (English) places are given as "in
Austin" and "on Fifth Street"; in `invitation` (Chinese) 郭老师's contest is answered with 愿意 and 叶老师's dinner with
一定; the English `request` answers open with "Of course", "Sure", "Will do" or "I'll". Before the set was frozen,
twenty-six texts were reworded for this set's own copy rule, not for the judge: English stock openings ("Happy
Lantern Festival, Jess", "Happy Lunar New Year, Grandm…", "Merry Christmas, Mrs. Kim! W…", "Happy Mid-Autumn
Festival, M…", "Happy Dragon Boat Festival! …", ". Thank you for your patienc…", "! Dad and I are so proud of…",
"! Your chemistry class is th…") and other English runs ("…wish I could be there to he…", "…because of your
chemistry l…", "…for covering my on-call shi…", "…went to the cemetery this m…", ". How are you holding up
wit…", "! Did your team win the race"), an English reference ("…tonight if you want to talk…") and eleven Chinese
greetings (中秋快乐！今年我们一家都回…, 节快乐！毕业十年了，还记得您…, 感恩节快乐！感谢这一年对我…, 中秋快乐！一点心意，月饼礼盒…,
总，元旦快乐！新的一年期待与…, 总，生日快乐！祝您身体健康，事…, 快乐！祝您身体健康，科研顺利…, 第一个母亲节快乐！当妈的感…,
总，父亲节快乐！听说您家公子…, 妈，感恩节快乐！谢谢你这么多…, 快乐！这一年房子住得特别舒…) ran past 27 characters or 11 Han
characters in common with an earlier set's text, and one greeting (…跨年去哪儿…) reused an earlier example phrase.
On a read-through before freezing, six items were revised: a grandmother's 奶奶不要啥礼物 你回来就好 went from `happy`
to `worried` (an elder kindly declining), a neighbour's reply lost its key instruction (it would have made the item
a `request` before its `when`), 冯董's and 李校长's one-word wish followed by a task went from `happy` to `cold` (as
孙总's and 吴总's), a father's 知道 moved from 中秋 to 生日 (its greeting was too close to another father's), and four
replies were given a typing slip (goign, 发迹线, 眼捷毛, 集和)."""


def main() -> None:
    blob = dump()
    with open(os.path.join(HERE, JSON_NAME), "wb") as f:
        f.write(blob)
    with open(os.path.join(HERE, MD_NAME), "w", encoding="utf-8") as f:
        f.write(render_md(blob))
    print(f"{len(ITEMS)} items, {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")


if __name__ == "__main__":
    main()
