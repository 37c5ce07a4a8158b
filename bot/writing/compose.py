"""Prompts for the greetings model, and the writer that asks the model or, when it is down, the composer.

The system prompt is a stable prefix shared by every request (vLLM's prefix cache reuses its KV blocks) and is
the same text the LoRA adapter is trained with (`model_server`), so training and serving see one format.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import Counter, OrderedDict
from dataclasses import replace
from typing import Literal

from bot.domain import LENGTH_BOUNDS, Drafts, GreetingRequest
from bot.writing import holidays
from bot.writing.composer.draft import compose_offline
from bot.writing.guard import GuardStats, draft_faults
from bot.writing.llm import LLMClient, LLMError, LLMOverloaded

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "你替用户给认识的人写节日祝福，要像用户本人说的话，不像公文。"
    "必须自然用上用户给的具体细节；严格遵守字数范围；用给定的称呼；节日与生肖只用给定的，没给生肖就不提生肖；"
    "套话（万事如意、心想事成之类）最多一个；只输出祝福正文，不要标题、解释或引号。"
    "风格：传统喜庆=喜气、讲究；轻松自然=像平时聊天；LLM科技风=带一两个大模型/技术梗；商务得体=尊重、克制、感谢合作。"
)

# Output budget per length bucket: Qwen's tokenizer spends roughly one token per Chinese character.
MAX_TOKENS = {"<=50": 120, "50-100": 220, "100-200": 400}

Backend = Literal["auto", "vllm", "composer"]


def render_user_prompt(request: GreetingRequest) -> str:
    """The variable part of the prompt: the slots, one per line, in a fixed order."""
    s, h = request.slots, request.holiday
    english = s.language == "en"
    when = f"{h.name}（{h.date.isoformat()}" + (f"，{h.zodiac}年" if h.zodiac_relevant and h.zodiac else "") + "）"
    if english:
        when += f" / {holidays.english_name(h.name)}"
    low, high = LENGTH_BOUNDS[s.length or "50-100"]
    lines = [
        f"节日：{when}",
        f"称呼：{s.name}",
        f"关系：{s.relation}" + (f"（{s.relation_category}）" if s.relation_category and s.relation_category != s.relation else ""),
        f"细节：{s.details or '（无）'}",
        f"场合：{s.occasion}",
        f"风格：{s.style}",
        f"篇幅：{low}-{high}{'个英文单词' if english else '字'}",
    ]
    if english:
        lines.append("语言：英文")
    if request.wishes:
        lines.append("补充要求：" + "；".join(request.wishes))
    if request.avoid:
        lines.append("别和这些重复：" + " / ".join(t[:40] for t in request.avoid[-3:]))
    return "\n".join(lines)


def build_messages(request: GreetingRequest) -> list[dict[str, str]]:
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": render_user_prompt(request)}]


_WRAPPING = re.compile(r"^[\s\"'“”「」『』]+|[\s\"'“”「」『』]+$")
_PREAMBLE = re.compile(r"^(?:好的|当然|以下是|这是)[^\n：:]{0,20}[：:]\s*")


def clean_draft(text: str) -> str:
    """A model draft without quotes around it or a chatty preamble."""
    text = _PREAMBLE.sub("", text.strip())
    return _WRAPPING.sub("", text)


class GreetingWriter:
    """Writes drafts with the model when it answers in time, with the offline composer otherwise.

    `deadline_s`: how long a turn waits for the model's first drafts. Past it (or at once, when the client finds
    vLLM overloaded) the person gets offline drafts, and the model's drafts, still being written, are kept for the
    same conversation: its next "换一个" for the same request shows them. At most `max_late` are kept, the oldest
    dropped, so an overload never becomes a queue without end. `stats` counts both (/metrics).
    """

    def __init__(self, llm: LLMClient | None, *, deadline_s: float | None = None, max_late: int = 64,
                 guard: GuardStats | None = None) -> None:
        self.llm = llm
        self.deadline_s, self.max_late = deadline_s, max_late
        self.guard = guard or GuardStats()  # every model draft passes bot/writing/guard.py; rejections counted
        self.stats: Counter[str] = Counter()  # "deadline_passed", "overloaded"
        self._late: OrderedDict[str, tuple[GreetingRequest, asyncio.Task[list[str]]]] = OrderedDict()

    async def write(self, request: GreetingRequest, backend: Backend = "auto", *, key: str | None = None,
                    since: float | None = None) -> Drafts:
        """Drafts for the request; `backend="vllm"` raises `LLMError` instead of falling back. `key` names the
        conversation a person waits in: only then is there a deadline, and the drafts that missed it are offered on
        its next turn. `since` (epoch seconds): when the person asked; the deadline counts from then."""
        if backend != "composer" and self.llm is not None:
            if late := self._arrived(key, request):
                return await self._filled(request, late)
            try:
                texts = await self._in_time(request, backend, key, since)
                if texts:
                    return await self._filled(request, texts)
                log.warning("model drafts all turned down by the guard; using the composer")
            except LLMError as exc:
                if backend == "vllm":
                    raise
                if not isinstance(exc, LLMOverloaded):  # an overload was logged where it was found
                    log.warning("model unavailable (%s); using the composer", exc.__class__.__name__)
        elif backend == "vllm":
            raise LLMError("no model endpoint configured")
        # CPU work (it grows with the details' length): in a thread, so webhooks and /healthz are not kept waiting.
        return Drafts(tuple(await asyncio.to_thread(compose_offline, request)), "composer", request.holiday)

    async def _filled(self, request: GreetingRequest, texts: list[str]) -> Drafts:
        """The model's drafts that passed, topped up with offline drafts (marked) to the number asked for."""
        missing = request.n - len(texts)
        if missing <= 0:
            return Drafts(tuple(texts[:request.n]), "vllm", request.holiday)
        more = replace(request, n=missing, avoid=(*request.avoid, *texts))
        fill = await asyncio.to_thread(compose_offline, more)
        return Drafts((*texts, *fill[:missing]), "vllm", request.holiday, offline_from=len(texts))

    async def _in_time(self, request: GreetingRequest, backend: Backend, key: str | None,
                       since: float | None) -> list[str]:
        assert self.llm is not None
        if backend == "vllm" or self.deadline_s is None or key is None:
            return await self._from_model(request)  # nobody waits (a scheduled greeting), or the model was asked for
        if (waiting := await self.llm.overloaded()) is not None:
            self.stats["overloaded"] += 1
            log.warning("model overloaded: %s requests waiting in vLLM's queue (limit %s); offline drafts",
                        f"{waiting:g}", f"{self.llm.max_waiting:g}")
            raise LLMOverloaded(f"{waiting:g} requests waiting")
        left = self.deadline_s - max(0.0, time.time() - since) if since is not None else self.deadline_s
        task = asyncio.create_task(self._from_model(request))
        try:
            return await asyncio.wait_for(asyncio.shield(task), max(0.0, left))
        except TimeoutError:
            self.stats["deadline_passed"] += 1
            log.warning("model drafts missed the %.1fs deadline (%.1fs of it spent queued); offline drafts first",
                        self.deadline_s, self.deadline_s - max(0.0, left))
            self._keep_late(key, request, task)
            raise LLMOverloaded("deadline passed") from None

    def _keep_late(self, key: str, request: GreetingRequest, task: asyncio.Task[list[str]]) -> None:
        task.add_done_callback(lambda t: t.cancelled() or t.exception())  # a late failure is no one's to raise
        if key in self._late:
            self._late.pop(key)[1].cancel()
        self._late[key] = (request, task)
        while len(self._late) > self.max_late:
            self._late.popitem(last=False)[1][1].cancel()

    def _arrived(self, key: str | None, request: GreetingRequest) -> list[str] | None:
        """The late drafts of this conversation, when they have arrived and were for the same request."""
        if key is None or key not in self._late:
            return None
        earlier, task = self._late[key]
        if not task.done():
            return None
        del self._late[key]
        same = (earlier.slots, earlier.holiday, earlier.wishes) == (request.slots, request.holiday, request.wishes)
        if not same or task.cancelled() or task.exception() is not None:
            return None
        return [t for t in task.result() if t not in request.avoid] or None

    async def _from_model(self, request: GreetingRequest) -> list[str]:
        """The model's drafts that pass the guard; asked once more when too few do (a person waiting is bounded by
        the deadline around this call)."""
        assert self.llm is not None
        texts: list[str] = []
        for _ in range(2):
            result = await self.llm.chat(build_messages(request), n=request.n - len(texts),
                                         max_tokens=MAX_TOKENS[request.slots.length or "50-100"])
            for raw in result.texts:
                text = clean_draft(raw)
                if not text or text in texts:
                    continue
                faults = draft_faults(text, request, others=[*texts, *request.avoid])
                self.guard.record(result.model, faults)
                if not faults:
                    texts.append(text)
            if len(texts) >= request.n:
                break
        return texts
