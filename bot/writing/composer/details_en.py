"""The user's details in English, made ready to weave in: split into clauses, turned to the second person
(he/she → you, with the verb made to agree, and the subject the user left out put back), and told apart by what they
tell (news, how long, who they are, a memory)."""

from __future__ import annotations

import re

from bot.domain import length_units

_EN_NEWS = re.compile(
    r"promot|married|engaged|wedding|baby|graduat|new job|new role|moved|retir|bought|award|won |got into|"
    r"accepted|passed|launched|started a|opened|carried|delivered|finished|completed|landed|closed the|led the|"
    r"shipped|built",
    re.I,
)
_EN_DURATION = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|"
    r"several|many)\s+(?:years?|months?)\b",
    re.I,
)
_EN_IDENTITY_END = re.compile(
    r"(?:roommates?|classmates?|friends?|neighbou?rs?|colleagues?|teammates?|buddy|buddies|cousins?|schoolmates?|"
    r"coworkers?|bestie|pals?)$",
    re.I,
)
_EN_VERBISH = re.compile(r"\b(?:is|are|was|were|have|has|had|got|went|did|made|took|gave|stayed|left|\w+ed)\b", re.I)
_EN_LOWER_STARTERS = {
    "we", "you", "the", "a", "an", "last", "this", "our", "my", "your", "in", "at", "on", "when", "every", "since",
    "after", "for", "back", "working", "spent", "pulled", "always", "once", "that", "those", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "years", "from", "during", "still", "just", "got",
}


_EN_SUBJECT_FIX = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
                   "hasn't": "haven't", "doesn't": "don't"}
_EN_ADVERBS = {"always", "just", "finally", "recently", "still", "never", "often", "really", "also", "once"}


def _en_verb_for_you(word: str) -> str:
    low = word.lower()
    if low in _EN_SUBJECT_FIX:
        return _EN_SUBJECT_FIX[low]
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if re.search(r"(?:ches|shes|sses|xes|zes|oes)$", low):
        return word[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return word[:-1]
    return word


def _en_second_person(text: str) -> str:
    """he/she/him/his/her → you/your, with the verb after a converted subject made to agree."""
    words = re.findall(r"[A-Za-z']+|[^A-Za-z']+", text)
    out: list[str] = []
    subject_pending = False
    for i, w in enumerate(words):
        low = w.lower()
        nxt = next((x for x in words[i + 1:] if x.strip()), "")
        if not w[0].isalpha() and w[0] != "'":
            out.append(w)
            continue
        repl: str | None = None
        if low in ("he", "she"):
            repl, subject_pending = "you", True
        elif low in ("he's", "she's"):  # "he's been with my team" has, "he's a pilot" is
            repl = "you've" if nxt.lower() in _EN_PARTICIPLES else "you're"
        elif low in ("he'd", "she'd"):
            repl = "you'd"
        elif low in ("he'll", "she'll"):
            repl = "you'll"
        elif low == "him":
            repl = "you"
        elif low in ("his", "hers"):
            repl = "your" if low == "his" and nxt[:1].isalpha() else "yours"
        elif low == "her":
            repl = "your" if nxt[:1].isalpha() and nxt.lower() not in _EN_NOT_NOUN else "you"
        elif low in ("himself", "herself"):
            repl = "yourself"
        elif subject_pending:
            if low in _EN_ADVERBS:
                out.append(w)
                continue
            repl = _en_verb_for_you(w)
            subject_pending = False
        if repl is not None:
            if w[0].isupper():
                repl = repl[0].upper() + repl[1:]
            out.append(repl)
        else:
            out.append(w)
    return "".join(out)


_EN_NOT_NOUN = {"and", "or", "but", "to", "at", "in", "on", "for", "with", "from", "about", "when", "last", "every",
                "so", "a", "the", "out", "up", "over", "back", "too", "again", "through", "how", "what", "why", "where",
                "more", "less", "than", "as", "that", "this", "all", "most", "very", "once", "twice"}
_EN_PARTICIPLES = {"been", "got", "gotten", "gone", "done", "had", "seen", "made", "taken", "become", "always", "never",
                   "just", "already", "finally", "worked", "lived", "helped", "taught", "known", "run", "built"}
_EN_IRREGULAR_PAST = {
    "told", "taught", "met", "known", "built", "made", "gave", "took", "saw", "brought", "kept", "left", "ran", "won",
    "lent", "sent", "spent", "found", "held", "led", "paid", "sold", "stood", "bought", "caught", "fought", "drove",
    "wrote", "flew", "grew", "knew", "threw", "drew", "shown", "got", "put", "let", "set", "cut", "hit", "fed", "sat",
    "read", "came", "went", "began", "did", "had", "heard", "lost", "meant", "said", "sang", "spoke",
}
_EN_OBJECT_NEXT = {"our", "my", "me", "us", "the", "a", "an", "every", "his", "her", "your", "you", "to", "with", "in",
                   "at", "on", "for", "up", "out", "over", "around", "it", "them", "all", "each", "some", "more"}
_EN_FREQUENCY = {"always", "never", "still", "often", "usually", "once", "just", "also", "really", "finally", "even"}


def _en_with_subject(clause: str) -> str:
    """A clause that starts with the deed ("taught me to fish", "always fixes the printer", "met you at a pottery
    class") with its subject put back: you for what they did, I where "you" is the object ("I met you …")."""
    words = clause.split()
    i = 0
    while i < len(words) - 1 and words[i].lower() in _EN_FREQUENCY:
        i += 1
    if i >= len(words) - 1:
        return clause
    verb, after = words[i], words[i + 1].lower().strip(",.;")
    low = verb.lower()
    past = low in _EN_IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4 and after in _EN_OBJECT_NEXT)
    present = (low.endswith("s") and not low.endswith(("ss", "us", "is", "'s")) and len(low) > 3
               and after in _EN_OBJECT_NEXT)
    if not (past or present) or not verb.isalpha() or not verb.islower():
        return clause
    if after in ("you", "your"):  # "known you since kindergarten" is what I did
        return ("I've " if low in ("known", "been") else "I ") + clause
    if present:
        words[i] = _en_verb_for_you(verb)
    return "you " + " ".join(words)


_EN_NOISE = re.compile(r"^(?:(?:you are|you're|you were) (?=my )|we are |we're |and |but |so |also )", re.I)


_EN_DEPENDENT = re.compile(r"^(?:when|while|because|after|before|until|since|as|which|who|that)\b", re.I)


def en_clauses(details: str) -> list[tuple[str, bool]]:
    """The details as (clause, stands alone) pairs: "when I came home late" only follows the clause before it."""
    clauses: list[tuple[str, bool]] = []
    pieces = re.split(r"[.;!?\n]+|,\s+", details)
    # A run-on sentence is cut before "and/when/while/because…" once it passes sixteen words.
    pieces = [p for piece in pieces for p in (
        re.split(r"\s+(?=(?:and|when|while|because|after|before|until|so)\s)", piece)
        if len(piece.split()) > 16 else [piece])]
    for raw in pieces:
        part = _en_second_person(raw.strip(" \"'“”"))
        part = _EN_NOISE.sub("", part).strip()
        if not part:
            continue
        first = part.split()[0]
        if first.lower() in _EN_LOWER_STARTERS and first != "I":
            part = part[0].lower() + part[1:]
        part = _en_with_subject(part)
        if length_units(part) >= 1:
            clauses.append((part, not (clauses and (length_units(part) < 2 or _EN_DEPENDENT.match(part)))))
    return clauses


def en_kind(clause: str) -> str:
    if _EN_NEWS.search(clause) and not re.search(r"\b(?:me|my|I|we|us|our|together)\b", clause):
        return "news"
    if len(clause.split()) <= 7 and _EN_DURATION.search(clause):
        return "duration"
    if len(clause.split()) <= 4 and _EN_IDENTITY_END.search(clause) and not _EN_VERBISH.search(clause):
        return "identity"
    return "memory"
