"""Reading what the user pastes: the friend's reply ("对方回复：…", "they replied: …", a quote) and the name
a greeting addressed."""

from __future__ import annotations

import re

from bot.followup.lexicon import _CJK

# Input helpers -------------------------------------------------------------------------------------

_PASTED_ZH = re.compile(
    r"^\s*(?:(?P<who>对方|他|她|ta|它|人家|[\u4e00-\u9fff]{1,4}?)\s*(?:回复|回|说|答)(?:了)?(?:我|句|一句)?(?:说)?"
    r"|回复|回信|回信内容|对方的回复)\s*[：:]\s*(?P<body>.+)$", re.S | re.I)
# A name before the verb only with a verb ("Bo replied:"); a bare "Note:" is no reply.
_PASTED_EN = re.compile(
    r"^\s*(?:(?:(?i:they|he|she|my friend)|[A-Z][a-z]+)\s+(?:replied|said|wrote|answered|says|writes|responded)"
    r"(?:\s+back)?|(?i:(?:the |their |her |his )?reply))\s*[:：]\s*(?P<body>.+)$", re.S)
_QUOTED = re.compile(r"^\s*(?:“(?P<a>[^“”]+)”|\"(?P<b>[^\"]+)\"|「(?P<c>[^「」]+)」|『(?P<d>[^『』]+)』)\s*$", re.S)


def read_pasted_reply(text: str) -> str | None:
    """The friend's reply when the user pasted one ("对方回复：…", "they replied: …", a quoted block), else None."""
    m = _PASTED_ZH.match(text)
    # "帮我回：…" / "请回复：…" ask us to write something; they paste nothing.
    if m and not re.search(r"[我帮请给写]", m.group("who") or ""):
        return _unquote(m.group("body"))
    m = _PASTED_EN.match(text)
    if m:
        return _unquote(m.group("body"))
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith(">") for ln in lines):
        return _unquote("\n".join(ln.lstrip()[1:].strip() for ln in lines))
    m = _QUOTED.match(text)
    if m:
        return _unquote(next(g for g in m.groups() if g))
    return None


def _unquote(body: str) -> str | None:
    body = re.sub(r"^[\s\"'“”「」『』]+|[\s\"'“”「」『』]+$", "", body)
    return body or None


def name_from_greeting(greeting: str) -> str | None:
    """How the greeting addressed them, when it opens with a form of address ("王哥，…", "Hi Ann, …")."""
    m = re.match(rf"^\s*(?:亲爱的)?([{_CJK}]{{1,4}})[，,！!]", greeting)
    if m and not re.search(r"新年|快乐|你好|您好|过年|春节|大家|祝|恭喜|哈哈", m.group(1)):
        return m.group(1)
    m = re.match(r"^\s*(?:dear|hi|hey|hello)\s+([A-Z][a-z]+)\s*[,!]", greeting, re.I)
    return m.group(1) if m else None
