"""The conversation engine: one incoming message in, the replies out, the state saved in between.

The route below is the table of contents of a turn: each stage either handles the message or passes it on.
    1. command   /new /cancel /help /start /schedule(s) /unschedule, at any point
    1b. schedule "除夕晚上8点给这个群发拜年祝福": a broadcast for later (bot/schedule_chat.py)
    2. choice    "1", "用这条 2", a tapped "/use 2" after drafts
    3. answer    the reply to the question we asked about a missing slot
    4. revision  "换一个", "短一点", "更正式", "加点科技梗", "改成中秋的" after drafts
    5. request   a new greeting request, read for every slot it carries
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from bot import holidays
from bot.compose import Backend, GreetingWriter
from bot.dialogue import Question, next_question, read_answer, read_revision, with_defaults
from bot.domain import Button, Drafts, GreetingRequest, IncomingMessage, OutgoingMessage, Slots
from bot.extraction import extract, extract_rules
from bot.llm import LLMClient
from bot.schedule_chat import ScheduleChat
from bot.schedules import Schedules
from bot.store import Conversation, ConversationKey, Store

log = logging.getLogger(__name__)

HELP_ZH = (
    "我是 greetbot，帮你写像你本人说的节日祝福。\n"
    "直接说给谁写、你们的关系和一件具体的小事，比如：\n"
    "「帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字」\n"
    "缺什么我会一条条问。出稿后可以说「换一个」「短一点」「更正式」「加点科技梗」，回复数字选用。\n"
    "定时发送：「除夕晚上8点给这个群发拜年祝福」，/schedules 查看。\n"
    "/new 重新开始　/cancel 取消当前　/help 帮助"
)
HELP_EN = (
    "I'm greetbot: I write holiday greetings that sound like you.\n"
    "Tell me who it is for, how you know them and one real detail, e.g. \"Write a casual Spring Festival message "
    "for my roommate Jake, we've shared an apartment for 3 years, keep it short\".\n"
    "After the drafts: \"another\", \"shorter\", \"more formal\", or reply with a number to pick one.\n"
    "/new start over  /cancel cancel  /help this help"
)
_CHOICE = re.compile(r"^\s*(?:/use\s*|用这条\s*|就用|选|第)?\s*([1-5])\s*(?:条|个|号)?\s*(?:吧|就行|好了)?\s*$")
_NEW_REQUEST = re.compile(r"帮我|给.{1,10}?(?:写|发|整|拜)|写(?:一|条|个|段|封)|\b(?:write|draft|greeting for|message for)\b", re.I)


@dataclass
class TurnState:
    """What the conversation remembers between turns (stored as JSON)."""

    stage: str = "idle"  # idle | collecting | generating | drafted
    slots: Slots = field(default_factory=Slots)
    pending: str | None = None
    wishes: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    greeting_ids: list[int] = field(default_factory=list)
    backend: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "slots": self.slots.to_dict()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TurnState:
        if not data:
            return cls()
        return cls(**{**data, "slots": Slots.from_dict(data.get("slots"))})


class Engine:
    """Platform-blind conversation logic; adapters hand it `IncomingMessage`s and send what it returns."""

    def __init__(
        self,
        store: Store,
        writer: GreetingWriter,
        *,
        extractor: LLMClient | None = None,
        today: Callable[[], date] = date.today,
        backend: Backend = "auto",
        schedules: Schedules | None = None,
    ) -> None:
        self.schedule_chat = ScheduleChat(schedules, today) if schedules is not None else None
        self.store = store
        self.writer = writer
        self.extractor = extractor
        self.today = today
        self.backend = backend

    async def handle(self, msg: IncomingMessage) -> list[OutgoingMessage]:
        """Answer one message and persist the conversation's new state; [] when the message is not for us."""
        if msg.is_group and not (msg.mentioned or msg.reply_to_bot or msg.text.lstrip().startswith("/")
                                 or msg.button_owner is not None):
            return []  # group chatter: the bot speaks when spoken to
        if msg.button_owner is not None and msg.button_owner != msg.user_id:
            return [OutgoingMessage(msg.chat_id, "这些按钮是给发起的人用的；想写你自己的祝福，@我说一声就行。",
                                    context=msg.context, notice=True)]
        conv = await self.store.load_conversation(ConversationKey(msg.platform, msg.chat_id, msg.user_id))
        state = TurnState.from_json(conv.state)
        if state.stage == "generating":
            # A turn died while writing (the inbox redelivers its message after the lease): finish that job
            # with the slots already collected, instead of reading the message as a new request.
            return _addressed(await self._generate(state, conv, msg, save=True), msg)
        text = msg.text.strip()
        for stage in (self._command, self._schedule, self._choice, self._answer, self._revision, self._request):
            replies = await stage(text, state, conv, msg)
            if replies is not None:
                conv.state = state.to_json()
                await self.store.save_conversation(conv)
                return _addressed(replies, msg)
        raise AssertionError("the request stage always answers")

    async def resume(self, key: ConversationKey) -> list[OutgoingMessage]:
        """What to say when a conversation is picked up again after a restart (empty if nothing is open)."""
        conv = await self.store.load_conversation(key)
        state = TurnState.from_json(conv.state)
        msg = IncomingMessage(key.platform, key.chat_id, key.user_id, "")
        if state.stage == "generating":  # the process died while writing: finish the job
            return await self._generate(state, conv, msg, save=True)
        if state.stage == "collecting" and state.pending:
            question = next_question(state.slots)
            if question:
                return [self._ask(msg, question, prefix=_resume_prefix(state.slots))]
        return []

    # Stages -------------------------------------------------------------------------------------

    async def _command(self, text: str, state: TurnState, conv: Conversation, msg: IncomingMessage):
        command = text.split()[0].lower() if text.startswith("/") else ""
        english = state.slots.language == "en"
        if command in ("/help", "/start") or (not text):
            return [OutgoingMessage(msg.chat_id, HELP_EN if english else HELP_ZH)]
        if command in ("/new", "/cancel"):
            had_work = state.stage != "idle"
            self._reset(state)
            if command == "/cancel":
                said = ("Cancelled." if english else "好的，已取消。") if had_work else (
                    "Nothing to cancel." if english else "现在没有进行中的祝福。")
            else:
                said = "Let's start over: who is the greeting for?" if english else "好，重新开始：这次给谁写祝福？"
            return [OutgoingMessage(msg.chat_id, said)]
        if command in ("/schedule", "/schedules", "/unschedule") and self.schedule_chat is not None:
            return await self.schedule_chat.command(text, msg)
        if command == "/fb":
            return await self._feedback(text, state, conv, msg)
        if command and command != "/use":  # /use N is a tapped button: the choice stage reads it
            return [OutgoingMessage(msg.chat_id, ("Unknown command. " if english else "没有这个命令。") + (
                HELP_EN if english else HELP_ZH))]
        return None

    async def _schedule(self, text: str, state: TurnState, conv: Conversation, msg: IncomingMessage):
        if self.schedule_chat is None or text.startswith("/"):
            return None
        return await self.schedule_chat.request(text, msg)

    async def _feedback(self, text: str, state: TurnState, conv: Conversation, msg: IncomingMessage):
        english = state.slots.language == "en"
        if state.stage != "drafted" or not state.greeting_ids:
            return [OutgoingMessage(msg.chat_id, "There are no drafts to rate yet." if english else "现在还没有可以评价的草稿。")]
        up = text.split()[1:2] == ["up"]
        await self.store.set_feedback(state.greeting_ids, 1 if up else -1)
        if up:
            return [OutgoingMessage(msg.chat_id, "Thanks, noted! Reply with a number to use one." if english
                                    else "收到👍，记下了。回复数字就能选用。")]
        return await self._generate(state, conv, msg, avoid=tuple(state.drafts))  # 👎: a fresh batch at once

    async def _choice(self, text: str, state: TurnState, conv: Conversation, msg: IncomingMessage):
        if state.stage != "drafted" or not state.drafts:
            return None
        m = _CHOICE.match(text)
        if not m:
            return None
        index = int(m.group(1)) - 1
        if index >= len(state.drafts):
            return [OutgoingMessage(msg.chat_id, f"只有 {len(state.drafts)} 条，回复 1–{len(state.drafts)} 选一条。")]
        if index < len(state.greeting_ids):
            await self.store.mark_chosen(state.greeting_ids[index])
        english = state.slots.language == "en"
        said = (f"Great, #{index + 1} it is. Copy and send:\n\n" if english else f"好的，就用第 {index + 1} 条，复制发出去吧：\n\n")
        return [OutgoingMessage(msg.chat_id, said + state.drafts[index])]

    async def _answer(self, text: str, state: TurnState, conv: Conversation, msg: IncomingMessage):
        if state.stage != "collecting" or not state.pending:
            return None
        if _NEW_REQUEST.search(text) and extract_rules(text).name not in (None, state.slots.name):
            return None  # not an answer but a fresh request: let the request stage start over
        state.slots = state.slots.merged(read_answer(state.pending, text))
        return await self._continue(state, conv, msg)

    async def _revision(self, text: str, state: TurnState, conv: Conversation, msg: IncomingMessage):
        if state.stage != "drafted":
            return None
        revision = read_revision(text, state.slots)
        found_name = extract_rules(text).name
        if found_name and found_name != state.slots.name:
            return None  # a different recipient: a new request
        if revision is None:
            return None
        state.slots = state.slots.merged(revision.changes)
        state.wishes = list(dict.fromkeys([*state.wishes, *revision.wishes]))
        return await self._generate(state, conv, msg, avoid=tuple(state.drafts))

    async def _request(self, text: str, state: TurnState, conv: Conversation, msg: IncomingMessage):
        slots, _ = await extract(text, self.extractor)
        if not any(getattr(slots, k) for k in ("name", "relation", "details", "holiday")):
            english = slots.language == "en"
            return [OutgoingMessage(msg.chat_id, (
                "Tell me who the greeting is for, and I'll take it from there.\n\n" + HELP_EN) if english else (
                "想给谁写祝福？告诉我称呼和关系就能开始。\n\n" + HELP_ZH))]
        self._reset(state)
        known = await self.store.find_contact(msg.platform, msg.user_id, _scope(msg), slots.name) if slots.name else None
        state.slots = known.merged(slots) if known else slots
        state.stage = "collecting"
        return await self._continue(state, conv, msg)

    # Steps --------------------------------------------------------------------------------------

    async def _continue(self, state: TurnState, conv: Conversation, msg: IncomingMessage) -> list[OutgoingMessage]:
        question = next_question(state.slots)
        if question is not None:
            state.pending = question.slot
            return [self._ask(msg, question)]
        return await self._generate(state, conv, msg)

    async def _generate(
        self, state: TurnState, conv: Conversation, msg: IncomingMessage, *, avoid: tuple[str, ...] = (),
        save: bool = False,
    ) -> list[OutgoingMessage]:
        slots = with_defaults(state.slots)
        holiday = (holidays.resolve(slots.holiday, self.today()) if slots.holiday
                   else holidays.next_holiday(self.today()))
        request = GreetingRequest(slots=slots, holiday=holiday, n=3, avoid=avoid, wishes=tuple(state.wishes))
        # Record that we are writing, so a crash here resumes the job instead of losing the collected slots.
        state.stage, state.pending = "generating", None
        conv.state = state.to_json()
        await self.store.save_conversation(conv)
        drafts = await self.writer.write(request, self.backend)
        state.greeting_ids = await self.store.add_greetings(conv.id, request, drafts)
        state.stage, state.drafts, state.backend = "drafted", list(drafts.texts), drafts.backend
        await self.store.save_contact(msg.platform, msg.user_id, _scope(msg), slots)
        if save:
            conv.state = state.to_json()
            await self.store.save_conversation(conv)
        return [render_drafts(msg.chat_id, request, drafts)]

    def _ask(self, msg: IncomingMessage, question: Question, prefix: str = "") -> OutgoingMessage:
        return OutgoingMessage(
            msg.chat_id, prefix + question.text, tuple(Button(o, o) for o in question.options), reply_to=msg.message_id or None
        )

    @staticmethod
    def _reset(state: TurnState) -> None:
        fresh = TurnState()
        state.__dict__.update(fresh.__dict__)


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
    body = "\n\n".join(f"{i}. {t}" for i, t in enumerate(drafts.texts, 1))
    text = (offline if drafts.backend == "composer" else "") + header + "\n\n" + body + "\n\n" + footer
    buttons = [Button(f"用第{i}条" if not english else f"Use #{i}", f"/use {i}") for i in range(1, len(drafts.texts) + 1)]
    buttons += [Button("换一个", "换一个") if not english else Button("Another", "another"),
                Button("👍", "/fb up"), Button("👎", "/fb down")]
    return OutgoingMessage(chat_id, text, tuple(buttons))


def _addressed(replies: list[OutgoingMessage], msg: IncomingMessage) -> list[OutgoingMessage]:
    """Every reply goes back where the message came from; in a group only the asker's taps count."""
    return [replace(r, owner=msg.user_id, context=msg.context, reply_to=r.reply_to or msg.message_id or None)
            for r in replies]


def _scope(msg: IncomingMessage) -> str:
    return msg.chat_id if msg.is_group else "dm"


def _resume_prefix(slots: Slots) -> str:
    known = "、".join(f"{v}" for k, v in slots.known().items() if k in ("name", "relation", "details") and v)
    return f"接着上次（{known}）：" if known else "接着上次："


