"""The conversation engine: one incoming message in, the replies out, the state saved in between.

The route below is the table of contents of a turn: each stage either handles the message or passes it on.
    0. pace      past `max_requests_per_minute` a person is asked to slow down (once a minute), not answered
    1. command   /new /cancel /help /start /schedule(s) /unschedule /contacts /forget /mydata /fb /edit, any time
    1b. schedule "除夕晚上8点给这个群发拜年祝福": a broadcast for later (bot/scheduling/chat.py)
    1c. edit     the text the user actually sent, after "改了再发" (/edit)
    1d. reply    "对方回复：…" after a greeting went out: follow-up suggestions (bot/followup/)
    2. choice    "1", "用这条 2", a tapped "/use 2" after drafts (or after follow-up suggestions)
    2b. card     "做成贺卡" / 🖼 after drafts: the chosen (or first) draft as a card picture; "换个样式" (cards_chat)
    3. answer    the reply to the question we asked about a missing slot
    4. revision  "换一个", "短一点", "更正式", "加点科技梗", "改成中秋的" after drafts
    5. request   a new greeting request, read for every slot it carries
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from bot.conversation.cards_chat import CardChat
from bot.conversation.feedback_chat import FeedbackChat
from bot.conversation.group_replies import GroupReplies
from bot.conversation.memory import ContactsChat, sent_to_others
from bot.conversation.render import render_drafts, render_followup
from bot.conversation.turn_state import TurnState
from bot.domain import (
    DEFAULT_LENGTH,
    NOT_YOUR_BUTTONS,
    Button,
    ConversationKey,
    GreetingRequest,
    IncomingMessage,
    OutgoingMessage,
    Slots,
)
from bot.followup.pasted import read_pasted_reply
from bot.followup.suggest import suggest
from bot.followup.thread import Thread
from bot.learning.feedback import (
    FeedbackEvent,
    adjust_length,
    build_profile,
    prompt_hints,
)
from bot.permissions import Policy
from bot.reading.dialogue import (
    Question,
    next_question,
    read_answer,
    read_revision,
    with_defaults,
)
from bot.reading.extraction import extract, extract_rules
from bot.scheduling.chat import ScheduleChat
from bot.scheduling.schedules import Schedules
from bot.storage.conversations import Conversation, contact_slots
from bot.storage.store import Store
from bot.writing import holidays
from bot.writing.compose import Backend, GreetingWriter, build_messages
from bot.writing.llm import LLMClient

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
_NEW_REQUEST = re.compile(r"帮我|给.{1,10}?(?:写|发|整|拜)|写(?:一|条|个|段|封)|\b(?:write|draft|greeting for|message for)\b", re.IGNORECASE)


_In = TypeVar("_In", IncomingMessage, ConversationKey)


def _one_transaction(turn: Callable[[Engine, _In], Awaitable[list[OutgoingMessage]]]
                     ) -> Callable[[Engine, _In], Awaitable[list[OutgoingMessage]]]:
    """A turn's reads and writes share one transaction (bot.storage.turns), committed before any wait on the model."""
    @functools.wraps(turn)
    async def in_one(self: Engine, arg: _In) -> list[OutgoingMessage]:
        async with self.store.turn():
            return await turn(self, arg)
    return in_one


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
        policy: Policy | None = None,
        keys_kept_h: float = 25.0,
    ) -> None:
        self.policy = policy or Policy()
        self.schedule_chat = ScheduleChat(schedules, today, self.policy) if schedules is not None else None
        self.contacts = ContactsChat(store, keys_kept_h=keys_kept_h,  # late-bound: the scheduler sets on_unplanned
                                     on_cancelled=(lambda i: schedules.on_unplanned(i)) if schedules else None)
        self.feedback = FeedbackChat(store)
        self.group_replies = GroupReplies(store, writer, backend)
        self.cards = CardChat(today)
        self.store, self.writer, self.extractor, self.today, self.backend = store, writer, extractor, today, backend

    @_one_transaction
    async def handle(self, msg: IncomingMessage) -> list[OutgoingMessage]:
        """Answer one message and persist the conversation's new state; [] when the message is not for us."""
        if msg.is_group and not (msg.mentioned or msg.reply_to_bot or msg.text.lstrip().startswith("/")
                                 or msg.button_owner is not None):
            return []  # group chatter: the bot speaks when spoken to
        if (slow_down := self.policy.pace(msg)) is not None:
            return [OutgoingMessage(msg.chat_id, slow_down, context=msg.context, reply_to=msg.message_id or None)
                    ] if slow_down else []
        if msg.tapped_by_someone_else:
            return [OutgoingMessage(msg.chat_id, NOT_YOUR_BUTTONS, context=msg.context, notice=True)]
        if msg.is_group and (replies := await self.group_replies.handle(msg)) is not None:
            return replies
        conv = await self.store.load_conversation(ConversationKey(msg.platform, msg.chat_id, msg.user_id))
        state = TurnState.from_json(conv.state)
        if state.stage == "generating":
            # A turn died while writing (the inbox redelivers its message after the lease): finish that job
            # with the slots already collected, instead of reading the message as a new request.
            return _addressed(await self._generate(state, conv, msg, save=True), msg)
        text = msg.text.strip()
        for stage in (self._command, self._schedule, self._edit, self._reply, self._choice, self.cards.handle, self._answer, self._revision, self._request):
            replies = await stage(text, state, conv, msg)
            if replies is not None:
                conv.state = state.to_json()
                await self.store.save_conversation(conv)
                return _addressed(replies, msg)
        raise AssertionError("the request stage always answers")

    @_one_transaction
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
        if command in ("/contacts", "/forget", "/mydata"):
            replies = await self.contacts.command(text, msg, _scope(msg))
            if command == "/forget" and text.split()[1:2] == ["all"]:
                self._reset(state)  # the conversation row is gone too: start clean
            elif command == "/forget":
                state.slots = Slots() if state.slots.name in text.split()[1:] else state.slots
            return replies
        if command == "/edit":
            if state.chosen is None:
                return [OutgoingMessage(msg.chat_id, "先选一条草稿（回复数字），发出去后再告诉我你改成了什么。")]
            state.pending = "edit"
            return [OutgoingMessage(msg.chat_id, "把你实际发出去的那段贴给我吧，我照着改进以后的写法。")]
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
        await self.feedback.record(msg, state, [(i, "up" if up else "down", None) for i in range(len(state.drafts))])
        if up:
            return [OutgoingMessage(msg.chat_id, "Thanks, noted! Reply with a number to use one." if english
                                    else "收到👍，记下了。回复数字就能选用。")]
        return await self._generate(state, conv, msg, avoid=tuple(state.drafts))  # 👎: a fresh batch at once

    async def _choice(self, text: str, state: TurnState, conv: Conversation, msg: IncomingMessage):
        if state.stage == "followup" and state.suggestions and (m := _CHOICE.match(text)):
            index = int(m.group(1)) - 1
            if index >= len(state.suggestions):
                return [OutgoingMessage(msg.chat_id, f"只有 {len(state.suggestions)} 条，回复 1–{len(state.suggestions)}。")]
            state.thread.append(["me", state.suggestions[index]])
            state.suggestions = []
            return [OutgoingMessage(msg.chat_id, "好，就这么回：\n\n" + state.thread[-1][1] +
                                    "\n\nTA 再回什么，接着贴给我（「对方回复：……」）。")]
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
        await self.feedback.record(msg, state, [(index, "used", None)])
        state.chosen, state.thread, state.suggestions = index, [["me", state.drafts[index]]], []
        if state.slots.name:
            await self.store.remember_sent(msg.platform, msg.user_id, _scope(msg), state.slots.name, {
                "text": state.drafts[index], "holiday": state.slots.holiday or "", "on": self.today().isoformat()})
        english = state.slots.language == "en"
        said = (f"Great, #{index + 1} it is. Copy and send:\n\n" if english else f"好的，就用第 {index + 1} 条，复制发出去吧：\n\n")
        after = ("\n\nWhen they answer, paste it here (\"they replied: …\") and I'll suggest a follow-up." if english else
                 "\n\nTA 回复了就贴给我（「对方回复：……」），我帮你接话；改过再发的话点「改了再发」。")
        return [OutgoingMessage(msg.chat_id, said + state.drafts[index] + after,
                                (Button("Edited before sending" if english else "改了再发", "/edit"),))]

    async def _edit(self, text: str, state: TurnState, conv: Conversation, msg: IncomingMessage):
        return await self.feedback.edit(text, state, msg)

    async def _reply(self, text: str, state: TurnState, conv: Conversation, msg: IncomingMessage):
        """A pasted answer from the recipient: read it and suggest how to go on, in the same voice."""
        reply = read_pasted_reply(text)
        if reply is None or text.startswith("/"):
            return None
        if not state.thread:
            return [OutgoingMessage(msg.chat_id, "先选一条祝福发出去（回复数字选用），再把对方的回复贴给我，我帮你接。")]
        state.thread.append(["them", reply])
        slots = with_defaults(state.slots)
        holiday = slots.holiday or holidays.next_holiday(self.today()).name
        thread = Thread(tuple((s, t) for s, t in state.thread), style=slots.style or "轻松自然", name=slots.name,
                        language=slots.language or "zh", relation_category=slots.relation_category, relation=slots.relation,
                        holiday=holiday)
        await self.store.commit_turn()  # nothing is held while the model reads the reply
        follow = await suggest(thread, self.writer.llm if self.backend != "composer" else None)
        state.stage, state.suggestions = "followup", list(follow.suggestions)
        return [render_followup(msg.chat_id, follow)]

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
        slots, _ = await extract(text, self.extractor)  # the model may read it: nothing is written before this
        if not any(getattr(slots, k) for k in ("name", "relation", "details", "holiday")):
            english = slots.language == "en"
            return [OutgoingMessage(msg.chat_id, (
                "Tell me who the greeting is for, and I'll take it from there.\n\n" + HELP_EN) if english else (
                "想给谁写祝福？告诉我称呼和关系就能开始。\n\n" + HELP_ZH))]
        self._reset(state)
        memory = await self.store.contact_memory(msg.platform, msg.user_id, _scope(msg), slots.name) \
            if slots.name else None
        known = contact_slots(slots.name, memory) if slots.name else None
        state.slots = known.merged(slots) if known else slots
        last = (memory or {}).get("last_sent")
        state.last_sent = last.get("text") if last else None
        state.stage = "collecting"
        return await self._continue(state, conv, msg)

    # Steps --------------------------------------------------------------------------------------

    async def _continue(self, state: TurnState, conv: Conversation, msg: IncomingMessage) -> list[OutgoingMessage]:
        question = next_question(state.slots)
        if question is not None:
            state.pending = question.slot
            return [self._ask(msg, question)]
        return await self._generate(state, conv, msg)

    async def _generate(self, state: TurnState, conv: Conversation, msg: IncomingMessage, *,
                        avoid: tuple[str, ...] = (), save: bool = False) -> list[OutgoingMessage]:
        profile = build_profile(FeedbackEvent.from_json(e) for e in await self.store.feedback_of(msg.platform, msg.user_id))
        slots = with_defaults(state.slots)
        hints = prompt_hints(profile, details=slots.details)
        if state.slots.length is None:  # the user did not ask for a length: their edits decide
            shifted = adjust_length(DEFAULT_LENGTH, profile)
            if shifted != slots.length:
                slots = replace(slots, length=shifted)
                hints = [h for h in hints if "短" not in h and "长" not in h]  # the bucket already moved
        holiday = (holidays.resolve(slots.holiday, self.today()) if slots.holiday
                   else holidays.next_holiday(self.today()))
        if state.last_sent and state.last_sent not in avoid:
            avoid = (*avoid, state.last_sent)  # what this person got last time: say something new
        contacts = await self.store.contacts_of(msg.platform, msg.user_id, _scope(msg))
        request = GreetingRequest(slots=slots, holiday=holiday, n=3, avoid=avoid,
                                  others=sent_to_others(contacts, slots.name, self.today()),
                                  wishes=tuple(dict.fromkeys([*state.wishes, *hints])))
        state.prompt = build_messages(request)
        # Record that we are writing, so a crash here resumes the job instead of losing the collected slots.
        state.stage, state.pending = "generating", None
        conv.state = state.to_json()
        await self.store.save_conversation(conv)
        await self.store.commit_turn()
        drafts = await self.writer.write(request, self.backend, key=f"{conv.id}", since=msg.received_at)
        state.greeting_ids = await self.store.add_greetings(conv.id, request, drafts)
        state.stage, state.drafts, state.backend = "drafted", list(drafts.texts), drafts.backend
        state.chosen, state.thread, state.suggestions = None, [], []
        await self.store.save_contact(msg.platform, msg.user_id, _scope(msg), slots)
        if save:
            conv.state = state.to_json()
            await self.store.save_conversation(conv)
        return [render_drafts(msg.chat_id, request, drafts)]

    def _ask(self, msg: IncomingMessage, question: Question, prefix: str = "") -> OutgoingMessage:
        return OutgoingMessage(msg.chat_id, prefix + question.text, tuple(Button(o, o) for o in question.options),
                               reply_to=msg.message_id or None)

    @staticmethod
    def _reset(state: TurnState) -> None:
        state.__dict__.update(TurnState().__dict__)


def _addressed(replies: list[OutgoingMessage], msg: IncomingMessage) -> list[OutgoingMessage]:
    """Every reply goes back where the message came from; in a group only the asker's taps count."""
    return [replace(r, owner=msg.user_id, context=msg.context, reply_to=r.reply_to or msg.message_id or None)
            for r in replies]


def _scope(msg: IncomingMessage) -> str:
    return msg.chat_id if msg.is_group else "dm"


def _resume_prefix(slots: Slots) -> str:
    known = "、".join(f"{v}" for k, v in slots.known().items() if k in ("name", "relation", "details") and v)
    return f"接着上次（{known}）：" if known else "接着上次："


