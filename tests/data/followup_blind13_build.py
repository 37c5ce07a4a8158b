#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind13_2026-12.json`` (standard library only).

Every item was written by hand, one by one, for this thirteenth set. The items live in four sibling modules,
``followup_blind13_items_1.py`` … ``followup_blind13_items_4.py`` (each defines ``ITEMS``, a list built with the
``it(...)`` helper of ``followup_blind13_common.py``), and are taken in that order. Each ``it(...)`` call holds
one item: language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind13_check.py`` can prove that
every item's expectations can be met under the judge.

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third to twelfth sets, copied unchanged from the twelfth set's build script); an other-holiday word
that the greeting, the thread or the reply itself uses is dropped for that item. Automatic forbidden phrases:
laughter (哈哈 / haha, lol) when the mood is sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at
清明; when the recipient asked something (question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone
addressed with 您 (respectful/formal), "and you?" to English respectful/formal recipients.

Run: ``python3 followup_blind13_build.py`` writes the JSON and the .md next to this file; rerunning it rewrites
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

VERSION = "2026-12-07b"
HERE = os.path.dirname(os.path.abspath(__file__))
JSON_NAME = "followup_blind13_2026-12.json"
MD_NAME = "followup_blind13_2026-12.md"
ITEM_MODULES = ("followup_blind13_items_1", "followup_blind13_items_2", "followup_blind13_items_3",
                "followup_blind13_items_4")

WRITTEN_BY = (
    "Written by hand on 2026-12-07 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/, scripts/ or "
    "experiments/ was opened, README.md was not opened, no test file other than tests/followup_judge.py was "
    "read, no .json file in tests/data was opened, no item module of the twelfth set nor any other set's items "
    "were opened, git was never run and the bot was never run; the twelfth set's note was read for its format, "
    "labelling rules and judgement calls, and the twelfth set's build script, helper module and check script "
    "were read and adapted. Each greeting, thread and reply of this thirteenth set was newly composed one by "
    "one, in four chunks, as people answer a holiday greeting in chat (parents, grandparents, parents-in-law, "
    "uncles, aunts and cousins, siblings, children, partners, friends and roommates, colleagues, bosses, "
    "clients, teachers and coaches, neighbours, landladies and landlords, doctors and other service people: "
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


def _load_items() -> list[dict]:
    raw: list[dict] = []
    if HERE not in _sys.path:
        _sys.path.insert(0, HERE)
    for name in ITEM_MODULES:
        spec = importlib.util.spec_from_file_location(f"{name}_b13", os.path.join(HERE, name + ".py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        raw.extend(mod.ITEMS)
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
        iid = f"fb13-{n:03d}"
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
    from followup_blind13_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
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
        written=WRITTEN, calls=CALLS, judge_notes=JUDGE_NOTES,
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


NOTE = """# Follow-up blind set 13 (`followup_blind13_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-07 (version
`2026-12-07b`). Do not edit the JSON, the build script, the helper module or the four item modules; a correction
makes a new set with a new name, version and SHA-256. The build is deterministic: rerunning it must reproduce the
JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-07 (`"version": "2026-12-07b"`).
- **Files:** `followup_blind13_build.py` (header, holiday word tables, assembling, this note; standard library
  only), `followup_blind13_common.py` (the `it(...)` helper), `followup_blind13_items_1.py` …
  `followup_blind13_items_4.py` (every item, by hand, 53 per module), `followup_blind13_check.py` (validator,
  `--selftest`), `followup_blind13_2026-12.json` (the set), `followup_blind13_2026-12.md` (this note), all in
  `/work/main/tests/data/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb13-001` … `fb13-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/`, `scripts/` or `experiments/`
was opened, and `README.md` was not opened; no `.json` file under `tests/data/` was opened; of the tests only
`tests/followup_judge.py` was read (in full). The twelfth set's note (`tests/data/followup_blind12_2026-12.md`)
was read in full for its format, labelling rules and judgement calls, which this set follows unchanged; no
earlier set's note was opened. The twelfth set's build script, helper module and check script were read in full
and copied and adapted (the build script holds no item: the twelfth set's items live in its item modules, which
were not opened, nor was any other set's item text; no item text of an earlier set was studied or reused). The
checker reads the ten earlier notes, the fourth to twelfth sets' build scripts and the twelfth set's helper
module as plain text, only to refuse copied runs, and its self-test prints only the names of its broken copies,
never a copied run. Git was never run, and the bot was never run. While writing, each chunk was checked with
small throw-away scripts kept outside the repository (under `/tmp`) that import the build script and call the
checker's functions.

{written}

Fields follow `tests/followup_judge.py` and the twelfth set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` and `typo` tags live only in the item modules.

- **register:** as in the earlier sets: 您-only `respectful` for grandparents, parents-in-law (mothers-in-law and
  fathers-in-law addressed as 妈 and 爸), uncles and aunts (舅舅, 小姨, 大伯, 姑父, 姨妈), teachers and coaches (school, head
  and kindergarten teachers, a university counsellor, thesis and doctoral advisors, an art teacher, a singing
  teacher, a taekwondo coach, a fitness coach, a home tutor, a carpentry master, an English teacher, a violin
  teacher, two university teachers, a professor), bosses (and a headmaster) and elders or service people outside the
  family (neighbours, a landlord and a landlady, a surgeon, a Chinese-medicine doctor, a dentist, a courier, a
  nanny, a car mechanic, a property manager, a florist, a food-delivery rider); `formal` for clients; `intimate` for
  partners, parents and one's own children; `casual` for friends and roommates, siblings, cousins, a brother-in-law,
  a sister-in-law, a niece and colleagues.
- **forbidden:** per item traps (加班 / "overtime" to clients) plus the automatic ones of the earlier sets: when
  the recipient asked something, 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您, "and you?" to
  English respectful/formal recipients; 哈哈 (zh) / haha, lol (en) when the mood is sad or worried; 清明快乐,
  节日快乐 (happy qingming, happy tomb) at 清明.
- **holiday words:** the earlier sets' per-holiday tables, unchanged; an other-holiday word that the greeting,
  the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third to twelfth sets' definitions and borderline rules unchanged, as restated
in the twelfth set's note (mood is what the latest reply conveys toward the sender, read with the greeting and
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

`python3 followup_blind13_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the twelfth set's 63 — with the set cut to 150 items — plus a twelfth-set example phrase, a
twelfth-set whole short reply, 30 characters and 12 Han characters copied from the twelfth set's note, 30
characters copied from the header of the twelfth set's build script and 30 characters copied from the twelfth
set's helper module (runs the texts the twelfth checker read do not hold, so the new texts are proven read)) and
requires the validator to fail on each with the error it targets; `followup_blind13_check.py -` reads a file from
stdin. It checks what the twelfth set's validator checks, with at least 180 items and at least 20 English items
(fields, types, canonical values equal to the judge's own tuples, version `2026-12-07b`, ids `fb13-NNN`
consecutive, no repeated reply or greeting, no Chinese in English items, threads of 1–4 turns,
`must_mention_any` exactly for `choice` with options found in the reply, other-holiday words disjoint and absent
from the item's own text, register consistent with the category, no example wording of the ten earlier notes or
of the judge's docstrings (the earlier checkers' list, kept and extended with the twelfth note's examples and
props), none of the earlier sets' whole short replies and stickers (extended with the twelfth note's), the
automatic forbidden traps, every family sub-group, a landlord, a doctor and a neighbour among the 其他 items, ≥5
short cold, ≥5 emoji-only, ≥8 emoji-heavy and ≥4 voice-style replies, no mood over half the set and `none` under
40%, English items over ≥12 holidays and ≥6 categories covering all 7 moods and all 9 question kinds, ≥30
threads of which ≥6 English, covering ≥6 moods and ≥7 question kinds, the per-value minimums, no asked kind
over 20%, the request and yes/no phrasings, no repeated reference), and no greeting, turn, reply or reference
shares a run of more than 11 Han characters or more than 27 characters with `followup_blind3_2026-12.md` …
`followup_blind12_2026-12.md`, `followup_blind4_build.py` … `followup_blind12_build.py` or
`followup_blind12_common.py` (NFKC, lower-cased). Then it loads `/work/main/tests/followup_judge.py`, checks that
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

WRITTEN = """Every greeting, earlier turn and reply was newly typed by hand, item by item, in four chunks of 53
items (one item module each), as the people around a user really answer a holiday greeting in chat: parents (two
English), grandparents on both sides (one English), parents-in-law on both sides, uncles, aunts and cousins (舅舅, 小姨,
大伯, 姑父, 姨妈, 表妹, an English cousin), a sister-in-law (嫂子) and a niece, siblings and cousins counted with them (哥哥,
姐姐, 妹妹, 弟弟, 表哥, 表姐, 姐夫, an English sister), sons and daughters (messages from a mother or a father), partners and
spouses, friends, roommates and old classmates, colleagues and a former colleague, bosses, a former boss and a
headmaster, clients, teachers and coaches, neighbours (one English), a landlord and a landlady, a surgeon, a
Chinese-medicine doctor and a dentist, a courier, a nanny, a car mechanic, a property manager, a florist and a
food-delivery rider. All sixteen holidays of the judge are used as such (no 除夕 or 重阳 label was needed). Situations
and props of this set: instant noodles feared on New Year's Eve, a lantern-show video to be sent full-screen, a
father who cried at his father's grave, a dormitory immersion heater that blew the fuse while cooking zongzi, a
quote asked for on Mid-Autumn, a self-drive to Sayram Lake, sparklers on a balcony after a missed countdown, a
grandmother's knee plasters, a girlfriend's night moved by a redesign, a ramen bar on 5th, a pupil who slept through
evening study and now designs bridges, a mother-in-law learning to swim, a new father who sleeps standing, 🤑🤑🤑 as a
birthday wish, a Christmas apple packed into a drawer, black-sesame tangyuan hung on a door handle, a launch watched
over three days of Qingming, zongzi from Jiaxing, a client at a Moganshan guesthouse, a sister asleep by ten on New
Year's Eve, a cat that beats the sender, a pot burnt through by boiled noodles, a three-breath rule and an IELTS
score, walking shoes for a mother, a flower-and-bird market, a colleague who covered shifts, a kindergarten cup left
in class, two boxes of oranges on the high-speed train, a mutton hotpot or a dumpling house, eye drops as a Qixi
present, a conference liaison asked of a former student, an aunt whose son's mock exam fell, tea kept unopened for a
visit, a father-in-law walking again after surgery, a grab of 0.88 in a red-envelope rain, a grandfather at the boat
race, an uncle's nudge about a girlfriend, a lantern-riddle evening refused, a girlfriend's late mother, a payment
term in a contract, home-baked mooncakes with too much sugar, a brother's final interview at a car maker, a boss's
budget sheet, a broken heating, yakiniku or sushi, a breakup told on Valentine's Day, a yellow-belt exam, flowers
that wilt in two days, two bottles of liquor for a father left waiting, an essay on river trade, a birthday noodle
soup kept warm, parcels taken in by a neighbour, a red envelope cut with scissors, three new products of a client, a
sprained ankle in plaster, a bottle of soy sauce, a server room on Mid-Autumn, a former roommate's housewarming,
mutton stew from a mother-in-law, an all-you-can-eat date, a present under the doormat, a civil-service post in the
city finance bureau, a lemon-bar recipe card, a father-in-law in hospital, a courier with a heavy day, a cousin's
engagement, a school's spring gathering and its programme, a final-round interview, tulips at the botanical garden,
a vendor signing before a flight, a sister's pickup or a taxi at eleven, wontons left in the freezer by a nanny, a
friend's mother in hospital, a car that no longer rattles, dinner with a requirements document, a forgotten
Valentine's surprise met with 呵呵, painting lessons and a free Saturday, a baby boss online twenty-four hours, Aunt
Linda's stuffing and the football game, a client moved that his birthday is never forgotten, an aroma lamp looked at
three times, a colleague late from the New Year train, a violin minuet to record, paper offerings for a grandfather,
zongzi received as 已收, and a grandfather's mooncake emoji for a grandchild abroad; a daughter alone with frozen
dumplings in Shenzhen, a riddle contest lost six to one, sticky-rice cakes for a grandfather's grave, a beer-braised
duck, a tent below Siguniang Mountain, a party at a boss's home, newspapers from the letterbox, yet another team
outing on Qixi, hot springs or a film, a teacher's class meeting, a son's crooked card, a health check moved, an
annual review, an eighty-first birthday cake, a desk cactus, a client's spring tea party, a father's weak heart, a
green dragon boat losing, a choice of mooncake boxes, a route by the motorway, a studio's client launch, cracked
hands at minus five, a confession turned down, a reservoir taken for the sea, a child who drifts off in class, a new
mother's night feeds, an electricity bill owed, a tender due at half past eight, a puffer coat, a former boss's late
nights, a sleep count after herbal medicine, graves moved to a new cemetery, paddling hands, a boss's dinner or
Shenzhen, a camper van to Beihai, a project review after the holiday, a mortise-and-tenon craft, a probation
warning, a mother's dizzy spells, a widowed chemistry teacher, "又下周", a nephew standing in for a cousin at an
uncle's table, a failed quality report, a rare art book, a lease renewal, a hamster, dishes left soaking, samples
after Qingming, mugwort at the estate gate and a zongzi morning, a husband on a site far away; an early-rising
plug-in for a 2027 self, a senior phone with one-key dialling, an annual framework price, a headquarters meeting,
lamb-and-carrot or pork-and-leek dumplings, a singing contest and a sore throat, silver carp soup, a tenth wedding
anniversary, a vacuum cleaner as a Qixi present, a phone charger at the front desk, a boyfriend on a drip, "不能", a
ramen shop for singles, a florist's red or pink bouquet, a dictionary kept for twenty years, a revision of a paper,
an open class, a roast lamb on social media, a grandson's canteen, a mother's small operation, a baby's first words,
a neighbour of seventy-odd years, a lake cabin in July, quitting smoking, a freshman in computer science, a son's
spanked bottom, a studio of three grown to dozens, a filled tooth, an average project, a mother alarmed by thanks, a
card game at a rooftop bar, a mother's fracture, hotpot or dumplings for a mother-in-law's birthday, a client's
birthday banquet, a Santa beard in the soup, a meeting at the Wanxiang mall, a tender handed in, hot cocoa for a
delivery rider, a queue at the Great Wall, sketching at Dunhuang, a dripping air-conditioner, a grandfather who
keeps asking, a father's oil-splashed noodles, a travel wedding, roast duck or shuan rou, tangyuan in an army
canteen, a lantern stall moved on, sample books from a client at a factory, a husband paddling in the final, and a
Mid-Autumn in Melbourne's spring. The mix: plain ordinary replies, short cold answers (不去, 收着了, 呵呵, 已收, 收到 谢, 又下周,
还凑合, 不能), emoji-only replies (🤑🤑🤑, 🙄🧧✂️, 🥮🥮👴❤️, 😭😭🙏📚, 🥹🥹💍, 🥲🥲🍜🙏) and emoji-heavy ones, voice-input run-ons without
punctuation, space-separated chat, replies with a typing slip (风大的, 公司得人, 问则, 过来和一碗, 跳个地儿, 复差, 回来一躺, 不知到, 价油),
replies that pick up a detail or a joke of the greeting, and English exchanges (about a ninth of the set) with
English greetings. The wording avoids the earlier sets: the checker refuses the example phrases of the ten earlier
notes and of the judge's docstrings, the earlier sets' whole short replies and stickers, and any text (greeting,
turn, reply or reference follow-up) that shares a run of more than 11 Han characters or more than 27 characters with
the ten notes, with the fourth to twelfth sets' build scripts or with the twelfth set's helper module."""

CALLS = """### Judgement calls (settled one way throughout this set; each follows an earlier set's rule)

1. **Holidays.** Every item carries one of the judge's sixteen `HOLIDAYS` directly; no 除夕 or 重阳 item was
   written, so the twelfth set's relabelling of them was not needed. An English 春节 greeting that opens with
   "Gong xi fa cai" is labelled 春节.
2. **Asking the sender to do something is `request`,** also through an ability form (下回做的时候能不能少放点糖,
   下个月的学术会你能不能帮我做个会务联络), a concrete instruction about the sender's own plans (你先吃别等我, 别走国道
   走高速, 别等我视频了, 面给我留着, 那你先把碗洗了), a claim of something owed (下个月的电费你交) and a summons
   (周五放学后您来学校一趟, 找人修修). Caring formulas beside the real content (开车慢点, 你别担心) are not requests:
   a father-in-law's 啥也不用捎 人回来就行 … 开车慢点 is `worried`/`none`. A request that comes before an
   invitation wins (a mother-in-law's 你们别总在外面吃 周末回来我给你们炖 is `request`).
3. **`yes_no` for availability, permission and confirmation:** 膏药网上还有得卖不, 这家网上能买到不, 你们那边有地方摆不
   (even if a purchase or a favour may follow), 我能不能把你的故事讲给学生听, 改成下个月行不行, 周日下午可以吗, 续不续 给我个
   准话, 车最近开着还行吧 and 是儿子写的吧 (guesses to confirm), 你说我能不能过这关 (asking the sender's verdict), and an
   offer (要不要我替你跟姥姥说说话). A rhetorical jab with a question form is `none`: 你说他是不是对我有什么误解,
   一百四保得住吗, 还指教呢.
4. **`what`, `when`, `where`:** reasons, amounts, progress and who-questions are `what` (质检报告到底什么原因没通过, 一晚上能
   睡几个钟头, 返修稿改到第几部分了, 主推的是哪几款, 年框合同你们准备怎么调价, 你猜我在这碰到谁了, 怎么没请老师喝喜酒, "who
   set it up?"), and so is "guess what" (你猜他第二个会说的词是啥); "guess when" is `when` (你猜我什么时候回去, 你猜他昨晚
   几点睡的, 啥时候来暖房); "guess where", which restaurant, where the sender put something and handing the place to the
   sender are `where` (猜猜我现在在哪, 你猜迁去哪了, 你猜我们在哪赏的月, 到底订的哪家, 你把我的充电器放哪了, 地方你们挑,
   你自己跳个地儿嗨吧).
5. **`choice`:** an either-or naming both, also inside an offer or a delivery question (蛋黄莲蓉和火腿的都剩一盒 你要哪个,
   你那单是放门口还是放快递柜, 要红的还是粉的, "going home for the holidays or staying here", "the client dinner on the
   18th or flying to Shenzhen") and two options offered to pick from (做顿火锅或者包饺子都行).
6. **`how_are_you` for the sender's health:** A-not-A or got-better questions about how the sender feels (上次说胃疼
   现在还疼不疼, 感冒好了没, 嗓子保养得怎么样 有没有再发炎, 爸你腰还疼吗, 你最近工作辛苦不, "Are you eating well in
   Toronto?") are `how_are_you`, not `yes_no`.
7. **Invitations.** The recipient's own event or proposal is `invitation` (a father's 花鸟市场, a neighbour's 改天来阿姨家吃饺子,
   a colleague's 周六去植物园, a grandfather's fish soup, a teacher's open class, a colleague's husband in the boat-race
   final, a property manager's zongzi morning, a sister's husband's camper van, a cousin's football game); clients and
   bosses who invite the sender (陈总, 赵经理, 蒋总, 梁总, 韩总, 杨总) are `happy`. 不去 to a colleague's invitation is a flat
   refusal, `cold`/`none`.
8. **Moods.** Terse answers after the sender's care or a repeated letdown (不去, 收着了, 呵呵, 又下周, 还凑合, 不能, 哦 又是
   团建) are `cold`; clients, bosses and others who skip the wish and go to business (裴总, 吴总, 李主任, 曹总, 郭总, 邵总,
   沈总, 欧阳总's 收到 谢, 韦总's 已收, 卢总's 项目做得一般, a doctoral advisor, a head teacher summoning a parent, a landlady's
   lease, a neighbour's dripping air-conditioner, Mr. Novak, Ms. Laurent) are `cold`; a boss or client on the move or in a
   meeting (孙总 driving, 何总, 江总, 马总, 翁总 at a factory, David boarding) is `busy`, and so are a florist and a
   delivery rider at their busiest and jokes about being occupied (有约, 跟需求文档约, 多了个老板). Emoji-only
   🥮🥮👴❤️, 😭😭🙏📚, 🥹🥹💍 and 🥲🥲🍜🙏 are `touched`, 🤑🤑🤑 (a wish for money, no jab) is `happy` and 🙄🧧✂️ is
   `teasing`; "你猜我什么时候回去😏" (playful, no jab) is `happy`; laughing at oneself (冻成狗, 睡三天 吃三天, 瞎扑腾,
   "my legs are dead") is `happy`, a jab at the sender or someone else (天天趴桌上睡觉, 它比你贴心, 锅烧穿了, 比你多六个,
   送了一台吸尘器, 胡子掉进汤里, 你三年没回去了吧) is `teasing`. Elders' money reproaches (健步鞋, 花) and concern for the
   sender (年夜饭吃的啥, 走高速, the good coat, 腰还疼吗, 过得好吗) are `worried`, as is fretting over one's own problem (终面,
   问责, 试用期, 戒烟长胖, 体检怕查出毛病, 摆摊的地方, 暖气); one's own illness or injury (a sprained ankle, a boyfriend on a
   drip, a mother's small operation, a father-in-law in hospital), a relative in hospital, a bereavement, a breakup, a
   turned-down confession and a daughter alone far from home are `sad`. Being moved comes first (a father-in-law's
   tea kept for the visit → `touched`/`when`; a wife's 是儿子写的吧 → `touched`/`yes_no`)."""

JUDGE_NOTES = """### Notes on the judge (found while writing the references)

The references were written with the judge's word lists in view; wordings that the judge would misread were avoided,
not the items changed. Every reference passed all four checks on its first run but one: an English `choice`
reference that repeated six words of the reply ("the client dinner on the 18th") broke the verbatim rule and was
shortened. Wordings chosen up front: in `what` (Chinese) 呢, 哪, 吗 and 啥 make a sentence a question, so the colleague
at Sayram Lake is answered 我在家躺了三天… rather than …躺着追剧呢; in `where` (Chinese) only the place lexicon counts, so 阳台
and 抽屉 were avoided for 门口, 楼下, 前台, 菜馆, 面馆, 镇上 and 海边; `yes_no` answers open with 有/要/能/是/没/不/当然 or carry 了 (修好了,
交了, 已经做好了), and the car mechanic's 还行吧 is answered 没问题了; answers that share a run with the reply's question were
kept under three characters of overlap (感冒好了没 is answered 好多了, not 感冒好多了); in `how_are_you` (English) "I'm doing
great" gives the first-person frame. Before the set was frozen, sixteen greetings, two replies and three references
were reworded for this set's own copy rule, not for the judge: among them stock openings (…国庆快乐！祝贵司生意兴隆,
…生日快乐！祝您身体健康…, …感恩节快乐！谢谢您这一年的…, …元旦快乐！新的一年期待与…, 元宵节快乐！晚上一起去看灯…, 七夕快乐！你家那位今年送了…, "Happy Lunar New Year, …!", "Happy
Lantern Festival, Mr. …", "Happy Father's Day, Dad! Sor…", "Merry Christmas, Mrs. …" with two names an earlier set
had used), an English question frame ("… kiddo. Are you still coming…"), a reply (…现在才知道你当年多不容易) and three stock
reference phrasings (…到了给您打电话, …周六上午九点植物园门口见, …周末我约几个同学一起去看…) ran past 27 characters or 11 Han characters in common
with an earlier set's text, and three more texts were reworded so as not to reuse a twelfth-set prop (a gift
"deployed" to a desk, a blood-pressure reading, a person's release notes). On a read-through before freezing, six
items were revised: two replies lost a second clause that made the question kind ambiguous (a mother's 别又是泡面对付, a
mother-in-law's 下回直接买两斤排骨), a headmaster's request to speak for the new teachers was replaced (too close to a
twelfth-set example), a 'teasing' label without a jab became `happy`, a mother-in-law's 那好吧 was dropped so that her
welcome reads `happy`, and one reference no longer told a daughter not to cry when she had not said she cried."""


def main() -> None:
    blob = dump()
    with open(os.path.join(HERE, JSON_NAME), "wb") as f:
        f.write(blob)
    with open(os.path.join(HERE, MD_NAME), "w", encoding="utf-8") as f:
        f.write(render_md(blob))
    print(f"{len(ITEMS)} items, {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")


if __name__ == "__main__":
    main()
