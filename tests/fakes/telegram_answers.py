"""Telegram Bot API answers, each built the way the Bot API server builds it.

Main source: the Bot API server itself, tdlib/telegram-bot-api (read at commit 01a3679, 2026-05-07):
- `Client::fail_query_with_error` (telegram-bot-api/Client.cpp): the "Bad Request" / "Unauthorized" / "Forbidden"
  prefixes, the first letter lower-cased unless the message is an ALL_CAPS code, and the translations
  USER_IS_BLOCKED -> 403 "bot was blocked by the user", QUERY_ID_INVALID -> 400 "query is too old and response
  timeout expired or query ID is invalid";
- `Query::set_retry_after_error` (telegram-bot-api/Query.cpp): 429, "Too Many Requests: retry after N",
  parameters.retry_after;
- `Client::check_chat` failure for an upgraded group (Client.cpp, around "group chat was upgraded to a supergroup
  chat"): 400 with parameters.migrate_to_chat_id;
- Bot API docs, ResponseParameters (https://core.telegram.org/bots/api#responseparameters); python-telegram-bot reads
  the same fields in telegram/request/_baserequest.py (BaseRequest._request_wrapper: ChatMigrated, RetryAfter).
Every answer is {"ok": false, "error_code": N, "description": "..."} (+ "parameters"), HTTP status = error_code.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.answers import Answer

SERVER = "tdlib/telegram-bot-api telegram-bot-api/Client.cpp"
RESPONSE_PARAMETERS = "https://core.telegram.org/bots/api#responseparameters"


def error(status: int, description: str, parameters: dict[str, Any] | None = None, *,
          source: str = SERVER + " Client::fail_query_with_error", note: str = "") -> Answer:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return Answer(status, body, source, note=note)


def too_many_requests(retry_after: int) -> Answer:
    # tdlib/telegram-bot-api telegram-bot-api/Query.cpp Query::set_retry_after_error; ResponseParameters.retry_after
    return error(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after},
                 source="tdlib/telegram-bot-api telegram-bot-api/Query.cpp Query::set_retry_after_error; "
                        + RESPONSE_PARAMETERS)


def chat_migrated(new_chat_id: int) -> Answer:
    # Client.cpp: fail_query(400, "Bad Request: group chat was upgraded to a supergroup chat", ..., parameters with
    # migrate_to_chat_id); ResponseParameters.migrate_to_chat_id; PTB raises ChatMigrated (request/_baserequest.py)
    return error(400, "Bad Request: group chat was upgraded to a supergroup chat",
                 {"migrate_to_chat_id": new_chat_id},
                 source=SERVER + " (check_chat, upgraded group); " + RESPONSE_PARAMETERS)


def blocked_by_user() -> Answer:
    # Client.cpp fail_query_with_error: USER_IS_BLOCKED -> 403 "bot was blocked by the user", prefix "Forbidden"
    return error(403, "Forbidden: bot was blocked by the user",
                 source=SERVER + " Client::fail_query_with_error (USER_IS_BLOCKED)")


def query_too_old() -> Answer:
    # Client.cpp fail_query_with_error: QUERY_ID_INVALID -> 400 with this exact text. How many seconds a query lives
    # is NOT documented (see SOURCES.md); the fake's window is a test setting.
    return error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid",
                 source=SERVER + " Client::fail_query_with_error (QUERY_ID_INVALID)",
                 note="the expiry window is not documented")


def unauthorized() -> Answer:
    # Client.cpp: a wrong bot token gets 401 "Unauthorized"
    return error(401, "Unauthorized", source=SERVER + " (401 prefix 'Unauthorized')")


def method_not_found() -> Answer:
    # Client.cpp Client::on_cmd: fail_query(404, "Not Found: method not found")
    return error(404, "Not Found: method not found", source=SERVER + " Client::on_cmd")


def webhook_conflict() -> Answer:
    # Client.cpp Client::process_get_updates_query
    return error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete "
                      "the webhook first", source=SERVER + " Client::process_get_updates_query")


def bad_request(message: str, *, source: str = SERVER + " Client::fail_query_with_error", note: str = "") -> Answer:
    """400 "Bad Request: <message>", with the server's rule: the first letter is lower-cased unless the message is
    an ALL_CAPS code such as BUTTON_DATA_INVALID (Client.cpp fail_query_with_error)."""
    if len(message) >= 2 and (message[1] == "_" or message[1].isupper()):
        text = message
    else:
        text = message[:1].lower() + message[1:]
    return error(400, f"Bad Request: {text}", source=source, note=note)


def bad_webhook(reason: str) -> Answer:
    # Client.cpp on_webhook_error: "Bad Request: bad webhook: " + the WebhookActor's reason (WebhookActor.cpp)
    return error(400, f"Bad Request: bad webhook: {reason}",
                 source=SERVER + " (on_webhook_error) + telegram-bot-api/WebhookActor.cpp")
