"""Stopping `greetbot model serve` stops vLLM: its whole process group, within a bounded time, whatever the signal.

vLLM runs in a session of its own (a Ctrl-C must not reach it twice), so nothing but the launcher stops it. The
first tests stand a small fake in for vLLM (same command line, /health, /v1/models, a worker in its process group
as vLLM's engine core is) to cover, in seconds, every signal, a hung server, one still loading, one that crashes and
a parent killed outright; the last ones start the real vLLM CPU build with the tiny model.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from model_server.serve import STOP_TIMEOUT_S, dies_with_parent
from tests.conftest import _vllm_missing, free_port

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc")

GREETBOT = Path(sys.executable).with_name("greetbot")
MARGIN_S = 5.0  # beyond the stop timeout: the launcher's own exit and the kernel reaping
MARK = "GREETBOT_TEST_SHUTDOWN_MARK"  # in the environment of everything a test here starts

FAKE_VLLM = r'''
import http.server, json, os, signal, subprocess, sys, threading, time

port = int(sys.argv[sys.argv.index("--port") + 1])
mode = os.environ.get("FAKE_VLLM_MODE", "")  # "": stops on SIGTERM/SIGINT; "hung": ignores them; "loading": never up
ignore = "signal.signal(signal.SIGTERM, signal.SIG_IGN); signal.signal(signal.SIGINT, signal.SIG_IGN); "
worker = subprocess.Popen([sys.executable, "-c",
                           f"import signal, time; {ignore if mode == 'hung' else ''}time.sleep(600)"])


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"data": [{"id": "base"}, {"id": "greet"}]}).encode()
        self.send_response(200 if self.path in ("/health", "/v1/models") else 404)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def on_stop(signum, frame):
    with open(os.environ["FAKE_VLLM_SIGNALS"], "a") as f:
        f.write(signal.Signals(signum).name + "\n")
    if mode != "hung":
        worker.terminate()  # as vLLM stops its engine core
        worker.wait()
        os._exit(0)


signal.signal(signal.SIGTERM, on_stop)
signal.signal(signal.SIGINT, on_stop)
if mode == "loading":
    time.sleep(600)  # as vLLM loading a large model: no /health yet
server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
while not os.path.exists(os.environ["FAKE_VLLM_EXIT"]):
    time.sleep(0.05)
os._exit(3)  # dies by itself and leaves its worker behind, as a crashed vLLM can
'''


# Processes, as /proc tells them ------------------------------------------------------------------------------------

def _stat(pid: int) -> tuple[str, int, int, int] | None:
    """(state, parent, process group, start time) of a process, None when there is none."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = raw.rsplit(")", 1)[1].split()  # the name in parentheses may hold spaces
    return fields[0], int(fields[1]), int(fields[2]), int(fields[19])


def _pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def family(root: int) -> set[tuple[int, int]]:
    """(pid, start time) of every descendant of `root`; the start time tells a reused pid apart."""
    found: set[tuple[int, int]] = set()
    parents = {root}
    while parents:
        children = {(pid, s[3]) for pid in _pids() if (s := _stat(pid)) and s[1] in parents}
        children -= found
        found |= children
        parents = {pid for pid, _ in children}
    return found


def marked(mark: str) -> set[int]:
    """Every process whose environment carries MARK: all that a test started, wherever it was reparented."""
    found = set()
    for pid in _pids():
        try:
            if f"{MARK}={mark}".encode() in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0"):
                found.add(pid)
        except OSError:
            pass
    return found


def survivors(members: set[tuple[int, int]], pgid: int, mark: str) -> list[int]:
    """Those of `members` still running, anything running in process group `pgid`, anything carrying `mark`
    (zombies are dead)."""
    alive = {pid for pid, started in members if (s := _stat(pid)) and s[3] == started}
    alive |= {pid for pid in _pids() if (s := _stat(pid)) and s[2] == pgid} | marked(mark)
    return sorted(pid for pid in alive if (s := _stat(pid)) and s[0] != "Z")


def kill_marked(mark: str) -> None:
    for pid in marked(mark):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def port_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as a restarted server binds: TIME_WAIT is no owner
        try:
            s.bind(("127.0.0.1", port))
            s.listen()
        except OSError:
            return False
        return True


# The launcher --------------------------------------------------------------------------------------------------------

@contextmanager
def launched(argv: list[str], log: Path, env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    """ARGV in a session of its own, so that only the signals the test sends reach it; it and everything it started
    (found by env[MARK], even once orphaned) are killed when the test ends, passed or not."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env},
                                start_new_session=True, preexec_fn=dies_with_parent())
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait()
        kill_marked(env[MARK])


def serve(*args: str) -> list[str]:
    return [str(GREETBOT), "model", "serve", *args]


def wait_ready(proc: subprocess.Popen[bytes], log: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while "vLLM ready" not in log.read_text(errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"no 'vLLM ready' (launcher status {proc.poll()}):\n{log.read_text(errors='replace')[-4000:]}")
        time.sleep(0.2)


def stop_and_watch(proc: subprocess.Popen[bytes], sig: signal.Signals, port: int, mark: str,
                   bound_s: float) -> tuple[float, list[int], bool]:
    """Send `sig` to the launcher only; wait until the server it started is gone and its port free, or `bound_s`.
    (seconds taken, survivors, port free)."""
    server = family(proc.pid)
    leader = [pid for pid, _ in server if (s := _stat(pid)) and s[1] == proc.pid]
    assert len(leader) == 1 and len(server) >= 2, f"expected a server with a worker under the launcher: {server}"
    started = time.monotonic()
    proc.send_signal(sig)
    while time.monotonic() - started < bound_s:
        if proc.poll() is not None and not survivors(server, leader[0], mark) and port_free(port):
            break
        time.sleep(0.05)
    return time.monotonic() - started, survivors(server, leader[0], mark), port_free(port)


# With a fake vLLM: every signal, a hung server, a crashed one -------------------------------------------------------

@pytest.fixture
def fake_vllm(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The fake's interpreter path (for --python) and its environment."""
    script = tmp_path / "fake-vllm"
    script.write_text(f"#!{sys.executable}\n{FAKE_VLLM}")
    script.chmod(0o755)
    return script, {"FAKE_VLLM_SIGNALS": str(tmp_path / "signals"), "FAKE_VLLM_EXIT": str(tmp_path / "exit"),
                    MARK: uuid.uuid4().hex}


@pytest.mark.parametrize(("sent", "received", "status"), [
    (signal.SIGTERM, "SIGTERM", 0),
    (signal.SIGINT, "SIGINT", 0),
    (signal.SIGHUP, "SIGTERM", 0),  # vLLM does not handle SIGHUP: it would die without cleaning up
    (signal.SIGKILL, "SIGTERM", -signal.SIGKILL),  # nothing runs in the launcher: the kernel tells the server
], ids=lambda v: v.name if isinstance(v, signal.Signals) else None)
def test_any_stop_signal_to_the_launcher_stops_the_server_and_its_worker(
        fake_vllm: tuple[Path, dict[str, str]], tmp_path: Path, sent: signal.Signals, received: str,
        status: int) -> None:
    python, env = fake_vllm
    port = free_port()
    with launched(serve("--model", str(tmp_path), "--port", str(port), "--python", str(python)), tmp_path / "log",
                  env) as proc:
        wait_ready(proc, tmp_path / "log", 30)
        assert not port_free(port)
        seconds, left, free = stop_and_watch(proc, sent, port, env[MARK], STOP_TIMEOUT_S + MARGIN_S)
        assert (left, free) == ([], True), f"after {seconds:.1f} s"
        assert proc.wait() == status
        assert Path(env["FAKE_VLLM_SIGNALS"]).read_text().split() == [received]
        assert seconds < STOP_TIMEOUT_S  # a server that obeys is not kept waiting for the bound


def test_a_server_that_ignores_the_signal_is_killed_when_the_stop_timeout_runs_out(
        fake_vllm: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    python, env = fake_vllm
    port = free_port()
    argv = serve("--model", str(tmp_path), "--port", str(port), "--python", str(python), "--stop-timeout", "2")
    with launched(argv, tmp_path / "log", {**env, "FAKE_VLLM_MODE": "hung"}) as proc:
        wait_ready(proc, tmp_path / "log", 30)
        seconds, left, free = stop_and_watch(proc, signal.SIGTERM, port, env[MARK], 2 + MARGIN_S)
        assert (left, free) == ([], True), f"after {seconds:.1f} s"
        assert Path(env["FAKE_VLLM_SIGNALS"]).read_text().split() == ["SIGTERM"]  # asked first, then SIGKILL
        assert 2 <= seconds
        assert proc.wait() == 0


def test_a_stop_while_the_server_is_still_loading_stops_it_too(
        fake_vllm: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    python, env = fake_vllm
    port = free_port()
    with launched(serve("--model", str(tmp_path), "--port", str(port), "--python", str(python)), tmp_path / "log",
                  {**env, "FAKE_VLLM_MODE": "loading"}) as proc:
        deadline = time.monotonic() + 30
        while len(family(proc.pid)) < 2:  # the server and its worker exist; /health will never answer
            assert time.monotonic() < deadline, (tmp_path / "log").read_text()
            time.sleep(0.1)
        time.sleep(0.5)  # the launcher is polling /health by now
        seconds, left, free = stop_and_watch(proc, signal.SIGTERM, port, env[MARK], STOP_TIMEOUT_S + MARGIN_S)
        assert (left, free) == ([], True), f"after {seconds:.1f} s"
        assert proc.wait() == 0
        assert Path(env["FAKE_VLLM_SIGNALS"]).read_text().split() == ["SIGTERM"]


def test_when_the_server_dies_by_itself_the_launcher_exits_with_its_status_and_leaves_no_worker(
        fake_vllm: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    python, env = fake_vllm
    port = free_port()
    with launched(serve("--model", str(tmp_path), "--port", str(port), "--python", str(python)), tmp_path / "log",
                  env) as proc:
        wait_ready(proc, tmp_path / "log", 30)
        server = family(proc.pid)
        leader = next(pid for pid, _ in server if (s := _stat(pid)) and s[1] == proc.pid)
        Path(env["FAKE_VLLM_EXIT"]).touch()
        assert proc.wait(timeout=STOP_TIMEOUT_S + MARGIN_S) == 3
        assert survivors(server, leader, env[MARK]) == []


def test_a_server_started_for_tests_or_benches_dies_with_a_killed_parent(
        fake_vllm: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    # The fixtures and benches start children with model_server.serve.start (or its dies_with_parent): a parent
    # SIGKILLed (a CI timeout) runs no cleanup at all, and still leaves nothing behind.
    python, env = fake_vllm
    port = free_port()
    parent_code = ("import time; from model_server.serve import ServeConfig, start, wait_healthy; "
                   f"cfg = ServeConfig(model='m', port={port}, python={str(python)!r}); "
                   "wait_healthy(cfg, start(cfg)); print('vLLM ready', flush=True); time.sleep(600)")
    with launched([sys.executable, "-c", parent_code], tmp_path / "log", env) as parent:
        wait_ready(parent, tmp_path / "log", 30)
        seconds, left, free = stop_and_watch(parent, signal.SIGKILL, port, env[MARK], MARGIN_S)
        assert (left, free) == ([], True), f"after {seconds:.1f} s"
        assert Path(env["FAKE_VLLM_SIGNALS"]).read_text().split() == ["SIGTERM"]


# With the real vLLM (CPU build) and the tiny model ---------------------------------------------------------------

@pytest.fixture
def real_vllm_args(tiny_model: Path, greet_adapter: Path) -> list[str]:
    reason = _vllm_missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI must exercise real vLLM, never skip it
        pytest.skip(reason)
    return ["--profile", "cpu", "--model", str(tiny_model), "--adapter", f"greet={greet_adapter}",
            "--max-model-len", "512"]


def _stop_real_vllm(args: list[str], tmp_path: Path, sig: signal.Signals) -> None:
    port, mark = free_port(), uuid.uuid4().hex
    with launched(serve(*args, "--port", str(port)), tmp_path / "log", {MARK: mark}) as proc:
        wait_ready(proc, tmp_path / "log", 400)
        assert not port_free(port)
        seconds, left, free = stop_and_watch(proc, sig, port, mark, STOP_TIMEOUT_S + MARGIN_S)
        print(f"{sig.name}: vLLM gone and port {port} free after {seconds:.1f} s")
        assert left == [], f"still running after {seconds:.1f} s: {left}"
        assert free, f"port {port} still taken after {seconds:.1f} s"
        assert proc.wait() == 0


@pytest.mark.vllm
def test_sigterm_to_the_launcher_stops_vllm_and_frees_the_port(real_vllm_args: list[str], tmp_path: Path) -> None:
    _stop_real_vllm(real_vllm_args, tmp_path, signal.SIGTERM)


@pytest.mark.vllm
def test_sigint_to_the_launcher_stops_vllm_and_frees_the_port(real_vllm_args: list[str], tmp_path: Path) -> None:
    _stop_real_vllm(real_vllm_args, tmp_path, signal.SIGINT)
