#!/usr/bin/env python3
"""Checks extraction_blind3_2026-12.json (or the file given as the first argument).

Prints OK and exits 0 when every check passes; otherwise prints one line per problem and exits 1.
With --stats also prints counts per kind and the value spread. With --selftest runs the checks on deliberately
broken in-memory copies of the file and reports whether each was caught. Standard library only.
"""
import collections
import copy
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "extraction_blind3_2026-12.json")
# The two earlier sets' descriptions: no case text of this set may be copied from their examples.
EARLIER_MD = [
    "/work/main/tests/data/extraction_blind_2026-12.md",
    "/work/main/tests/data/extraction_blind2_2026-12.md",
]

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
MIN_CASES = 180
MIN_PER_KIND = 14
MIN_LONG = 200


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

    earlier = ""
    for p in EARLIER_MD:
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                earlier += f.read()

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
        if earlier and len(text) >= 6 and text in earlier:
            err(i, "text copied from an earlier set's .md")

        e = case["expect"]
        if not isinstance(e, dict) or list(e.keys()) != EXPECT_KEYS:
            err(i, "expect keys %s, want %s in that order" % (list(e.keys()) if isinstance(e, dict) else e,
                                                                 EXPECT_KEYS))
            continue
        for k in ("name", "relation", "occasion"):
            if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                err(i, "%s must be null or a non-empty string" % k)
        if e["relation_category"] is not None and e["relation_category"] not in CATEGORIES:
            err(i, "bad category %r" % (e["relation_category"],))
        if e["style"] is not None and e["style"] not in STYLES:
            err(i, "bad style %r" % (e["style"],))
        if e["length"] is not None and e["length"] not in LENGTHS:
            err(i, "bad length %r" % (e["length"],))
        if e["holiday"] is not None and e["holiday"] not in HOLIDAYS:
            err(i, "bad holiday %r" % (e["holiday"],))
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
            if fr not in text:
                err(i, "fragment %r not verbatim in text" % fr)
            if has_han(fr):
                if not 2 <= len(fr) <= 15:
                    err(i, "Chinese fragment %r not 2-15 characters" % fr)
            elif not 1 <= len(fr.split()) <= 6:
                err(i, "non-Chinese fragment %r not 1-6 words" % fr)
            if fr != fr.strip() or any(unicodedata.category(ch).startswith("P") for ch in fr[:1] + fr[-1:]):
                err(i, "fragment %r starts or ends with space/punctuation" % fr)
        if kind != "reply" and e["name"] is not None and e["name"] not in text:
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
        if kinds[k] < MIN_PER_KIND:
            errs.append("kind %s has only %d cases (need %d)" % (k, kinds[k], MIN_PER_KIND))
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
    longs = [len(c["text"]) for c in data if c["kind"] == "long_story"]
    if longs:
        print("long story lengths: %d-%d" % (min(longs), max(longs)))
    asked = collections.Counter(c["asked"] for c in data if c["kind"] == "reply")
    print("reply asked:", ", ".join("%s %d" % kv for kv in asked.most_common()))


def _first(data, kind):
    return next(c for c in data if c["kind"] == kind)


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
    ("too few cases", lambda d: d.__delitem__(slice(170, None))),
    ("three fragments", lambda d: d[0]["expect"]["details_contains"].extend(
        [d[0]["text"][1:4], d[0]["text"][5:8]])),
]


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
        print("selftest %-32s %s%s" % (label, status, (": " + errs[0]) if errs else ""))
    # a copy that does not parse, and one whose top level is not a list
    try:
        json.loads(raw[:-10])
        print("selftest %-32s MISSED" % "truncated JSON")
        failures += 1
    except ValueError:
        print("selftest %-32s caught" % "truncated JSON")
    errs = check_data({"cases": data})
    print("selftest %-32s %s" % ("top level not a list", "caught" if errs else "MISSED"))
    failures += not errs
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
