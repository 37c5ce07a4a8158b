"""One transaction per turn: the session factory every part of `Store` uses.

A turn (one message answered by the engine) used to open a session, and commit, for each read and write: about
seven round trips of begin, statements, commit and pool check-in per turn, most of the engine's own cost. Inside
`Store.turn()` every store call made by the turn's own task shares one session, and the turn's writes become
durable together when it ends (or at `Store.commit_turn()`, which the engine calls before any wait on the model
or a platform, so that no lock is held across it). Outside a turn, and in any other task (a task the turn
started, the scheduler, the inbox), a store call gets a fresh session of its own, as before.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker


@dataclass(frozen=True)
class _Turn:
    factory: Sessions
    session: AsyncSession
    task: asyncio.Task[object] | None
    after: list[Callable[[], None]] = field(default_factory=list)


_current: ContextVar[_Turn | None] = ContextVar("greetbot_turn", default=None)


class Sessions:
    """Called and used like `async_sessionmaker`: `async with sessions() as s` (reads) and `async with
    sessions.begin() as s` (committed at the end), except that inside a turn both give the turn's session and
    leave the commit to the turn."""

    def __init__(self, maker: async_sessionmaker[AsyncSession]) -> None:
        self._maker = maker

    def __call__(self) -> AbstractAsyncContextManager[AsyncSession]:
        return self._joined_or(self._maker)

    def begin(self) -> AbstractAsyncContextManager[AsyncSession]:
        return self._joined_or(self._maker.begin)

    def _joined_or(self, fresh: object) -> AbstractAsyncContextManager[AsyncSession]:
        session = self.joined()
        return _as_is(session) if session is not None else fresh()  # type: ignore[operator]

    def joined(self) -> AsyncSession | None:
        """The session of the turn the current task runs, if any."""
        turn = self._turn()
        return turn.session if turn is not None else None

    def _turn(self) -> _Turn | None:
        turn = _current.get()
        return turn if turn is not None and turn.factory is self and turn.task is _task() else None

    def after_commit(self, do: Callable[[], None]) -> None:
        """Run `do` once the turn's writes are committed (at once outside a turn); never if they are rolled back.
        For side effects that must follow the rows they describe, such as the scheduler's own job store, which
        writes to the same SQLite file and would wait on the turn's lock."""
        turn = self._turn()
        if turn is None:
            do()
        else:
            turn.after.append(do)

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        if self.joined() is not None:  # a turn inside a turn: the outer one commits
            yield
            return
        async with self._maker() as session:
            token = _current.set(_Turn(self, session, _task()))
            try:
                yield
                await self.commit()
            finally:  # on an error the session's close rolls the turn's uncommitted writes back
                _current.reset(token)

    async def commit(self) -> None:
        if (turn := self._turn()) is None:
            return
        await turn.session.commit()  # the connection goes back to the pool until the next statement
        done, turn.after[:] = list(turn.after), []
        for do in done:
            do()


@asynccontextmanager
async def _as_is(session: AsyncSession) -> AsyncIterator[AsyncSession]:
    yield session


def _task() -> asyncio.Task[object] | None:
    try:
        return asyncio.current_task()
    except RuntimeError:
        return None
