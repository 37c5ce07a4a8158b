"""The whole step: read the reply, choose how to go on, and suggest 2-3 follow-ups in the sender's voice."""

from __future__ import annotations

import logging
from typing import Any

from bot.followup.bank import compose_followups_offline, listener
from bot.followup.checks import _fits, _norm, clean_suggestion
from bot.followup.observe import _analyse, _language, _reply_language
from bot.followup.pasted import name_from_greeting
from bot.followup.prompts import build_followup_messages
from bot.followup.thread import FollowUp, Thread
from bot.writing.llm import LLMClient, LLMError, LLMUnavailable

log = logging.getLogger(__name__)


# Generate: the whole step --------------------------------------------------------------------------


async def suggest(thread: Thread, llm: LLMClient | None, *, n: int = 3) -> FollowUp:
    """Follow-up suggestions for the last reply: the model's drafts that pass the checks, else templates."""
    n = max(2, min(3, n))
    analysis, _, error = await _analyse(thread, llm)
    _, reply = thread.focus()
    language = _reply_language(thread, reply)
    # The analysis call just found the model down: do not make the user wait for a second timeout.
    if llm is not None and not isinstance(error, LLMUnavailable):
        try:
            result = await llm.chat(build_followup_messages(thread, analysis), n=n, max_tokens=160)
        except LLMError as exc:
            log.warning("model unavailable for follow-ups (%s); using templates", exc.__class__.__name__)
        else:
            earlier, who = thread.mine(), listener(thread)
            drafts: list[str] = []
            for raw in result.texts:
                for text in clean_suggestion(raw):
                    if _fits(text, analysis, language, earlier, who) and all(_norm(text) != _norm(d) for d in drafts):
                        drafts.append(text)
            if len(drafts) >= 2:
                return FollowUp(analysis, tuple(drafts[:n]), "vllm")
            log.warning("only %d model follow-ups passed the checks; using templates", len(drafts))
    return FollowUp(analysis, tuple(compose_followups_offline(thread, analysis)[:n]), "rules")




async def followup_json(greeting: str, reply: str, style: str, llm: LLMClient | None) -> dict[str, Any]:
    """For the CLI: one greeting, one reply → FollowUp.to_json(); the name is read off the greeting."""
    thread = Thread(turns=(("me", greeting), ("them", reply)), style=style, name=name_from_greeting(greeting),
                    language=_language(greeting + reply))
    return (await suggest(thread, llm)).to_json()
