"""Serving a fake's FastAPI app on 127.0.0.1, on a free port, in a background thread — one way for every fake."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any, ClassVar, Self

import uvicorn


class ServerThread:
    """uvicorn in a daemon thread; `start()` returns once it listens, `stop()` joins it."""

    def __init__(self, app: Any, name: str, **config: Any) -> None:
        self.app, self.name, self.config = app, name, config
        self.port: int | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> int:
        config = uvicorn.Config(self.app, host="127.0.0.1", port=0, log_level="warning", lifespan="off",
                                **self.config)
        config.timeout_graceful_shutdown = 1
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name=self.name, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 5
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} failed to start")
            time.sleep(0.005)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self.port

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout=5)
        self._server = self._thread = None


class FakeServer:
    """What every fake platform shares: its `app` served by a ServerThread, `start`/`stop`, and `running(...)`.

    `_stopping` turns True on stop, so long-polling handlers can return at once and let the server shut down.
    """

    name: ClassVar[str] = "fake"
    server_options: ClassVar[dict[str, Any]] = {}
    app: Any
    port: int | None = None
    _runner: ServerThread | None = None
    _stopping: bool = False

    def start(self) -> None:
        self._stopping = False
        self._runner = ServerThread(self.app, self.name, **self.server_options)
        self.port = self._runner.start()

    def stop(self) -> None:
        if self._runner is None:
            return
        self._stopping = True
        self._runner.stop()
        self._runner = None

    @classmethod
    @contextlib.contextmanager
    def running(cls, *args: Any, **kwargs: Any) -> Iterator[Self]:
        server = cls(*args, **kwargs)
        server.start()
        try:
            yield server
        finally:
            server.stop()
