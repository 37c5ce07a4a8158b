"""DingTalk message shapes: markdown text, actionCard buttons that send their payload back, long-text splitting."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from bot.domain import Button

# Markdown/actionCard text per message. DingTalk's markdown limit is not documented precisely (~5,000 chars);
# 4,000 CJK chars also keep a group send's msgParam under its 15,000-byte cap, buttons included.
MAX_CHARS = 4000
TITLE_CHARS = 20  # the title is only the preview in the chat list
OPENAPI_MAX_BUTTONS = 5  # sampleActionCard2…5 hold 2…5 vertical buttons (6 is two horizontal ones)
TAP_PREFIX = "dtmd://dingtalkclient/sendMessage?content="


def tap_url(payload: str) -> str:
    """A button URL that makes the tapper's own client send `payload` to the robot as an ordinary message.

    actionCard buttons can only open URLs; this dtmd link is how a tap reaches us at all. The message then
    comes from whoever tapped, so there is no owner to carry: in a group a stranger's tap lands in the
    stranger's own conversation (the engine keys conversations per person), where it does no harm.
    """
    return TAP_PREFIX + quote(payload, safe="")


def at_me_hint(buttons: tuple[Button, ...]) -> str:
    """In a group DingTalk calls the robot only for messages that @-mention it, and a dtmd tap carries no @ (the
    official receive-message page; shared PLATFORMS.md §1.4 correction): the buttons become what to @-send."""
    said = "　".join(b.payload if b.payload == b.label else f"{b.payload}（{b.label}）" for b in buttons)
    return f"在群里点按钮我收不到，请 @我 发送：{said}"


def to_markdown(text: str) -> str:
    """Plain text as DingTalk markdown, which ignores single newlines: every line becomes a paragraph."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def title_of(text: str) -> str:
    """The notification/preview title: the first line, without markdown marks, cut short."""
    first = next((line.strip().lstrip("#>*- ").strip() for line in text.split("\n") if line.strip()), "")
    if not first:
        return "greetbot"
    return first if len(first) <= TITLE_CHARS else first[: TITLE_CHARS - 1] + "…"


def split_text(text: str, limit: int = MAX_CHARS) -> list[str]:
    """Parts of at most `limit` characters, cut at paragraph ends where possible, else at a line, else hard."""
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n\n", 0, limit)
        if cut <= 0:
            cut = rest.rfind("\n", 0, limit)
        if cut <= 0:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n")
    parts.append(rest)
    return [p for p in parts if p.strip()] or [text]


def session_payload(title: str, text: str, buttons: tuple[Button, ...]) -> dict[str, Any]:
    """The sessionWebhook body: markdown, or an actionCard when there are buttons."""
    if not buttons:
        return {"msgtype": "markdown", "markdown": {"title": title, "text": text}}
    btns = [{"title": b.label, "actionURL": tap_url(b.payload)} for b in buttons]
    return {"msgtype": "actionCard", "actionCard": {"title": title, "text": text, "btnOrientation": "0", "btns": btns}}


def openapi_message(title: str, text: str, buttons: tuple[Button, ...]) -> tuple[str, dict[str, Any]]:
    """(msgKey, msgParam) for the robot Open API; buttons past the fifth become links in the text."""
    if not buttons:
        return "sampleMarkdown", {"title": title, "text": text}
    if len(buttons) == 1:
        b = buttons[0]
        return "sampleActionCard", {"title": title, "text": text, "singleTitle": b.label,
                                    "singleURL": tap_url(b.payload)}
    shown, extra = buttons[:OPENAPI_MAX_BUTTONS], buttons[OPENAPI_MAX_BUTTONS:]
    if extra:  # dtmd links work inside markdown too
        text += "\n\n" + "　".join(f"[{b.label}]({tap_url(b.payload)})" for b in extra)
    param: dict[str, Any] = {"title": title, "text": text}
    for i, b in enumerate(shown, 1):
        param[f"actionTitle{i}"], param[f"actionURL{i}"] = b.label, tap_url(b.payload)
    return f"sampleActionCard{len(shown)}", param
