"""The offline follow-ups: templates by strategy, style and language, used when the model is down or its
drafts fail the checks."""

from __future__ import annotations

import re
from typing import Any

from bot.followup.answers import Listener, answer, foreign_words, talk_of
from bot.followup.answers_en import answer_en
from bot.followup.checks import _fits, _norm
from bot.followup.lexicon import _BARE_YOU_TOO, _EMOJI, _TOPICS
from bot.followup.observe import _reply_language
from bot.followup.question_kinds import question_kind
from bot.followup.thread import WIND_DOWN_ROUNDS, Analysis, Thread

# Generate: the offline templates -------------------------------------------------------------------

_STYLE_KEY = {"传统喜庆": "trad", "轻松自然": "casual", "LLM科技风": "tech", "商务得体": "biz"}

# {n} is the name with a comma ("王哥，" / "Ann, ") or nothing; {p} a picked-up joke, {o} an opened topic,
# {core} the question's gist. Every answer template carries a word that answers. Chinese answers: `answers.py`.
_ANSWER_EN: dict[str, dict[str, list[str]]] = {
    "work": {
        "casual": [
            "{n}I'm pretty busy, a bit of overtime before the holidays, but fine",
            "{n}I've been busy every day, but it should calm down soon",
            "{n}not bad lately, things are calmer now",
        ],
        "tech": [
            "{n}I'm pretty busy, mostly babysitting the model until the loss behaves",
            "{n}it's been busy, but the deploy went fine, so worth it",
            "{n}not bad lately, fewer fires since the release",
        ],
        "biz": [
            "{n}I'm a little busy before the holidays, but all is going well, thank you",
            "{n}it's been busy, but in a good way, thanks for asking",
            "{n}not too bad lately, things are on track",
        ],
    },
    "home": {
        "casual": [
            "{n}yes, heading home for the holidays, tickets booked",
            "{n}not sure yet, probably staying here",
            "{n}not this year, just resting here",
        ],
        "biz": [
            "{n}yes, I'll be home for the holidays, thank you",
            "{n}not sure yet, probably staying in town",
            "{n}not this year, staying here, thanks for asking",
        ],
    },
    "meet": {
        "casual": [
            "{n}sure, let's grab dinner after the holidays",
            "{n}a bit busy now, but definitely after the break",
            "{n}yes, you pick the time, I'm in",
        ],
        "biz": [
            "{n}sure, I'll reach out after the holidays",
            "{n}yes, I'd be glad to meet after the break",
            "{n}of course, let me know a time that suits you",
        ],
    },
    "wellbeing": {
        "casual": [
            "{n}doing well, same old, just a bit busy",
            "{n}I'm pretty good, eating well and sleeping fine",
            "{n}not bad at all, just missing everyone",
        ],
        "tech": [
            "{n}doing well, all systems stable, a minor bug here and there",
            "{n}I'm pretty good, uptime is high, battery full",
            "{n}not bad, could use a sleep upgrade though",
        ],
        "biz": [
            "{n}we are all well, thank you for asking",
            "{n}doing fine, thank you",
            "{n}I'm very well, thanks, and all the best to you",
        ],
    },
    "generic": {
        "casual": [
            "{n}pretty good, all things considered",
            "{n}it's a long story, let's catch up soon",
            "{n}it's all going fine, thanks for asking",
        ],
        "biz": [
            "{n}it is all going well, thank you",
            "{n}all good on my side, I'll share more soon",
            "{n}everything is fine, thanks for asking",
        ],
    },
}

_KEEP_VOICE_ZH = {
    "casual": ["{n}哈哈被你发现了，{p}这梗我能玩一整年", "{n}那必须的，{p}可是我今年的主角", "{n}就知道你会笑，{p}的故事下回当面讲"],
    "tech": ["{n}哈哈，{p}偶尔发疯正常，说明还在学习", "{n}它一发疯我就知道该调参了，锅我背", "{n}这叫涌现，新的一年{p}继续卷"],
    "trad": ["{n}哈哈，过年图个乐呵，{p}也算一喜", "{n}笑一笑十年少，{p}的事下回细说", "{n}能逗你一乐就值了，新年大吉"],
    "biz": ["{n}让您见笑了，能博您一笑就好", "{n}一点小玩笑，新的一年还请多指教", "{n}见笑见笑，祝您新年顺遂"],
}
_KEEP_VOICE_EN = {
    "casual": [
        "{n}haha guilty, {p} jokes are my whole personality now",
        "{n}you know me, {p} never gets old",
        "{n}glad it made you laugh, more {p} content coming",
    ],
    "tech": [
        "{n}haha, my {p} is just hallucinating, needs more training",
        "{n}guilty, I'll fine-tune the {p} jokes next year",
        "{n}that's not a bug, that's a feature",
    ],
    "biz": [
        "{n}glad it made you smile, all the best for the year ahead",
        "{n}just a small joke, looking forward to working together",
        "{n}thank you, wishing you a wonderful year",
    ],
}
_TOSS_OPENED_ZH = {
    "casual": ["{n}{o}？可以啊，展开说说？", "{n}{o}啊，什么时候定的，顺利吗？", "{n}{o}？到时候有空喊我，怎么安排的？"],
    "tech": ["{n}{o}？这可是大版本更新，细节讲讲？", "{n}{o}啊，什么时候定的，顺利吗？", "{n}{o}？需要技术支持随时喊我，怎么安排的？"],
    "trad": ["{n}{o}？好事啊，怎么安排的？", "{n}{o}啊，什么时候定的，顺利吗？", "{n}{o}？真替你高兴，啥时候出发？"],
    "biz": ["{n}{o}？真是好消息，一切还顺利吧？", "{n}{o}？届时如需帮忙请随时吩咐，具体是什么时候？", "{n}听说{o}，您那边都安排好了吗？"],
}
_REACT_ZH = {
    "casual": ["{n}真的呀？快展开说说！", "{n}还有这事？回头细聊！", "{n}哈哈，这个我得听你好好讲讲。"],
    "tech": ["{n}这条更新信息量有点大，展开说说？", "{n}收到，回头细聊这个版本！", "{n}哈哈，这事我得听完整日志。"],
    "trad": ["{n}真的呀？快跟我说说。", "{n}还有这事？回头细聊！", "{n}哈哈，这事我得听你好好讲讲。"],
    "biz": ["{n}原来如此，回头再向您细细请教。", "{n}明白了，改日当面听您细说。", "{n}谢谢您告诉我，回头再聊。"],
}
_REACT_EN = {
    "casual": ["{n}wait, really? tell me everything!", "{n}no way, I need the full story!", "{n}ha, we'll talk soon!"],
    "tech": ["{n}that's a big update, tell me more!", "{n}noted, I want the full changelog!", "{n}ha, we'll talk soon!"],
    "trad": ["{n}really? do tell me more!", "{n}oh, I want to hear all about it!", "{n}how lovely, talk soon!"],
    "biz": ["{n}thank you for letting me know, let's talk soon.", "{n}good to hear, I look forward to hearing more.",
            "{n}thank you, we'll speak soon."],
}
_TOSS_ZH = {
    "casual": ["{n}你呢，最近都在忙啥？", "{n}过年有什么安排？回老家吗？", "{n}好久没聚了，年后有空吃个饭？"],
    "tech": ["{n}你那边呢，今年有啥新版本要发布？", "{n}过年打算怎么充电？回老家吗？", "{n}好久没同步了，年后约个饭对齐一下？"],
    "trad": ["{n}过年回老家吗？替我给叔叔阿姨拜个年", "{n}今年过年怎么安排？", "{n}好久没见了，年后聚聚？"],
    "biz": ["{n}您最近一切都好吧？", "{n}春节有什么安排吗？祝您假期愉快", "{n}年后想当面拜访您，您看方便吗？"],
}
_TOSS_OPENED_EN = {
    "casual": [
        "{n}{o}? nice, tell me more!",
        "{n}{o}? when is that happening?",
        "{n}{o}, how exciting! how do you feel about it?",
    ],
    "biz": [
        "{n}{o}? that's great news, is everything going smoothly?",
        "{n}{o}? let me know if I can help, when is it?",
        "{n}{o}, wonderful. how are the plans coming along?",
    ],
}
_TOSS_EN = {
    "casual": [
        "{n}how about you, what have you been up to?",
        "{n}any plans for the holidays?",
        "{n}it's been a while, free for coffee sometime?",
    ],
    "tech": [
        "{n}how about you, shipping anything new this year?",
        "{n}any plans to recharge over the holidays?",
        "{n}it's been a while, coffee sometime to sync up?",
    ],
    "biz": [
        "{n}I hope all is well on your side?",
        "{n}any plans for the holidays?",
        "{n}would you be free to meet after the holidays?",
    ],
}
# Moved by the greeting: take it warmly, do not make more of it.
_TOUCHED_ZH = {
    "casual": ["{n}你喜欢就好，这些话早就想跟你说了", "{n}别哭呀，心意到了就好", "{n}能让你开心，我也特别高兴"],
    "tech": ["{n}你喜欢就好，这条是真情实感，没用模板", "{n}别哭呀，心意到了就好", "{n}能让你开心，这次输出就值了"],
    "trad": ["{n}你喜欢就好，一点心意", "{n}心意到了就好，祝你{greet}", "{n}能让你高兴，就是最好的节日礼物"],
    "biz": ["{n}您喜欢就好，一点心意", "{n}您太客气了，都是心里话", "{n}能让您高兴，是我的荣幸"],
}
# They worry about us: reassure, and care back.
_REASSURE_ZH = {
    "casual": ["{n}放心吧，我会照顾好自己的", "{n}知道啦，今天早点睡，不熬了", "{n}放心，吃得好睡得好，你也多注意身体"],
    "tech": ["{n}放心吧，我会照顾好自己的", "{n}知道啦，今天早点下线，不熬了", "{n}放心，电量充足，你也多注意身体"],
    "trad": ["{n}放心吧，都好着呢，你也保重身体", "{n}知道了，一定注意，你也别操心", "{n}放心，吃得饱穿得暖，你也照顾好自己"],
    "biz": ["{n}谢谢您关心，我会注意的，您也多保重", "{n}您放心，一切都好，也请您注意身体", "{n}多谢挂念，会照顾好自己的"],
}
_COMFORT_ZH = {
    "casual": ["{n}听到这个真不好受，先照顾好自己，有事随时喊我", "{n}抱抱你，别硬撑，想聊的时候我一直在", "{n}辛苦了，先好好休息，需要帮忙尽管开口"],
    "trad": ["{n}听到这个真不好受，你多保重，有事随时喊我", "{n}愿一切都慢慢好起来，别硬撑，我一直在", "{n}先照顾好自己和家里，需要帮忙尽管开口"],
    "biz": ["{n}听闻此事很是挂念，请您多保重", "{n}您辛苦了，务必照顾好自己，有能帮上的请随时吩咐", "{n}愿一切尽快好起来，您多保重"],
}
_COMFORT_EN = {
    "casual": [
        "{n}I'm so sorry to hear that. Take care of yourself, I'm here if you need me.",
        "{n}sending you a big hug. No need to be strong all the time.",
        "{n}that sounds really hard. Rest up, and call me anytime.",
    ],
    "biz": [
        "{n}I'm very sorry to hear that. Please take good care of yourself.",
        "{n}my thoughts are with you. Please let me know if I can help in any way.",
        "{n}I hope things get better soon. Please take care.",
    ],
}
_WIND_ZH = {
    "casual": {"cold": ["{n}好嘞，不打扰啦，新年快乐！", "{n}嗯嗯，祝你新的一年顺顺利利", "{n}那先这样，有空再聊～"],
               "busy": ["{n}你先忙，别太累，有空再聊", "{n}辛苦啦，忙完这阵好好歇歇", "{n}不打扰你了，注意身体，年后约饭"],
               "close": ["{n}那先不打扰啦，新年快乐，回头聊", "{n}好嘞，年后见，祝一切顺利", "{n}就这么说定了，有空再约"]},
    "tech": {"cold": ["{n}好嘞，不占你带宽了，新年快乐！", "{n}收到，祝你新的一年零 bug", "{n}那我先下线了，有空再聊"],
             "busy": ["{n}你先忙，别把自己跑满负载，注意休息", "{n}不占你算力了，忙完好好歇歇", "{n}辛苦啦，等你空闲了再同步"],
             "close": ["{n}那我先下线啦，新年快乐，回头聊", "{n}好嘞，年后见，祝一切顺利", "{n}就这么说定了，有空再同步"]},
    "trad": {"cold": ["{n}好嘞，不打扰了，祝你新年大吉", "{n}那就不多聊啦，祝你阖家欢乐", "{n}祝你来年顺顺当当，回头再聊"],
             "busy": ["{n}你先忙，注意身体，祝你来年顺顺当当", "{n}辛苦了，忙完好好过个年", "{n}不打扰了，祝你新年大吉"],
             "close": ["{n}那就不多聊啦，祝你阖家欢乐", "{n}好嘞，年后见，祝你新年大吉", "{n}就这么说定了，过年好"]},
    "biz": {"cold": ["{n}好的，不打扰您了，祝您新年顺遂", "{n}感谢回复，祝您工作顺利、阖家安康", "{n}改日再向您问候，祝您一切顺利"],
            "busy": ["{n}您先忙，不打扰了，注意休息", "{n}您辛苦了，改日再向您问候", "{n}好的，不占用您时间了，祝您新年顺遂"],
            "close": ["{n}好的，不打扰您了，祝您新年顺遂", "{n}感谢您的回复，改日再向您问候", "{n}那就先这样，祝您阖家安康"]},
}
_WIND_EN = {
    "casual": {"cold": [
        "{n}no worries, happy new year!",
        "{n}take care, talk soon.",
        "{n}alright, wishing you a great year ahead.",
    ],
               "busy": [
                   "{n}I'll let you get back to it, don't work too hard.",
                   "{n}go get it done, let's catch up after the holidays.",
                   "{n}hang in there, talk when things calm down.",
               ],
               "close": [
                   "{n}alright, I'll let you go. Happy new year, talk soon.",
                   "{n}sounds good, see you after the holidays.",
                   "{n}it's a plan then, take care.",
               ]},
    "biz": {"cold": [
        "{n}thank you, I won't take more of your time. Best wishes.",
        "{n}thanks for the reply, wishing you a great year.",
        "{n}all the best for the new year.",
    ],
            "busy": [
                "{n}I'll let you get back to work. Best wishes.",
                "{n}thank you, I won't take more of your time.",
                "{n}wishing you a smooth and successful year.",
            ],
            "close": [
                "{n}thank you, I won't take more of your time. Best wishes.",
                "{n}wishing you a smooth and successful year.",
                "{n}looking forward to speaking again soon.",
            ]},
}


def _pick(bank: dict[str, Any], style: str) -> Any:
    return bank.get(style) or bank["casual"]


def _question_core(question: str, language: str) -> str:
    if language == "en":
        words = re.sub(r"[?？!.,]", "", question).split()
        words = [w for w in words if w.lower() not in {"so", "and", "btw", "you", "your"}]
        return " ".join(words[:5]) or "that"
    core = re.sub(r"[？?！!。，,\s]", "", question)
    core = re.sub(r"^(?:你们|你|您)(?:最近|现在)?", "", core)
    core = re.sub(r"(?:怎么样|咋样|如何|了吗|吗|呢|么|嘛)$", "", core)
    return core[:10] or "这个"


def _templates(thread: Thread, analysis: Analysis, language: str) -> list[str]:
    zh = language == "zh"
    # A teacher, a client or a boss hears the polite register whatever the greeting's style.
    style = "biz" if zh and listener(thread).respectful else _STYLE_KEY[thread.style]
    strategy = analysis.strategy
    if zh and strategy in ("keep_voice", "toss_back") and analysis.mood in ("touched", "worried"):
        bank = _TOUCHED_ZH if analysis.mood == "touched" else _REASSURE_ZH
        return [t.replace("{greet}", talk_of(thread.holiday).greet) for t in _pick(bank, style)]
    if strategy == "comfort" and zh and analysis.questions:  # grief that also asks: answer it, gently
        lead = "您别太难过，" if listener(thread).respectful else "抱抱你，"
        return [t.replace(f"{thread.name}，", f"{thread.name}，{lead}", 1) if thread.name else lead + t
                for t in answer(analysis.questions[0], listener(thread), style)]
    if strategy == "comfort" and analysis.questions and (shaped := answer_en(analysis.questions[0], listener(thread))):
        # "well, not fine. wanna grab a beer this weekend?": gently, and the question answered
        who = listener(thread)
        lead = "I'm so sorry. " if who.respectful else "sending you a big hug. " if who.close else "sorry it's been rough. "
        return [t.replace("{n}", "{n}" + lead, 1) for t in shaped]
    if strategy == "comfort":
        # Tech style borrows casual comfort: a grieving friend gets no memes, whatever the sender's voice.
        bank = _COMFORT_ZH if zh else _COMFORT_EN
        return list(_pick(bank, "casual" if style == "tech" else style))
    if strategy == "wind_down":
        cause = analysis.mood if analysis.mood in ("cold", "busy") else "close"
        return list(_pick(_WIND_ZH if zh else _WIND_EN, style)[cause])
    if strategy == "answer_question":
        question = analysis.questions[0] if analysis.questions else ""
        if zh:  # the question's kind shapes the answer, the person its words; they come addressed
            return answer(question, listener(thread), style)
        if shaped := answer_en(question, listener(thread)):
            return shaped
        topic = "wellbeing" if question_kind(question, "en") == "how_are_you" else next(
            (t for t, rx in _TOPICS if rx.search(question)), "generic")
        texts = list(_pick(_ANSWER_EN[topic], style))
        core = _question_core(question, language)
        texts = [t.replace("{core}", core) for t in texts]
        if thread.rounds >= WIND_DOWN_ROUNDS:  # a long thread: answer, then let them go
            texts[-1] += ", talk soon"
        elif listener(thread).peer and not _BARE_YOU_TOO.match(question):  # a friend: keep the ball rolling
            texts[0] += ". You?"
        return texts
    if strategy == "keep_voice":
        texts = list(_pick(_KEEP_VOICE_ZH if zh else _KEEP_VOICE_EN, style))
        default = "这梗" if zh else "tech"
        p = analysis.picked_up[0] if analysis.picked_up else default
        # "{p}这梗" with no joke picked up would say "这梗这梗"
        return [t.replace("{p}这梗", p if p.endswith("梗") else p + "这梗").replace("{p}", p) for t in texts]
    if analysis.opened:
        o = analysis.opened[0]
        # A long stretch of their words said back reads as parroting ("早就知道圣诞老人是你？"): react to it instead.
        if len(o) > 6 if zh else len(o.split()) > 3:
            return list(_pick(_REACT_ZH if zh else _REACT_EN, style))
        return [t.replace("{o}", o) for t in _pick(_TOSS_OPENED_ZH if zh else _TOSS_OPENED_EN, style)]
    return list(_pick(_TOSS_ZH if zh else _TOSS_EN, style))


def listener(thread: Thread) -> Listener:
    said = "".join(thread.mine())
    return Listener(thread.name, thread.relation_category, thread.style, thread.holiday,
                    said_nin="您" in said and "你" not in said.replace("你们", ""), relation=thread.relation)


# Spring Festival words in the bank, and what they become at any other holiday (中秋 is not 过年).
_NOT_SPRING = (("新年快乐", "{greet}"), ("过年好", "{greet}"), ("新年大吉", "{greet}"), ("新年顺遂", "节日顺遂"),
               ("好好过个年", "好好过个节"), ("过年", "过节"), ("年后", "节后"), ("新的一年", "往后"), ("来年", "往后"),
               ("拜年", "问好"), ("年底", "这阵子"))


def _for_this_holiday(text: str, thread: Thread) -> str:
    """A template's words fitted to the thread's holiday and person: no 过年 at 中秋, no 叔叔阿姨 to family."""
    foreign = foreign_words(thread.holiday)
    # A birthday may speak of 过年 (a plan), but its wishes are for the birthday: the first four are wishes.
    swaps = _NOT_SPRING[:4] if thread.holiday == "生日" else _NOT_SPRING if foreign is not None else ()
    for old, new in swaps:
        if foreign is None or foreign.search(old):
            text = text.replace(old, new.format(greet=talk_of(thread.holiday).greet))
    if thread.holiday and thread.holiday not in ("春节", "元旦", "除夕", "元宵"):  # no "happy new year" at a birthday
        wish = "happy birthday" if thread.holiday == "生日" else "enjoy the holiday"
        text = re.sub(r"happy new year", lambda m: wish.capitalize() if m.group(0)[0].isupper() else wish, text,
                      flags=re.I)
        text = text.replace("for the new year", "for the days ahead")
    return text


_ENDED = re.compile(r"[。！？!?.~～…)）]$|" + _EMOJI.pattern)


def _address(text: str, name: str | None, language: str) -> str:
    """The template addressed to the person, and ended as a sentence is ("你先忙" → "你先忙。")."""
    if language == "zh":
        text = text.replace("{n}", f"{name}，" if name else "")
        return text if _ENDED.search(text[-4:]) else text + "。"
    if "{N}" in text:  # an English yes or no comes first, the name after it: "Yes, Mr. Patel, all set."
        body = text.replace("{N}", f", {name}" if name else "").replace("{n}", "")
    else:
        body = text.replace("{n}", "")
    body = re.sub(r"([.?!]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), body)  # sentence starts
    body = body if _ENDED.search(body[-4:]) else body + "."
    if name and "{N}" not in text:
        # Lower-cased after the name, unless it is "I" or a name ("Toy Story, definitely!").
        proper = re.match(r"[A-Z][a-z]*\s+[A-Z]", body) or body.startswith(("I ", "I'"))
        body = body if proper else body[:1].lower() + body[1:]
        return f"{name}, {body}"
    return body[:1].upper() + body[1:]


def compose_followups_offline(thread: Thread, analysis: Analysis) -> list[str]:
    """Two or three template follow-ups for the strategy, in the sender's style; never repeats a "me" turn."""
    _, reply = thread.focus()
    language = _reply_language(thread, reply)
    earlier = thread.mine()
    out: list[str] = []
    family = thread.relation_category == "家人"
    for template in _templates(thread, analysis, language):
        if family and re.search(r"叔叔阿姨|爸妈|回老家", template):
            continue  # said to one's own family these read wrong ("陪爸妈" to one's mother)
        text = _address(_for_this_holiday(template, thread), thread.name, language)
        if _fits(text, analysis, language, earlier, listener(thread), shaped=True) and \
                not any(_norm(text) == _norm(o) for o in out):
            out.append(text)
    if len(out) < 2:
        # Everything was said before (a long thread): fall back to the goodbyes of the style.
        style = _STYLE_KEY[thread.style]
        bank = _WIND_ZH if language == "zh" else _WIND_EN
        closing = Analysis(analysis.mood, analysis.picked_up, analysis.questions, analysis.opened, "wind_down")
        for cause in ("close", "cold", "busy"):
            for template in _pick(bank, style)[cause]:
                text = _address(_for_this_holiday(template, thread), thread.name, language)
                fresh = all(_norm(text) != _norm(o) for o in out)
                if len(out) < 3 and fresh and _fits(text, closing, language, earlier, listener(thread)):
                    out.append(text)
    return out[:3]
