#!/usr/bin/env python3
"""Checks extraction_blind15_2026-12.json (or the file given as the first argument).

Prints OK and exits 0 when every check passes; otherwise prints one line per problem and exits 1.
With --stats also prints counts per kind and the value spread. With --selftest runs the checks on deliberately
broken in-memory copies of the file and reports whether each was caught. Standard library only.
"""
import collections
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "extraction_blind15_2026-12.json")
# The fourteen earlier sets' descriptions and the third to fourteenth sets' build scripts (which hold their case
# texts): no case text of this set may be copied from them, nor share a long run of characters with them (a light
# variant).
# They are read as plain text, by this checker only. The earlier sets' .json files are deliberately not read.
# Paths are tried in the repository and next to this file; every one of them must be found.
EARLIER_NAMES = [
    "extraction_blind_2026-12.md",
    "extraction_blind2_2026-12.md",
    "extraction_blind3_2026-12.md",
    "extraction_blind4_2026-12.md",
    "extraction_blind5_2026-12.md",
    "extraction_blind6_2026-12.md",
    "extraction_blind7_2026-12.md",
    "extraction_blind8_2026-12.md",
    "extraction_blind9_2026-12.md",
    "extraction_blind10_2026-12.md",
    "extraction_blind11_2026-12.md",
    "extraction_blind12_2026-12.md",  # new in the thirteenth set's checker
    "extraction_blind13_2026-12.md",  # new in the fourteenth set's checker
    "extraction_blind14_2026-12.md",  # new in the fifteenth set's checker
    "extraction_blind3_build.py",
    "extraction_blind4_build.py",
    "extraction_blind5_build.py",
    "extraction_blind6_build.py",
    "extraction_blind7_build.py",
    "extraction_blind8_build.py",
    "extraction_blind9_build.py",
    "extraction_blind10_build.py",
    "extraction_blind11_build.py",  # new in the twelfth set's checker (with the eleventh note above)
    "extraction_blind12_build.py",  # new in the thirteenth set's checker (with the twelfth note above)
    "extraction_blind13_build.py",  # new in the fourteenth set's checker (with the thirteenth note above)
    "extraction_blind14_build.py",  # new in the fifteenth set's checker (with the fourteenth note above)
]
EARLIER_DIRS = ["/work/main/tests/data", HERE]
# longest run a case may share with the earlier sources: at most this many Han characters, this many characters
MAX_SHARED_HAN = 11
MAX_SHARED_OTHER = 27

EXPECT_KEYS = ["name", "relation", "relation_category", "details_contains", "details_null",
               "occasion", "style", "length", "holiday"]
KINDS = ["several_people", "pets", "nicknames_titles", "unknown_relation", "voice", "typos", "mixed",
         "emoji", "long_story", "english", "reply", "plain"]
CATEGORIES = {"家人", "恋人", "朋友", "同事", "领导", "下属", "客户", "合作伙伴", "老师", "其他"}
STYLES = {"传统喜庆", "轻松自然", "LLM科技风", "商务得体"}
LENGTHS = {"<=50", "50-100", "100-200"}
HOLIDAYS = {"春节", "除夕", "元宵", "端午", "七夕", "中秋", "重阳", "冬至", "元旦", "国庆", "教师节", "情人节",
            "圣诞", "父亲节", "母亲节", "感恩节", "生日"}
ASKED = {"relation", "style", "length", "name", "details", "occasion", "holiday"}
MIN_CASES = 160  # 180 up to the fourteenth set; the fifteenth set's brief asks at least 160
# New in the eleventh set's checker (kept in the twelfth to fourteenth): the set is weighted to the everyday, so the minimum differs per kind
# (plain requests and short replies carry about two thirds of the set; every hard shape keeps at least six cases)
# changed in the fifteenth set's checker (a smaller set): 5 per hard shape, 85 plain, 16 replies (were 6, 90, 18)
MIN_PER_KIND = {k: 5 for k in KINDS}
MIN_PER_KIND.update({"plain": 85, "reply": 16})
EVERYDAY_KINDS = ("plain", "reply")
EVERYDAY_SHARE = (0.60, 0.75)  # share of plain + reply cases, inclusive bounds
MIN_LONG = 200
# spread (new in the eighth set's checker, kept in the ninth to fourteenth): the holidays asked for cover the whole year, no single
# holiday dominates, and every relation category is used
MIN_HOLIDAYS = 16          # distinct canonical holidays asked for
MIN_PER_HOLIDAY = 3        # every holiday that is asked for at all, at least this often
MAX_HOLIDAY_SHARE = 0.15   # no holiday in more than this share of the cases
MIN_PER_CATEGORY = 8       # every relation category at least this often


def is_han(ch):
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FA1F
            or 0xF900 <= o <= 0xFAFF)


def has_han(s):
    return any(is_han(ch) for ch in s)


def has_cjk_punct(s):
    # CJK symbols and punctuation, full-width forms
    return any(0x3000 <= ord(ch) <= 0x303F or 0xFF00 <= ord(ch) <= 0xFFEF for ch in s)


def has_latin(s):
    return any(("a" <= ch.lower() <= "z") for ch in s)


def is_emoji(ch):
    o = ord(ch)
    return (0x1F000 <= o <= 0x1FAFF or 0x2600 <= o <= 0x27BF or 0x2B00 <= o <= 0x2BFF
            or 0x1F900 <= o <= 0x1F9FF)


def has_emoji(s):
    return any(is_emoji(ch) for ch in s)


def earlier_sources():
    """{name: text} of the earlier sources found (first directory that has each), and the names not found."""
    found, missing = {}, []
    for name in EARLIER_NAMES:
        for d in EARLIER_DIRS:
            p = os.path.join(d, name)
            if os.path.exists(p):
                with open(p, encoding="utf-8") as f:
                    found[name] = f.read()
                break
        else:
            missing.append(name)
    return found, missing


def earlier_text():
    """The earlier sources concatenated (used by the self-test to pick copied passages)."""
    return "\n".join(earlier_sources()[0].values())


def longest_shared(text, other):
    """Longest substring of `text` that occurs in `other` (simple extension search; texts are short)."""
    best = ""
    for i in range(len(text)):
        n = len(best) + 1
        while i + n <= len(text) and text[i:i + n] in other:
            best = text[i:i + n]
            n += 1
    return best


def shared_han_run(text, other, limit):
    """A run of `text` that occurs in `other` and holds more than `limit` Han characters ("" if none), extended
    as far as it goes. New in the ninth set's checker: the earlier checkers counted Han characters only in the
    longest shared run, so a 12-Han run could slip through beside a longer shared run of Latin letters."""
    hpos = [k for k, ch in enumerate(text) if is_han(ch)]
    for idx in range(len(hpos) - limit):
        start, end = hpos[idx], hpos[idx + limit] + 1
        if text[start:end] in other:
            while end < len(text) and text[start:end + 1] in other:
                end += 1
            while start > 0 and text[start - 1:end] in other:
                start -= 1
            return text[start:end]
    return ""


def check(path):
    try:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        data = json.loads(raw)
    except Exception as e:  # noqa: BLE001 - any parse failure is a failed check
        return ["cannot parse %s: %s" % (path, e)], None
    return check_data(data), data


def check_data(data):
    errs = []

    def err(i, msg):
        errs.append("case %s: %s" % (i, msg))

    if not isinstance(data, list):
        return ["top level is not a list"]
    if len(data) < MIN_CASES:
        errs.append("only %d cases (need at least %d)" % (len(data), MIN_CASES))

    sources, missing = earlier_sources()
    if missing:
        errs.append("earlier source(s) not found: %s (looked in %s)" % (", ".join(missing), ", ".join(EARLIER_DIRS)))

    seen = {}
    kinds = collections.Counter()
    for i, case in enumerate(data):
        if not isinstance(case, dict):
            err(i, "not an object")
            continue
        kind = case.get("kind")
        want_keys = ["text", "kind", "asked", "expect"] if kind == "reply" else ["text", "kind", "expect"]
        if sorted(case.keys()) != sorted(want_keys):
            err(i, "keys %s, want %s" % (sorted(case.keys()), sorted(want_keys)))
            continue
        text = case["text"]
        if not isinstance(text, str) or not text.strip():
            err(i, "empty or non-string text")
            continue
        if text != text.strip():
            err(i, "text has leading/trailing whitespace")
        if kind not in KINDS:
            err(i, "unknown kind %r" % (kind,))
        kinds[kind] += 1
        if kind == "reply" and case["asked"] not in ASKED:
            err(i, "asked %r not one of %s" % (case["asked"], sorted(ASKED)))
        if text in seen:
            err(i, "text repeats case %d" % seen[text])
        seen[text] = i
        for src_name, src in sources.items():
            if len(text) >= 6 and text in src:
                err(i, "text copied from an earlier set (%s)" % src_name)
                continue
            run = shared_han_run(text, src, MAX_SHARED_HAN) or longest_shared(text, src)
            if sum(is_han(ch) for ch in run) > MAX_SHARED_HAN or len(run) > MAX_SHARED_OTHER:
                err(i, "text shares %d characters with an earlier set (%s; light copy?): %r"
                    % (len(run), src_name, run))

        e = case["expect"]
        if not isinstance(e, dict) or list(e.keys()) != EXPECT_KEYS:
            err(i, "expect keys %s, want %s in that order" % (list(e.keys()) if isinstance(e, dict) else e,
                                                                 EXPECT_KEYS))
            continue
        for k in ("name", "relation", "occasion"):
            if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                err(i, "%s must be null or a non-empty string" % k)
        # canonical values: null or one of the listed strings (a non-string, e.g. a list, is bad too)
        for key, label, allowed in (("relation_category", "category", CATEGORIES), ("style", "style", STYLES),
                                    ("length", "length", LENGTHS), ("holiday", "holiday", HOLIDAYS)):
            v = e[key]
            if v is not None and not (isinstance(v, str) and v in allowed):
                err(i, "bad %s %r" % (label, v))
        if (e["relation"] is None) != (e["relation_category"] is None):
            err(i, "relation and relation_category not null together")
        frags = e["details_contains"]
        if not isinstance(frags, list) or not all(isinstance(x, str) for x in frags):
            err(i, "details_contains must be a list of strings")
            frags = []
        if not isinstance(e["details_null"], bool):
            err(i, "details_null must be a bool")
        if e["details_null"] != (len(frags) == 0):
            err(i, "details_null is %s but %d fragments" % (e["details_null"], len(frags)))
        if len(frags) > 2:
            err(i, "more than two fragments")
        for fr in frags:
            if not fr.strip():
                err(i, "empty fragment")
                continue
            if fr not in text:
                err(i, "fragment %r not verbatim in text" % fr)
            if has_han(fr):
                if not 2 <= len(fr) <= 15:
                    err(i, "Chinese fragment %r not 2-15 characters" % fr)
            elif not 1 <= len(fr.split()) <= 6:
                err(i, "non-Chinese fragment %r not 1-6 words" % fr)
            if fr != fr.strip() or any(unicodedata.category(ch).startswith("P") for ch in fr[:1] + fr[-1:]):
                err(i, "fragment %r starts or ends with space/punctuation" % fr)
        if kind != "reply" and isinstance(e["name"], str) and e["name"] not in text:
            err(i, "name %r does not occur in text" % e["name"])

        # shape claims
        if kind == "voice":
            if any(unicodedata.category(ch).startswith("P") for ch in text):
                err(i, "voice case has punctuation")
            if any(ch.isspace() for ch in text):
                err(i, "voice case has whitespace")
        if kind == "long_story" and len(text) < MIN_LONG:
            err(i, "long story only %d characters" % len(text))
        if kind == "english" and (has_han(text) or has_cjk_punct(text)):
            err(i, "English case contains Chinese")
        if kind == "mixed" and not (has_han(text) and has_latin(text)):
            err(i, "mixed case lacks Chinese or English")
        if kind == "emoji" and not has_emoji(text):
            err(i, "emoji case has no emoji")

    for k in KINDS:
        if kinds[k] < MIN_PER_KIND[k]:
            errs.append("kind %s has only %d cases (need %d)" % (k, kinds[k], MIN_PER_KIND[k]))
    if data:
        share = sum(kinds[k] for k in EVERYDAY_KINDS) / len(data)
        if not EVERYDAY_SHARE[0] <= share <= EVERYDAY_SHARE[1]:
            errs.append("everyday share %.2f outside %.2f-%.2f" % (share, EVERYDAY_SHARE[0], EVERYDAY_SHARE[1]))

    # spread over the year and over the relation categories
    expects = [c["expect"] for c in data if isinstance(c, dict) and isinstance(c.get("expect"), dict)]
    hol = collections.Counter(e.get("holiday") for e in expects
                              if isinstance(e.get("holiday"), str) and e.get("holiday") in HOLIDAYS)
    if len(hol) < MIN_HOLIDAYS:
        errs.append("holiday spread: only %d distinct holidays asked for (need %d)" % (len(hol), MIN_HOLIDAYS))
    for h, n in sorted(hol.items()):
        if n < MIN_PER_HOLIDAY:
            errs.append("holiday spread: %s asked for only %d times (need %d)" % (h, n, MIN_PER_HOLIDAY))
        if expects and n > MAX_HOLIDAY_SHARE * len(expects):
            errs.append("holiday spread: %s in %d of %d cases (more than %d%%)"
                        % (h, n, len(expects), round(MAX_HOLIDAY_SHARE * 100)))
    cat = collections.Counter(e.get("relation_category") for e in expects
                              if isinstance(e.get("relation_category"), str))
    for k in sorted(CATEGORIES):
        if cat[k] < MIN_PER_CATEGORY:
            errs.append("category spread: %s used only %d times (need %d)" % (k, cat[k], MIN_PER_CATEGORY))
    return errs


def stats(data):
    kinds = collections.Counter(c["kind"] for c in data)
    print("cases:", len(data))
    print("per kind:", ", ".join("%s %d" % (k, kinds[k]) for k in KINDS))
    for key in ("holiday", "relation_category", "style", "length", "occasion"):
        cnt = collections.Counter(c["expect"][key] for c in data)
        print("%s:" % key, ", ".join("%s %d" % ("null" if k is None else k, v) for k, v in cnt.most_common()))
    print("name null:", sum(c["expect"]["name"] is None for c in data))
    print("details_null:", sum(c["expect"]["details_null"] for c in data))
    print("fragments:", sum(len(c["expect"]["details_contains"]) for c in data))
    longs = [len(c["text"]) for c in data if c["kind"] == "long_story"]
    if longs:
        print("long story lengths: %d-%d" % (min(longs), max(longs)))
    asked = collections.Counter(c["asked"] for c in data if c["kind"] == "reply")
    print("reply asked:", ", ".join("%s %d" % kv for kv in asked.most_common()))


def _first(data, kind):
    return next(c for c in data if c["kind"] == kind)


def _nth(data, kind, n):
    """Index of the n-th case (0-based) of `kind`."""
    return [i for i, c in enumerate(data) if c["kind"] == kind][n]


def _with(data, fn):
    bad = copy.deepcopy(data)
    fn(bad)
    return bad


# Deliberately broken copies (made in memory; nothing is written): the checker must fail on each.
BREAKAGES = [
    ("bad style", lambda d: d[0]["expect"].__setitem__("style", "温馨")),
    ("bad category", lambda d: d[0]["expect"].__setitem__("relation_category", "亲戚")),
    ("bad length", lambda d: d[0]["expect"].__setitem__("length", "50-150")),
    ("holiday outside the list", lambda d: d[0]["expect"].__setitem__("holiday", "劳动节")),
    ("relation without category", lambda d: d[0]["expect"].__setitem__("relation_category", None)),
    ("category without relation", lambda d: d[0]["expect"].__setitem__("relation", None)),
    ("details_null wrong", lambda d: d[0]["expect"].__setitem__("details_null", True)),
    ("fragment not in text", lambda d: d[0]["expect"]["details_contains"].append("不存在的片段")),
    ("fragment too long", lambda d: d[0]["expect"].__setitem__(
        "details_contains", [d[0]["text"][:16]])),
    ("name not in text", lambda d: d[0]["expect"].__setitem__("name", "老钱头")),
    ("repeated text", lambda d: d.append(copy.deepcopy(d[5]))),
    ("space in a voice case", lambda d: _first(d, "voice").__setitem__("text", _first(d, "voice")["text"] + " 谢谢")),
    ("punctuation in a voice case", lambda d: _first(d, "voice").__setitem__(
        "text", _first(d, "voice")["text"] + "。")),
    ("Chinese in an English case", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " 谢谢")),
    ("no English in a mixed case", lambda d: _first(d, "mixed").update(
        text="给我老板写个圣诞祝福，他刚带我们拿下了年度项目",
        expect=dict(_first(d, "mixed")["expect"], name=None))),
    ("no emoji in an emoji case", lambda d: _first(d, "emoji").__setitem__(
        "text", "".join(ch for ch in _first(d, "emoji")["text"] if not is_emoji(ch)))),
    ("short long story", lambda d: _first(d, "long_story").__setitem__(
        "text", _first(d, "long_story")["text"][-150:])),
    ("missing expect key", lambda d: d[0]["expect"].pop("occasion")),
    ("expect keys out of order", lambda d: d[0].__setitem__(
        "expect", dict(reversed(list(d[0]["expect"].items()))))),
    ("asked on a non-reply", lambda d: d[0].__setitem__("asked", "name")),
    ("reply without asked", lambda d: _first(d, "reply").pop("asked")),
    ("bad asked", lambda d: _first(d, "reply").__setitem__("asked", "mood")),
    ("unknown kind", lambda d: d[0].__setitem__("kind", "misc")),
    ("too few cases", lambda d: d.__delitem__(slice(MIN_CASES - 5, None))),
    ("kind below its minimum", lambda d: d.__setitem__(slice(None), [c for i, c in enumerate(d) if c["kind"] != "pets"
                                                                      or i < _nth(d, "pets", MIN_PER_KIND["pets"] - 1)])),
    ("empty name string", lambda d: d[0]["expect"].__setitem__("name", "")),
    ("details_null not a bool", lambda d: d[0]["expect"].__setitem__("details_null", 0)),
    ("fragment ends with punctuation", lambda d: _first(d, "plain").update(
        text=_first(d, "plain")["text"] + "（补充：她是夜班）",
        expect=dict(_first(d, "plain")["expect"], details_contains=["她是夜班）"], details_null=False))),
    ("English fragment too long", lambda d: _first(d, "english")["expect"].__setitem__(
        "details_contains", [" ".join(_first(d, "english")["text"].split()[:7])])),
    ("text copied from an earlier set", lambda d: d[0].__setitem__("text", _earlier_sentence())),
    ("light copy of an earlier set", lambda d: d[0].__setitem__(
        "text", d[0]["text"] + "，" + _earlier_run(14))),
    ("leading whitespace", lambda d: d[0].__setitem__("text", " " + d[0]["text"])),
    ("three fragments", lambda d: d[0]["expect"]["details_contains"].extend(
        [d[0]["text"][1:4], d[0]["text"][5:8]])),
    ("text copied from the fourth set's build", lambda d: d[0].__setitem__(
        "text", _build_case_text("extraction_blind4_build.py"))),
    ("light copy of the fourth set's build", lambda d: _first(d, "plain").__setitem__(
        "text", _first(d, "plain")["text"] + "，" + _build_han_run("extraction_blind4_build.py", 13))),
    ("long Latin run from an earlier set", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind4_build.py", 30))),
    ("full-width punctuation in an English case", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + "！")),
    ("Chinese fragment too short", lambda d: _first(d, "plain")["expect"].__setitem__(
        "details_contains", [_first(d, "plain")["text"][0]])),
    ("trailing whitespace", lambda d: d[1].__setitem__("text", d[1]["text"] + " ")),
    ("text copied from the fifth set's build", lambda d: d[3].__setitem__(
        "text", _build_case_text("extraction_blind5_build.py"))),
    ("light copy of the fifth set's build", lambda d: _first(d, "typos").__setitem__(
        "text", _first(d, "typos")["text"] + "，" + _build_han_run("extraction_blind5_build.py", 12))),
    ("long Latin run from the fifth set's build", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind5_build.py", 28))),
    ("light copy of the fifth set's note", lambda d: _first(d, "emoji").__setitem__(
        "text", _first(d, "emoji")["text"] + _md_han_run("extraction_blind5_2026-12.md", 12))),
    ("bare fragment", lambda d: _first(d, "reply")["expect"].__setitem__("details_contains", [""])),
    ("text copied from the sixth set's build", lambda d: d[7].__setitem__(
        "text", _build_case_text("extraction_blind6_build.py"))),
    ("light copy of the sixth set's build", lambda d: _first(d, "voice").__setitem__(
        "text", _first(d, "voice")["text"] + _build_han_run("extraction_blind6_build.py", 12))),
    ("long Latin run from the sixth set's build", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind6_build.py", 28))),
    ("light copy of the sixth set's note", lambda d: _first(d, "long_story").__setitem__(
        "text", _first(d, "long_story")["text"] + _md_han_run("extraction_blind6_2026-12.md", 12))),
    ("holiday not a string", lambda d: _first(d, "plain")["expect"].__setitem__("holiday", ["元旦"])),
    ("details_contains not a list", lambda d: _first(d, "pets")["expect"].__setitem__("details_contains", "花生")),
    ("text copied from the seventh set's build", lambda d: d[9].__setitem__(
        "text", _build_case_text("extraction_blind7_build.py"))),
    ("light copy of the seventh set's build", lambda d: _first(d, "typos").__setitem__(
        "text", _first(d, "typos")["text"] + _build_han_run("extraction_blind7_build.py", 12))),
    ("long Latin run from the seventh set's build", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind7_build.py", 28))),
    ("light copy of the seventh set's note", lambda d: _first(d, "mixed").__setitem__(
        "text", _first(d, "mixed")["text"] + _md_han_run("extraction_blind7_2026-12.md", 12))),
    ("name not a string", lambda d: _first(d, "nicknames_titles")["expect"].__setitem__("name", ["苗总"])),
    ("empty fragment beside a real one", lambda d: _first(d, "plain")["expect"]["details_contains"].__setitem__(
        1, "")),
    ("holidays bunched on one day", lambda d: [c["expect"].__setitem__("holiday", "元旦") for c in d
                                               if c["expect"]["holiday"] in ("春节", "中秋", "国庆")]),
    ("a holiday asked for too rarely", lambda d: [c["expect"].__setitem__("holiday", "中秋") for c in
                                                  [c for c in d if c["expect"]["holiday"] == "除夕"][2:]]),
    ("a category left out", lambda d: [c["expect"].__setitem__("relation_category", "同事") for c in d
                                       if c["expect"]["relation_category"] == "下属"]),
    ("text copied from the eighth set's build", lambda d: d[11].__setitem__(
        "text", _build_case_text("extraction_blind8_build.py"))),
    ("light copy of the eighth set's build", lambda d: _first(d, "long_story").__setitem__(
        "text", _first(d, "long_story")["text"] + _build_han_run("extraction_blind8_build.py", 12))),
    ("long Latin run from the eighth set's build", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind8_build.py", 28))),
    ("light copy of the eighth set's note", lambda d: _first(d, "several_people").__setitem__(
        "text", _first(d, "several_people")["text"] + _md_han_run("extraction_blind8_2026-12.md", 12))),
    ("long run from the first set's note", lambda d: _first(d, "nicknames_titles").__setitem__(
        "text", _first(d, "nicknames_titles")["text"] + _md_latin_run("extraction_blind_2026-12.md", 30))),
    ("Han run beside a longer Latin run", lambda d: _first(d, "mixed").__setitem__(
        "text", "professional一点" + _first(d, "mixed")["text"] + _build_han_run("extraction_blind8_build.py", 12))),
    ("text copied from the ninth set's build", lambda d: d[13].__setitem__(
        "text", _build_case_text("extraction_blind9_build.py"))),
    ("light copy of the ninth set's build", lambda d: _first(d, "plain").__setitem__(
        "text", _first(d, "plain")["text"] + _build_han_run("extraction_blind9_build.py", 12))),
    ("long Latin run from the ninth set's build", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind9_build.py", 28))),
    ("light copy of the ninth set's note", lambda d: _first(d, "pets").__setitem__(
        "text", _first(d, "pets")["text"] + _md_han_run("extraction_blind9_2026-12.md", 12))),
    ("light copy of the third set's build", lambda d: _first(d, "unknown_relation").__setitem__(
        "text", _first(d, "unknown_relation")["text"] + _build_han_run("extraction_blind3_build.py", 12))),
    ("category spread: 客户 cut to seven", lambda d: [c["expect"].__setitem__("relation_category", "其他") for c in
                                                  [c for c in d if c["expect"]["relation_category"] == "客户"][7:]]),
    ("a kind cut below its minimum", lambda d: d.__setitem__(slice(None), [
        c for i, c in enumerate(d) if c["kind"] != "emoji" or i < _nth(d, "emoji", MIN_PER_KIND["emoji"] - 1)])),
    # new in the eleventh set's checker
    ("text copied from the tenth set's build", lambda d: d[15].__setitem__(
        "text", _build_case_text("extraction_blind10_build.py"))),
    ("light copy of the tenth set's build", lambda d: _first(d, "reply").__setitem__(
        "text", _first(d, "reply")["text"] + _build_han_run("extraction_blind10_build.py", 12))),
    ("long Latin run from the tenth set's build", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind10_build.py", 28))),
    ("light copy of the tenth set's note", lambda d: _first(d, "voice").__setitem__(
        "text", _first(d, "voice")["text"] + _md_han_run("extraction_blind10_2026-12.md", 12))),
    ("plain requests cut below their minimum", lambda d: d.__setitem__(slice(None), [
        c for i, c in enumerate(d) if c["kind"] != "plain" or i < _nth(d, "plain", MIN_PER_KIND["plain"] - 1)])),
    ("everyday share too low", lambda d: [c.__setitem__("kind", "several_people") for c in
                                          [c for c in d if c["kind"] == "plain"][:40]]),  # 20 in the eleventh
    ("everyday share too high", lambda d: [c.__setitem__("kind", "plain") for c in
                                           [c for c in d if c["kind"] in ("several_people", "nicknames_titles",
                                                                          "unknown_relation", "voice")]]),
    # new in the twelfth set's checker: the eleventh set's build script and note are sources too
    ("text copied from the eleventh set's build", lambda d: d[17].__setitem__(
        "text", _build_case_text("extraction_blind11_build.py"))),
    ("light copy of the eleventh set's build", lambda d: _first(d, "plain").__setitem__(
        "text", _first(d, "plain")["text"] + _build_han_run("extraction_blind11_build.py", 12))),
    ("long Latin run from the eleventh set's build", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind11_build.py", 28))),
    ("light copy of the eleventh set's note", lambda d: _first(d, "typos").__setitem__(
        "text", _first(d, "typos")["text"] + _md_han_run("extraction_blind11_2026-12.md", 12))),
    ("Han run of the eleventh set's build inside a reply", lambda d: _first(d, "reply").__setitem__(
        "text", _build_han_run("extraction_blind11_build.py", 12) + _first(d, "reply")["text"])),
    # new in the thirteenth set's checker: the twelfth set's build script and note are sources too
    ("text copied from the twelfth set's build", lambda d: d[19].__setitem__(
        "text", _build_case_text("extraction_blind12_build.py"))),
    ("light copy of the twelfth set's build", lambda d: _first(d, "plain").__setitem__(
        "text", _first(d, "plain")["text"] + _build_han_run("extraction_blind12_build.py", 12))),
    ("long Latin run from the twelfth set's build", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind12_build.py", 28))),
    ("light copy of the twelfth set's note", lambda d: _first(d, "emoji").__setitem__(
        "text", _first(d, "emoji")["text"] + _md_han_run("extraction_blind12_2026-12.md", 12))),
    ("Han run of the twelfth set's build inside a voice case", lambda d: _first(d, "voice").__setitem__(
        "text", _build_han_run("extraction_blind12_build.py", 12) + _first(d, "voice")["text"])),
    ("twelfth set's build yields its case texts", lambda d: d.__setitem__(0, dict(d[0], text=(
        "的" * 30 if len(_build_case_texts("extraction_blind12_build.py")) >= 100 else d[0]["text"])))),
    # new in the fourteenth set's checker: the thirteenth set's build script and note are sources too
    ("text copied from the thirteenth set's build", lambda d: d[21].__setitem__(
        "text", _build_case_text("extraction_blind13_build.py"))),
    ("light copy of the thirteenth set's build", lambda d: _first(d, "plain").__setitem__(
        "text", _first(d, "plain")["text"] + _build_han_run("extraction_blind13_build.py", 12))),
    ("long Latin run from the thirteenth set's build", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind13_build.py", 28))),
    ("light copy of the thirteenth set's note", lambda d: _first(d, "mixed").__setitem__(
        "text", _first(d, "mixed")["text"] + _md_han_run("extraction_blind13_2026-12.md", 12))),
    ("Han run of the thirteenth set's build inside a reply", lambda d: _first(d, "reply").__setitem__(
        "text", _build_han_run("extraction_blind13_build.py", 12) + _first(d, "reply")["text"])),
    ("Han run of the thirteenth set's build inside a long story", lambda d: _first(d, "long_story").__setitem__(
        "text", _first(d, "long_story")["text"] + _build_han_run("extraction_blind13_build.py", 12))),
    ("thirteenth set's build yields its case texts", lambda d: d.__setitem__(0, dict(d[0], text=(
        "的" * 30 if len(_build_case_texts("extraction_blind13_build.py")) >= 100 else d[0]["text"])))),
    # new in the fifteenth set's checker: the fourteenth set's build script and note are sources too
    ("text copied from the fourteenth set's build", lambda d: d[23].__setitem__(
        "text", _build_case_text("extraction_blind14_build.py"))),
    ("light copy of the fourteenth set's build", lambda d: _first(d, "plain").__setitem__(
        "text", _first(d, "plain")["text"] + _build_han_run("extraction_blind14_build.py", 12))),
    ("long Latin run from the fourteenth set's build", lambda d: _first(d, "english").__setitem__(
        "text", _first(d, "english")["text"] + " " + _build_latin_run("extraction_blind14_build.py", 28))),
    ("light copy of the fourteenth set's note", lambda d: _first(d, "pets").__setitem__(
        "text", _first(d, "pets")["text"] + _md_han_run("extraction_blind14_2026-12.md", 12))),
    ("Han run of the fourteenth set's build inside a reply", lambda d: _first(d, "reply").__setitem__(
        "text", _build_han_run("extraction_blind14_build.py", 12) + _first(d, "reply")["text"])),
    ("fourteenth set's build yields its case texts", lambda d: d.__setitem__(0, dict(d[0], text=(
        "的" * 30 if len(_build_case_texts("extraction_blind14_build.py")) >= 100 else d[0]["text"])))),
]


def _build_source(name):
    return earlier_sources()[0].get(name, "")


def _build_case_texts(name):
    """An earlier set's case texts, as written in its build script: the first string literal of each case call,
    c(K, "...", ...) (changed in the thirteenth set's checker: any first argument, a name or a quoted kind, so that
    a build script whose kind argument is spelled differently still yields its texts)."""
    src = _build_source(name)
    return [m.group(1) for m in _CASE_CALL.finditer(src)]


_CASE_CALL = re.compile(r'(?<![A-Za-z0-9_])c\(\s*(?:[A-Za-z_][A-Za-z0-9_]*|"[a-z_]+")\s*,\s*"((?:[^"\\\n]|\\.)*)"')


def _build_case_text(name):
    texts = [t for t in _build_case_texts(name) if sum(is_han(ch) for ch in t) >= 20]
    return texts[0] if texts else "的" * 30


def _build_han_run(name, n):
    for t in _build_case_texts(name):
        run = ""
        for ch in t:
            run = run + ch if is_han(ch) else ""
            if len(run) == n:
                return run
    return "的" * n


def _build_latin_run(name, n):
    for t in _build_case_texts(name):
        if not has_han(t) and len(t) >= n:
            return t[:n]
    return "x" * n


def _earlier_han_lines():
    src = earlier_text()
    return [ln for ln in src.splitlines() if sum(is_han(ch) for ch in ln) >= 20]


def _earlier_run(n):
    """n consecutive Han characters from an earlier source (for the light-copy breakage)."""
    for ln in _earlier_han_lines():
        run = ""
        for ch in ln:
            run = run + ch if is_han(ch) else ""
            if len(run) == n:
                return run
    return "的" * n


def _md_han_run(name, n):
    """n consecutive Han characters from one earlier note (for the light-copy breakage)."""
    for ln in _build_source(name).splitlines():
        run = ""
        for ch in ln:
            run = run + ch if is_han(ch) else ""
            if len(run) == n:
                return run
    return "的" * n


def _md_latin_run(name, n):
    """n characters without Han from one earlier note (for the light-copy breakage)."""
    for ln in _build_source(name).splitlines():
        ln = ln.strip()
        if len(ln) >= n and not has_han(ln[:n]) and "`" not in ln[:n]:
            return ln[:n]
    return "x" * n


def _earlier_sentence():
    """A whole Han passage of an earlier source, as a copied case text would be."""
    for ln in _earlier_han_lines():
        parts = [p for p in ln.replace("`", "|").replace("\"", "|").split("|") if sum(is_han(ch) for ch in p) >= 12]
        if parts:
            return parts[0].strip()
    return "的" * 30


# the message each breakage must produce (so that a breakage is caught by the check meant for it)
EXPECTED_MSG = {
    "bad style": "bad style", "bad category": "bad category", "bad length": "bad length",
    "holiday outside the list": "bad holiday", "relation without category": "null together",
    "category without relation": "null together", "details_null wrong": "details_null is",
    "fragment not in text": "not verbatim", "fragment too long": "not 2-15", "name not in text": "does not occur",
    "repeated text": "repeats", "space in a voice case": "whitespace", "punctuation in a voice case": "punctuation",
    "Chinese in an English case": "contains Chinese", "no English in a mixed case": "lacks Chinese or English",
    "no emoji in an emoji case": "no emoji", "short long story": "long story only", "missing expect key": "expect keys",
    "expect keys out of order": "in that order", "asked on a non-reply": "keys", "reply without asked": "keys",
    "bad asked": "asked", "unknown kind": "unknown kind", "too few cases": "only", "three fragments": "more than two",
    "kind below its minimum": "kind pets has only", "empty name string": "non-empty string",
    "details_null not a bool": "must be a bool", "fragment ends with punctuation": "space/punctuation",
    "English fragment too long": "not 1-6 words", "text copied from an earlier set": "earlier set",
    "light copy of an earlier set": "shares", "leading whitespace": "leading/trailing",
    "text copied from the fourth set's build": "copied from an earlier set (extraction_blind4_build.py)",
    "light copy of the fourth set's build": "(extraction_blind4_build.py; light copy?)",
    "long Latin run from an earlier set": "shares", "full-width punctuation in an English case": "contains Chinese",
    "Chinese fragment too short": "not 2-15", "trailing whitespace": "leading/trailing",
    "text copied from the fifth set's build": "copied from an earlier set (extraction_blind5_build.py)",
    "light copy of the fifth set's build": "(extraction_blind5_build.py; light copy?)",
    "long Latin run from the fifth set's build": "(extraction_blind5_build.py; light copy?)",
    "light copy of the fifth set's note": "(extraction_blind5_2026-12.md; light copy?)",
    "bare fragment": "empty fragment",
    "text copied from the sixth set's build": "copied from an earlier set (extraction_blind6_build.py)",
    "light copy of the sixth set's build": "(extraction_blind6_build.py; light copy?)",
    "long Latin run from the sixth set's build": "(extraction_blind6_build.py; light copy?)",
    "light copy of the sixth set's note": "(extraction_blind6_2026-12.md; light copy?)",
    "holiday not a string": "bad holiday",
    "details_contains not a list": "must be a list",
    "text copied from the seventh set's build": "copied from an earlier set (extraction_blind7_build.py)",
    "light copy of the seventh set's build": "(extraction_blind7_build.py; light copy?)",
    "long Latin run from the seventh set's build": "(extraction_blind7_build.py; light copy?)",
    "light copy of the seventh set's note": "(extraction_blind7_2026-12.md; light copy?)",
    "name not a string": "non-empty string",
    "empty fragment beside a real one": "empty fragment",
    "holidays bunched on one day": "holiday spread: 元旦 in",
    "a holiday asked for too rarely": "holiday spread: 除夕 asked for only",
    "a category left out": "category spread: 下属 used only",
    "text copied from the eighth set's build": "copied from an earlier set (extraction_blind8_build.py)",
    "light copy of the eighth set's build": "(extraction_blind8_build.py; light copy?)",
    "long Latin run from the eighth set's build": "(extraction_blind8_build.py; light copy?)",
    "light copy of the eighth set's note": "(extraction_blind8_2026-12.md; light copy?)",
    "long run from the first set's note": "(extraction_blind_2026-12.md; light copy?)",
    "Han run beside a longer Latin run": "(extraction_blind8_build.py; light copy?)",
    "text copied from the ninth set's build": "copied from an earlier set (extraction_blind9_build.py)",
    "light copy of the ninth set's build": "(extraction_blind9_build.py; light copy?)",
    "long Latin run from the ninth set's build": "(extraction_blind9_build.py; light copy?)",
    "light copy of the ninth set's note": "(extraction_blind9_2026-12.md; light copy?)",
    "light copy of the third set's build": "(extraction_blind3_build.py; light copy?)",
    "category spread: 客户 cut to seven": "category spread: 客户 used only 7",
    "a kind cut below its minimum": "kind emoji has only 4",
    "text copied from the tenth set's build": "copied from an earlier set (extraction_blind10_build.py)",
    "light copy of the tenth set's build": "(extraction_blind10_build.py; light copy?)",
    "long Latin run from the tenth set's build": "(extraction_blind10_build.py; light copy?)",
    "light copy of the tenth set's note": "(extraction_blind10_2026-12.md; light copy?)",
    "plain requests cut below their minimum": "kind plain has only 84",
    "everyday share too low": "everyday share",
    "everyday share too high": "everyday share",
    "text copied from the eleventh set's build": "copied from an earlier set (extraction_blind11_build.py)",
    "light copy of the eleventh set's build": "(extraction_blind11_build.py; light copy?)",
    "long Latin run from the eleventh set's build": "(extraction_blind11_build.py; light copy?)",
    "light copy of the eleventh set's note": "(extraction_blind11_2026-12.md; light copy?)",
    "Han run of the eleventh set's build inside a reply": "(extraction_blind11_build.py; light copy?)",
    "text copied from the twelfth set's build": "copied from an earlier set (extraction_blind12_build.py)",
    "light copy of the twelfth set's build": "(extraction_blind12_build.py; light copy?)",
    "long Latin run from the twelfth set's build": "(extraction_blind12_build.py; light copy?)",
    "light copy of the twelfth set's note": "(extraction_blind12_2026-12.md; light copy?)",
    "Han run of the twelfth set's build inside a voice case": "(extraction_blind12_build.py; light copy?)",
    "twelfth set's build yields its case texts": "case 0: ",
    "text copied from the thirteenth set's build": "copied from an earlier set (extraction_blind13_build.py)",
    "light copy of the thirteenth set's build": "(extraction_blind13_build.py; light copy?)",
    "long Latin run from the thirteenth set's build": "(extraction_blind13_build.py; light copy?)",
    "light copy of the thirteenth set's note": "(extraction_blind13_2026-12.md; light copy?)",
    "Han run of the thirteenth set's build inside a reply": "(extraction_blind13_build.py; light copy?)",
    "Han run of the thirteenth set's build inside a long story": "(extraction_blind13_build.py; light copy?)",
    "thirteenth set's build yields its case texts": "case 0: ",
    "text copied from the fourteenth set's build": "copied from an earlier set (extraction_blind14_build.py)",
    "light copy of the fourteenth set's build": "(extraction_blind14_build.py; light copy?)",
    "long Latin run from the fourteenth set's build": "(extraction_blind14_build.py; light copy?)",
    "light copy of the fourteenth set's note": "(extraction_blind14_2026-12.md; light copy?)",
    "Han run of the fourteenth set's build inside a reply": "(extraction_blind14_build.py; light copy?)",
    "fourteenth set's build yields its case texts": "case 0: ",
}


def selftest(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    data = json.loads(raw)
    failures = 0
    if check_data(data):
        print("selftest: the real file does not pass")
        return 1
    for label, fn in BREAKAGES:
        errs = check_data(_with(data, fn))
        want = EXPECTED_MSG.get(label)
        hit = bool(errs) and (want is None or any(want in e for e in errs))
        status = "caught" if hit else "MISSED"
        failures += not hit
        shown = next((e for e in errs if want and want in e), errs[0]) if errs else ""
        # changed in the fifteenth set's checker: the error text is not shown for breakages that inject text
        # from an earlier source (it would quote that source)
        if any(w in label for w in ("copied", "copy", "run", "yields", "Latin")):
            shown = ""
        print("selftest %-42s %s%s" % (label, status, (": " + shown[:110]) if shown else ""))
    # a copy that does not parse, and one whose top level is not a list
    try:
        json.loads(raw[:-10])
        print("selftest %-42s MISSED" % "truncated JSON")
        failures += 1
    except ValueError:
        print("selftest %-42s caught" % "truncated JSON")
    errs = check_data({"cases": data})
    print("selftest %-42s %s" % ("top level not a list", "caught" if errs else "MISSED"))
    failures += not errs
    # an earlier source that cannot be found (the copy checks would silently weaken): the real data must fail
    EARLIER_NAMES.append("extraction_blind_missing_2026-12.md")
    try:
        errs = check_data(data)
    finally:
        EARLIER_NAMES.pop()
    hit = any("not found" in e for e in errs)
    print("selftest %-42s %s" % ("earlier source missing", "caught" if hit else "MISSED"))
    failures += not hit
    print("selftest: %d breakages, %s" % (len(BREAKAGES) + 3, "all caught" if not failures else
                                            "%d MISSED" % failures))
    return 1 if failures else 0


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    path = args[0] if args else DEFAULT
    if "--selftest" in argv:
        return selftest(path)
    errs, data = check(path)
    if errs:
        for line in errs:
            print(line)
        print("FAILED: %d problem(s)" % len(errs))
        return 1
    print("OK")
    if "--stats" in argv:
        stats(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
