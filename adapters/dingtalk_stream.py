"""DingTalk Stream mode: for deployments without a public URL, the robot's messages come over a websocket.

No signature here: the connection itself is authenticated (clientId/clientSecret open it). Each callback is
parsed with the same `parse_callback` as the HTTP mode, handed to `enqueue` (persist it in the inbox), and acked
at once: a late ack makes DingTalk redeliver (seen after 16–60 s), so the turn itself runs later, elsewhere.
Replies still go out through `DingTalkAdapter.send` (the sessionWebhook in the message's context).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import Awaitable, Callable
from urllib.parse import quote_plus

import dingtalk_stream
import httpx
import websockets
from dingtalk_stream import AckMessage, CallbackMessage, ChatbotMessage
from dingtalk_stream.version import VERSION_STRING

from adapters.dingtalk import parse_callback
from bot.domain import IncomingMessage
from bot.settings import Settings

log = logging.getLogger(__name__)

# Store the message (the inbox dedupes on event_id) and wake the worker; sync or async.
Enqueue = Callable[[IncomingMessage], Awaitable[object] | object]
BACKOFF_S, BACKOFF_MAX_S = 1.0, 60.0  # the SDK's own reconnect policy


class GreetbotChatbotHandler(dingtalk_stream.ChatbotHandler):
    """Robot messages (topic `/v1.0/im/bot/messages/get`) → `enqueue`; ack first, work later."""

    def __init__(self, enqueue: Enqueue, *, oapi_base: str = "https://oapi.dingtalk.com") -> None:
        super().__init__()
        self.enqueue = enqueue
        self.oapi_base = oapi_base

    async def process(self, callback: CallbackMessage) -> tuple[int, str]:
        msg = parse_callback(callback.data, oapi_base=self.oapi_base)
        if msg is None:  # pictures, files, empty text: nothing to do, and nothing to redeliver
            return AckMessage.STATUS_OK, "ignored"
        try:
            stored = self.enqueue(msg)
            if inspect.isawaitable(stored):
                await stored
        except Exception:  # not stored: a non-200 ack makes DingTalk deliver it again
            log.exception("dingtalk stream message %s could not be stored", msg.event_id)
            return AckMessage.STATUS_SYSTEM_EXCEPTION, "not stored"
        return AckMessage.STATUS_OK, "OK"


async def run_stream(settings: Settings, enqueue: Enqueue, *, handler: GreetbotChatbotHandler | None = None) -> None:
    """Keep a Stream connection open and feed its robot messages to `enqueue`, until cancelled.

    Our own loop around the SDK's public pieces (`route_message` acks and answers pings) rather than
    `DingTalkStreamClient.start()`: that one opens the connection with a blocking `requests.post` inside the
    event loop, reads its endpoint from an environment variable instead of our settings, and swallows
    cancellation, so it cannot be stopped cleanly.
    """
    if not settings.dingtalk_app_key or not settings.dingtalk_app_secret:
        raise ValueError("GREETBOT_DINGTALK_APP_KEY and GREETBOT_DINGTALK_APP_SECRET are required")
    # The SDK warns on every ping frame: give it its own logger so its level can be set apart from ours.
    client = dingtalk_stream.DingTalkStreamClient(
        dingtalk_stream.Credential(settings.dingtalk_app_key, settings.dingtalk_app_secret),
        logger=logging.getLogger(f"{__name__}.sdk"))
    client.register_callback_handler(
        ChatbotMessage.TOPIC, handler or GreetbotChatbotHandler(enqueue, oapi_base=settings.dingtalk_oapi_base))
    client.pre_start()
    body = {"clientId": settings.dingtalk_app_key, "clientSecret": settings.dingtalk_app_secret,
            "subscriptions": [{"type": "CALLBACK", "topic": ChatbotMessage.TOPIC}],
            "ua": f"greetbot dingtalk-stream/{VERSION_STRING}", "localIp": ""}
    url = settings.dingtalk_api_base.rstrip("/") + "/v1.0/gateway/connections/open"
    delay = BACKOFF_S
    async with httpx.AsyncClient(timeout=10.0) as http:
        while True:
            try:
                resp = await http.post(url, json=body)
                resp.raise_for_status()
                conn = resp.json()
                uri = f"{conn['endpoint']}?ticket={quote_plus(conn['ticket'])}"
                async with websockets.connect(uri) as ws:
                    client.websocket = ws  # route_message sends its acks through it
                    delay = BACKOFF_S
                    async for raw in ws:
                        try:
                            frame = json.loads(raw)
                        except ValueError:  # one bad frame is no reason to drop the connection
                            log.warning("dingtalk stream: a frame that is not JSON was skipped")
                            continue
                        # Inline, not a task per frame: our handler only stores, so the ack is never late.
                        if await client.route_message(frame) == client.TAG_DISCONNECT:
                            break
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # network, HTTP, bad frames: log (no secrets in it) and reconnect
                log.warning("dingtalk stream connection lost (%s); reconnecting in %.0fs", exc.__class__.__name__,
                            delay)
            finally:
                client.websocket = None
            await asyncio.sleep(delay)
            delay = min(delay * 2, BACKOFF_MAX_S)
