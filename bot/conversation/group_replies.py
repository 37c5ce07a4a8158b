"""In a group, the recipient replies to the greeting the bot posted: that greeting's owner gets follow-up
suggestions, and `/say N` posts one in the owner's voice."""

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
    """The group side of follow-ups: a thread per posted greeting, its owner the one whose greeting it was."""

    def __init__(self, store: Store, writer: GreetingWriter, backend: Backend) -> None:
        self.store = store
        self.writer = writer
        self.backend = backend

    async def handle(self, msg: IncomingMessage) -> list[OutgoingMessage] | None:
        """A reply to the bot's greeting in a group (from the recipient), or the owner's `/say N`; else None."""
        text = msg.text.strip()
        if text.split()[:1] == ["/say"]:
            return await self._say(text.split()[1:], msg)
        if not msg.reply_to_bot or text.startswith("/"):
            return None
        thread = await group_thread.replied(self.store, msg.platform, msg.chat_id, msg.replied_to, msg.replied_text)
        if thread is None or msg.user_id == thread.owner:
            return None  # no greeting here, or its owner talking to the bot: an ordinary turn
        thread.turns.append(["them", text])
        await self.store.commit_turn()  # nothing is held while the model reads the reply
        follow = await suggest(Thread(tuple((s, t) for s, t in thread.turns), style=thread.style, name=thread.name),
                               self.writer.llm if self.backend != "composer" else None)
        thread.suggestions = list(follow.suggestions)
        await group_thread.save(self.store, msg.platform, msg.chat_id, thread)
        offer = render_followup(msg.chat_id, follow)
        # The buttons name their thread: the owner may have several greetings answered in this group.
        buttons = tuple(Button(b.label, f"{b.payload.replace('/use', '/say')} {thread.number}") for b in offer.buttons)
        who = msg.user_name or "TA"
        about = f"（给{thread.name}的那条）" if thread.name else ""
        return [replace(offer, text=f"{who} 回复了你的祝福{about}。" + offer.text, buttons=buttons, owner=thread.owner,
                        context=msg.context, reply_to=msg.message_id or None)]

    async def _say(self, args: list[str], msg: IncomingMessage) -> list[OutgoingMessage]:
        """`/say N [thread]`: post suggestion N of that thread (else the asker's latest with suggestions)."""
        def notice(text: str) -> list[OutgoingMessage]:
            return [OutgoingMessage(msg.chat_id, text, context=msg.context, notice=True)]

        numbers = [int(a) for a in args[:2] if a.isdigit()]
        threads = await group_thread.recent(self.store, msg.platform, msg.chat_id)
        if len(numbers) == 2:
            named = [t for t in threads if t.number == numbers[1]]
            if named and named[0].owner != msg.user_id:
                return notice("这些建议是给发祝福的人用的。")
        else:
            named = [t for t in threads if t.owner == msg.user_id and t.suggestions]
        if not named:
            return notice("这里没有你的祝福在等回话。")
        thread = named[0]
        index = numbers[0] - 1 if numbers else -1
        if not 0 <= index < len(thread.suggestions):
            return notice("没有这一条建议。")
        said = thread.suggestions[index]
        thread.turns.append(["me", said])
        thread.suggestions = []
        await group_thread.save(self.store, msg.platform, msg.chat_id, thread)
        return [OutgoingMessage(msg.chat_id, said, context=msg.context)]  # in the owner's voice, no buttons
