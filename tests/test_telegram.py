"""The Telegram adapter against a fake Bot API: webhooks in through the real app, replies out through PTB's Bot."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from telegram import CallbackQuery, Chat, Message, MessageEntity, PhotoSize, Sticker, Update, User
from telegram.constants import ChatType, MessageEntityType

from adapters.base import SendFailed, WebhookRequest, WebhookResult
from adapters.telegram import TelegramAdapter, callback_data, split_text
from adapters.telegram_polling import poll
from bot.domain import Button, IncomingMessage, OutgoingMessage
from bot.service.app import create_app
from bot.settings import Settings
from tests.fakes.telegram import FakeTelegram, running_fake_telegram

TOKEN = "123456:AAH-test_token-value"
SECRET = "webhook_Secret-42"
REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"

BOT = User(123456, "Greet", True, username="greet_bot")
ALICE = User(1001, "Alice", False, username="alice")
BOB = User(1002, "Bob", False)
DM = Chat(1001, ChatType.PRIVATE, first_name="Alice")
GROUP = Chat(-100200, ChatType.SUPERGROUP, title="family")
NOW = datetime(2027, 1, 20, 8, 0, tzinfo=timezone.utc)
# PTB 22 warns inside RetryAfter() itself that retry_after will become a timedelta; the adapter reads either.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


# Payloads built from PTB's own objects, as Telegram would send them -------------------------------

def u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entity(text: str, part: str, kind: str = MessageEntityType.MENTION, **kw: Any) -> MessageEntity:
    """An entity over `part` with Telegram's UTF-16 offsets."""
    return MessageEntity(kind, u16(text[:text.index(part)]), u16(part), **kw)


def message(message_id: int, text: str | None = None, *, chat: Chat = DM, user: User = ALICE,
            entities: tuple[MessageEntity, ...] = (), **kw: Any) -> Message:
    return Message(message_id, NOW, chat, from_user=user, text=text, entities=entities or None, **kw)


def update(update_id: int, msg: Message | None = None, **kw: Any) -> dict[str, Any]:
    return Update(update_id, message=msg, **kw).to_dict()


def tap(update_id: int, query_id: str, data: str, on: Message, user: User = ALICE) -> dict[str, Any]:
    query = CallbackQuery(query_id, user, chat_instance="ci-1", data=data, message=on)
    return Update(update_id, callback_query=query).to_dict()


# Fixtures --------------------------------------------------------------------------------------------

@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    with running_fake_telegram(TOKEN) as server:
        yield server


@pytest.fixture
async def adapter(fake: FakeTelegram) -> AsyncIterator[TelegramAdapter]:
    a = TelegramAdapter(TOKEN, SECRET, api_base=fake.api_base)
    await a.start()
    yield a
    await a.stop()


def settings(tmp_path: Path, fake: FakeTelegram) -> Settings:
    return Settings(data_dir=tmp_path, llm_base_url="http://127.0.0.1:9/v1", llm_timeout_s=0.5, telegram_token=TOKEN,
                    telegram_secret=SECRET, telegram_api_base=fake.api_base, _env_file=None)


@contextmanager
def app_client(tmp_path: Path, fake: FakeTelegram) -> Iterator[TestClient]:
    s = settings(tmp_path, fake)
    app = create_app(s, adapters=[TelegramAdapter.from_settings(s)], today=lambda: date(2027, 1, 20))
    with TestClient(app) as client:
        yield client


def post(client: TestClient, payload: Any, secret: str | None = SECRET) -> httpx.Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return client.post("/webhook/telegram", content=body, headers={**headers, "Content-Type": "application/json"})


def wait_for(predicate: Any, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.03)


def inbox(client: TestClient) -> dict[str, int]:
    return client.get("/readyz").json()["inbox"]


# Verification -----------------------------------------------------------------------------------------

def test_webhooks_without_or_with_a_wrong_secret_are_refused_and_nothing_is_stored(tmp_path: Path,
                                                                                   fake: FakeTelegram) -> None:
    with app_client(tmp_path, fake) as client:
        assert post(client, update(1, message(10, REQUEST)), secret=None).status_code == 401
        assert post(client, update(2, message(11, REQUEST)), secret="webhook_Secret-43").status_code == 403
        assert post(client, update(3, message(12, REQUEST)), secret="").status_code == 401
        assert inbox(client) == {}
    assert fake.sent == []


# Private chats, buttons, taps ---------------------------------------------------------------------------

def test_a_private_message_is_answered_at_telegram_with_inline_buttons(tmp_path: Path, fake: FakeTelegram) -> None:
    with app_client(tmp_path, fake) as client:
        assert post(client, update(1, message(10, REQUEST))).json() == {"ok": True}
        wait_for(lambda: any(m.buttons for m in fake.sent))
    reply = next(m for m in fake.sent if m.buttons)
    assert reply.chat_id == 1001 and "张总" in reply.text and fake.sent[0].reply_to == 10
    assert ("用第1条", "1001|/use 1") in reply.buttons and ("换一个", "1001|换一个") in reply.buttons
    assert all(len(row) <= 3 for row in reply.keyboard)


def test_a_tapped_button_comes_back_as_its_payload_and_the_spinner_is_stopped(tmp_path: Path,
                                                                             fake: FakeTelegram) -> None:
    with app_client(tmp_path, fake) as client:
        post(client, update(1, message(10, REQUEST)))
        wait_for(lambda: any(m.buttons for m in fake.sent))
        drafts = next(m for m in fake.sent if m.buttons)
        data = dict(drafts.buttons)["用第1条"]
        on = message(drafts.message_id, drafts.text, user=BOT)
        assert post(client, tap(2, "q-1", data, on)).status_code == 200
        wait_for(lambda: any("第 1 条" in m.text for m in fake.sent))
    assert [a["callback_query_id"] for a in fake.answers] == ["q-1"] and "text" not in fake.answers[0]


def test_a_strangers_tap_in_a_group_gets_a_toast_and_no_message(tmp_path: Path, fake: FakeTelegram) -> None:
    text = "@greet_bot " + REQUEST
    with app_client(tmp_path, fake) as client:
        post(client, update(1, message(10, text, chat=GROUP, entities=(entity(text, "@greet_bot"),))))
        wait_for(lambda: any(m.buttons for m in fake.sent))
        drafts = next(m for m in fake.sent if m.buttons)
        sent_before = len(fake.sent)
        on = message(drafts.message_id, drafts.text, chat=GROUP, user=BOT)
        post(client, tap(2, "q-bob", dict(drafts.buttons)["用第1条"], on, user=BOB))
        wait_for(lambda: fake.answers)
        wait_for(lambda: inbox(client).get("done") == 2)
    assert "发起的人" in fake.answers[0]["text"] and fake.answers[0]["callback_query_id"] == "q-bob"
    assert len(fake.sent) == sent_before


async def test_a_tap_is_parsed_with_its_owner_tapper_and_chat(adapter: TelegramAdapter) -> None:
    on = message(77, "drafts", chat=GROUP, user=BOT)
    [msg] = adapter.parse(WebhookRequest({}, json.dumps(tap(9, "q-9", "1001|换一个", on, user=BOB)).encode())).messages
    assert (msg.text, msg.button_owner, msg.user_id, msg.chat_id, msg.is_group) == ("换一个", "1001", "1002",
                                                                                    "-100200", True)
    assert msg.event_id == "cb:q-9" and msg.context == {"callback_query_id": "q-9"}


def test_callback_data_never_exceeds_64_bytes() -> None:
    assert callback_data("1001", "/use 2") == "1001|/use 2"
    long = callback_data("123456789012", "很长的按钮" * 10)
    assert len(long.encode()) <= 64 and long.startswith("123456789012|很长")
    long.encode().decode()  # cut on a character boundary


# Groups ------------------------------------------------------------------------------------------------

def test_group_chatter_without_a_mention_is_not_answered(tmp_path: Path, fake: FakeTelegram) -> None:
    other = "@alice " + REQUEST
    with app_client(tmp_path, fake) as client:
        post(client, update(1, message(10, REQUEST, chat=GROUP)))
        post(client, update(2, message(11, other, chat=GROUP, entities=(entity(other, "@alice"),))))
        wait_for(lambda: inbox(client).get("done") == 2)
        time.sleep(0.2)
    assert fake.sent == []


def test_a_group_mention_is_answered_in_the_group_and_the_engine_sees_no_mention(tmp_path: Path,
                                                                                fake: FakeTelegram) -> None:
    text = "@greet_bot " + REQUEST
    seen: list[IncomingMessage] = []

    class Spy(TelegramAdapter):  # the real adapter, remembering what it handed to the inbox
        def parse(self, req: WebhookRequest) -> WebhookResult:
            result = super().parse(req)
            seen.extend(result.messages)
            return result

    s = settings(tmp_path, fake)
    app = create_app(s, adapters=[Spy.from_settings(s)], today=lambda: date(2027, 1, 20))
    with TestClient(app) as client:
        post(client, update(1, message(10, text, chat=GROUP, entities=(entity(text, "@greet_bot"),))))
        wait_for(lambda: fake.sent)
    assert fake.sent[0].chat_id == -100200 and fake.sent[0].reply_to == 10 and "张总" in fake.sent[0].text
    assert [(m.text, m.mentioned, m.is_group) for m in seen] == [(REQUEST, True, True)]


async def test_the_bots_mention_is_stripped_with_utf16_offsets(adapter: TelegramAdapter) -> None:
    def parse(msg: Message) -> IncomingMessage:
        [m] = adapter.parse(WebhookRequest({}, json.dumps(update(5, msg)).encode())).messages
        return m

    # A reply to one of our messages names it (its id, and its text), so a group follow-up finds its greeting.
    ours = message(77, "王哥，新年快乐！", chat=GROUP, user=BOT)
    reply = parse(message(2, "谢谢老板！", chat=GROUP, reply_to_message=ours))
    assert (reply.reply_to_bot, reply.replied_to, reply.replied_text) == (True, "77", "王哥，新年快乐！")
    theirs = parse(message(3, "哈哈", chat=GROUP, reply_to_message=message(78, "吃了吗", chat=GROUP)))
    assert (theirs.reply_to_bot, theirs.replied_to, theirs.replied_text) == (False, "", "")

    text = "🎉🎉 @Greet_Bot 给妈写条新年祝福"  # emoji count twice in Telegram's offsets
    seen = parse(message(1, text, chat=GROUP, entities=(entity(text, "@Greet_Bot"),)))
    assert (seen.text, seen.mentioned, seen.is_group) == ("🎉🎉 给妈写条新年祝福", True, True)
    text = "Greet 帮我写"  # a text_mention: the bot picked from the member list, no @username in the text
    seen = parse(message(2, text, chat=GROUP, entities=(entity(text, "Greet", MessageEntityType.TEXT_MENTION,
                                                               user=BOT),)))
    assert (seen.text, seen.mentioned) == ("帮我写", True)
    text = "@alice 你好"
    seen = parse(message(3, text, chat=GROUP, entities=(entity(text, "@alice"),)))
    assert (seen.text, seen.mentioned) == ("@alice 你好", False)


async def test_commands_for_this_bot_lose_the_at_name_and_other_bots_commands_are_ignored(
        adapter: TelegramAdapter) -> None:
    def parse(text: str) -> list[IncomingMessage]:
        command = text.split()[0]
        msg = message(1, text, chat=GROUP, entities=(entity(text, command, MessageEntityType.BOT_COMMAND),))
        return adapter.parse(WebhookRequest({}, json.dumps(update(6, msg)).encode())).messages

    [mine] = parse("/use@greet_bot 2")
    assert mine.text == "/use 2"
    assert parse("/start@other_bot") == []
    [bare] = parse("/help")
    assert bare.text == "/help" and not bare.mentioned


def test_a_reply_to_the_bot_in_a_group_is_answered(tmp_path: Path, fake: FakeTelegram) -> None:
    earlier = message(5, "之前的草稿", chat=GROUP, user=BOT)
    with app_client(tmp_path, fake) as client:
        post(client, update(1, message(10, REQUEST, chat=GROUP, reply_to_message=earlier)))
        wait_for(lambda: fake.sent)
    assert fake.sent[0].chat_id == -100200 and "张总" in fake.sent[0].text


# Robustness --------------------------------------------------------------------------------------------

def test_a_redelivered_update_is_processed_once(tmp_path: Path, fake: FakeTelegram) -> None:
    with app_client(tmp_path, fake) as client:
        for _ in range(3):
            assert post(client, update(1, message(10, REQUEST))).status_code == 200
        wait_for(lambda: inbox(client).get("done") == 1)
        time.sleep(0.2)
        assert inbox(client) == {"done": 1}
    texts = [m.text for m in fake.sent]
    assert texts and len(set(texts)) == len(texts)  # one turn's replies, none twice


def test_stickers_photos_edits_and_junk_get_200_and_no_reply(tmp_path: Path, fake: FakeTelegram) -> None:
    sticker = Sticker("f1", "u1", 512, 512, False, False, Sticker.REGULAR, emoji="🎉")
    photo = (PhotoSize("p1", "pu1", 90, 90),)
    payloads: list[Any] = [
        update(1, message(10, sticker=sticker)),
        update(2, message(11, photo=photo, caption="帮我写祝福")),
        update(3, edited_message=message(12, REQUEST, edit_date=NOW)),
        update(4, message(13, REQUEST, user=User(777, "OtherBot", True))),
        {"update_id": 5, "my_chat_member": {"weird": True}},
        {"update_id": 6, "message": {"message_id": "not-a-number"}},
        [1, 2, 3], {"hello": "world"}, b"{not json", b"",
    ]
    with app_client(tmp_path, fake) as client:
        for payload in payloads:
            assert post(client, payload).status_code == 200, payload
        assert inbox(client) == {}
        time.sleep(0.2)
    assert fake.sent == []


# Sending: limits, retries, refusals, splitting -----------------------------------------------------------

async def test_a_429_is_retried_after_retry_after_and_delivered(adapter: TelegramAdapter, fake: FakeTelegram) -> None:
    fake.fail_next(1, 429, retry_after=1)
    started = time.monotonic()
    await adapter.send(OutgoingMessage("1001", "新年快乐"))
    assert time.monotonic() - started >= 1.0
    assert [m.text for m in fake.sent] == ["新年快乐"]
    assert fake.rejected == [("sendMessage", 429, "Too Many Requests: retry after 1")]


async def test_5xx_answers_are_retried(adapter: TelegramAdapter, fake: FakeTelegram) -> None:
    fake.fail_next(2, 500)
    await adapter.send(OutgoingMessage("1001", "新年快乐"))
    assert [m.text for m in fake.sent] == ["新年快乐"] and [r[1] for r in fake.rejected] == [500, 500]


async def test_a_refused_send_raises_send_failed_and_logs_telegrams_reason(
        adapter: TelegramAdapter, fake: FakeTelegram, caplog: pytest.LogCaptureFixture) -> None:
    fake.blocked.add(1001)
    with caplog.at_level(logging.WARNING, logger="adapters.telegram"), pytest.raises(SendFailed) as failed:
        await adapter.send(OutgoingMessage("1001", "新年快乐"))
    assert failed.value.code == "Forbidden: bot was blocked by the user"
    assert len(fake.rejected) == 1  # refused for good: not retried
    assert "Forbidden: bot was blocked by the user" in caplog.text and "1001" in caplog.text


async def test_a_long_text_is_split_on_paragraphs_within_4096_utf16_units(adapter: TelegramAdapter,
                                                                           fake: FakeTelegram) -> None:
    paragraphs = ["祝" * 1500, "福" * 1500, "🎉" * 3000, "好" * 10]  # the emoji paragraph is 6000 units
    text = "\n\n".join(paragraphs)
    await adapter.send(OutgoingMessage("1001", text, buttons=(Button("换一个", "换一个"),), reply_to="10"))
    parts = [m.text for m in fake.sent]
    assert len(parts) >= 3 and all(u16(p) <= 4096 for p in parts)
    assert parts[0] == paragraphs[0] + "\n\n" + paragraphs[1]  # cut where a paragraph ends
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")
    assert [bool(m.buttons) for m in fake.sent] == [False] * (len(parts) - 1) + [True]
    assert [m.reply_to for m in fake.sent] == [10] + [None] * (len(parts) - 1)


def test_split_text_prefers_paragraphs_then_lines() -> None:
    assert split_text("short") == ["short"]
    assert split_text("aaaa\n\nbbbb\ncccc", limit=9) == ["aaaa", "bbbb\ncccc"]
    assert split_text("aaaa bbbb\ncc", limit=5) == ["aaaa", "bbbb", "cc"]


async def test_sends_to_one_chat_are_paced_so_telegram_never_says_429(adapter: TelegramAdapter,
                                                                     fake: FakeTelegram) -> None:
    started = time.monotonic()
    await asyncio.gather(*(adapter.send(OutgoingMessage("1001", f"第{i}条")) for i in range(5)))
    assert len(fake.sent) == 5 and fake.rejected == []
    assert time.monotonic() - started >= 1.5  # a burst of 3, then one a second


def test_the_fake_enforces_telegrams_flood_limits_token_and_button_rules() -> None:
    now = [1000.0]
    with running_fake_telegram(TOKEN, clock=lambda: now[0]) as fake, httpx.Client(base_url=fake.api_base) as http:
        def send(chat: int, **extra: Any) -> httpx.Response:
            return http.post(f"/bot{TOKEN}/sendMessage", data={"chat_id": chat, "text": "hi", **extra})

        assert [send(1001).status_code for _ in range(4)] == [200, 200, 200, 429]
        assert send(1001).json() == {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                                     "parameters": {"retry_after": 1}}
        now[0] += 1
        assert send(1001).status_code == 200
        for _ in range(20):  # one a second: within the per-chat limit, but a group takes only 20 a minute
            assert send(-100200).status_code == 200
            now[0] += 1
        refused = send(-100200)
        assert refused.status_code == 429 and refused.json()["parameters"]["retry_after"] == 40
        wrong = http.post("/bot123456:wrong/sendMessage", data={"chat_id": 1001, "text": "hi"})
        assert wrong.status_code == 401 and wrong.json() == {"ok": False, "error_code": 401,
                                                             "description": "Unauthorized"}
        markup = json.dumps({"inline_keyboard": [[{"text": "x", "callback_data": "y" * 65}]]})
        now[0] += 5
        assert send(1002, reply_markup=markup).json()["description"] == "Bad Request: BUTTON_DATA_INVALID"


# Long polling, lifecycle, secrets ----------------------------------------------------------------------

async def test_long_polling_enqueues_messages_confirms_offsets_and_stops(adapter: TelegramAdapter,
                                                                        fake: FakeTelegram) -> None:
    fake.webhook = {"url": "https://example.invalid/hook"}  # polling must remove it first (409 otherwise)
    fake.push_update(update(41, message(10, "你好")))
    fake.push_update(update(42, message(11, sticker=Sticker("f", "u", 1, 1, False, False, Sticker.REGULAR))))
    got: list[IncomingMessage] = []
    failures = [RuntimeError("database is down")]

    async def enqueue(msg: IncomingMessage) -> bool:
        if failures:
            raise failures.pop()  # the first store attempt fails: the update must come again
        got.append(msg)
        return True

    async def until(n: int) -> None:
        while len(got) < n:
            await asyncio.sleep(0.02)

    stop = asyncio.Event()
    task = asyncio.create_task(poll(adapter, enqueue, stop, timeout_s=1))
    try:
        await asyncio.wait_for(until(1), timeout=5)
        fake.push_update(update(43, message(12, "再见")))
        await asyncio.wait_for(until(2), timeout=5)
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=3)
    assert [(m.text, m.event_id) for m in got] == [("你好", "41"), ("再见", "43")]
    assert fake.webhook is None
    offsets = [int(p.get("offset") or 0) for method, p in fake.calls if method == "getUpdates"]
    assert 43 in offsets and 44 not in offsets[: offsets.index(43)]


async def test_the_token_stays_out_of_logs_and_errors(fake: FakeTelegram, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    a = TelegramAdapter(TOKEN, SECRET, api_base=fake.api_base)
    await a.start()
    try:
        await a.send(OutgoingMessage("1001", "hi"))
    finally:
        await a.stop()
    assert "<token>" in caplog.text and TOKEN not in caplog.text  # httpx logged the URL, redacted
    wrong = TelegramAdapter("123456:revoked-token", SECRET, api_base=fake.api_base)
    with pytest.raises(RuntimeError) as refused:
        await wrong.start()
    assert "revoked-token" not in str(refused.value) and "revoked-token" not in caplog.text


def test_a_malformed_webhook_secret_is_refused_at_configuration() -> None:
    with pytest.raises(ValueError):
        TelegramAdapter(TOKEN, "has spaces and ü")
    assert TelegramAdapter(TOKEN, SECRET).bot_id == 123456


async def test_a_reply_to_a_group_that_became_a_supergroup_arrives_and_everything_stored_follows_it(
        tmp_path: Path, fake: FakeTelegram, adapter: TelegramAdapter) -> None:
    from bot.domain import ConversationKey
    from bot.scheduling.schedules import Owner, Schedules
    from bot.scheduling.text import ScheduleSpec
    from bot.storage.store import Store
    from bot.writing.compose import GreetingWriter

    old, new = "-4001", "-1004001"
    store = await Store.open(f"sqlite+aiosqlite:///{tmp_path / 'm.db'}")
    try:
        adapter.on_chat_moved = store.move_chat  # what the service wires for every adapter that can move a chat
        eve = ScheduleSpec(holiday="除夕", on_date=None, at=datetime(2027, 2, 5, 20).time(), to_this_chat=True,
                           recipients=(), recurring=True, preview=False, style=None, time_given=True)
        schedule = await Schedules(store, GreetingWriter(None), backend="composer").create(
            Owner("telegram", "7", old, True), eve)
        talk = await store.load_conversation(ConversationKey("telegram", old, "7"))
        talk.state = {"stage": "collecting"}
        await store.save_conversation(talk)
        fake.migrate(int(old), int(new))

        await adapter.send(OutgoingMessage(old, "新年好！"))

        assert [(m.chat_id, m.text) for m in fake.sent] == [(int(new), "新年好！")]
        moved = await store.get_schedule(schedule.id)
        assert moved is not None and (moved.owner_chat, moved.scope) == (new, new)
        assert {r["chat_id"] for r in moved.recipients} == {new}
        there = await store.load_conversation(ConversationKey("telegram", new, "7"))
        assert (there.id, there.state) == (talk.id, {"stage": "collecting"})
        assert await store.move_chat("telegram", old, new) == {"conversations": 0, "contacts": 0, "outbox": 0,
                                                               "schedules": 0}  # once: nothing is left behind
    finally:
        await store.close()


async def test_a_tap_is_answered_as_it_arrives_and_a_strangers_tap_with_the_toast_only(
        fake: FakeTelegram, adapter: TelegramAdapter) -> None:
    from bot.domain import NOT_YOUR_BUTTONS

    mine = IncomingMessage("telegram", "-100", "7", "/use 1", button_owner="7",
                           context={"callback_query_id": "q-mine"})
    theirs = IncomingMessage("telegram", "-100", "8", "/use 1", button_owner="7",
                             context={"callback_query_id": "q-theirs"})
    for q in ("q-mine", "q-theirs"):
        fake.issue_callback(q)
    await adapter.received(mine)  # before any turn runs: the spinner stops now, not after the model answered
    await adapter.received(theirs)
    assert [(a["callback_query_id"], a.get("text")) for a in fake.answers] == [
        ("q-mine", None), ("q-theirs", NOT_YOUR_BUTTONS)]
    # The turn's own notice for the stranger comes later: it is neither a second answer nor a group message.
    await adapter.send(OutgoingMessage("-100", NOT_YOUR_BUTTONS, context=theirs.context, notice=True))
    assert len(fake.answers) == 2 and fake.sent == []


async def test_a_tap_whose_query_expired_still_gets_its_drafts_as_a_message(
        fake: FakeTelegram, adapter: TelegramAdapter, caplog: pytest.LogCaptureFixture) -> None:
    # The fake answers "query is too old" once the window passed (Bot API answerCallbackQuery; SOURCES.md).
    fake.callback_ttl_s = 15.0
    fake.issue_callback("q-old", at=fake.clock() - 60)
    tap = IncomingMessage("telegram", "-100", "7", "换一个", button_owner="7", context={"callback_query_id": "q-old"})
    with caplog.at_level(logging.WARNING, logger="adapters.telegram"):
        await adapter.received(tap)  # too late for the spinner: logged, not raised
        await adapter.send(OutgoingMessage("-100", "1. 新年好\n2. 羊年大吉", context=tap.context))
    assert fake.answers == [] and "answerCallbackQuery failed" in caplog.text
    assert [m.text for m in fake.sent] == ["1. 新年好\n2. 羊年大吉"]
