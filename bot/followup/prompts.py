"""The follow-up prompt the model writes from: the recent turns, what the reply told us, the chosen strategy."""

from __future__ import annotations

from bot.followup.observe import _render_turns, _reply_language
from bot.followup.thread import Analysis, Thread

# Generate: the model prompt ------------------------------------------------------------------------

FOLLOWUP_SYSTEM = (
    "你替用户回朋友的消息，像用户本人在微信上接着聊。只输出一条回复正文，不超过60字，不要引号、序号或解释。"
    "保持用户原来的风格：传统喜庆=喜气讲究；轻松自然=像平时聊天；LLM科技风=气氛合适时可带一个技术梗；商务得体=尊重克制、用您。"
    "不要重复用户说过的话。"
)

_STRATEGY_GUIDE = {
    "keep_voice": "顺着对方接住的梗或语气再接一句，保持原来的风格，轻松就好",
    "answer_question": "先正面回答对方的问题：{q}，再自然接半句",
    "toss_back": "简短回应对方，再抛一个轻松的问题给对方{o}",
    "comfort": "真诚安慰、表达关心和陪伴；不开玩笑，不用哈哈，不用表情，不用任何技术梗",
    "wind_down": "简短、温暖地收尾，不再提问，不给对方压力",
}


def build_followup_messages(thread: Thread, analysis: Analysis) -> list[dict[str, str]]:
    """A short stable system prompt and a user prompt with the recent turns and what the reply showed."""
    greeting, reply = thread.focus()
    guide = _STRATEGY_GUIDE[analysis.strategy].format(
        q="；".join(analysis.questions[:2]),
        o=f"（可以问问：{analysis.opened[0]}）" if analysis.opened else "",
    )
    lines = [
        f"最近的对话：\n{_render_turns(thread)}",
        "",
        f"称呼：{thread.name or '（不用称呼）'}",
        f"关系：{thread.relation or ''}{'（' + thread.relation_category + '）' if thread.relation_category else ''}"
        f"{'' if thread.relation or thread.relation_category else '（未说）'}",
        f"节日：{thread.holiday or '（未说）'}（只用这个节日的说法）",
        f"风格：{thread.style}",
        f"对方情绪：{analysis.mood}",
    ]
    if analysis.picked_up:
        lines.append("对方接住的梗/细节：" + "、".join(analysis.picked_up))
    if analysis.questions:
        lines.append("对方的问题（必须回答）：" + " / ".join(analysis.questions))
    if analysis.opened:
        lines.append("对方主动提到：" + " / ".join(analysis.opened))
    lines.append(f"这条回复要做的：{guide}")
    if _reply_language(thread, reply) == "en":
        lines.append("语言：英文")
    earlier = thread.mine()
    if earlier:
        lines.append("别重复我说过的：" + " / ".join(t[:40] for t in earlier[-3:]))
    return [{"role": "system", "content": FOLLOWUP_SYSTEM}, {"role": "user", "content": "\n".join(lines)}]
