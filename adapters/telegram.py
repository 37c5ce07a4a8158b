"""Telegram: updates in by webhook (secret-token header) or long polling, replies out through PTB's `Bot`.

In groups Telegram's privacy mode decides what reaches us (commands, @mentions, replies to the bot); we only set
`mentioned` / `reply_to_bot` and strip our own @name, the engine decides whether to answer. Button taps come back
as callback queries whose data carries the asker ("<owner>|<payload>", at most 64 bytes).
"""

from __future__ import annotations

import hmac
import logging
import re
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, ClassVar, TypeVar

from telegram import Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatType, MessageEntityType
from telegram.error import BadRequest, ChatMigrated, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from adapters.base import (Finding, Limit, RateLimiter, RetryLater, SendFailed, VerificationFailed, WebhookRequest,
                           WebhookResult, load_json, with_retries)
from adapters.telegram_photo import FileIds, fits_caption, send_photo
from adapters.telegram_text import RedactToken, callback_data, cut_spans, split_text, u16
from bot.domain import NOT_YOUR_BUTTONS, Button, ChatMoved, IncomingMessage, OutgoingMessage, Role
from bot.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")

PLATFORM = "telegram"
SECRET_HEADER = "x-telegram-bot-api-secret-token"
SECRET_FORMAT = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what setWebhook accepts as secret_token
BUTTONS_PER_ROW = 3
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
# Loggers that write our request URLs, which hold the token: httpx (every request), PTB's Bot (at DEBUG).
_URL_LOGGERS = ("httpx", "telegram.Bot")
# Telegram's FAQ: ~30 msg/s overall, 1 msg/s per chat (short bursts pass), 20 msg/min per group. We stay ~10%
# under each, since network jitter can bunch our evenly spaced sends on arrival; the group bucket is sized so
# that burst + 60 s of refill stays under 20 in any minute.
OVERALL, PER_CHAT, GROUP = Limit(27.0, 27.0), Limit(0.9, 3.0), Limit(16 / 60, 3.0)
_GROUP_TYPES = (ChatType.GROUP, ChatType.SUPERGROUP)

Enqueue = Callable[[IncomingMessage], Awaitable[object]]  # e.g. the store's enqueue + worker.notify()


class TelegramAdapter:
    """Verify → parse → send for the Telegram Bot API; `poll` replaces the webhook for local development."""

    platform: ClassVar[str] = PLATFORM
    path: ClassVar[str] = "/webhook/telegram"

    def __init__(self, token: str, secret: str, *, api_base: str = "https://api.telegram.org") -> None:
        if not SECRET_FORMAT.fullmatch(secret):
            raise ValueError("GREETBOT_TELEGRAM_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        self._token, self._secret = token, secret.encode()
        self.api_base = api_base.rstrip("/")
        prefix = token.split(":", 1)[0]
        self.bot_id: int | None = int(prefix) if prefix.isdigit() else None  # getMe confirms it in start()
        self.username: str | None = None
        self._bot: Bot | None = None
        self.limiter = RateLimiter(OVERALL, PER_CHAT, group=GROUP)
        self._answered: OrderedDict[str, None] = OrderedDict()  # callback queries already answered (bounded)
        self.file_ids = FileIds()  # pictures already on Telegram's servers: sent again by file_id, not uploaded
        self.redact = RedactToken(token)
        # Told when a group became a supergroup, so every stored reference to the old id moves (set by the service).
        self.on_chat_moved: ChatMoved | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> TelegramAdapter:
        if not settings.telegram_token or not settings.telegram_secret:
            raise ValueError("GREETBOT_TELEGRAM_TOKEN and GREETBOT_TELEGRAM_SECRET are both required")
        return cls(settings.telegram_token, settings.telegram_secret, api_base=settings.telegram_api_base)

    # Lifecycle ------------------------------------------------------------------------------------

    @property
    def bot(self) -> Bot:
        if self._bot is None:
            raise RuntimeError("TelegramAdapter.start() has not been awaited")
        return self._bot

    async def start(self) -> None:
        """Open the HTTP clients and learn who we are (getMe): our id and @username decide what a mention is."""
        for name in _URL_LOGGERS:
            logging.getLogger(name).addFilter(self.redact)
        bot = Bot(self._token, base_url=f"{self.api_base}/bot", base_file_url=f"{self.api_base}/file/bot",
                  request=HTTPXRequest(connection_pool_size=8),
                  get_updates_request=HTTPXRequest(connection_pool_size=1))
        try:
            await bot.initialize()
        except InvalidToken:
            await bot.shutdown()
            # PTB's own message quotes the token; ours must not.
            raise RuntimeError("telegram: the bot token was rejected by getMe") from None
        except BaseException:
            await bot.shutdown()
            raise
        self._bot, self.bot_id, self.username = bot, bot.id, bot.username
        self.limiter = RateLimiter(OVERALL, PER_CHAT, group=GROUP)  # fresh buckets for this event loop

    async def stop(self) -> None:
        if self._bot is not None:
            await self._bot.shutdown()
            self._bot = None
        for name in _URL_LOGGERS:
            logging.getLogger(name).removeFilter(self.redact)

    async def setup(self, public_url: str) -> list[Finding]:
        """setWebhook with our secret and update types, confirmed by getWebhookInfo."""
        url = public_url.rstrip("/") + self.path
        await _call(self.bot.set_webhook(url, secret_token=self._secret.decode(), allowed_updates=ALLOWED_UPDATES),
                    self.redact)
        info = await _call(self.bot.get_webhook_info(), self.redact)
        if info.url != url:
            return [Finding(PLATFORM, f"setWebhook was accepted but getWebhookInfo shows {info.url!r}", "error")]
        return [Finding(PLATFORM, f"webhook set to {url} (secret token, updates: {', '.join(ALLOWED_UPDATES)})")]

    async def check(self) -> list[Finding]:
        """The token works (start's getMe), whether groups are readable, and the webhook's state."""
        me = await _call(self.bot.get_me(), self.redact)
        found = [Finding(PLATFORM, f"token accepted: @{me.username} (id {me.id})")]
        if not me.can_read_all_group_messages:
            found.append(Finding(PLATFORM, "privacy mode is on: in groups the bot may miss @-mentions (Telegram "
                                           "delivers only commands and replies). Turn it off with @BotFather → "
                                           "/setprivacy → Disable, then remove and re-add the bot to each group",
                                 "warning"))
        info = await _call(self.bot.get_webhook_info(), self.redact)
        if not info.url:
            found.append(Finding(PLATFORM, "no webhook set: run `greetbot platforms setup --public-url "
                                           "https://HOST`", "error"))
        else:
            found.append(Finding(PLATFORM, f"webhook {info.url}, {info.pending_update_count} update(s) pending"))
        if info.last_error_date is not None:
            found.append(Finding(PLATFORM, f"last delivery error at {info.last_error_date:%Y-%m-%d %H:%M} UTC: "
                                           f"{info.last_error_message}", "warning"))
        return found

    # Incoming -------------------------------------------------------------------------------------

    def verify(self, req: WebhookRequest) -> None:
        # Telegram signs nothing and sends no timestamp: the secret header is the whole proof, and the inbox's
        # dedupe on update_id is what stops a replay.
        given = req.headers.get(SECRET_HEADER)
        if not given:
            raise VerificationFailed("missing X-Telegram-Bot-Api-Secret-Token", status=401)
        if not hmac.compare_digest(given.encode(), self._secret):
            raise VerificationFailed("wrong X-Telegram-Bot-Api-Secret-Token", status=403)

    def replay_key(self, req: WebhookRequest) -> tuple[str, float] | None:
        return None  # the secret header carries no per-request signature; update_id dedupes a repeat

    def parse(self, req: WebhookRequest) -> WebhookResult:
        try:
            data = load_json(req.body)
            update = Update.de_json(data, self._bot) if isinstance(data, dict) else None
        except Exception as exc:  # not JSON, or JSON that is no Update: acknowledge and drop
            log.info("telegram webhook body is not an update (%s); dropped", exc.__class__.__name__)
            return WebhookResult()
        return WebhookResult(self.to_incoming(update) if update is not None else [])

    def to_incoming(self, update: Update) -> list[IncomingMessage]:
        """What a person said or tapped in one update; edits, joins, stickers and photos give nothing."""
        try:
            if update.callback_query is not None:
                msg = self._from_tap(update.callback_query)
            elif update.message is not None:
                msg = self._from_message(update.update_id, update.message)
            else:
                msg = None
        except Exception:  # a shape we did not foresee must not cost Telegram a 200
            log.exception("telegram update %s could not be read; dropped", update.update_id)
            msg = None
        return [msg] if msg is not None else []

    def _from_message(self, update_id: int, message: Message) -> IncomingMessage | None:
        user = message.from_user
        if user is None or user.is_bot or not message.text or message.chat.type == ChatType.CHANNEL:
            return None
        cuts: list[tuple[int, int]] = []  # UTF-16 (offset, length) spans to remove: our own @name
        mentioned = False
        # parse_entities slices by UTF-16 offsets, as Telegram counts them; plain str slicing breaks on emoji.
        for entity, value in message.parse_entities([MessageEntityType.MENTION, MessageEntityType.TEXT_MENTION,
                                                     MessageEntityType.BOT_COMMAND]).items():
            if entity.type == MessageEntityType.MENTION and self._is_me(value[1:]) or entity.type == MessageEntityType.TEXT_MENTION and entity.user and entity.user.id == self.bot_id:
                mentioned = True
                cuts.append((entity.offset, entity.length))
            elif entity.type == MessageEntityType.BOT_COMMAND and entity.offset == 0 and "@" in value:
                command, addressee = value.split("@", 1)
                if not self._is_me(addressee):
                    return None  # "/cmd@other_bot": another bot's business
                mentioned = True
                cuts.append((u16(command), u16(addressee) + 1))
        reply = message.reply_to_message
        # In forum topics every message "replies" to the topic's creation message: that is no reply to us.
        reply_to_bot = bool(reply and reply.from_user and reply.from_user.id == self.bot_id
                            and reply.forum_topic_created is None)
        return IncomingMessage(
            PLATFORM, str(message.chat.id), str(user.id), cut_spans(message.text, cuts),
            message_id=str(message.message_id), is_group=message.chat.type in _GROUP_TYPES, mentioned=mentioned,
            reply_to_bot=reply_to_bot, user_name=user.full_name or user.username, event_id=str(update_id),
            context=_thread_context(message), replied_to=str(reply.message_id) if reply and reply_to_bot else "",
            replied_text=(reply.text or "")[:200] if reply and reply_to_bot else "")

    def _from_tap(self, query: CallbackQuery) -> IncomingMessage | None:
        where = query.message
        if where is None or not query.data:
            return None  # an inline-mode or game button: not one of ours
        owner, sep, payload = query.data.partition("|")
        if not sep:  # data without an owner (older buttons): the tapper owns it
            owner, payload = "", query.data
        context = {"callback_query_id": query.id}
        if isinstance(where, Message):
            context |= _thread_context(where)
        return IncomingMessage(
            PLATFORM, str(where.chat.id), str(query.from_user.id), payload, message_id=str(where.message_id),
            is_group=where.chat.type in _GROUP_TYPES, user_name=query.from_user.full_name or query.from_user.username,
            event_id=f"cb:{query.id}", context=context, button_owner=owner or str(query.from_user.id))

    def _is_me(self, username: str) -> bool:
        return bool(self.username) and username.lower() == (self.username or "").lower()

    # Outgoing -------------------------------------------------------------------------------------

    async def member_role(self, chat_id: str, user_id: str) -> Role:
        """creator → owner, administrator → admin (getChatMember; Bot API ChatMember.status)."""
        try:
            member = await _call(self.bot.get_chat_member(int(chat_id), int(user_id)), self.redact)
        except (RetryLater, SendFailed, ValueError) as exc:
            log.warning("telegram getChatMember in %s failed: %s", chat_id, exc)
            return "unknown"
        return {"creator": "owner", "administrator": "admin"}.get(member.status, "member")

    async def received(self, msg: IncomingMessage) -> None:
        """A tap is answered as it arrives (the button's spinner stops; "query is too old" comes after seconds),
        with the toast when the buttons were someone else's; the turn's own answer follows as a message."""
        if query_id := msg.context.get("callback_query_id"):
            await self._answer_tap(query_id, NOT_YOUR_BUTTONS if msg.tapped_by_someone_else else None)

    async def send(self, msg: OutgoingMessage) -> list[str]:
        query_id = msg.context.get("callback_query_id")
        if query_id:
            await self._answer_tap(query_id, msg.text if msg.notice else None)
            if msg.notice:
                return []  # the toast was the whole answer: only the tapper sees it
        chunks = split_text(msg.text)
        if not chunks and msg.image is None:
            log.warning("telegram reply to chat %s has no text; nothing sent", msg.chat_id)
            return []
        markup = inline_keyboard(msg.buttons, msg.owner) if msg.buttons else None
        thread = msg.context.get("thread_id")
        reply_to = int(msg.reply_to) if msg.reply_to and msg.reply_to.isdigit() else None
        sent: list[str] = []
        if msg.image is not None:  # the picture first, with the text as its caption when it fits
            caption = msg.text if chunks and fits_caption(msg.text) else None
            sent.append(await send_photo(self.bot, self._deliver, self.file_ids, msg.chat_id, msg.image, caption,
                                         _options(markup if caption is not None or not chunks else None, reply_to,
                                                  thread)))
            chunks, reply_to = ([] if caption is not None else chunks), None
        for i, chunk in enumerate(chunks):  # the first part answers the message, the last carries the buttons
            kwargs = _options(markup if i == len(chunks) - 1 else None, reply_to if i == 0 else None, thread)
            sent.append(str((await self._deliver(
                msg.chat_id, lambda chat_id, text=chunk, kw=kwargs: self.bot.send_message(chat_id, text, **kw)
            )).message_id))
        return sent

    async def _deliver(self, chat: str, make: Callable[[int | str], Awaitable[Message]]) -> Message:
        """One message to `chat` (`make(chat_id)` is the Bot call), paced and retried; a moved chat followed."""
        chat_id: int | str = int(chat) if re.fullmatch(r"-?\d+", chat) else chat
        is_group = chat.startswith("-")  # groups and supergroups have negative ids

        async def attempt() -> Message:
            nonlocal chat, chat_id
            await self.limiter.acquire(chat, is_group=is_group)
            try:
                return await _call(make(chat_id), self.redact)
            except ChatMigrated as exc:
                # The group became a supergroup (400 with parameters.migrate_to_chat_id, PTB's ChatMigrated): the
                # same message goes to the new id, and what we stored under the old one follows it there.
                old, chat, chat_id = chat, str(exc.new_chat_id), exc.new_chat_id
                log.info("telegram chat %s is now %s; sending there", old, chat)
                if self.on_chat_moved is not None:
                    await self.on_chat_moved(PLATFORM, old, chat)
                raise RetryLater(f"chat moved to {chat}", after_s=0.0) from None

        try:
            return await with_retries(PLATFORM, attempt, on_retry_after=lambda s: self.limiter.pause(chat, s))
        except SendFailed as exc:
            log.warning("telegram send to chat %s refused: code=%r %s", chat, exc.code, exc.detail)
            raise

    async def _answer_tap(self, query_id: str, toast: str | None) -> None:
        """Stop the button's spinner (with a toast for the tapper); best effort, once per query."""
        if query_id in self._answered:
            return
        self._answered[query_id] = None
        while len(self._answered) > 1024:
            self._answered.popitem(last=False)
        try:
            await _call(self.bot.answer_callback_query(query_id, text=toast[:200] if toast else None), self.redact)
        except (RetryLater, SendFailed) as exc:  # "query is too old" after a slow turn: the reply still goes out
            log.warning("telegram answerCallbackQuery failed: %s", exc)


def inline_keyboard(buttons: tuple[Button, ...], owner: str | None) -> InlineKeyboardMarkup:
    """Inline buttons, three to a row, each carrying `owner|payload` as its callback data."""
    row = [InlineKeyboardButton(b.label, callback_data=callback_data(owner, b.payload)) for b in buttons]
    return InlineKeyboardMarkup([row[i:i + BUTTONS_PER_ROW] for i in range(0, len(row), BUTTONS_PER_ROW)])


async def _call(call: Awaitable[T], redact: RedactToken) -> T:
    """One Bot API call with PTB's errors turned into ours: RetryLater may succeed later, SendFailed won't.
    ChatMigrated passes through: only a send knows where to go next."""
    try:
        return await call
    except ChatMigrated:
        raise
    except RetryAfter as exc:
        raise RetryLater("429 Too Many Requests", _retry_after_s(exc)) from None
    except BadRequest as exc:  # a NetworkError subclass in PTB: must be caught before it
        raise SendFailed(PLATFORM, exc.message, "400 Bad Request") from None
    except (TimedOut, NetworkError) as exc:  # 5xx, timeouts, dropped connections
        raise RetryLater(redact.clean(str(exc))) from None
    except TelegramError as exc:  # Forbidden, InvalidToken, Conflict…
        raise SendFailed(PLATFORM, exc.message, exc.__class__.__name__) from None


def _options(markup: InlineKeyboardMarkup | None, reply_to: int | None, thread: str | None) -> dict[str, Any]:
    """A send's keyboard, the message it answers (sent even if that one is gone) and its forum topic."""
    return {"reply_markup": markup,
            "reply_parameters": ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None,
            "message_thread_id": int(thread) if thread and thread.isdigit() else None}


def _thread_context(message: Message) -> dict[str, str]:
    # Answers to a forum-topic message must go to the same topic.
    if message.is_topic_message and message.message_thread_id is not None:
        return {"thread_id": str(message.message_thread_id)}
    return {}


def _retry_after_s(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the attribute becomes a timedelta; take either
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        after = exc.retry_after
    return after.total_seconds() if isinstance(after, timedelta) else float(after)
