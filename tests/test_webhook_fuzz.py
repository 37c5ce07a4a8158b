"""A judge for the webhook rule: no unauthenticated request to any webhook gets a 5xx or leaves a traceback in the log;
forged, unsigned or stale requests get a 4xx; and a correctly signed garbage body still never gets a 5xx.

Written against the platforms' signing rules (shared/PLATFORMS.md) and the test-side fakes, not against adapters/ or
bot/: the app is started the way the other suites start it, with all three platforms configured, and fed a seeded,
bounded fuzz of bodies (deep nesting, sizes around GREETBOT_MAX_WEBHOOK_BYTES, malformed JSON, non-UTF-8, empty,
wrong content types, JSON of the wrong shape), each sent unsigned, forged and correctly signed.
Signing rules used here:
- Telegram: header X-Telegram-Bot-Api-Secret-Token = the secret_token given to setWebhook (PLATFORMS.md §3.1).
- Feishu: X-Lark-Signature = sha256_hex(timestamp + nonce + encrypt_key + raw body); bodies {"encrypt": …} are
  AES-256-CBC with key SHA256(encrypt_key) (PLATFORMS.md §2.1); built by tests/fakes/feishu_events.FeishuEvents.
- DingTalk: headers timestamp (ms) + sign = base64(HMAC-SHA256(app_secret, timestamp + "\\n" + app_secret))
  (PLATFORMS.md §1.2); built by tests/fakes/dingtalk.FakeDingTalk.signed_headers. The sign does not cover the body, so
  a captured pair must not be usable twice, and the body's createAt / robotCode must agree with the request.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bot.service.app import create_app
from bot.settings import Settings
from tests.fakes.dingtalk import FakeDingTalk, running_fake_dingtalk
from tests.fakes.feishu import APP_ID as FEISHU_APP_ID
from tests.fakes.feishu import APP_SECRET as FEISHU_APP_SECRET
from tests.fakes.feishu import ENCRYPT_KEY, FakeFeishu, FeishuEvents, encrypt, running_fake_feishu
from tests.fakes.telegram import FakeTelegram, running_fake_telegram

TG_TOKEN = "123456:AAH-test_token-value"
TG_SECRET = "webhook_Secret-42"
REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"
ALICE_OPEN_ID = "ou_alice00000000000000000000000000"
FEISHU_DM = "oc_dm_alice000000000000000000000000"
PLATFORMS = ("telegram", "feishu", "dingtalk")
MODES = ("unsigned", "forged", "signed")
SEED = 20270205  # 除夕 2027: any fixed seed; the fuzz must be the same on every run
MAX_BYTES = Settings.model_fields["max_webhook_bytes"].default  # GREETBOT_MAX_WEBHOOK_BYTES, 262144 (README)
PATHS = {p: f"/webhook/{p}" for p in PLATFORMS}


# Starting the app: every platform configured against its fake on 127.0.0.1 ---------------------------------------


@dataclass
class Fakes:
    telegram: FakeTelegram
    feishu: FakeFeishu
    dingtalk: FakeDingTalk
    events: FeishuEvents
    _last_dt_ms: int = 0

    def dingtalk_headers(self, *, offset_ms: int = 0, secret: str | None = None) -> dict[str, str]:
        """Freshly signed DingTalk headers with a timestamp never used before in this run, so that a bot which
        (rightly) refuses a reused timestamp/sign pair does not refuse our honest requests."""
        ts = max(int(time.time() * 1000) + offset_ms, self._last_dt_ms + 1)
        self._last_dt_ms = ts
        return self.dingtalk.signed_headers(ts, secret=secret)

    def sent_anything(self) -> bool:
        return bool(self.telegram.sent or self.feishu.sent or self.dingtalk.messages)


@contextlib.contextmanager
def running_fakes() -> Iterator[Fakes]:
    with running_fake_telegram(TG_TOKEN) as tg, running_fake_feishu() as fs, running_fake_dingtalk() as dt:
        yield Fakes(tg, fs, dt, FeishuEvents(fs))


def settings(data_dir: Path, fakes: Fakes) -> Settings:
    return Settings(data_dir=data_dir, llm_base_url="http://127.0.0.1:9/v1", llm_timeout_s=0.5,
                    telegram_token=TG_TOKEN, telegram_secret=TG_SECRET, telegram_api_base=fakes.telegram.api_base,
                    feishu_app_id=FEISHU_APP_ID, feishu_app_secret=FEISHU_APP_SECRET,
                    feishu_verification_token=fakes.events.token, feishu_encrypt_key=ENCRYPT_KEY,
                    feishu_api_base=fakes.feishu.base_url,
                    dingtalk_app_key=fakes.dingtalk.app_key, dingtalk_app_secret=fakes.dingtalk.app_secret,
                    dingtalk_api_base=fakes.dingtalk.base_url, dingtalk_oapi_base=fakes.dingtalk.base_url,
                    _env_file=None)


@contextlib.contextmanager
def app_client(data_dir: Path, fakes: Fakes) -> Iterator[TestClient]:
    """The real app, mounted from settings. Exceptions that escape it are raised here, so that `send` can tell a
    crash (a 500 plus uvicorn's traceback in production) from a 500 the app chose to answer."""
    app = create_app(settings(data_dir, fakes), today=lambda: date(2027, 1, 20))
    with TestClient(app, raise_server_exceptions=True) as client:
        mounted = {getattr(r, "path", None) for r in app.routes}
        assert set(PATHS.values()) <= mounted, f"not every webhook is mounted: {sorted(map(str, mounted))}"
        yield client


def inbox(client: TestClient) -> dict[str, int]:
    return client.get("/readyz").json()["inbox"]


def wait_for(predicate: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


# Normal messages, as each platform sends them -------------------------------------------------------------------


def telegram_update(update_id: int, text: str = REQUEST, user_id: int = 1001) -> dict[str, Any]:
    """A private-chat Update as in the Bot API docs (message_id, date, chat{id,type} are required: PLATFORMS §3.6)."""
    user = {"id": user_id, "is_bot": False, "first_name": "Alice", "username": "alice"}
    return {"update_id": update_id, "message": {"message_id": update_id + 10, "date": int(time.time()),
                                                "chat": {"id": user_id, "type": "private", "first_name": "Alice"},
                                                "from": user, "text": text}}


def dingtalk_callback(fakes: Fakes, text: str = REQUEST, *, staff_id: str = "staff-1", created_ms: int | None = None,
                      **extra: Any) -> dict[str, Any]:
    body = fakes.dingtalk.callback(text, staff_id=staff_id)
    if created_ms is not None:
        body["createAt"] = created_ms
    body.update(extra)
    return body


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


# The fuzz corpus ------------------------------------------------------------------------------------------------


@dataclass
class Case:
    platform: str
    category: str
    label: str
    body: bytes
    content_type: str | None = "application/json"
    chunked: bool = False  # sent without Content-Length, so the size limit must hold on a stream too


JUNK_VALUES: list[Any] = [None, "", "x", 0, -1, 2**64, 1.5, [], {}, [None], {"": None}, "\ud800", "\x00",
                          "🎉" * 500, True]


def mutate(rng: random.Random, value: Any, times: int = 1) -> Any:
    """Drop a key or replace a value somewhere inside a copy of `value`: JSON of the wrong shape, keys missing."""
    value = json.loads(json.dumps(value))
    for _ in range(times):
        node, path = value, []
        while isinstance(node, dict) and node and (not path or rng.random() < 0.6):
            key = rng.choice(sorted(node))
            path.append((node, key))
            node = node[key]
        if not path:
            return rng.choice(JUNK_VALUES)
        parent, key = path[-1]
        if rng.random() < 0.35:
            del parent[key]
        else:
            parent[key] = rng.choice(JUNK_VALUES)
    return value


def nested_list(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def nested_object(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


def sized_json(size: int, inner: dict[str, Any] | None = None) -> bytes:
    """A valid JSON object of exactly `size` bytes: `inner` (if any) plus a padding string."""
    base = dict(inner or {})
    base["pad"] = ""
    empty = len(dumps(base))
    base["pad"] = "x" * max(0, size - empty)
    body = dumps(base)
    assert len(body) == size or size < empty, (len(body), size)
    return body


def corpus(platform: str, fakes: Fakes, rng: random.Random) -> list[Case]:
    """Garbage for one platform, built from seeded choices; `valid` is a normal body the garbage is derived from."""
    if platform == "telegram":
        valid: Any = telegram_update(rng.randrange(1_000, 9_000))
        wrapped = lambda inner: {"update_id": 1, "message": inner}  # noqa: E731
    elif platform == "feishu":
        valid = fakes.events.message(FEISHU_DM, ALICE_OPEN_ID, REQUEST)
        wrapped = lambda inner: {"encrypt": inner}  # noqa: E731
    else:
        valid = dingtalk_callback(fakes)
        wrapped = lambda inner: {"msgtype": "text", "text": {"content": inner}}  # noqa: E731
    # What goes on the wire for a normal message: Feishu encrypts the envelope (an Encrypt Key is configured).
    wire = dumps({"encrypt": encrypt(ENCRYPT_KEY, json.dumps(valid))}) if platform == "feishu" else dumps(valid)
    cases: list[Case] = []

    def add(category: str, label: str, body: bytes, content_type: str | None = "application/json",
            chunked: bool = False) -> None:
        cases.append(Case(platform, category, label, body, content_type, chunked))

    # Deep nesting: the audit's 5000-deep list, the 100k ceiling, and seeded depths in between; objects are 6 bytes a
    # level, so their depth is bounded by the size limit.
    add("nested", "list depth 5000", nested_list(5000))
    add("nested", "list depth 100000", nested_list(100_000))
    for depth in sorted(rng.randint(1_000, 100_000) for _ in range(2)):
        add("nested", f"list depth {depth}", nested_list(depth))
    obj_depth = rng.randint(1_000, (MAX_BYTES - 16) // 6)
    add("nested", f"object depth {obj_depth}", nested_object(obj_depth))
    add("nested", "mixed depth 20000", b'[{"a":' * 10_000 + b"1" + b"}]" * 10_000)
    add("nested", "unclosed list depth 50000", b"[" * 50_000)
    add("nested", "list depth 20000 inside a normal-looking body",
        dumps(wrapped("__NEST__")).replace(b'"__NEST__"', nested_list(20_000)))

    # Sizes around the limit: just under, at, just over, far over, and over without a Content-Length.
    add("huge", "limit - 1", sized_json(MAX_BYTES - 1))
    add("huge", "limit", sized_json(MAX_BYTES))
    add("huge", "limit + 1", sized_json(MAX_BYTES + 1))
    add("huge", "4 x limit", sized_json(4 * MAX_BYTES))
    add("huge", "limit + 1, chunked", sized_json(MAX_BYTES + 1), chunked=True)
    add("huge", "2 x limit, chunked", sized_json(2 * MAX_BYTES), chunked=True)
    if platform != "feishu":  # a Feishu body is ciphertext; padding a plaintext one says nothing new
        add("huge", "normal message padded to limit - 1", sized_json(MAX_BYTES - 1, valid))

    # Malformed JSON.
    for cut in sorted(rng.sample(range(1, len(wire) - 1), 3)):
        add("malformed", f"truncated at {cut}/{len(wire)}", wire[:cut])
    add("malformed", "trailing garbage", wire + b"}{,")
    add("malformed", "single quotes", b"{'update_id': 1}")
    add("malformed", "NaN and Infinity", b'{"a": NaN, "b": Infinity, "c": -Infinity}')
    add("malformed", "5000-digit integer", b'{"update_id": ' + b"9" * 5000 + b"}")
    add("malformed", "1e999999", b'{"update_id": 1e999999, "createAt": 1e999999}')
    add("malformed", "UTF-8 BOM", b"\xef\xbb\xbf" + wire)
    add("malformed", "lone surrogate and NUL", b'{"a": "\\ud800", "b": "\\u0000", "text": {"content": "\\udfff"}}')
    add("malformed", "NUL byte", b"\x00")

    # Bytes that are not UTF-8 (or are another encoding).
    add("non_utf8", "ff fe fd", b"\xff\xfe\xfd")
    add("non_utf8", "UTF-16 JSON", json.dumps(valid, ensure_ascii=False).encode("utf-16"))
    add("non_utf8", "GB18030 JSON", json.dumps(valid, ensure_ascii=False).encode("gb18030"))
    add("non_utf8", "raw 0xff inside a string", b'{"msgtype": "text", "text": {"content": "\xff\xfe"}}')
    add("non_utf8", f"{64} random bytes", rng.randbytes(64))
    add("non_utf8", f"{4096} random bytes", rng.randbytes(4096))

    # Empty.
    add("empty", "no bytes", b"")
    add("empty", "whitespace", b" \r\n\t")

    # Content types other than the platform's JSON.
    add("content_type", "none", wire, None)
    add("content_type", "text/plain", wire, "text/plain")
    add("content_type", "form", b"a=1&b=%ZZ&update_id=1", "application/x-www-form-urlencoded")
    add("content_type", "multipart, boundary", b"--xyz\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n",
        "multipart/form-data; boundary=xyz")
    add("content_type", "multipart, no boundary", b"garbage", "multipart/form-data")
    add("content_type", "bogus charset", wire, "application/json; charset=no-such-charset")
    add("content_type", "utf-16 charset, utf-8 bytes", wire, "application/json; charset=utf-16")
    add("content_type", "xml", b"<xml><a>1</a></xml>", "application/xml")

    # JSON of the wrong shape: scalars and lists where an object is expected, then the platform's own body with
    # keys missing or of the wrong type.
    for label, value in (("list", []), ("number", 7), ("null", None), ("string", "update"), ("true", True),
                         ("empty object", {})):
        add("shape", label, dumps(value))
    for i in range(6):
        broken = mutate(rng, valid, times=rng.randint(1, 3))
        # ASCII-escaped: a lone surrogate among the junk values cannot be encoded as UTF-8 bytes
        body = (dumps({"encrypt": encrypt(ENCRYPT_KEY, json.dumps(broken))}) if platform == "feishu"
                else json.dumps(broken).encode())
        add("shape", f"mutated #{i}", body)
    cases.extend(Case(platform, "shape", label, body) for label, body in specific_shapes(platform, fakes, valid))
    return cases


def specific_shapes(platform: str, fakes: Fakes, valid: dict[str, Any]) -> list[tuple[str, bytes]]:
    """Wrong shapes a parser of this platform is likely to trip on (strings where objects are expected, …)."""
    if platform == "telegram":
        msg = valid["message"]
        return [
            ("update_id a string", dumps({**valid, "update_id": "x"})),
            ("message a string", dumps({"update_id": 2, "message": "hi"})),
            ("message without chat/date", dumps({"update_id": 3, "message": {"text": "hi"}})),
            ("chat null", dumps({"update_id": 4, "message": {**msg, "chat": None}})),
            ("from a list", dumps({"update_id": 5, "message": {**msg, "from": []}})),
            ("text an object", dumps({"update_id": 6, "message": {**msg, "text": {"a": 1}}})),
            ("entities out of range", dumps({"update_id": 7, "message": {
                **msg, "entities": [{"type": "mention", "offset": 10_000, "length": 5}]}})),
            ("entities a string", dumps({"update_id": 8, "message": {**msg, "entities": "x"}})),
            ("callback_query a string", dumps({"update_id": 9, "callback_query": "x"})),
            ("callback_query without from", dumps({"update_id": 10, "callback_query": {"id": "q", "data": "x"}})),
            ("update_id 2**70", dumps({**valid, "update_id": 2**70})),
        ]
    if platform == "feishu":
        def sealed(payload: Any) -> bytes:
            plain = payload if isinstance(payload, str) else json.dumps(payload)
            return dumps({"encrypt": encrypt(ENCRYPT_KEY, plain)})

        event = valid["event"]
        return [
            ("encrypt a number", dumps({"encrypt": 1})),
            ("encrypt null", dumps({"encrypt": None})),
            ("encrypt a list", dumps({"encrypt": []})),
            ("encrypt not base64", dumps({"encrypt": "%%% not base64 %%%"})),
            ("encrypt shorter than an IV", dumps({"encrypt": base64.b64encode(b"short").decode()})),
            ("encrypt not whole blocks", dumps({"encrypt": base64.b64encode(bytes(16) + bytes(15)).decode()})),
            ("ciphertext of non-JSON", sealed("not json")),
            ("ciphertext of a list", sealed("[]")),
            ("ciphertext of 5000-deep nesting", sealed("[" * 5000 + "]" * 5000)),
            ("header a string", sealed({**valid, "header": "x"})),
            ("event a list", sealed({**valid, "event": []})),
            ("message a string", sealed({**valid, "event": {**event, "message": "x"}})),
            ("content not JSON", sealed({**valid, "event": {**event, "message": {**event["message"],
                                                                                  "content": "{not json"}}})),
            ("content a JSON list", sealed({**valid, "event": {**event, "message": {**event["message"],
                                                                                    "content": "[1]"}}})),
            ("mentions a string", sealed({**valid, "event": {**event, "message": {**event["message"],
                                                                                  "mentions": "x"}}})),
            ("sender null", sealed({**valid, "event": {**event, "sender": None}})),
            ("plaintext envelope", dumps(valid)),
        ]
    return [
        ("text a string", dumps({**valid, "text": "hi"})),
        ("text.content a number", dumps({**valid, "text": {"content": 123}})),
        ("text null", dumps({**valid, "text": None})),
        ("msgtype a number", dumps({**valid, "msgtype": 5})),
        ("msgId a list", dumps({**valid, "msgId": []})),
        ("conversationType an int", dumps({**valid, "conversationType": 2})),
        ("atUsers a string", dumps({**valid, "conversationType": "2", "atUsers": "x"})),
        ("sessionWebhook a number", dumps({**valid, "sessionWebhook": 123})),
        ("sessionWebhookExpiredTime a word", dumps({**valid, "sessionWebhookExpiredTime": "soon"})),
        ("createAt a word", dumps({**valid, "createAt": "yesterday"})),
        ("senderStaffId an object", dumps({**valid, "senderStaffId": {}})),
        ("repliedMsg a string", dumps({**valid, "text": {"content": "hi", "isReplyMsg": True, "repliedMsg": "x"}})),
    ]


# Forgeries: each is refused by the rule in PLATFORMS.md, whatever the body: a wrong key or secret, missing or garbled
# headers, or a correctly keyed signature over a timestamp that cannot be current (two hours off, NaN, 5000 digits).
# Only clear-cut ages (an hour or more off): the 30-minute window is judged by its own tests below, so a failure here
# points at the body or the header parsing, not at the clock.


def forged_headers(platform: str, fakes: Fakes, body: bytes, i: int) -> tuple[str, dict[str, Any]]:
    now_ms = int(time.time() * 1000)
    if platform == "telegram":  # §3.1: the header must equal the secret_token exactly
        variants: list[tuple[str, dict[str, Any]]] = [
            ("wrong secret", {"X-Telegram-Bot-Api-Secret-Token": "webhook_Secret-43"}),
            ("empty secret", {"X-Telegram-Bot-Api-Secret-Token": ""}),
            ("secret in another case", {"X-Telegram-Bot-Api-Secret-Token": TG_SECRET.upper()}),
            ("prefix of the secret", {"X-Telegram-Bot-Api-Secret-Token": TG_SECRET[:-1]}),
            ("secret twice", {"X-Telegram-Bot-Api-Secret-Token": TG_SECRET * 2}),
            ("300-char secret", {"X-Telegram-Bot-Api-Secret-Token": "a" * 300}),
            ("non-ASCII bytes", {"X-Telegram-Bot-Api-Secret-Token": b"\xff\xfe" + TG_SECRET.encode()}),
        ]
    elif platform == "feishu":  # §2.1: sha256(timestamp + nonce + encrypt_key + body)
        ev = fakes.events
        good = ev.headers(body)
        stale = int(time.time()) - 2 * 3600

        def signed_ts(ts: str) -> dict[str, Any]:
            nonce = "n0nce"
            return {"X-Lark-Request-Timestamp": ts, "X-Lark-Request-Nonce": nonce,
                    "X-Lark-Signature": hashlib.sha256((ts + nonce + ENCRYPT_KEY).encode() + body).hexdigest()}

        variants = [
            ("signed with a guessed key", ev.headers(body, sign_with="guessed-key")),
            ("signed two hours ago", ev.headers(body, timestamp=stale)),
            ("signature of another body", ev.headers(body + b" ")),
            ("signature garbage bytes", {**good, "X-Lark-Signature": b"\xff\xfe"}),
            ("timestamp NaN", signed_ts("nan")),
            ("5000-digit timestamp", signed_ts("9" * 5000)),
            ("5000-digit timestamp, garbage signature", {**signed_ts("9" * 5000), "X-Lark-Signature": "0" * 64}),
            ("negative timestamp", signed_ts("-1")),
            ("timestamp without signature", {"X-Lark-Request-Timestamp": str(int(time.time()))}),
        ]
    else:  # §1.2: base64(HMAC-SHA256(app_secret, timestamp + "\n" + app_secret)), |now - timestamp| <= 1 h
        dt = fakes.dingtalk
        good = fakes.dingtalk_headers()

        def signed_ts(ts: str) -> dict[str, Any]:
            return {"timestamp": ts, "sign": _dt_sign(dt, ts)}

        variants = [
            ("sign without timestamp", {"sign": good["sign"]}),
            ("timestamp without sign", {"timestamp": good["timestamp"]}),
            ("wrong secret", fakes.dingtalk_headers(secret="someone-else")),
            ("sign altered", {**good, "sign": good["sign"][:-4] + "AAA="}),
            ("sign not base64", {**good, "sign": "!!! not base64 !!!"}),
            ("sign non-ASCII bytes", {**good, "sign": b"\xff\xfe"}),
            ("signed two hours ago", dt.signed_headers(now_ms - 2 * 3_600_000)),
            ("signed two hours ahead", dt.signed_headers(now_ms + 2 * 3_600_000)),
            ("full-width digits", {"timestamp": "１２３".encode(), "sign": _dt_sign(dt, "１２３")}),
            ("timestamp NaN", signed_ts("nan")),
            ("timestamp 1e30", signed_ts("1e30")),
            ("5000-digit timestamp", signed_ts("9" * 5000)),
            ("5000-digit timestamp, garbage sign", {"timestamp": "9" * 5000, "sign": "Zm9yZ2Vk"}),
            ("empty timestamp", signed_ts("")),
        ]
    return variants[i % len(variants)]


def _dt_sign(dt: FakeDingTalk, ts: str) -> str:
    """The DingTalk sign for any timestamp string (§1.2), for timestamps the fake's helper cannot take."""
    key = dt.app_secret.encode()
    return base64.b64encode(hmac.new(key, f"{ts}\n{dt.app_secret}".encode(), hashlib.sha256).digest()).decode()


def signed_headers(platform: str, fakes: Fakes, body: bytes) -> dict[str, Any]:
    if platform == "telegram":
        return {"X-Telegram-Bot-Api-Secret-Token": TG_SECRET}
    if platform == "feishu":
        return fakes.events.headers(body)
    return fakes.dingtalk_headers()


# Sending and recording ------------------------------------------------------------------------------------------


class Recorder(logging.Handler):
    """Every log record, from any logger that propagates to the root."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextlib.contextmanager
def recording_logs() -> Iterator[Recorder]:
    recorder, root = Recorder(), logging.getLogger()
    old = root.level
    root.addHandler(recorder)
    root.setLevel(logging.DEBUG)
    try:
        yield recorder
    finally:
        root.removeHandler(recorder)
        root.setLevel(old)


def is_traceback(record: logging.LogRecord) -> bool:
    """A traceback in the log: a record carrying exception info or a stack, or whose text contains one."""
    if record.exc_info or record.exc_text or record.stack_info:
        return True
    try:
        return "Traceback" in record.getMessage()
    except Exception:  # a record that cannot even format itself is not ours to judge here
        return False


@dataclass
class Result:
    platform: str
    category: str
    mode: str
    label: str  # the body's label, plus the forgery for mode "forged"
    status: int
    body: bytes
    answer: bytes
    tracebacks: list[str] = field(default_factory=list)


@dataclass
class Reply:
    status_code: int
    content: bytes
    unhandled: str | None = None  # the exception that escaped the app, if one did


def send(client: TestClient, platform: str, body: bytes, headers: dict[str, Any],
         content_type: str | None = "application/json", chunked: bool = False) -> Reply:
    """POST one webhook. An exception escaping the app is what a platform sees as a 500 and what uvicorn logs as
    "Exception in ASGI application" with its traceback: both are recorded, as the 500 and as a traceback."""
    # The case decides the content type, not the signing helper (FeishuEvents.headers sets one).
    hdrs = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    if content_type is not None:
        hdrs["content-type"] = content_type
    content: Any = body
    if chunked:
        content = (body[i:i + 65536] for i in range(0, len(body), 65536))
    try:
        resp = client.post(PATHS[platform], content=content, headers=hdrs)
    except Exception as e:  # noqa: BLE001 - any escape is the finding
        return Reply(500, b"(exception escaped the app)", f"unhandled {type(e).__name__}: {str(e)[:200]}")
    return Reply(resp.status_code, resp.content)


def run_case(client: TestClient, fakes: Fakes, recorder: Recorder, case: Case, mode: str, i: int) -> Result:
    label = case.label
    if mode == "unsigned":
        headers: dict[str, Any] = {}
    elif mode == "forged":
        forgery, headers = forged_headers(case.platform, fakes, case.body, i)
        label = f"{label} / {forgery}"
    else:
        headers = signed_headers(case.platform, fakes, case.body)
    before = len(recorder.records)
    resp = send(client, case.platform, case.body, headers, case.content_type, case.chunked)
    tracebacks = [f"{r.name} {r.levelname}: {r.getMessage()[:200]}"
                  + (f" [{r.exc_info[0].__name__}]" if r.exc_info and r.exc_info[0] else "")
                  for r in recorder.records[before:] if is_traceback(r)]
    if resp.unhandled:
        tracebacks.append(resp.unhandled)
    return Result(case.platform, case.category, mode, label, resp.status_code, case.body, resp.content[:300],
                  tracebacks)


@dataclass
class FuzzRun:
    results: list[Result]
    refused_inbox: dict[str, int]  # the inbox after every unsigned and forged request, before any signed one
    refused_sent: bool  # whether any platform got a message while only unsigned/forged requests had come in
    controls: dict[str, tuple[int, bytes]]  # platform -> (status, answer) of a normal signed message
    seconds: float

    def table(self) -> str:
        """Statuses per platform, category and mode ("401x8" = eight 401s; "tb3" = three left a traceback)."""
        cells: dict[tuple[str, str], dict[str, Counter[int | str]]] = defaultdict(lambda: defaultdict(Counter))
        for r in self.results:
            cells[(r.platform, r.category)][r.mode][r.status] += 1
            if r.tracebacks:
                cells[(r.platform, r.category)][r.mode]["tb"] += 1
        lines = [f"{'platform':<9} {'category':<13} " + " ".join(f"{m:<26}" for m in MODES)]
        for (platform, category), modes in cells.items():
            row = [" ".join(f"{s}x{n}" for s, n in sorted((k, v) for k, v in modes[m].items() if k != "tb"))
                   + (f" tb{modes[m]['tb']}" if modes[m]["tb"] else "") for m in MODES]
            lines.append(f"{platform:<9} {category:<13} " + " ".join(f"{c:<26}" for c in row))
        return "\n".join(lines)


def describe(run: FuzzRun, failing: list[Result], why: str) -> str:
    """The status table, then one example (body truncated) per failing platform/category/mode cell."""
    seen: dict[tuple[str, str, str], Result] = {}
    counts: Counter[tuple[str, str, str]] = Counter()
    for r in failing:
        key = (r.platform, r.category, r.mode)
        seen.setdefault(key, r)
        counts[key] += 1
    examples = []
    for key, r in seen.items():
        body = r.body[:120] + (b"..." if len(r.body) > 120 else b"")
        examples.append(f"  {'/'.join(key)} ({counts[key]} of them): [{r.label}] -> HTTP {r.status} "
                        f"{r.answer[:160]!r}\n      body ({len(r.body)} bytes): {body!r}"
                        + ("\n      log: " + "\n      log: ".join(r.tracebacks[:3]) if r.tracebacks else ""))
    return f"{why}: {len(failing)} of {len(run.results)} requests\n{run.table()}\nexamples:\n" + "\n".join(examples)


@pytest.fixture(scope="module")
def fuzz_run(tmp_path_factory: pytest.TempPathFactory) -> FuzzRun:
    """One seeded run over all three webhooks: every unsigned and forged request first (so the log and the inbox
    can only have come from them), then one normal signed message per platform (the judge's own control), then
    every body correctly signed."""
    started = time.monotonic()
    rng = random.Random(SEED)
    results: list[Result] = []
    with running_fakes() as fakes, app_client(tmp_path_factory.mktemp("fuzz"), fakes) as client:
        cases = [c for p in PLATFORMS for c in corpus(p, fakes, rng)]
        with recording_logs() as recorder:
            for i, case in enumerate(cases):
                for mode in ("unsigned", "forged"):
                    results.append(run_case(client, fakes, recorder, case, mode, i))
            time.sleep(0.5)  # let anything wrongly accepted reach the engine and the fakes
            refused_inbox, refused_sent = inbox(client), fakes.sent_anything()
            controls = {}
            for platform, (body, headers) in control_messages(fakes).items():
                resp = send(client, platform, body, headers, "application/json")
                controls[platform] = (resp.status_code, resp.content[:300])
            for i, case in enumerate(cases):
                results.append(run_case(client, fakes, recorder, case, "signed", i))
    run = FuzzRun(results, refused_inbox, refused_sent, controls, time.monotonic() - started)
    print(f"\nwebhook fuzz: {len(results)} requests in {run.seconds:.1f}s (seed {SEED})\n{run.table()}")
    signed_tb = [r for r in results if r.mode == "signed" and r.tracebacks]
    if signed_tb:  # not a failure (the rule is about unauthenticated requests), but worth seeing
        print(describe(run, signed_tb, "for information, signed requests that logged a traceback"))
    return run


def control_messages(fakes: Fakes) -> dict[str, tuple[bytes, dict[str, Any]]]:
    """A normal message per platform, signed by this module's helpers: if these are not 200, the judge is wrong."""
    tg = dumps(telegram_update(424242))
    fs_body, fs_headers = fakes.events.seal(fakes.events.message(FEISHU_DM, ALICE_OPEN_ID, REQUEST))
    dt_headers = fakes.dingtalk_headers()
    dt = dumps(dingtalk_callback(fakes, created_ms=int(dt_headers["timestamp"])))
    return {"telegram": (tg, signed_headers("telegram", fakes, tg)), "feishu": (fs_body, fs_headers),
            "dingtalk": (dt, dt_headers)}


# The fuzz's verdicts --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_judge_signs_correctly_a_normal_signed_message_is_accepted(fuzz_run: FuzzRun, platform: str) -> None:
    """Positive control: the same helpers that sign the garbage sign a normal message, and the bot takes it."""
    status, answer = fuzz_run.controls[platform]
    assert status == 200, f"the judge's own signed {platform} message got HTTP {status} {answer!r}"


@pytest.mark.parametrize("platform", PLATFORMS)
def test_no_unauthenticated_webhook_body_gets_a_5xx(fuzz_run: FuzzRun, platform: str) -> None:
    failing = [r for r in fuzz_run.results if r.platform == platform and r.mode != "signed" and r.status >= 500]
    assert not failing, describe(fuzz_run, failing, f"unsigned/forged {platform} requests got a 5xx")


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_unsigned_or_forged_webhook_is_refused_with_a_4xx(fuzz_run: FuzzRun, platform: str) -> None:
    """Not accepted either: a 2xx to an unsigned body means the signature was not checked (5xx: the test above)."""
    failing = [r for r in fuzz_run.results if r.platform == platform and r.mode != "signed" and r.status < 400]
    assert not failing, describe(fuzz_run, failing, f"unsigned/forged {platform} requests were not refused")


@pytest.mark.parametrize("platform", PLATFORMS)
def test_no_unauthenticated_webhook_body_leaves_a_traceback_in_the_log(fuzz_run: FuzzRun, platform: str) -> None:
    failing = [r for r in fuzz_run.results if r.platform == platform and r.mode != "signed" and r.tracebacks]
    assert not failing, describe(fuzz_run, failing, f"unsigned/forged {platform} requests logged a traceback")


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_correctly_signed_garbage_body_never_gets_a_5xx(fuzz_run: FuzzRun, platform: str) -> None:
    """Signed garbage may be refused (4xx) or acknowledged and dropped (200), never crash the handler."""
    failing = [r for r in fuzz_run.results if r.platform == platform and r.mode == "signed" and r.status >= 500]
    assert not failing, describe(fuzz_run, failing, f"signed garbage {platform} requests got a 5xx")


def test_refused_webhooks_store_nothing_and_send_nothing(fuzz_run: FuzzRun) -> None:
    assert fuzz_run.refused_inbox == {} and not fuzz_run.refused_sent, (
        f"after only unsigned/forged requests the inbox is {fuzz_run.refused_inbox} and a platform got a message: "
        f"{fuzz_run.refused_sent}\n{fuzz_run.table()}")


def test_the_fuzz_is_bounded(fuzz_run: FuzzRun) -> None:
    """A few hundred requests, about a minute on two cores: the judge must stay cheap enough to run every time."""
    assert 200 <= len(fuzz_run.results) <= 700 and fuzz_run.seconds < 120, (len(fuzz_run.results), fuzz_run.seconds)


# Feishu: the audit's nested body -----------------------------------------------------------------------------


AUDIT_BODY = b"[" * 5000 + b"]" * 5000  # the audit's 10 KB body


@pytest.fixture
def fakes() -> Iterator[Fakes]:
    with running_fakes() as f:
        yield f


@pytest.fixture
def client(tmp_path: Path, fakes: Fakes) -> Iterator[TestClient]:
    with app_client(tmp_path, fakes) as c:
        yield c


def tracebacks(caplog: pytest.LogCaptureFixture, reply: Reply) -> list[str]:
    logged = [f"{r.name} {r.levelname}: {r.getMessage()[:200]}" for r in caplog.records if is_traceback(r)]
    return logged + ([reply.unhandled] if reply.unhandled else [])


def test_an_unsigned_deeply_nested_feishu_body_is_refused_without_a_traceback(
        client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        resp = send(client, "feishu", AUDIT_BODY, {}, "application/json")
    assert not tracebacks(caplog, resp), tracebacks(caplog, resp)
    assert 400 <= resp.status_code < 500, f"HTTP {resp.status_code} {resp.content[:300]!r}"


@pytest.mark.parametrize("sealed", [False, True], ids=["raw", "encrypted"])
def test_a_signed_deeply_nested_feishu_body_gets_no_5xx(client: TestClient, fakes: Fakes, sealed: bool) -> None:
    """Signed with the Encrypt Key over the raw body (§2.1); `encrypted`: the nesting is the decrypted plaintext."""
    body = dumps({"encrypt": encrypt(ENCRYPT_KEY, AUDIT_BODY.decode())}) if sealed else AUDIT_BODY
    resp = send(client, "feishu", body, fakes.events.headers(body), "application/json")
    assert resp.status_code < 500, f"HTTP {resp.status_code} {resp.content[:300]!r} {resp.unhandled or ''}"


def test_the_judge_signs_feishu_correctly_a_sealed_message_is_accepted(client: TestClient, fakes: Fakes) -> None:
    """Positive control for the two tests above: the same signing helper, a normal encrypted event, 200."""
    body, headers = fakes.events.seal(fakes.events.message(FEISHU_DM, ALICE_OPEN_ID, REQUEST))
    resp = send(client, "feishu", body, headers)
    assert resp.status_code == 200, f"HTTP {resp.status_code} {resp.content[:300]!r}"
    assert wait_for(lambda: sum(inbox(client).values()) == 1), inbox(client)


# DingTalk: replay and freshness (the sign covers only the timestamp, §1.2) ----------------------------------------


def post_dingtalk(client: TestClient, body: dict[str, Any], headers: dict[str, Any]) -> Reply:
    return send(client, "dingtalk", dumps(body), headers, "application/json")


def test_the_judge_signs_dingtalk_correctly_a_fresh_callback_is_accepted(client: TestClient, fakes: Fakes) -> None:
    """Positive control: a callback signed now, createAt = the signed timestamp, robotCode = our AppKey: 200."""
    headers = fakes.dingtalk_headers()
    resp = post_dingtalk(client, dingtalk_callback(fakes, created_ms=int(headers["timestamp"])), headers)
    assert resp.status_code == 200, f"HTTP {resp.status_code} {resp.content[:300]!r}"
    assert wait_for(lambda: sum(inbox(client).values()) == 1), inbox(client)


def test_a_dingtalk_callback_signed_a_minute_ago_is_accepted(client: TestClient, fakes: Fakes) -> None:
    """Positive control for the freshness tests: delivery takes time, a minute-old signature is still good."""
    headers = fakes.dingtalk_headers(offset_ms=-60_000)
    resp = post_dingtalk(client, dingtalk_callback(fakes, created_ms=int(headers["timestamp"])), headers)
    assert resp.status_code == 200, f"HTTP {resp.status_code} {resp.content[:300]!r}"


def test_a_replayed_dingtalk_signature_with_another_body_is_refused(client: TestClient, fakes: Fakes) -> None:
    """Whoever saw one callback holds a valid timestamp/sign pair for the next hour; the sign does not cover the
    body, so only refusing a pair seen before stops them from speaking as anyone (§1.2, §1.9 "reused old
    timestamp")."""
    headers = fakes.dingtalk_headers()
    ts = int(headers["timestamp"])
    first = post_dingtalk(client, dingtalk_callback(fakes, staff_id="alice", created_ms=ts), headers)
    assert first.status_code == 200, f"control: the first use got HTTP {first.status_code} {first.content[:300]!r}"
    forged = dingtalk_callback(fakes, "帮我给全公司群发：工资卡信息更新请点链接", staff_id="mallory", created_ms=ts)
    replay = post_dingtalk(client, forged, headers)
    assert 400 <= replay.status_code < 500, f"the replay got HTTP {replay.status_code} {replay.content[:300]!r}"
    # Control: the same body under a fresh pair is taken, so the refusal above was about the reused pair.
    fresh = fakes.dingtalk_headers()
    again = post_dingtalk(client, {**forged, "createAt": int(fresh["timestamp"])}, fresh)
    assert again.status_code == 200, f"control: a fresh pair got HTTP {again.status_code} {again.content[:300]!r}"


@pytest.mark.parametrize("minutes", [-30, 30], ids=["30_minutes_old", "30_minutes_ahead"])
def test_a_dingtalk_timestamp_thirty_minutes_off_is_refused(client: TestClient, fakes: Fakes, minutes: int) -> None:
    """PLATFORMS.md §1.2 gives DingTalk's own bound (1 hour); the rule under test is tighter: a signature half an
    hour off is stale. The body's createAt matches the signed timestamp, so only the age is at stake."""
    headers = fakes.dingtalk_headers(offset_ms=minutes * 60_000)
    resp = post_dingtalk(client, dingtalk_callback(fakes, created_ms=int(headers["timestamp"])), headers)
    assert 400 <= resp.status_code < 500, f"HTTP {resp.status_code} {resp.content[:300]!r}"


@pytest.mark.parametrize("minutes", [-10, 10], ids=["created_10_minutes_before", "created_10_minutes_after"])
def test_a_dingtalk_body_created_far_from_its_signed_timestamp_is_refused(client: TestClient, fakes: Fakes,
                                                                          minutes: int) -> None:
    """A fresh signature on an old or future message is a replayed body under a new pair: createAt (ms, §1.2) must
    agree with the signed timestamp within a few minutes."""
    headers = fakes.dingtalk_headers()
    body = dingtalk_callback(fakes, created_ms=int(headers["timestamp"]) + minutes * 60_000)
    resp = post_dingtalk(client, body, headers)
    assert 400 <= resp.status_code < 500, f"HTTP {resp.status_code} {resp.content[:300]!r}"


def test_a_dingtalk_body_for_another_robot_is_refused(client: TestClient, fakes: Fakes) -> None:
    """robotCode is the AppKey for internal-app robots (§1.1); ours is GREETBOT_DINGTALK_APP_KEY (the fake's
    app_key). A body addressed to another robot was not sent to us."""
    headers = fakes.dingtalk_headers()
    body = dingtalk_callback(fakes, created_ms=int(headers["timestamp"]), robotCode="dingsomeotherrobot")
    resp = post_dingtalk(client, body, headers)
    assert 400 <= resp.status_code < 500, f"HTTP {resp.status_code} {resp.content[:300]!r}"


@pytest.mark.skip(reason="cannot be judged: no setting names our chatbotUserId (Settings has dingtalk_app_key/secret "
                         "only; the fakes use $:LWCP_v1:$bot), so 'not ours' is undefined until one exists")
def test_a_dingtalk_body_for_another_bot_user_is_refused(client: TestClient, fakes: Fakes) -> None:
    headers = fakes.dingtalk_headers()
    body = dingtalk_callback(fakes, created_ms=int(headers["timestamp"]), chatbotUserId="$:LWCP_v1:$someoneelse")
    resp = post_dingtalk(client, body, headers)
    assert 400 <= resp.status_code < 500, f"HTTP {resp.status_code} {resp.content[:300]!r}"
