"""Session fixtures that start real things: the tiny Qwen3 model, a LoRA adapter we train, and vLLM serving it."""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from bot.storage.store import Store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _vllm_missing() -> str | None:
    from model_server.serve import vllm_python

    python = vllm_python()
    probe = subprocess.run([python, "-c", "import vllm"], capture_output=True, timeout=120)
    if probe.returncode != 0:
        return f"vLLM is not importable by {python}: run ./scripts/setup-vllm (or set GREETBOT_VLLM_PYTHON)"
    return None


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("transformers", reason="the model extra is not installed: pip install -e '.[model]'")
    from model_server.tiny import build_tiny

    out = tmp_path_factory.mktemp("tiny-qwen3")
    build_tiny(out, seed=0)
    return out


@pytest.fixture(scope="session")
def greet_adapter(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from model_server.train import train_sft

    out = tmp_path_factory.mktemp("greet-adapter")
    train_sft(model=str(tiny_model), out=out, data=None, max_steps=4, epochs=1.0, rank=8, lr=2e-3, batch_size=4,
              seed=0)
    return out


@dataclass
class VLLMServer:
    """A running vLLM with the tiny model as `base` and our adapter as `greet`; restartable by tests."""

    config: object
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def base_url(self) -> str:
        return self.config.base_url  # type: ignore[attr-defined]

    def kill(self) -> None:
        import signal

        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def restart(self) -> float:
        from model_server.serve import start, stop, wait_healthy

        stop(self.proc)
        self.proc = start(self.config, log_path=self.log)  # type: ignore[arg-type]
        return wait_healthy(self.config, self.proc)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def vllm_server(tiny_model: Path, greet_adapter: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[VLLMServer]:
    reason = _vllm_missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI must exercise real vLLM, never skip it
        pytest.skip(reason)
    from model_server.serve import ServeConfig, ServerFailed, start, stop, wait_healthy

    log = tmp_path_factory.mktemp("vllm") / "vllm.log"
    cfg = ServeConfig(model=str(tiny_model), profile="cpu", adapters={"greet": str(greet_adapter)}, port=free_port(),
                      max_lora_rank=8, max_loras=2, max_model_len=1024)
    # start() has the kernel SIGTERM vLLM if pytest is killed; a Ctrl-C or a failure here stops it below.
    proc = start(cfg, log_path=log)
    try:
        wait_healthy(cfg, proc, timeout_s=400)
    except ServerFailed:
        stop(proc)
        raise AssertionError("vLLM did not start:\n" + log.read_text(errors="replace")[-4000:]) from None
    except BaseException:
        stop(proc)  # a Ctrl-C during the minute vLLM takes to start
        raise
    server = VLLMServer(cfg, proc, log)
    try:
        yield server
    finally:
        stop(server.proc)


# Databases: every store-backed suite runs on SQLite and on PostgreSQL -----------------------------------------

@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    from tests import postgres

    postgres.require()
    postgres.make_template()
    yield postgres.TEMPLATE
    postgres.drop_database(postgres.TEMPLATE)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database for one test: a SQLite file, or a copy of the PostgreSQL template."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'greetbot.db'}"
        return
    from tests import postgres

    request.getfixturevalue("postgres_template")
    name, url = postgres.fresh_database()
    try:
        yield url
    finally:
        postgres.drop_database(name)


@pytest.fixture
async def store(db_url: str) -> AsyncIterator[Store]:
    """The store on a fresh database (each test runs on SQLite and on PostgreSQL)."""
    from bot.storage.store import Store

    s = await Store.open(db_url)
    yield s
    await s.close()
