"""In a group, the recipient replies to the greeting the bot posted: the owner gets follow-up suggestions, and
`/say N` posts one in the owner's voice."""

from __future__ import annotations

from dataclasses import replace

from bot.conversation.render import render_followup
from bot.domain import Button, IncomingMessage, OutgoingMessage
from bot.followup import group_thread
from bot.followup.suggest import suggest
from bot.followup.thread import Thread
from bot.storage.store import Store
from bot.writing.compose import Backend, GreetingWriter


class GroupReplies:
    """The group side of follow-ups: one thread per group, its owner the one whose greeting was posted."""

    def __init__(self, store: Store, writer: GreetingWriter, backend: Backend) -> None:
        self.store = store
        self.writer = writer
        self.backend = backend

    async def handle(self, msg: IncomingMessage) -> list[OutgoingMessage] | None:
        """A reply to the bot's greeting in a group (from the recipient), or the owner's `/say N`; else None."""
        text = msg.text.strip()
        saying = text.split()[:1] == ["/say"]
        if not (saying or (msg.reply_to_bot and not text.startswith("/"))):
            return None
        thread = await group_thread.load(self.store, msg.platform, msg.chat_id)
        if thread is None:
            return None
        if saying:
            if msg.user_id != thread.owner:
                return [OutgoingMessage(msg.chat_id, "这些建议是给发祝福的人用的。", context=msg.context, notice=True)]
            number = text.split()[1:2]
            index = int(number[0]) - 1 if number and number[0].isdigit() else -1
            if not 0 <= index < len(thread.suggestions):
                return [OutgoingMessage(msg.chat_id, "没有这一条建议。", context=msg.context, notice=True)]
            said = thread.suggestions[index]
            thread.turns.append(["me", said])
            thread.suggestions = []
            await group_thread.save(self.store, msg.platform, msg.chat_id, thread)
            return [OutgoingMessage(msg.chat_id, said, context=msg.context)]  # in the owner's voice, no buttons
        if msg.user_id == thread.owner:
            return None  # the owner talking to the bot: an ordinary turn
        thread.turns.append(["them", text])
        follow = await suggest(Thread(tuple((s, t) for s, t in thread.turns), style=thread.style, name=thread.name),
                               self.writer.llm if self.backend != "composer" else None)
        thread.suggestions = list(follow.suggestions)
        await group_thread.save(self.store, msg.platform, msg.chat_id, thread)
        offer = render_followup(msg.chat_id, follow)
        buttons = tuple(Button(b.label, b.payload.replace("/use", "/say")) for b in offer.buttons)
        who = msg.user_name or "TA"
        return [replace(offer, text=f"{who} 回复了你的祝福。" + offer.text, buttons=buttons, owner=thread.owner,
                        context=msg.context, reply_to=msg.message_id or None)]
