"""The console's one credential: a password, kept only as a scrypt hash, and the key that signs session cookies.

scrypt (RFC 7914, in `hashlib` through OpenSSL) rather than PBKDF2: it is memory-hard, so guessing on GPUs costs
memory as well as time, and it needs no dependency. A plain `GREETBOT_CONSOLE_PASSWORD` is hashed with a fresh salt
at start-up, so both settings take the same (constant-cost) path at login.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from bot.settings import Settings

# Interactive-login parameters: 2^15 × 8 × 128 B = 32 MiB and ~0.1 s per check. At most two checks run at once, so
# a burst of logins cannot take more than 64 MiB or both cores (the throttle bounds their number besides).
N, R, P = 2**15, 8, 1
_MAXMEM = 128 * 1024 * 1024
_MAX_N = 2**20  # a hash string asking for more is refused (a typo must not exhaust memory)
_CONCURRENT_CHECKS = 2
_KEY_LABEL = b"greetbot console session key v1"


class BadPasswordHash(ValueError):
    """GREETBOT_CONSOLE_PASSWORD_HASH is not a hash `greetbot console hash-password` writes."""


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _scrypt(password: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=32)


def hash_password(password: str, *, n: int = N, r: int = R, p: int = P) -> str:
    """`scrypt$N$r$p$salt$key` (base64url): what GREETBOT_CONSOLE_PASSWORD_HASH holds."""
    salt = os.urandom(16)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(_scrypt(password.encode(), salt, n, r, p))}"


@dataclass(frozen=True)
class PasswordHash:
    n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    @classmethod
    def parse(cls, text: str) -> PasswordHash:
        parts = text.strip().split("$")
        try:
            if len(parts) != 6 or parts[0] != "scrypt":
                raise ValueError
            n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
            salt, key = _unb64(parts[4]), _unb64(parts[5])
        except ValueError:
            raise BadPasswordHash("expected scrypt$N$r$p$salt$key, as `greetbot console hash-password` prints") from None
        if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and len(salt) >= 16
                and len(key) == 32):
            raise BadPasswordHash("scrypt parameters out of range (N a power of two up to 2^20, a 16-byte salt)")
        return cls(n, r, p, salt, key)

    def matches(self, password: str) -> bool:
        return hmac.compare_digest(_scrypt(password.encode(), self.salt, self.n, self.r, self.p), self.key)


@dataclass(frozen=True)
class Credential:
    """The password's hash and the session-signing key; never rendered, never logged (repr hides both)."""

    password: PasswordHash
    signing_key: bytes
    _checks: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(_CONCURRENT_CHECKS), compare=False)

    def __repr__(self) -> str:
        return "Credential(<hidden>)"

    async def check(self, password: str) -> bool:
        """Whether `password` is the console's, computed off the event loop (scrypt takes ~0.1 s of CPU)."""
        if len(password) > 1024:  # nobody's password; hashing megabytes would be a cheap way to burn CPU
            return False
        async with self._checks:
            return await asyncio.to_thread(self.password.matches, password)


def console_credential(settings: Settings) -> Credential | None:
    """The credential the settings give, or None when the console is off (neither password nor hash set)."""
    plain, hashed = settings.console_password, settings.console_password_hash
    if hashed is not None and hashed.get_secret_value():
        stored = PasswordHash.parse(hashed.get_secret_value())
        derived = hmac.new(stored.key, _KEY_LABEL, hashlib.sha256).digest()
    elif plain is not None and plain.get_secret_value():
        secret = plain.get_secret_value()
        stored = PasswordHash.parse(hash_password(secret))
        # Slow derivation: a stolen cookie must not be a cheap oracle for guessing the password offline.
        derived = _scrypt(secret.encode(), _KEY_LABEL, N, R, P)
    else:
        return None
    explicit = settings.console_session_key
    key = explicit.get_secret_value().encode() if explicit is not None and explicit.get_secret_value() else derived
    return Credential(stored, key)
