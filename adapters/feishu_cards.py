"""Feishu interactive cards: the schema 2.0 card our buttons ride on, and the taps that come back from it, in the
new `card.action.trigger` callback and in the legacy card request format (SDK lark_oapi/card/model.py)."""

from __future__ import annotations

import json
import logging
from typing import Any

from adapters.base import WebhookResult
from bot.domain import NOT_YOUR_BUTTONS, Button, IncomingMessage

log = logging.getLogger("adapters.feishu")

PLATFORM = "feishu"
_legacy_seen = False  # the console hint for the legacy format is logged once per process


def card(text: str, buttons: tuple[Button, ...], owner: str | None, p2p: bool) -> dict[str, Any]:
    """A schema 2.0 card: the text, then the buttons flowing in rows; each tap calls back with its value."""
    def button(b: Button) -> dict[str, Any]:
        value: dict[str, Any] = {"payload": b.payload, "owner": owner or ""}
        if p2p:
            value["p2p"] = 1
        return {"tag": "button", "type": "default", "text": {"tag": "plain_text", "content": b.label[:100]},
                "behaviors": [{"type": "callback", "value": value}]}

    elements: list[dict[str, Any]] = [{"tag": "div", "text": {"tag": "plain_text", "content": text}}] if text else []
    elements.append({"tag": "column_set", "flex_mode": "flow", "horizontal_spacing": "8px", "columns": [
        {"tag": "column", "width": "auto", "elements": [button(b)]} for b in buttons]})
    return {"schema": "2.0", "config": {"update_multi": True}, "body": {"elements": elements}}


def tap_message(action: Any, user: Any, chat: Any, card_id: Any, event_id: str) -> IncomingMessage | None:
    """A tapped button of ours as a message; None for anything else."""
    value = (action or {}).get("value")
    value = json.loads(value) if isinstance(value, str) else value
    payload = (value or {}).get("payload")
    if not (isinstance(payload, str) and payload and user and chat):
        return None  # not one of our buttons
    chat_type = "p2p" if value.get("p2p") else "group"  # the callback does not say; our button value does
    card_message = str(card_id or "")
    return IncomingMessage(
        PLATFORM, str(chat), str(user), payload, message_id=card_message, is_group=chat_type == "group",
        event_id=event_id or f"tap:{card_message}:{user}:{payload}", button_owner=str(value.get("owner") or user),
        context={"message_id": card_message, "chat_type": chat_type, "event": event_id})


def answer_tap(tap: IncomingMessage | None) -> WebhookResult:
    """What a card callback answers: Feishu shows an error unless it is answered within 3 s, so answer now."""
    if tap is not None and tap.tapped_by_someone_else:
        # Meant for the tapper alone: a toast in the callback's answer, never a message to the group.
        return WebhookResult(response={"toast": {"type": "info", "content": NOT_YOUR_BUTTONS}})
    return WebhookResult([tap] if tap else [], response={})


def legacy_card_tap(body: dict[str, Any], nonce: str) -> WebhookResult:
    """A tap sent to the legacy card request URL: the same buttons in an older envelope."""
    global _legacy_seen
    if not _legacy_seen:
        _legacy_seen = True
        log.warning("feishu: a card tap came in the legacy card-callback format; it is handled, but the legacy "
                    "format is being retired: in the developer console choose Events & Callbacks → Callback "
                    "configuration → card.action.trigger (新版卡片回传交互) with this same request URL")
    try:
        # No event id in this format: the signed request's nonce tells two taps of one button apart.
        tap = tap_message(body["action"], body.get("open_id"), body.get("open_chat_id"), body.get("open_message_id"),
                          f"legacy:{nonce}" if nonce else "")
    except (AttributeError, KeyError, TypeError, ValueError):
        log.warning("feishu legacy card callback with an unexpected shape dropped")
        return WebhookResult(response={})
    return answer_tap(tap)
