"""A tiny OpenAI-compatible server (the subset vLLM serves) for tests.

`running_fake_openai()` starts it with uvicorn on 127.0.0.1, on a free port, in a background
thread, and stops it on exit. Behaviour per request: the next entry of `script([...])`, else `mode`.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from tests.fakes.server import FakeServer

MODES = frozenset(
    {"ok", "slow", "error500", "error429", "error404", "malformed", "no_choices", "think", "json", "garbage_json"}
)


class FakeOpenAI(FakeServer):
    name = "fake-openai"

    def __init__(self) -> None:
        self.app = FastAPI()
        self.requests: list[dict[str, Any]] = []  # chat completion bodies, in arrival order
        self.model_list_calls = 0
        self.port: int | None = None
        self._stopping = False
        self.reset()
        self.app.get("/v1/models")(self._models)
        self.app.post("/v1/chat/completions")(self._chat)
        self.app.get("/metrics")(self._metrics)

    def reset(self) -> None:
        self.mode = "ok"
        self.reply: Callable[[dict[str, Any]], list[str]] | None = None  # body -> candidate texts
        self.json_obj: Any = {"greeting": "新年快乐"}
        self.slow_s = 2.0  # must exceed the client timeout used in tests
        self.waiting: float | None = None  # vLLM's queue length in /metrics; None: not served (not vLLM)
        self.requests.clear()
        self.model_list_calls = 0
        self._script: deque[str] = deque()

    def script(self, modes: list[str]) -> None:
        unknown = set(modes) - MODES
        if unknown:
            raise ValueError(f"unknown modes: {sorted(unknown)}")
        self._script.extend(modes)

    @property
    def base_url(self) -> str:
        assert self.port is not None, "server not started"
        return f"http://127.0.0.1:{self.port}/v1"

    # -- handlers ---------------------------------------------------------------------------

    async def _models(self) -> dict[str, Any]:
        self.model_list_calls += 1
        return {"object": "list", "data": [{"id": "greet", "object": "model", "owned_by": "vllm"}]}

    async def _metrics(self) -> Response:
        """vLLM's Prometheus endpoint, as far as the queue goes: the gauge `vllm:num_requests_waiting` (vLLM docs,
        Production Metrics), one series per served model."""
        if self.waiting is None:
            return Response("not found", status_code=404)
        return Response("# HELP vllm:num_requests_waiting Number of requests waiting to be processed.\n"
                        "# TYPE vllm:num_requests_waiting gauge\n"
                        f'vllm:num_requests_waiting{{model_name="greet"}} {self.waiting}\n', media_type="text/plain")

    async def _chat(self, request: Request) -> Response:
        body = await request.json()
        self.requests.append(body)
        mode = self._script.popleft() if self._script else self.mode
        if mode == "slow":
            # Poll instead of one long sleep so stop() never waits on an abandoned request.
            deadline = time.monotonic() + self.slow_s
            while time.monotonic() < deadline and not self._stopping:
                await asyncio.sleep(0.02)
            mode = "ok"  # a late answer, if anyone is still listening
        if mode == "error500":
            return _error(500, "InternalServerError", "boom")
        if mode == "error429":
            return _error(429, "RateLimitError", "slow down", headers={"Retry-After": "0"})
        if mode == "error404":
            return _error(404, "NotFoundError", f"The model `{body.get('model')}` does not exist.")
        if mode == "malformed":
            return Response('{"id": "x", "choices": [', media_type="application/json")
        n = int(body.get("n") or 1)
        if mode == "no_choices":
            texts: list[str] = []
        elif mode == "think":
            texts = [f"<think>\n推理…\n</think>\n\n正文{i + 1}" for i in range(n)]
        elif mode == "json":
            texts = [json.dumps(self.json_obj, ensure_ascii=False)] * n
        elif mode == "garbage_json":
            texts = ["not json {"] * n
        elif self.reply is not None:
            texts = list(self.reply(body))
        else:
            texts = [f"候选{i + 1}" for i in range(n)]
        return JSONResponse(_completion(body.get("model", ""), texts))


running_fake_openai = FakeOpenAI.running


def _completion(model: str, texts: list[str]) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": i, "message": {"role": "assistant", "content": t}, "finish_reason": "stop"}
            for i, t in enumerate(texts)
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7 * len(texts), "total_tokens": 11 + 7 * len(texts)},
    }


def _error(status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    # vLLM's error shape: {"error": {"message", "type", "code"}}
    body = {"error": {"message": message, "type": kind, "param": None, "code": status}}
    return JSONResponse(body, status_code=status, headers=headers)
