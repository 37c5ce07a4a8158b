"""Repeated wrong passwords slow the console's login down, per client address and for everyone together.

After `free` failures a key must wait before its next attempt is even checked: 1 s, then 2, 4, … up to `max_delay_s`.
An attempt inside the wait is refused at once (no sleep held, no password checked, the right one included), so the
throttle costs the event loop nothing and tells the caller when to come back. Failures are forgotten after
`forget_s` without one, and a success clears its address. The global key has a larger allowance and a short cap:
guessing spread over many addresses is slowed, yet nobody can lock the operator out for more than a minute at a
time. Kept in process memory: with several replicas each counts its own share (the audit log has them all).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

EVERYONE = "*"


@dataclass(frozen=True)
class Rule:
    free: int  # failures allowed before any wait
    max_delay_s: float
    forget_s: float = 15 * 60


@dataclass
class _Failures:
    count: int
    last: float


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after_s: float = 0.0


class LoginThrottle:
    """`check(address)` before a login is verified; `failed(address)` / `succeeded(address)` after."""

    def __init__(self, *, per_address: Rule = Rule(free=5, max_delay_s=15 * 60),
                 overall: Rule = Rule(free=50, max_delay_s=60), clock: Callable[[], float] = time.monotonic,
                 max_addresses: int = 10_000) -> None:
        self.per_address, self.overall, self.clock = per_address, overall, clock
        self.max_addresses = max_addresses
        self._failures: OrderedDict[str, _Failures] = OrderedDict()  # oldest failure first; bounded

    def _wait(self, key: str, rule: Rule, now: float) -> float:
        f = self._failures.get(key)
        if f is None or now - f.last >= rule.forget_s:
            return 0.0
        if f.count < rule.free:
            return 0.0
        delay = min(2.0 ** (f.count - rule.free), rule.max_delay_s)
        return max(0.0, f.last + delay - now)

    def check(self, address: str) -> Verdict:
        now = self.clock()
        wait = max(self._wait(address, self.per_address, now), self._wait(EVERYONE, self.overall, now))
        return Verdict(wait <= 0, round(wait, 3))

    def failed(self, address: str) -> None:
        now = self.clock()
        for key, rule in ((address, self.per_address), (EVERYONE, self.overall)):
            f = self._failures.pop(key, None)
            if f is None or now - f.last >= rule.forget_s:
                f = _Failures(0, now)
            f.count, f.last = f.count + 1, now
            self._failures[key] = f  # to the end: the newest
        while len(self._failures) > self.max_addresses:
            oldest = next(iter(self._failures))
            if oldest == EVERYONE:
                self._failures.move_to_end(EVERYONE)
                continue
            del self._failures[oldest]

    def succeeded(self, address: str) -> None:
        self._failures.pop(address, None)
