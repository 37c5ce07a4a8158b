"""How drafts and follow-up suggestions are shown: one message each, with buttons to go on."""

from __future__ import annotations

from bot.conversation.cards_chat import card_button
from bot.domain import Button, Drafts, GreetingRequest, OutgoingMessage
from bot.followup.thread import FollowUp
from bot.writing import holidays


def render_drafts(chat_id: str, request: GreetingRequest, drafts: Drafts) -> OutgoingMessage:
    """The drafts as one message: a header saying what was used, numbered drafts, buttons to go on."""
    s, h = request.slots, drafts.holiday
    english = s.language == "en"
    zodiac = f"，{h.zodiac}年" if h.zodiac_relevant and h.zodiac else ""
    if english:
        header = f"For {s.name} · {holidays.english_name(h.name)} {h.date.isoformat()} · {s.style} · {s.length} words"
        offline = "⚠️ The model is unavailable right now: these are offline drafts (fine to send; say \"another\" later for model drafts).\n"
        footer = "Reply with a number to use one, or say \"another\", \"shorter\", \"more formal\"."
    else:
        header = f"给{s.name}的{h.name}祝福（{h.date.isoformat()}{zodiac} · {s.style} · {s.length}字 · {s.occasion}）"
        offline = "⚠️ 模型暂时不可用，以下是离线草稿（可以直接用；稍后说「换一个」再试模型）。\n"
        footer = "回复数字选用；也可以说「换一个」「短一点」「更正式」「加点科技梗」，或点👍👎告诉我写得怎样。"
    mark = " (offline draft)" if english else "（离线草稿）"
    body = "\n\n".join(f"{i}. {t}" + (mark if drafts.backend_of(i - 1) != drafts.backend else "")
                       for i, t in enumerate(drafts.texts, 1))
    text = (offline if drafts.backend == "composer" else "") + header + "\n\n" + body + "\n\n" + footer
    buttons = [Button(f"用第{i}条" if not english else f"Use #{i}", f"/use {i}") for i in range(1, len(drafts.texts) + 1)]
    buttons += [Button("换一个", "换一个") if not english else Button("Another", "another"),
                Button("👍", "/fb up"), Button("👎", "/fb down"), card_button(english)]
    return OutgoingMessage(chat_id, text, tuple(buttons))


def render_followup(chat_id: str, follow: FollowUp) -> OutgoingMessage:
    """What the reply tells us, and two or three ways to answer it, each a tap away."""
    a = follow.analysis
    mood = {"happy": "开心", "teasing": "在逗你", "touched": "被感动了", "worried": "在关心你", "neutral": "平常",
            "sad": "情绪不太好", "cold": "有点冷淡", "busy": "在忙"}.get(a.mood, a.mood)
    plan = {"keep_voice": "保持这个调调接着聊", "answer_question": "先回答TA的问题", "toss_back": "接住梗再抛个问题回去",
            "comfort": "先安慰，不开玩笑", "wind_down": "温和收尾，不追问"}.get(a.strategy, a.strategy)
    seen = [f"TA {mood}"]
    if a.picked_up:
        seen.append("接住了「" + "」「".join(a.picked_up[:2]) + "」")
    if a.questions:
        seen.append("问了「" + "」「".join(a.questions[:2]) + "」")
    body = "\n".join(f"{i}. {t}" for i, t in enumerate(follow.suggestions, 1))
    offline = "（模型暂时不可用，以下是离线建议）\n" if follow.backend == "rules" else ""
    text = f"{offline}读到：{'，'.join(seen)}。打算：{plan}。\n\n可以这样接：\n{body}\n\n回复数字选用。"
    return OutgoingMessage(chat_id, text, tuple(Button(f"用第{i}条", f"/use {i}")
                                               for i in range(1, len(follow.suggestions) + 1)))
