"""English answers of the question's shape (see `answers.py` for the Chinese and the idea): a time for "when", a
yes or a not-yet for "did you", a pick for "thai or sushi", a yes or a polite "next time" for an invitation, a promise
for a request. Templates keep "{n}" where the name goes; `bank._address` fills it and fixes the capitals."""

from __future__ import annotations

import re

from bot.followup.answers import Listener
from bot.followup.question_kinds import question_kind

_TIMES = {"圣诞": ("on the 23rd", "Christmas Eve morning", "the weekend before"),
          "感恩节": ("Wednesday night", "the day before", "Thursday morning"),
          "元旦": ("on the 30th", "New Year's Eve afternoon", "the weekend before")}
_DEFAULT_TIMES = ("this weekend", "Friday evening", "early next week")
_REFINE = {"tomorrow": "tomorrow around noon", "tonight": "tonight at seven", "next week": "next Tuesday",
           "weekend": "Saturday morning", "monday": "Monday morning", "friday": "Friday evening"}
_ME = {("are", "you"): "I am", ("were", "you"): "I was", ("did", "you"): "I did", ("have", "you"): "I have",
       ("will", "you"): "I will", ("can", "you"): "I can", ("do", "you"): "I do", ("would", "you"): "I would",
       ("could", "you"): "I could", ("are", "we"): "we are", ("will", "we"): "we will", ("did", "we"): "we did",
       ("is", "it"): "it is", ("is", "she"): "she is", ("is", "he"): "he is", ("are", "they"): "they are"}


def _times(question: str, who: Listener) -> tuple[str, ...]:
    low = question.lower()
    for word, refined in _REFINE.items():
        if word in low:
            return refined, refined, refined
    return _TIMES.get(who.holiday or "", _DEFAULT_TIMES)


def _mine(option: str) -> str:
    """Their words about us in ours: "visiting your parents" → "visiting my parents"."""
    return re.sub(r"\byour\b", "my", re.sub(r"\byours\b", "mine", option, flags=re.I), flags=re.I)


def _trim_option(option: str) -> str:
    """An option said back short: without a trailing place or time ("on the 18th", "for the holidays") once it is
    three words or more, and never more than four words."""
    words = option.split()
    if len(words) >= 3:
        cut = next((i for i, w in enumerate(words[1:], 1) if w.lower() in ("on", "at", "in", "for", "with", "this", "next")),
                   None)
        words = words[:cut] if cut and cut >= 2 else words
    return " ".join(words[:4])


def answer_en(question: str, who: Listener) -> list[str]:
    """Three answers of the question's shape, in English."""
    kind = question_kind(question, "en")
    formal = who.respectful
    if kind == "when":
        t1, t2, t3 = _times(question, who)
        return [f"{{n}}{t1}, I'll send you the details.", f"{{n}}planning on {t2}, I'll confirm soon.",
                f"{{n}}{t3} works{' for me' if formal else ''}, see you then!"]
    if kind == "yes_no":
        m = re.search(r"\b(are|were|did|have|will|can|do|would|could|is)\s+(you|we|it|she|he|they)\b", question, re.I)
        said = _ME.get((m.group(1).lower(), m.group(2).lower()), "") if m else ""  # "will your office…": just yes
        # The yes or no first, then the name: "Yes{N}, I am" → "Yes, Mr. Huang, I am".
        yes = f"Yes{{N}}, {said}" if said else "Yes{N}"
        # "Did the vendor send…" asks whether it is done, whoever did it.
        perfect = bool(re.match(r"\s*(?:did|have|has)\b", question, re.I) or (m and m.group(1).lower() in ("did", "have")))
        no = "Not yet{N}, I'll let you know as soon as it's done." if perfect else "No{N}, not this time, I'm afraid."
        return [f"{yes}!" if not formal else f"{yes}, thank you for asking.", f"{yes}, all set.", no]
    if kind == "choice" and (ing := re.search(r"\b(?:are|will) you (?:be )?(\w+ing\b[\w' -]*?)\s+or\s+(\w+ing\b[\w' -]*?)\s*\?*$",
                                               question, re.I)):
        # "Are you going home for the holidays or staying here?": what we will be doing, not a piece of it
        a, b = (_trim_option(_mine(ing.group(1))), _trim_option(_mine(ing.group(2))))
        return [f"{{n}}I'll be {a}, definitely!", f"{{n}}I think I'll be {b} this time.", f"{{n}}probably {a}, I'll confirm soon."]
    if kind == "choice":
        m = re.search(r"([\w' -]{1,30}?)\s+or\s+([\w' -]{1,30}?)\s*\?*$", question, re.I)
        a, b = (m.group(1), m.group(2)) if m else ("hotpot", "dumplings")
        # The options without the question around them: "are you doing dumplings" → dumplings; "Elf first" → Elf.
        a = re.sub(r"^(?:(?:are|do|shall|should|would|will) (?:you|we) (?:want |like |prefer )?(?:to )?(?:do|have|get|go(?: for)?|doing|having|getting|going(?: for)?)? ?)", "", a.strip(), flags=re.I)
        a = re.sub(r"^(?:would|will|could|does|do|is|are|shall|should)\s+(?=the\b)", "", a, flags=re.I)  # "Would the 12th"
        a = " ".join(a.split()[-3:]) or "the first"
        b = re.sub(r"\s+(?:suit|suits|work|works|sound|sounds|be|fit)\b.*$", "", b.strip(), flags=re.I)  # "…14th suit you"
        b = re.sub(r"\s+(?:first|then|instead|tonight|today|tomorrow|on day \w+|this \w+)$", "", b) or "the other"
        b = _trim_option(b)  # "that new Thai place on 5th" → "that new Thai place": no parroting of their sentence
        return [f"{{n}}{a}, definitely!", f"{{n}}let's do {b} this time.", f"{{n}}{a} sounds perfect, your call though."]
    if kind == "invitation":
        if formal:
            return ["{n}thank you for the invitation, I'd love to.",
                    "{n}that is very kind of you, I'll be there.",
                    "{n}thank you so much, I'm afraid I can't make it this time, but I hope to see you soon."]
        return ["{n}I'd love to! I'll bring dessert.", "{n}count me in, see you then!",
                "{n}I can't make it this time, but next time for sure."]
    if kind == "request":
        if formal:
            return ["{n}certainly, I'll take care of it.", "{n}of course, consider it done.",
                    "{n}yes, I'll see to it and let you know."]
        return ["{n}sure, I'll take care of it!", "{n}no problem, consider it done.", "{n}of course, leave it to me."]
    if kind == "where":
        return ["{n}at home this year, nice and quiet.", "{n}staying in town, close to family.",
                "{n}heading to my parents' place."]
    if kind == "what":
        return ["{n}nothing special, just wrapping up work before the break.", "{n}mostly family stuff, all good.",
                "{n}a new project, I'll tell you all about it soon."]
    return []  # how are you: the bank's wellbeing answers
