"""Assembles the running bot from settings: store, model client, writer, engine; and closes them in order."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date

from bot.compose import Backend, GreetingWriter
from bot.engine import Engine
from bot.llm import LLMClient
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    settings: Settings
    store: Store
    llm: LLMClient | None
    engine: Engine


@asynccontextmanager
async def running(
    settings: Settings, *, backend: Backend = "auto", today: Callable[[], date] = date.today
) -> AsyncIterator[Runtime]:
    """The bot's parts, started in dependency order and closed in reverse, even on errors."""
    store = await Store.open(settings.resolved_database_url())
    llm = None if backend == "composer" else LLMClient(settings)
    try:
        # Extraction asks the model only when it answers now; otherwise every turn would wait on a dead endpoint.
        extractor = llm if llm is not None and await llm.available() else None
        engine = Engine(store, GreetingWriter(llm), extractor=extractor, today=today, backend=backend)
        yield Runtime(settings, store, llm, engine)
    finally:
        if llm is not None:
            await llm.aclose()
        await store.close()
