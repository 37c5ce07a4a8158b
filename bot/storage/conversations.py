"""Conversations (one per person per chat, versioned), the greetings written in them, and contacts: what a
user told the bot about the people they write to, kept per scope (a DM, or one group)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.domain import ConversationKey, Drafts, GreetingRequest, Slots
from bot.storage.tables import (
    ContactRow,
    ConversationRow,
    GreetingRow,
    _now,
)
from bot.storage.turns import Sessions


@dataclass
class Conversation:
    id: int
    key: ConversationKey
    state: dict[str, Any]
    version: int


class StaleConversation(RuntimeError):
    """The conversation changed since it was loaded (another turn saved first)."""



class Conversations:
    """Reads and writes of conversations, greetings and contacts (a part of `Store`)."""

    engine: AsyncEngine
    _session: Sessions

    async def load_conversation(self, key: ConversationKey) -> Conversation:
        """The conversation for this person in this chat, created empty on first contact."""
        async with self._session.begin() as s:
            row = await s.scalar(select(ConversationRow).filter_by(**key.__dict__))
            if row is None:
                # ON CONFLICT DO NOTHING, not a caught IntegrityError: a row created at the same moment by another
                # turn or replica is simply read, and the session (maybe a whole turn's) stays usable.
                insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
                await s.execute(insert(ConversationRow).values(**key.__dict__, state={}, version=0, updated_at=_now())
                                .on_conflict_do_nothing())
                row = await s.scalar(select(ConversationRow).filter_by(**key.__dict__))
                assert row is not None
                await s.commit()  # at once, even inside a turn: a turn must not hold SQLite's lock while it reads
            return Conversation(row.id, key, json.loads(json.dumps(row.state)), row.version)

    async def save_conversation(self, conv: Conversation) -> None:
        """Write the new state if nobody saved since it was loaded; raise `StaleConversation` otherwise."""
        async with self._session.begin() as s:
            result = await s.execute(
                update(ConversationRow)
                .where(ConversationRow.id == conv.id, ConversationRow.version == conv.version)
                .values(state=conv.state, version=conv.version + 1, updated_at=_now())
            )
            if result.rowcount != 1:
                raise StaleConversation(f"conversation {conv.id} changed since version {conv.version}")
        conv.version += 1

    async def conversations_named(self, platform: str, chat_id: str, prefix: str, *, limit: int
                                  ) -> list[tuple[str, dict[str, Any]]]:
        """(user_id, state) of the chat's records whose user id starts with `prefix` (the bot's own, such as group
        follow-up threads), newest first."""
        async with self._session() as s:
            rows = await s.execute(
                select(ConversationRow.user_id, ConversationRow.state)
                .where(ConversationRow.platform == platform, ConversationRow.chat_id == chat_id,
                       ConversationRow.user_id.startswith(prefix, autoescape=True))
                .order_by(ConversationRow.id.desc()).limit(limit))
            return [(u, dict(st or {})) for u, st in rows]

    async def add_greetings(self, conversation_id: int, request: GreetingRequest, drafts: Drafts) -> list[int]:
        async with self._session.begin() as s:
            rows = [
                GreetingRow(
                    conversation_id=conversation_id, recipient=request.slots.name or "", slots=request.slots.to_dict(),
                    holiday=drafts.holiday.to_json(), text=text, backend=drafts.backend_of(i),
                )
                for i, text in enumerate(drafts.texts)
            ]
            s.add_all(rows)
            await s.flush()
            return [r.id for r in rows]

    async def mark_chosen(self, greeting_id: int) -> None:
        async with self._session.begin() as s:
            await s.execute(update(GreetingRow).where(GreetingRow.id == greeting_id).values(chosen_at=_now()))

    async def set_feedback(self, greeting_ids: list[int], value: int) -> None:
        async with self._session.begin() as s:
            await s.execute(update(GreetingRow).where(GreetingRow.id.in_(greeting_ids)).values(feedback=value))

    async def greetings_for(self, conversation_id: int) -> list[GreetingRow]:
        async with self._session() as s:
            rows = await s.scalars(
                select(GreetingRow).where(GreetingRow.conversation_id == conversation_id).order_by(GreetingRow.id)
            )
            return list(rows)

    async def save_contact(self, platform: str, owner_id: str, scope: str, slots: Slots) -> None:
        """Remember what the user told about a recipient, for the next greeting to the same person."""
        if not slots.name:
            return
        data = {k: v for k, v in slots.known().items() if k in ("relation", "relation_category", "details", "style")}
        data = {k: v for k, v in data.items() if v != ""}  # an empty default never overwrites a real detail
        async with self._session.begin() as s:
            row = await s.scalar(
                select(ContactRow).filter_by(platform=platform, owner_id=owner_id, scope=scope, name=slots.name)
            )
            if row is None:
                s.add(ContactRow(platform=platform, owner_id=owner_id, scope=scope, name=slots.name, slots=data))
            else:
                row.slots = {**row.slots, **data}

    async def find_contact(self, platform: str, owner_id: str, scope: str, name: str) -> Slots | None:
        return contact_slots(name, await self.contact_memory(platform, owner_id, scope, name))

    async def contact_memory(self, platform: str, owner_id: str, scope: str, name: str) -> dict[str, Any] | None:
        """Everything remembered about one recipient: their slots, and the last greeting sent (`last_sent`)."""
        async with self._session() as s:
            row = await s.scalar(
                select(ContactRow).filter_by(platform=platform, owner_id=owner_id, scope=scope, name=name)
            )
            return dict(row.slots) if row else None

    async def remember_sent(self, platform: str, owner_id: str, scope: str, name: str, sent: dict[str, Any]) -> None:
        async with self._session.begin() as s:
            row = await s.scalar(
                select(ContactRow).filter_by(platform=platform, owner_id=owner_id, scope=scope, name=name)
            )
            if row is not None:
                row.slots = {**row.slots, "last_sent": sent}

    async def contacts_of(self, platform: str, owner_id: str, scope: str) -> list[tuple[str, dict[str, Any]]]:
        async with self._session() as s:
            rows = await s.scalars(select(ContactRow).filter_by(platform=platform, owner_id=owner_id, scope=scope)
                                   .order_by(ContactRow.updated_at.desc()))
            return [(r.name, dict(r.slots)) for r in rows]

    # Feedback ------------------------------------------------------------------------------------


def contact_slots(name: str, memory: dict[str, Any] | None) -> Slots | None:
    """A contact's remembered slots (its memory also holds `last_sent`, which is not a slot)."""
    return Slots.from_dict({**memory, "name": name}) if memory is not None else None
