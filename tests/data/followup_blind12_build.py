#!/usr/bin/env python3
"""Builds the frozen blind follow-up set ``followup_blind12_2026-12.json`` (standard library only).

Every item was written by hand, one by one, for this twelfth set. The items live in four sibling modules,
``followup_blind12_items_1.py`` … ``followup_blind12_items_4.py`` (each defines ``ITEMS``, a list built with the
``it(...)`` helper of ``followup_blind12_common.py``), and are taken in that order. Each ``it(...)`` call holds
one item: language, holiday, style, relation (the sender's word), relation category, how the sender addresses the
recipient, the greeting the sender sent, the recipient's latest reply, the mood and question labels, the
register, and a reference follow-up (``ref``) that a careful person could send back. The reference is NOT
written into the JSON: it lives only here (``REFERENCES``), so that ``followup_blind12_check.py`` can prove that
every item's expectations can be met under the judge.

Holiday words: ``holiday_words_ok`` and ``other_holiday_words`` come from the per-holiday tables below (the same
tables as the third to eleventh sets, unchanged); an other-holiday word that the greeting, the thread or the
reply itself uses is dropped for that item. Automatic forbidden phrases: laughter (哈哈 / haha, lol) when the mood
is sad or worried; 清明快乐 / 节日快乐 (happy qingming, happy tomb) at 清明; when the recipient asked something
(question != none): 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您 (respectful/formal), "and
you?" to English respectful/formal recipients.

Run: ``python3 followup_blind12_build.py`` writes the JSON and the .md next to this file.
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

VERSION = "2026-12-07"
HERE = os.path.dirname(os.path.abspath(__file__))
JSON_NAME = "followup_blind12_2026-12.json"
MD_NAME = "followup_blind12_2026-12.md"
ITEM_MODULES = ("followup_blind12_items_1", "followup_blind12_items_2", "followup_blind12_items_3",
                "followup_blind12_items_4")

WRITTEN_BY = (
    "Written by hand on 2026-12-07 by an AI assistant working as a helper session of the greetbot project, "
    "blind to the code it measures: nothing under bot/, adapters/, bench/, model_server/, scripts/ or "
    "experiments/ was opened, README.md was not opened, no test file other than tests/followup_judge.py was "
    "read, no .json file in tests/data was opened, git was run only once, by mistake, as a read-only "
    "'git status' whose output was discarded unseen, and the bot was never run; the eleventh "
    "set's note was read for its format, labelling rules and judgement calls, the eleventh set's check script "
    "for its validator logic, and the eleventh set's build script only for its header, item helper, holiday "
    "word tables, assembling and note code. Each greeting, thread and reply of this twelfth set was newly "
    "composed one by one, in four chunks, as people answer a holiday greeting in chat (parents, grandparents, "
    "parents-in-law, uncles and aunts, siblings and cousins, children, partners, friends and roommates, "
    "colleagues, bosses, clients, teachers, neighbours, a landlord, a doctor and other service people: ordinary "
    "replies, questions of every kind, requests, invitations, teasing jabs, worried, sad, cold, touched and busy "
    "replies, short cold answers, emoji-only and emoji-heavy replies, voice-input run-ons, typos, replies that "
    "pick up a detail or joke of the greeting, English exchanges, multi-round threads), avoiding the wording of "
    "the earlier sets and of the examples in their notes. Mood and question were labelled as a careful human "
    "reader would, following the earlier sets' rules unchanged. Expectations (answer_kind = question, register, "
    "forbidden traps, holiday words, must_mention_any for offered options) use the vocabularies of "
    "tests/followup_judge.py; a hand-written reference follow-up per item, kept only in the build script, "
    "passes all four judge checks."
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
        spec = importlib.util.spec_from_file_location(f"{name}_b12", os.path.join(HERE, name + ".py"))
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
        iid = f"fb12-{n:03d}"
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
    from followup_blind12_check import (FAMILY_GROUPS, HOLIDAYS, MOODS, QUESTIONS, REGISTERS, RELATION_CATEGORIES,
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


NOTE = """# Follow-up blind set 12 (`followup_blind12_2026-12.json`) — FROZEN

**Status: frozen.** The items, their labels and their expectations are final as of 2026-12-07. Do not edit the
JSON, the build script or the four item modules; a correction makes a new set with a new name, version and
SHA-256. The build is deterministic: rerunning it must reproduce the JSON byte for byte (same SHA-256 as below).

- **Who:** an AI assistant working as a helper session of the greetbot project, on request of the project's
  session, blind to the code being measured.
- **When:** 2026-12-07 (`"version": "2026-12-07"`).
- **Files:** `followup_blind12_build.py` (header, holiday word tables, assembling, this note; standard library
  only), `followup_blind12_common.py` (the `it(...)` helper), `followup_blind12_items_1.py` …
  `followup_blind12_items_4.py` (every item, by hand, about 53 per module), `followup_blind12_check.py`
  (validator, `--selftest`), `followup_blind12_2026-12.json` (the set), `followup_blind12_2026-12.md` (this
  note), all in `/work/main/tests/data/`.
- **JSON:** {size} bytes, SHA-256 `{sha}`, {n} items (`fb12-001` … `fb12-{last}`).

## How it was written

Blindness rules kept: nothing under `bot/`, `adapters/`, `bench/`, `model_server/`, `scripts/` or `experiments/`
was opened, and `README.md` was not opened; no `.json` file under `tests/data/` was opened; of the tests only
`tests/followup_judge.py` was read (in full). The eleventh set's note (`tests/data/followup_blind11_2026-12.md`)
was read in full for its format, labelling rules and judgement calls, which this set follows unchanged; the third
to tenth sets' notes were not opened. The eleventh set's check script was read in full (copied and adapted); of
its build script only the header, the `it(...)` helper, the per-holiday word tables (copied unchanged), the
assembling code and the note code were read (located by a listing of its top-level names and section headings);
its item section was not opened and no item text of it was studied or reused. The checker reads the nine earlier
notes and the fourth to eleventh sets' build scripts as plain text, only to refuse copied runs, and its
self-test prints only the names of its broken copies, never a copied run. The bot was never run. Git was run
once, by mistake, as a read-only `git status` appended to a check command; its output was discarded unseen and
nothing was changed.

{written}

Fields follow `tests/followup_judge.py` and the eleventh set's schema exactly: top level `version`, `written_by`,
`items`; each item `id`, `language`, `sender_name`, `recipient`, `relation`, `relation_category`, `holiday`,
`style`, `greeting`, `thread` (turns `{{"from": "recipient"|"sender", "text"}}`), `reply`, `mood`, `question`,
`expect` (`answer_kind` = `question`, `register`, `forbidden`, `holiday_words_ok`, `other_holiday_words`,
`must_mention_any`). The reference follow-ups and the `pick` and `typo` tags live only in the item modules.

- **register:** as in the earlier sets: 您-only `respectful` for grandparents, parents-in-law (mothers-in-law and
  fathers-in-law addressed as 妈 and 爸, an English mother-in-law), uncles and aunts (舅舅, 姑姑, 小姨), teachers
  (school and head teachers, a thesis advisor, a piano teacher, a dance teacher, a swimming coach, an English
  teacher, a professor, a retired teacher), bosses (and a headmaster) and elders or service people outside the
  family (neighbours, a landlady, an English landlord, two doctors, a security guard, a nanny, a hairdresser, a
  property manager); `formal` for clients; `intimate` for partners, parents and one's own children; `casual` for
  friends and roommates, siblings, cousins, a brother-in-law, a nephew and colleagues.
- **forbidden:** per item traps (加班 / "overtime" to clients; 恭喜 to a friend just laid off; 父亲节快乐 to a friend
  on his first Father's Day without his father) plus the automatic ones of the earlier sets: when the recipient
  asked something, 爸妈 and 你呢？ to a parent, 你呢？ to anyone addressed with 您, "and you?" to English
  respectful/formal recipients; 哈哈 (zh) / haha, lol (en) when the mood is sad or worried; 清明快乐, 节日快乐
  (happy qingming, happy tomb) at 清明.
- **holiday words:** the earlier sets' per-holiday tables, unchanged; an other-holiday word that the greeting,
  the thread or the reply itself uses is dropped for that item.

### Labels

Mood and question kind follow the third to eleventh sets' definitions and borderline rules unchanged, as restated
in the eleventh set's note (mood is what the latest reply conveys toward the sender, read with the greeting and
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

`python3 followup_blind12_check.py` validates the JSON and prints OK; `--selftest` first breaks {selftest_cases}
in-memory copies (the eleventh set's 58 — with the set cut to 150 items — plus an eleventh-set example phrase, an
eleventh-set whole short reply, 30 characters and 12 Han characters copied from the eleventh set's note, and 30
characters copied from the header of the eleventh set's build script (runs the texts the eleventh checker read
do not hold, so the new texts are proven read)) and requires the validator to fail on each with the error it
targets; `followup_blind12_check.py -` reads a file from stdin. It checks what the eleventh set's validator
checks, with at least 180 items and at least 20 English items (fields, types, canonical values equal to the
judge's own tuples, ids `fb12-NNN` consecutive, no repeated reply or greeting, no Chinese in English items,
threads of 1–4 turns, `must_mention_any` exactly for `choice` with options found in the reply, other-holiday
words disjoint and absent from the item's own text, register consistent with the category, no example wording
of the nine earlier notes, the judge's docstrings or the README (the earlier checkers' list, kept and extended
with the eleventh note's examples and props), none of the earlier sets' whole short replies and stickers, the
automatic forbidden traps, every family sub-group, a landlord, a doctor and a neighbour among the 其他 items, ≥5
short cold, ≥5 emoji-only, ≥8 emoji-heavy and ≥4 voice-style replies, no mood over half the set and `none` under
40%, English items over ≥12 holidays and ≥6 categories covering all 7 moods and all 9 question kinds, ≥30
threads of which ≥6 English, covering ≥6 moods and ≥7 question kinds, the per-value minimums, no asked kind
over 20%, the request and yes/no phrasings, no repeated reference), and no greeting, turn, reply or reference
shares a run of more than 11 Han characters or more than 27 characters with `followup_blind3_2026-12.md` …
`followup_blind11_2026-12.md` or `followup_blind4_build.py` … `followup_blind11_build.py` (NFKC, lower-cased).
Then it loads `/work/main/tests/followup_judge.py`, checks that `mood_right` and `question_right` accept each
item's labels (and reject a wrong mood), runs `passes` on each item with the hand-written reference follow-up
and requires all four verdicts to be True, and requires each `forbidden` and `other_holiday_words` entry to
make the judge fail a suggestion that contains it.

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

WRITTEN = """Every greeting, earlier turn and reply was newly typed by hand, item by item, in four chunks of 53–54 items
(one item module each), as the people around a user really answer a holiday greeting in chat: parents,
grandparents on both sides (one English), parents-in-law (one English), uncles and aunts, a nephew, siblings
(two English), cousins and a brother-in-law (姐夫), sons and daughters, partners and spouses, friends and
roommates, colleagues, bosses and a headmaster, clients, teachers and coaches, neighbours, a landlady and an
English landlord, two doctors, a security guard, a nanny, a hairdresser and a property manager. 除夕 greetings are
labelled 春节, and 重阳 appears inside a 生日 item (see the judgement calls). Situations and props of this set: a
nurse on duty on New Year's Eve, a grandmother's first voice message and her pig trotters, an automatic mahjong
table and a can of peanut oil, three hundredth place on a ticket waiting list, a spare bowl at a ten-dish
dinner, trading cards bought with lucky money, a dog afraid of firecrackers, dumplings like sad little pillows,
a trotting-horse lantern, twenty rings and no prize at a ring toss, fried yuanxiao from the queue in the lane, a
kite stuck at the office, a great-grandmother's photo to print, a son asked to bring a spade, a grass carp
longer than a toddler, an e-scooter to the boat race, a zongzi-wrapping contest as team building, mugwort from an
aunt's backyard, the man holding the sign at the boat race, five-colour thread for a neighbour's granddaughter,
hairy crabs for a grandfather, a snow-skin mooncake "deployed" to a desk, a landlady who freezes the rent, a
brother's girlfriend announced in the family group, a bicycle pumped up for a grandchild, a wedding on the third
of October, almonds from Kashgar, a sunrise on Mount Tai seen as the back of heads, a pothos with yellow
leaves, a phone at 12% in a highway jam, release notes promising more hair, a dance date that moves a visit,
concert tickets in the third row, a school gala host who wants no parents there, long johns and an electric
heater, twenty-five dumplings before a meeting, an old neighbour's first dumplings in years, a heater sent to
the wrong address, a piano lesson moved to nine, a husband at sea on Qixi, a proposal after five years, a steak
turned to charcoal, a hand-written letter that took two weeks, a trampoline park at thirty-four, a snowed-in
boyfriend rebooking his flight, roses for a cleaner, a grandfather's flower that went into a vase, a teacher who
once cycled a pupil to hospital, a drawing with eight legs, a retired teacher who still wakes at six, a
master's application, a calligraphy class for a mother of sixty, sugar for salt in a father's cooking, a
seamstress mother altering qipaos, twins who blew up the kitchen, a grill cover, a Swiss army knife, a
ride-hailing uncle, football tickets for a client's son, a secret blood-pressure result, an apple cake recipe,
a borrowed novel never returned, a turkey leg traded for hotpot, three house moves in a year, an eightieth
birthday on 重阳, a sugar-free cake, a giraffe-length scarf, a white-tea cake for a client, homemade sausages
taken by colleagues, a gingerbread house, a light show by the river, a Christmas tree party in the estate, a
rent rise in January and a remote-control car for a child who moved house. The mix: plain ordinary replies,
short cold answers (看吧, 那算了, 呵 行, 合脚, 谢谢哈, 嗯 晚回), emoji-only replies and emoji-heavy ones, voice-input
run-ons without punctuation, space-separated chat, replies with a typing slip (图书管, 做大巴, 有难受了, 赶搞, 你有麻…),
replies that pick up a detail or a joke of the greeting, and English exchanges (about an eighth of the set)
with English greetings. The wording avoids the earlier sets: the checker refuses the example phrases of the
nine earlier notes, of the judge's docstrings and of the README, the earlier sets' whole short replies and
stickers, and any text (greeting, turn, reply or reference follow-up) that shares a run of more than 11 Han
characters or more than 27 characters with the nine notes or with the fourth to eleventh sets' build scripts."""

CALLS = """### Judgement calls (settled one way throughout this set; each follows an earlier set's rule)

1. **Holidays the judge does not name.** The judge's `HOLIDAYS` has no 除夕 and no 重阳, and the schema requires
   one of its values: the two 除夕 greetings (a nurse on duty, a daughter abroad) are labelled 春节, whose word
   table already holds 除夕; 重阳 appears only in a 生日 item (a grandfather's eightieth birthday that falls on
   重阳), labelled 生日.
2. **Asking the sender to do something is `request`, also when phrased as ability or a proposal:** 妈你能不能再寄一箱,
   要不你请我吃顿饭弥补一下 (claiming a treat owed), 你代表青年教师发个言, 跟闺女说爸爸年底就回 (relay a message), 这事先瞒着你妈
   and 下回别寄了; a client's 月饼心领了 (declining a gift without asking anything) is `none`. A music teacher's
   这周六的课我能不能提前到上午九点 and a mother-in-law's 四号再来行不行 move an agreed time and are `yes_no`, as is a
   colleague's 四点半切行吗.
3. **Reasons, amounts and durations are `what`:** 她怎么知道我公文包在哪, 你们每人出了多少, 写了多久啊, 具体改了哪几项, 你猜她说啥
   and 你猜我买的啥花; a grandmother's 花了不少钱吧 guesses to confirm and is `yes_no`. 你猜我在哪钓的, 你说去哪 (a boss
   leaving the restaurant to the sender) and "can't decide where to go. Any tips?" are `where`.
4. **Either-or naming both is `choice`,** also for a route (坐大巴还是骑电驴), an address (老家还是我这), an order of
   the evening (先吃饭还是先看) and a guessing game (手链还是口红).
5. **Invitations.** A landlady's 有空来家里吃饭, a hairdresser's 下周三有空来修一下吗, a dance teacher's 汇报演出 家长都来看吧,
   a father-in-law's 公园有表演 你也来看看 and a friend's own wedding (人得来啊) are `invitation`; clients who invite
   the sender over (郑总, 林总, 宋总, Ms. Alvarez) and a boss who invites the team and families to dinner (胡总) are
   `happy`.
6. **Moods.** Terse one-word answers after the sender's care (合脚, 那算了, 看吧, 谢谢哈) and a wife's 呵 行 after a
   broken promise are `cold`; 🐶🐶🍢, 😱😱😱💃 and 🏠✨😍 are `happy`, 🥺❤️🎂 is `touched`, 😏😏👀 is `teasing` and 🥣🥣🥺
   from a partner far away is `sad`; a jab at the sender or someone else (套圈一个没中, 那是炭, 照着长颈鹿织的,
   比妈还啰嗦, 糖当盐) is `teasing`, laughing at oneself (举牌子的功劳, 全是别人的后脑勺) is `happy`; exam stress,
   a complaint from a parent, a bride-price quarrel, a back that hurts at thirty and a mother nervous about a
   boyfriend's visit are fretting over one's own problem, `worried`; elders' money reproaches (流心月饼, 按摩仪, 无糖蛋糕)
   are `worried`; a friend laid off, a friend whose father died, a boyfriend stranded by snow, a son alone in an
   empty dorm and a father whose wife stares at the sender's room are `sad`.
7. **Businesslike replies are `cold`.** Clients and bosses who return the wish (or a bare 谢谢 / 客气 / 同乐) and go
   straight to a task or a business question (刘总, 赵总, 孙经理, 吴总, 钱总, 黄总, 周总, 冯总, 何总, 彭总, 贺总, 罗姐, 高总,
   白总, 施总, 潘总, Ms. Chen, Mr. Harris) are `cold`; a boss on the move (郑总 at the airport, 邓总 on the train, 蒋总
   on a flight, Karen flying back) is `busy`."""

JUDGE_NOTES = """### Notes on the judge (found while writing the references)

The references were written with the judge's word lists in view; wordings that the judge would misread were
avoided, not the items changed, and every reference passed all four checks on the first run. Wordings chosen up
front: in `yes_no` (Chinese), the head is the first two clauses after address and thanks, and a clause that only
names the recipient still counts, so 下期的课还报吗 is answered 要报的 (a 要 opener) rather than 报的 followed by the
coach's name; the predicate of 现在还看书吗 is 书, so the answer starts 当然看; 来得及吗 is answered 来得及, which the judge
accepts only through the echoed predicate 及; permission forms (四点半切行吗, 四号再来行不行) are answered 行; in `what`
(Chinese), 啥 and 呢 make a sentence a question, so the nephew's 想要啥 is answered 姨妈都不缺… without 啥; in
`request` (English), "Will do, I'll…" carries the agreement words; in `how_are_you` (English), "I'm doing well"
uses a first-person frame. Before the set was frozen, sixteen greetings, five replies and five references were
reworded for this set's own copy rule, not for the judge: stock openings ("Happy Dragon Boat Festival, …",
"Happy Valentine's Day, …", "Thinking of you this Qingming…", 妈，感恩节快乐！谢谢您…, …教师节快乐！听说您今年…,
…父亲节快乐！听说您家公子…), English question frames ("are you still thinking about…", "how are you holding up
with…", "… to brush the tops with egg …"), a banned example phrase ("could you send") and three stock reference
phrasings ("… call and send you notes after…", "I'm here whenever you want …", "… confirm the shipment date …")
ran past 27 characters or 11 Han characters in common with an earlier set's text. One reply (a client's
月饼就别寄了) was reworded so that the item follows judgement call 2."""


def main() -> None:
    blob = dump()
    with open(os.path.join(HERE, JSON_NAME), "wb") as f:
        f.write(blob)
    with open(os.path.join(HERE, MD_NAME), "w", encoding="utf-8") as f:
        f.write(render_md(blob))
    print(f"{len(ITEMS)} items, {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")


if __name__ == "__main__":
    main()
