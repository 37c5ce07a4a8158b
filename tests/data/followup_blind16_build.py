#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind16_2026-12.json`` (standard library only).

Every item was written by hand, one by one, for this sixteenth set. The items live in four sibling modules,
``followup_blind16_items_1.py`` … ``followup_blind16_items_4.py`` (each defines ``ITEMS``, a list built with the
``it(...)`` helper of ``followup_blind16_common.py``), and are taken in that order. Each ``it(...)`` call holds
one item: language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind16_check.py`` can prove that
every item's expectations can be met under the judge.

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third to fifteenth sets, copied unchanged from the fifteenth set's build script); an other-holiday
word that the greeting, the thread or the reply itself uses is dropped for that item. Automatic forbidden phrases:
laughter (哈哈 / haha, lol) when the mood is sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at
清明; when the recipient asked something (question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone
addressed with 您 (respectful/formal), "and you?" to English respectful/formal recipients.

Run: ``python3 followup_blind16_build.py`` writes the JSON and the .md next to this file; rerunning it rewrites
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

VERSION = "2026-12-07e"
HERE = os.path.dirname(os.path.abspath(__file__))
JSON_NAME = "followup_blind16_2026-12.json"
MD_NAME = "followup_blind16_2026-12.md"
ITEM_MODULES = ("followup_blind16_items_1", "followup_blind16_items_2", "followup_blind16_items_3",
                "followup_blind16_items_4")

WRITTEN_BY = (
    "Written by hand on 2026-12-07 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/, scripts/ or "
    "experiments/ was opened, README.md was not opened, no test file other than tests/followup_judge.py was "
    "read, no .json file in tests/data was opened, no item module of the fifteenth set nor any other set's items "
    "were opened, git was never run and the bot was never run; the fifteenth set's note was read for its format, "
    "labelling rules and judgement calls, and the fifteenth set's build script, helper module and check script "
    "were read and adapted. Each greeting, thread and reply of this sixteenth set was newly composed one by "
    "one, in four chunks (one per four holidays), as people answer a holiday greeting in chat (parents, "
    "grandparents, parents-in-law, uncles, aunts and cousins, siblings, children, partners, friends and "
    "roommates, colleagues, bosses, clients, teachers and a driving coach, neighbours, landlords, doctors, a "
    "courier and a guard: ordinary replies, questions of every kind, requests, invitations, teasing jabs, "
    "worried, sad, cold, touched and busy replies, short cold answers, emoji-only and emoji-heavy replies, "
    "voice-input run-ons, replies that pick up a detail or joke of the greeting, English exchanges, "
    "multi-round threads), with new situations and props and avoiding the wording of the earlier sets and of "
    "the examples in their notes. Mood and question were labelled as a careful human reader would, following "
    "the earlier sets' rules unchanged. Expectations (answer_kind = question, register, forbidden traps, "
    "holiday words, must_mention_any for offered options) use the vocabularies of tests/followup_judge.py; a "
    "hand-written reference follow-up per item, kept only in the item modules and the build script, passes "
    "all four judge checks."
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
        spec = importlib.util.spec_from_file_location(f"{name}_b16", os.path.join(HERE, name + ".py"))
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
        iid = f"fb16-{n:03d}"
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
    from followup_blind16_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
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


NOTE = """# Follow-up blind set 16 (`followup_blind16_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-07 (version
`2026-12-07e`). Do not edit the JSON, the build script, the helper module or the four item modules; a correction
makes a new set with a new name, version and SHA-256. The build is deterministic: rerunning it must reproduce the
JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-07 (`"version": "2026-12-07e"`).
- **Files:** `followup_blind16_build.py` (header, holiday word tables, assembling, this note; standard library
  only), `followup_blind16_common.py` (the `it(...)` helper), `followup_blind16_items_1.py` …
  `followup_blind16_items_4.py` (every item, by hand: {chunks} per module), `followup_blind16_check.py`
  (validator, `--selftest`), `followup_blind16_2026-12.json` (the set), `followup_blind16_2026-12.md` (this note),
  all in `/work/main/tests/data/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb16-001` … `fb16-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/`, `scripts/` or `experiments/`
was opened, and `README.md` was not opened; no `.json` file under `tests/data/` was opened (the new set's own JSON
was only written by the build script and read by the checker); of the tests only `tests/followup_judge.py` was read
(in full). The fifteenth set's note (`tests/data/followup_blind15_2026-12.md`) was read in full for its format,
labelling rules and judgement calls, which this set follows unchanged; no earlier set's note was opened. The
fifteenth set's build script, helper module and check script were read and copied and adapted (the build script
holds no item; no item module of any earlier set was opened, and no item text of an earlier set was studied or
reused). The checker reads the thirteen earlier notes, the fourth to fifteenth sets' build scripts and the twelfth
to fifteenth sets' helper modules as plain text, only to refuse copied runs, and its self-test prints only the
names of its broken copies, never a copied run. Git was never run, and the bot and the benches were never run.
While writing, each chunk was checked with a small throw-away script kept outside the repository (under `/tmp`)
that runs the build script's assembling on the chunks written so far and calls the checker's functions.

{written}

Fields follow `tests/followup_judge.py` and the fifteenth set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` and `typo` tags live only in the item modules.

- **register:** as in the earlier sets: 您-only `respectful` for grandparents, parents-in-law (addressed as 妈 and
  爸), uncles and aunts (舅舅, 舅妈, an English aunt), teachers (a head teacher, a dance teacher, thesis advisors, a
  driving coach, an English history teacher and a daughter's science teacher), bosses and elders or service people
  outside the family (neighbours, an English neighbour, landlords and an English landlord, two doctors, a courier,
  a guard); `formal` for clients; `intimate` for partners, parents and one's own children; `casual` for friends,
  roommates, siblings, cousins and colleagues.
- **forbidden:** per item traps (加班 / "overtime" to clients) plus the automatic ones of the earlier sets: when
  the recipient asked something, 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您, "and you?" to
  English respectful/formal recipients; 哈哈 (zh) / haha, lol (en) when the mood is sad or worried; 清明快乐,
  节日快乐 (happy qingming, happy tomb) at 清明.
- **holiday words:** the earlier sets' per-holiday tables, unchanged; an other-holiday word that the greeting,
  the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third to fifteenth sets' definitions and borderline rules unchanged, as restated
in the fifteenth set's note (mood is what the latest reply conveys toward the sender, read with the greeting and
thread; two questions in one reply: a request or invitation first, then a concrete question before a phatic or
rhetorical one, else the one the reply ends on; confirming a plan is `yes_no`, a new proposal or the recipient's
own event is `invitation`; ability and permission forms are `yes_no` unless they ask the sender to do something;
handing a place decision to the sender is `where`; an either-or naming both alternatives is `choice`;
did-you-do-it questions are `yes_no`, how the sender or someone of theirs feels or copes is `how_are_you`, how a
task goes and what to wear or bring are `what`; a rhetorical jab is `none`; claiming something owed and asking the
sender to come and help are `request`; laughter alone is `happy`, `teasing` needs a jab or a joke at someone's
expense; being occupied is `busy`; an elder kindly declining, fretting over a small problem and a money reproach
are `worried`; one's own illness or a relative in hospital is `sad`; a flat reply to a letdown or a businesslike
thanks followed by a task is `cold`; being moved comes first in the mood even when a question follows).

{calls}

## Checks

`python3 followup_blind16_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the fifteenth set's 81 — with the set cut to 149 items — plus a fifteenth-set example phrase, a
fifteenth-set whole short reply, 30 characters and 12 Han characters copied from the fifteenth set's note, 30
characters copied from the header of the fifteenth set's build script and 30 characters copied from the fifteenth
set's helper module (runs the texts the fifteenth checker read do not hold, so the new texts are proven read)) and
requires the validator to fail on each with the error it targets; `followup_blind16_check.py -` reads a file from
stdin. It checks what the fifteenth set's validator checks, with at least 150 items and at least 18 English items
(fields, types, canonical values equal to the judge's own tuples, version `2026-12-07e`, ids `fb16-NNN`
consecutive, no repeated reply or greeting, no Chinese in English items, threads of 1–4 turns, `must_mention_any`
exactly for `choice` with options found in the reply, other-holiday words disjoint and absent from the item's own
text, register consistent with the category, no example wording of the thirteen earlier notes or of the judge's
docstrings (the earlier checkers' list, kept and extended with the fifteenth note's examples and props), none of
the earlier sets' whole short replies and stickers (extended with the fifteenth note's), the automatic forbidden
traps, every family sub-group, a landlord, a doctor and a neighbour among the 其他 items, ≥5 short cold, ≥5
emoji-only, ≥8 emoji-heavy and ≥4 voice-style replies, no mood over half the set and `none` under 40%, English
items over ≥12 holidays and ≥6 categories covering all 7 moods and all 9 question kinds, ≥30 threads of which ≥6
English, covering ≥6 moods and ≥7 question kinds, the per-value minimums, no asked kind over 20%, the request and
yes/no phrasings, no repeated reference), and no greeting, turn, reply or reference shares a run of more than 11
Han characters or more than 27 characters with `followup_blind3_2026-12.md` … `followup_blind15_2026-12.md`,
`followup_blind4_build.py` … `followup_blind15_build.py`, or `followup_blind12_common.py` …
`followup_blind15_common.py` (NFKC, lower-cased). Then it loads `/work/main/tests/followup_judge.py`, checks that
`mood_right` and `question_right` accept each item's labels (and reject a wrong mood), runs `passes` on each item
with the hand-written reference follow-up and requires all four verdicts to be True, and requires each
`forbidden` and `other_holiday_words` entry to make the judge fail a suggestion that contains it.

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
items, one item module each, four holidays per module and ten items per holiday), as the people around a user
really answer a holiday greeting in chat: parents (one English mother), grandparents on both sides (an English
grandmother and grandfather), parents-in-law on both sides, uncles, aunts and cousins (舅舅, 舅妈, 表妹, 堂哥, an
English aunt), siblings (哥哥, 姐姐, 弟弟, 妹妹, 表姐, an English brother and sister), sons and daughters (an English
son and daughter), partners and spouses, friends and roommates, colleagues, bosses, clients, teachers, thesis
advisors and a driving coach, neighbours, landlords, two doctors, a courier and a guard. All sixteen holidays of
the judge are used as such. Situations and props of this set: a wool sweater thought too young, a night with the
server room on the first days of the year, tape on a torn door couplet, a carp lantern by the river, bean-paste
tangyuan rolled by weak hands, peanut soup from burst tangyuan, a weekly meeting moved to ten, a suppliers' tea
party on the eighteenth, candied haws sold at a lantern fair, azaleas on a hill, a bottle of erguotou and
flatbread from the south of town for a father-in-law's grave, a chest X-ray after an operation, an airport rebooking, sixty
frozen zongzi, a workshop visit, an oar snapped in the boat race, three zongzi saved from an aunt's batch, a sore
back kept from a daughter, rice spilled over a desk, a Chaoshan beef hotpot or a Yunnan restaurant, a box left on a
shoe cabinet; a daughter on a dorm roof, a stomach that still acts up, a hill with few people, a transfer at an
airport, mooncakes baked hard enough to crack walnuts, a rooftop moon party, a riverside barbecue or a night-market
stall, a package tour to Huangshan, a housewarming hotpot, a vendor comparison, the motorway or the bullet train,
three projects' servers watched alone, a wait of five hours at Disneyland, lab data, a balcony window before a
typhoon, a water town by bus, fireworks by the river, a brother asleep at 11:52, a cracked hip, a borrowed novel
found again, a year-end summary template, a first solstice without a grandfather, dumplings in an activity room,
a neighbour's late husband, a broken stairwell light, shrimp or mushroom dumplings, advanced maths three chapters
behind, a potluck with chopsticks; a husband at a client dinner, flowers sent to an office, a friend who just found
someone, a table booked by a wife still in sweatpants, an interface test, a husband with chest tightness, a bracelet
remembered and a mango drink, a Ferris wheel, a break-up on Sunday, a riverside private kitchen, ten years of
marriage, a greeting in optimisation terms, roses in an office, a colleague covered at five, a price cut of two
points, a wok as a present, a fever of 38.5, a girls' night with sushi or Korean barbecue, a cold in a far city; a
screenshot kept by a head teacher, a rehabilitation therapist, a student who still writes, a school anniversary
dinner, a costume to iron, four lessons in a row and loquat syrup, a place at graduate school, a driver who kept
touching the line, a talk about reading; a mother embarrassed by sweetness, a massage cushion and a year-end bonus,
lisianthus on the front step, red-braised fish from a grandmother, a child's drawing of a mother as a potato, a
new mother who has not washed her hair, a box of health supplements, massage shoes or silk pyjamas, a client's
one-month-old baby, Hangzhou food near a lake road; a father with one word, tea for a father-in-law, a grandson who
is a tiny tyrant, willows in a park, a son's exam, hair falling out in a first year as father, a scar that still
hurts, a barbecue at home, grey stuff at breakfast in bed, a server that never goes down; a revised contract, a
year-end thank-you banquet, a friend paid back with skewers, blood pressure a year after a rescue, staff numbers, a
quarter's money by the tenth, a mother after a fall, rollbacks paid with hotpot; a strawberry cake, a greeting at
midnight, tea after a trip, an eightieth birthday at home or in a restaurant, a ninetieth party, a mechanical
keyboard, an uncle in hospital for a month, a colleague contradicted in a meeting, longevity noodles kept by a
neighbour, a release with no rollback; heating left on low, a ten-metre tree at a plaza, hotpot then a bar, a
framework contract draft, a first lonely winter in Dublin, socks with bells, a hand warmer, an exam due abroad, a
present under the tree and a tiny tree from a stationery shop. The mix: plain ordinary replies, short cold answers
(哦 懂, 还那样, 算了吧, 嗯 好, 嗯 忙, 嗯 好吧), emoji-only replies (🏮🥰🥰, 💸💸🙏🙏, 💐🥹🥹, 🦃🤝😎, 🥺🥺💝, 🎁😭😭❤️) and
emoji-heavy ones, voice-input run-ons without punctuation, space-separated chat, replies with a typing slip
(wroth, 怎么半, 一快来, 农一个), replies that pick up a detail or a joke of the greeting, and English exchanges (about
a sixth of the set) with English greetings. The wording avoids the earlier sets: the checker refuses the example
phrases of the thirteen earlier notes and of the judge's docstrings, the earlier sets' whole short replies and
stickers, and any text (greeting, turn, reply or reference follow-up) that shares a run of more than 11 Han
characters or more than 27 characters with the thirteen notes, with the fourth to fifteenth sets' build scripts or
with the twelfth to fifteenth sets' helper modules."""

CALLS = """### Judgement calls (settled one way throughout this set; each follows an earlier set's rule)

1. **Holidays.** Every item carries one of the judge's sixteen `HOLIDAYS` directly, ten items each; no 除夕 or 重阳
   item was written. An English 端午 greeting that says "Happy Duanwu 🐉" is labelled 端午.
2. **Asking the sender to do something is `request`,** also through an ability form ("can you call and rescue me",
   "can you drop them off tonight", "could you and Mom come help this weekend"), a bare instruction (假期手机别关 有事找你,
   明早的周会推到十点 通知一下大家, 你别告诉你妈, 给个提示, 回头给我讲讲, 到了说一声), a hint (我想要个鲤鱼灯), a claim on
   something owed (晚上你请我撸串就算还了) and asking the sender to come and help (你明年来给我收钱不). A grandfather who
   asks the sender to keep his sore back secret is `worried`/`request`.
3. **`yes_no` for availability, permission and confirmation:** 改周日走行不行 and 跟你换初六行不行 (moving a plan),
   交期能不能提前一周 and 能不能再让两个点 (a client), 阳台窗户关了没, 你有没有模板 (having a thing, the wish to get it
   left implicit), 人手够不够, 你俩的年终奖发了吗, 是不是又给我买的保健品, 你会不会生气, 现在敢上高速了没, "Is the revised
   contract coming before Friday?" and "Are you still writing?". A counter-jab that asks a real question stays
   `yes_no` (是不是又窝在出租屋里过年, 你是不是在偷笑, 你是不是觉得我还在上小学, "you're gonna tell mom, right?"); a
   rhetorical one is `none` (你什么时候也来体验一下).
4. **`what`, `when`, `where`:** what to wear (你说我带啥衣服), a trade (你现在做哪一行了), how a task goes (实验数据整理到
   哪一步了, 你们组最近上线顺利不), advice (怎么办啊), a guess (你猜是啥馅), plans ("what are you doing with yours today?")
   and a flower's name are `what`; handing the day to the sender (时间你们定, 你们哪天过来, 改明晚或者后天你挑一天) is
   `when`; handing a place to the sender (帮我们挑个人少的地儿, 你定吧, 你定地方, 你挑个有树荫的), 你在哪呢, 哪买的,
   附近哪家好 and a cheap day-trip place are `where`.
5. **`choice`:** an either-or naming both (烧烤还是老街大排档, 开车走高速还是坐动车, 看电影还是去游乐园坐摩天轮, 虾仁的还是
   香菇的, 按摩鞋还是真丝睡衣, 在家里吃还是去饭店, 吃火锅还是去酒吧, 潮汕牛肉火锅还是云南菜, "sushi or that new Korean
   BBQ place").
6. **`how_are_you` for health and coping:** 你那个胃最近还闹腾不, 身子骨顶得住不, 适应得咋样, 睡眠好点了吗, 感冒好点没,
   a doctor's 老爷子现在血压稳不稳, 你们在外面过得好不好, "Are you sleeping enough?", "How is your mother doing after
   the fall?" and "are you surviving the new job?".
7. **Invitations.** The recipient's own event or proposal is `invitation` (a suppliers' tea party, a rooftop moon
   party, a housewarming hotpot, a riverside countdown, dumplings in an activity room, a potluck, dinner at a
   boyfriend's place, a school anniversary dinner, a barbecue at home, a year-end banquet, tea after a trip, a
   ninetieth birthday party asked as "Coming … or not?").
8. **Moods.** Terse answers after a letdown or an apology (哦 懂, 还那样, 算了吧, 嗯 忙, 嗯 好吧) and a thesis advisor's
   嗯 好 are `cold`; bosses, clients, teachers and a landlady who return the wish in a word or skip it and go to
   business (钱总, 许总, 刘总, 陈处, 周总, 黄总, 魏总, Ms. Lin, Mr. Porter, 孙老师, 郭老师, 赵姐) are `cold`, while clients
   and bosses who welcome, praise or invite (韩总, 杨总, 宋总, 姜总, 唐总, 曹总, 郑总, 郭总) are `happy`; people at work
   or occupied (a husband at a client dinner, an interface test, a server room, four lessons in a row, a new mother,
   a client with a newborn, a boss at an airport or outside an exam hall, a student abroad before an exam, a
   rebooking) are `busy`. Emoji-only 💐🥹🥹, 🥺🥺💝 and 🎁😭😭❤️ are `touched`, 🏮🥰🥰, 💸💸🙏🙏 and 🦃🤝😎 are `happy`;
   laughing at oneself (mooncakes for cracking walnuts, a sweater too young, grey stuff at breakfast) is `happy`,
   a jab at the sender or someone else (老李's oar, 漏米, 压线压了八回, 矫情, 太阳从西边出来了, a wok as a present,
   socks for a pupil, "thanks for rubbing it in") is `teasing`. Money reproaches (冤枉钱, 花这钱干啥), an elder kindly
   declining a visit, a landlord's typhoon window, a husband's chest tightness before a check, an exam one may fail
   and elders' concern over health are `worried`; one's own illness (a fever, a scar that hurts), a relative in
   hospital or just hurt, a death, a break-up, loneliness abroad and missing home or a partner far away are `sad`.
   Being moved comes first (Mr. Hughes → `touched`/`yes_no`; a mother-in-law's hand warmer → `touched`/
   `how_are_you`)."""

JUDGE_NOTES = """### Notes on the judge (found while writing the references)

The references were written with the judge's word lists in view; wordings that the judge would misread were avoided,
not the items changed. Every reference passed all four checks on its first run. Wordings chosen up front: `yes_no`
answers open with 能/是/不/有/够/敢/关了/发了 or carry 了, and English ones with "Yes"; `how_are_you` answers use
挺好/好多了/稳定 and, in English, "I'm doing …" or "She's doing much better"; `where` answers name a 公园, 广场, 路,
店, 山 or 公司, or "in Zhujiajiao"; `what` answers are plain statements without 几 or 多少; English `request` answers
open with "Of course", "Sure" or "Will do". Before the set was frozen, seventeen texts were reworded for this
set's own copy rule, not for the judge: six English greetings (Happy National Day holiday, Ms. …, then … hope you
get some real res…; Ms. Rivera, happy Teachers' …; Happy Mother's Day, Mom! Sor…; Happy Thanksgiving, Aunt Car…;
… galentine's dinner still on; … thanks for fixing the heat…, then … has been perfect since you …), an English
reference (… will be on your desk Monday) and ten Chinese greetings (端午安康！毕业五年了，还记得…, 今晚的月亮我替你
多看两眼, 老师教师节快乐！祝您桃李满…, 我考上研究生了，第一个想告…, 妈，母亲节快乐！给您买的按摩…, 母亲节快乐！您是妈妈的
妈妈…, 妈，感恩节快乐！谢谢你把我养…, 感恩节快乐！感谢您这一年的…, 感恩节快乐！这一年多亏你帮…, 生日快乐！祝您福寿安康，
事业…) ran past 27 characters or 11 Han characters in common with an earlier set's text, and three texts reused
an earlier example word (还疼不疼 in a thread, 食堂 in a thread, porch in a thread). On a read-through before freezing,
eight items were revised: three threads were reordered so that the latest reply follows the last turn (a son's 还那样,
a girlfriend's 算了吧, a mother's dumpling guess), three replies lost an opening that repeated the thread (黄总,
a cousin's husband, a sister's present), 郭老师's 谢谢家长 followed by a task went from `happy` to `cold` (as the
bosses'), 罗姐's newborn went from `happy` to `busy`, and four replies were given a typing slip."""


def main() -> None:
    blob = dump()
    with open(os.path.join(HERE, JSON_NAME), "wb") as f:
        f.write(blob)
    with open(os.path.join(HERE, MD_NAME), "w", encoding="utf-8") as f:
        f.write(render_md(blob))
    print(f"{len(ITEMS)} items, {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")


if __name__ == "__main__":
    main()
