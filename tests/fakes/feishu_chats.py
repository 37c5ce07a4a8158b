"""Feishu group chats, as a mixin for FakeFeishu: who owns and who manages a chat, and who is in it.

Endpoints (tenant token, `Authorization: Bearer t-…`):
- GET /open-apis/im/v1/chats/{chat_id}?user_id_type=open_id|union_id|user_id -- 获取群信息. Doc
  https://open.feishu.cn/document/server-docs/group/chat/get-2 (= …/reference/im-v1/chat/get; read from a docs mirror,
  Feishu page updatedAt 2025-02-19, Lark page https://open.larksuite.com/document/uAjLw4CM/ukTMukTMukTM/reference/im-v1/
  chat/get 2024-06-05) and SDK lark_oapi/api/im/v1/model/get_chat_response_body.py (GetChatResponseBody):
  * owner_id / owner_id_type in the requested user_id_type (default open_id); "当群主是机器人时不返回该字段" and p2p
    chats do not return them; user_manager_id_list in the same id type; bot_manager_id_list are App IDs;
  * "调用接口的机器人或者用户需要在群组内，才可以获取完整信息，否则只返回群名称、群头像、成员数量以及群状态信息" (a bot
    outside the chat gets name, avatar, user_count, bot_count, chat_status only). The error table still lists 232011
    "Operator can NOT be out of the chat." (the older behaviour): `outsider_chat_get = "232011"` switches to it;
  * user_id_type=user_id needs the field scope contact:user.employee_id:readonly; without it the sensitive fields are
    not returned ("仅当开启对应的权限后才会返回") -- here owner_id/owner_id_type/user_manager_id_list [assumed which];
  * scopes: any of im:chat, im:chat:read, im:chat:readonly, else 99991672 (feishu_answers.scope_missing).
- GET /open-apis/im/v1/chats/{chat_id}/members?member_id_type=&page_size=&page_token= -- 获取群成员列表. Doc
  https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-members/get (as quoted by the Lark docs
  page and the node SDK comments): "机器人或授权用户必须在群组中", "该接口不会返回群内的机器人成员"; items {member_id_type,
  member_id, name, tenant_key}, page_token, has_more, member_total (SDK lark_oapi/api/im/v1/model/list_member.py,
  get_chat_members_response_body.py). A bot outside the chat: 232011 [assumed: the chat APIs' shared code]; page_size
  default 20, at most 100 [assumed]; member_total counts users only [assumed].
- GET /open-apis/im/v1/chats/{chat_id}/members/is_in_chat -- 判断用户或机器人是否在群里: "根据使用的 access_token 判断对应的
  用户或者机器人是否在指定的群里" -- about the caller (the bot) only, not about user X; data {is_in_chat}
  (SDK is_in_chat_chat_members_response_body.py).
There is no "get managers" API: lark_oapi/api/im/v1/resource/chat_managers.py has only add_managers/delete_managers.
So a bot tells whether user X owns or manages chat Y from chat/get (owner_id, user_manager_id_list).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from tests.fakes import feishu_answers as fs
from tests.fakes.answers import Answer, AnswerQueue
from tests.fakes.feishu_answers import APP_ID, TENANT_KEY

READ_SCOPES = ("im:chat", "im:chat:read", "im:chat:readonly")  # chat/get: 开启任一权限即可
MEMBER_SCOPES = ("im:chat", "im:chat.group_info:readonly", "im:chat.members:read", "im:chat:readonly")  # members/get
EMPLOYEE_ID_SCOPE = "contact:user.employee_id:readonly"
PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX = 20, 100  # [assumed]


@dataclass
class Chat:
    """A chat as the fake knows it. Users are named by open_id; their union_id/user_id are derived (user_ids)."""

    chat_id: str
    owner: str | None  # open_id; None: a bot owns the chat (chat/get then returns no owner_id)
    managers: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # users, owner and managers included
    name: str = "项目群"
    chat_mode: str = "group"  # group | topic | p2p
    chat_type: str = "private"  # private | public
    bot_in_chat: bool = True
    bot_manager: bool = False  # is this bot a 群管理员 (bot_manager_id_list)
    other_bots: int = 0
    external: bool = False
    other_tenant: bool = False
    status: str = "normal"  # normal | dissolved | dissolved_save


def user_ids(open_id: str) -> dict[str, str]:
    """The fake's id mapping: ou_x -> union_id on_x, user_id u_x (real ids are unrelated strings)."""
    rest = open_id.removeprefix("ou_")
    return {"open_id": open_id, "union_id": "on_" + rest, "user_id": "u_" + rest}


class FeishuChats:
    """Mixin: needs `app`, `chats`, `clock`, `_auth`, `_per_app`, `per_app_qps` from FakeFeishu."""

    app: Any
    chats: dict[str, str]
    per_app_qps: int
    _per_app: tuple[Any, Any]

    def _auth(self, request: Request) -> Answer | None: ...  # provided by FakeFeishu

    def clock(self) -> float: ...  # provided by FakeFeishu

    def _init_chats(self) -> None:
        self.group_chats: dict[str, Chat] = {}
        self.scopes: set[str] = {*READ_SCOPES, *MEMBER_SCOPES, EMPLOYEE_ID_SCOPE}  # the app's granted scopes
        self.outsider_chat_get = "basic"  # "basic" (current doc) | "232011" (the error table's older behaviour)
        self.chat_calls: list[tuple[str, str, int, int]] = []  # (api, chat_id, HTTP status, code)
        self.chat_injected = AnswerQueue()
        self.app.get("/open-apis/im/v1/chats/{chat_id}/members/is_in_chat")(self._is_in_chat)
        self.app.get("/open-apis/im/v1/chats/{chat_id}/members")(self._chat_members)
        self.app.get("/open-apis/im/v1/chats/{chat_id}")(self._chat_get)

    # -- test controls ------------------------------------------------------------------------------

    def set_chat(self, chat_id: str, *, owner: str | None, managers: list[str] | tuple[str, ...] = (),
                 members: list[str] | tuple[str, ...] = (), **options: Any) -> str:
        """Declare a group: `owner` (open_id, None for a bot owner), `managers`, further `members`; options are the
        Chat fields (name, chat_mode, chat_type, bot_in_chat, bot_manager, other_bots, external, other_tenant,
        status). A chat the bot is in also takes messages (FakeFeishu.chats)."""
        people = [p for p in [owner, *managers, *members] if p]
        chat = Chat(chat_id, owner, list(managers), list(dict.fromkeys(people)), **options)
        self.group_chats[chat_id] = chat
        if chat.bot_in_chat:
            self.chats[chat_id] = "p2p" if chat.chat_mode == "p2p" else "group"
        else:
            self.chats.pop(chat_id, None)
        return chat_id

    def inject_chat(self, answer: Answer, *, times: int = 1, api: str | None = None) -> None:
        """Answer the next chat API call(s) ("get", "members", "is_in_chat") with `answer`."""
        self.chat_injected.push(answer, times=times, only=api)

    # -- endpoints ----------------------------------------------------------------------------------

    async def _chat_get(self, chat_id: str, request: Request) -> JSONResponse:
        return self._done("get", chat_id, self._get(chat_id, request))

    async def _chat_members(self, chat_id: str, request: Request) -> JSONResponse:
        return self._done("members", chat_id, self._members(chat_id, request))

    async def _is_in_chat(self, chat_id: str, request: Request) -> JSONResponse:
        return self._done("is_in_chat", chat_id, self._in_chat(chat_id, request))

    def _done(self, api: str, chat_id: str, answer: Answer) -> JSONResponse:
        self.chat_calls.append((api, chat_id, answer.status, answer.code))
        return answer.response()

    def _guard(self, api: str, request: Request, scopes: tuple[str, ...]) -> Answer | None:
        injected = self.chat_injected.take(api)
        if injected is not None:
            return injected
        if (denied := self._auth(request)) is not None:
            return denied
        now = self.clock()
        second, minute = self._per_app  # chat/get, members/get: 1000 次/分钟、50 次/秒 (their docs)
        wait = second.wait("chat_" + api, now) or minute.wait("chat_" + api, now)
        if wait:
            return fs.rate_limited(max(1, round(wait)), limit=self.per_app_qps)
        second.add("chat_" + api, now)
        minute.add("chat_" + api, now)
        if not self.scopes.intersection(scopes):
            return fs.scope_missing(*scopes)
        return None

    def _find(self, chat_id: str) -> Chat | Answer:
        """The chat, or the answer for a chat the bot cannot see (232006 / 232010 / 232033)."""
        chat = self.group_chats.get(chat_id)
        if chat is None and chat_id in self.chats:  # a chat known only from messages: no owner/manager facts [fake]
            chat = Chat(chat_id, None, chat_mode="p2p" if self.chats[chat_id] == "p2p" else "group")
        if chat is None or not chat_id.startswith("oc_"):
            return fs.chat_id_invalid()
        if chat.other_tenant:
            return fs.chat_other_tenant()
        if chat.external:  # "只有开启对外共享能力的机器人支持外部群" (chat/get doc, 232033)
            return fs.chat_external_without_scope()
        return chat

    def _get(self, chat_id: str, request: Request) -> Answer:
        if (refused := self._guard("get", request, READ_SCOPES)) is not None:
            return refused
        id_type = request.query_params.get("user_id_type", "open_id")
        if id_type not in fs.USER_ID_TYPES:
            return fs.chat_invalid_param("user_id_type")  # [assumed] which code a bad user_id_type gets
        chat = self._find(chat_id)
        if isinstance(chat, Answer):
            return chat
        counts = {"user_count": str(len(chat.members)), "bot_count": str(int(chat.bot_in_chat) + chat.other_bots)}
        if not chat.bot_in_chat:
            if self.outsider_chat_get == "232011":
                return fs.chat_operator_outside()
            return fs.ok({"avatar": _AVATAR, "name": chat.name, **counts, "chat_status": chat.status})
        return fs.ok(self._chat_data(chat, id_type, counts), source=fs.CHAT_GET)

    def _chat_data(self, chat: Chat, id_type: str, counts: dict[str, str]) -> dict[str, Any]:
        data: dict[str, Any] = {"avatar": _AVATAR, "name": chat.name, "description": "", "i18n_names": {},
                                "edit_permission": "all_members"}
        sensitive = id_type != "user_id" or EMPLOYEE_ID_SCOPE in self.scopes
        if chat.chat_mode != "p2p":  # "单聊不返回该字段"
            data |= {"add_member_permission": "all_members", "share_card_permission": "allowed",
                     "at_all_permission": "all_members"}
            if chat.owner and sensitive:  # "当群主是机器人时不返回该字段"
                data |= {"owner_id_type": id_type, "owner_id": user_ids(chat.owner)[id_type]}
        if sensitive:
            data["user_manager_id_list"] = [user_ids(m)[id_type] for m in chat.managers]
        data["bot_manager_id_list"] = [APP_ID] if chat.bot_manager else []
        if chat.chat_mode == "group":
            data["group_message_type"] = "chat"  # only for chat_mode group
        data["chat_mode"] = chat.chat_mode
        if chat.chat_mode != "p2p":
            data |= {"chat_type": chat.chat_type, "chat_tag": "inner", "join_message_visibility": "all_members",
                     "leave_message_visibility": "all_members", "membership_approval": "no_approval_required"}
        data |= {"moderation_permission": "all_members", "external": chat.external, "tenant_key": TENANT_KEY,
                 **counts,
                 "restricted_mode_setting": {"status": False, "screenshot_has_permission_setting": "all_members",
                                             "download_has_permission_setting": "all_members",
                                             "message_has_permission_setting": "all_members"},
                 "urgent_setting": "all_members", "video_conference_setting": "all_members",
                 "hide_member_count_setting": "all_members", "chat_status": chat.status}
        return data

    def _members(self, chat_id: str, request: Request) -> Answer:
        if (refused := self._guard("members", request, MEMBER_SCOPES)) is not None:
            return refused
        q = request.query_params
        id_type = q.get("member_id_type", "open_id")
        size = q.get("page_size", str(PAGE_SIZE_DEFAULT))
        if id_type not in fs.USER_ID_TYPES or not size.isdigit() or not 1 <= int(size) <= PAGE_SIZE_MAX:
            return fs.chat_invalid_param("member_id_type" if id_type not in fs.USER_ID_TYPES else "page_size")
        chat = self._find(chat_id)
        if isinstance(chat, Answer):
            return chat
        if not chat.bot_in_chat:  # "机器人或授权用户必须在群组中"
            return fs.chat_operator_outside()
        token = q.get("page_token") or "0"  # opaque to the bot; an offset here [fake]
        if not token.isdigit():
            return fs.chat_invalid_param("page_token")
        start = int(token)
        page = chat.members[start:start + int(size)]
        more = start + len(page) < len(chat.members)
        return fs.ok({"items": [{"member_id_type": id_type, "member_id": user_ids(m)[id_type], "name": m,  # name [fake]
                                 "tenant_key": TENANT_KEY} for m in page],
                      "page_token": str(start + len(page)) if more else "", "has_more": more,
                      "member_total": len(chat.members)}, source=fs.CHAT_MEMBERS)

    def _in_chat(self, chat_id: str, request: Request) -> Answer:
        if (refused := self._guard("is_in_chat", request, MEMBER_SCOPES)) is not None:
            return refused
        chat = self._find(chat_id)
        if isinstance(chat, Answer):
            return chat
        return fs.ok({"is_in_chat": chat.bot_in_chat}, source=fs.CHAT_MEMBERS.replace("/get", "/is_in_chat"))


_AVATAR = "https://p3-lark-file.byteimg.com/img/lark-avatar-staging/default-avatar.jpg"
