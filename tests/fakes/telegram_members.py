"""Chat members for FakeTelegram: getChatMember and getChatAdministrators, built as the Bot API server builds them.

Sources (tdlib/telegram-bot-api telegram-bot-api/Client.cpp at commit 01a3679, 2026-05-07; PTB 22.8 telegram/_bot.py,
telegram/_chatmember.py; https://core.telegram.org/bots/api#getchatmember, #getchatadministrators, #chatmember):
- statuses creator | administrator | member | restricted | left | kicked (get_chat_member_status; PTB
  constants.ChatMemberStatus). JsonChatMember: creator -> is_anonymous (+ custom_title); administrator ->
  can_be_edited, the rights of json_store_administrator_rights for the chat type (can_pin_messages and can_manage_tags
  in groups/supergroups, can_manage_topics in supergroups), can_manage_voice_chats, is_anonymous (+ custom_title);
  member -> until_date only when > 0; restricted -> until_date, the permissions (json_store_permissions) and
  is_member, in supergroups only; left -> nothing more; kicked -> until_date.
- getChatMember: get_user_id -> "Invalid user_id specified" for 0, a negative or a non-number (answered
  400 "Bad Request: invalid user_id specified" by fail_query_with_error); check_chat -> "chat not found"; TDLib's own
  refusal for a user it does not know is passed through: 400 "Bad Request: user not found" [obs: the text many bots
  report; it comes from TDLib, not from Client.cpp]. The docs: "only guaranteed to work for other users if the bot is
  an administrator in the chat".
- getChatAdministrators: a private chat -> 400 "Bad Request: there are no administrators in the private chat";
  otherwise the creator and administrators (JsonChatMembers administrators_only), bots other than this bot left out
  unless return_bots is true (JsonChatMembers, return_bots_; PTB get_chat_administrators(return_bots=...), 22.8).
  The order (creator first, then as declared) is this fake's [assumed].
Which chats and users exist is the test's choice: unless `strict_members` is set, any chat exists and an undeclared
user is "left" (the bot itself "member"); with `strict_members`, a chat with no declared member is "chat not found"
and a user declared nowhere is "user not found".
"""

from __future__ import annotations

from typing import Any

from tests.fakes import telegram_answers as tg

MEMBER_STATUSES = ("creator", "administrator", "member", "restricted", "left", "kicked")
ADMIN_RIGHTS_TRUE = ("can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_invite_users",
                     "can_post_stories", "can_edit_stories", "can_delete_stories")
ADMIN_RIGHTS_FALSE = ("can_change_info", "can_restrict_members", "can_promote_members")
PERMISSIONS = ("can_send_messages", "can_send_media_messages", "can_send_audios", "can_send_documents",
               "can_send_photos", "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
               "can_send_other_messages", "can_add_web_page_previews", "can_react_to_messages", "can_edit_tag",
               "can_change_info", "can_invite_users", "can_pin_messages", "can_manage_topics")


def chat_kind(chat_id: int | str) -> str:
    """private (positive id), supergroup/channel (-100…, or an @username here), group (other negative ids)."""
    if isinstance(chat_id, str):
        return "supergroup"
    if chat_id > 0:
        return "private"
    return "supergroup" if str(chat_id).startswith("-100") else "group"


class TelegramMembers:
    """Mixin: needs `bot_id`, `members`, `member_details`, `strict_members`, `_bot_user` from FakeTelegram."""

    bot_id: int
    members: dict[tuple[int | str, int], str]
    member_details: dict[tuple[int | str, int], dict[str, Any]]
    strict_members: bool

    def _bot_user(self) -> dict[str, Any]: ...  # provided by FakeTelegram

    def set_member(self, chat_id: int | str, user_id: int, status: str, *, is_bot: bool = False,
                   custom_title: str | None = None, until_date: int = 0, is_member: bool = True) -> None:
        """Declare `user_id`'s status in `chat_id` (creator/administrator/member/restricted/left/kicked)."""
        if status not in MEMBER_STATUSES:
            raise ValueError(f"unknown chat member status {status!r}")
        self.members[(chat_id, user_id)] = status
        self.member_details[(chat_id, user_id)] = {"is_bot": is_bot, "custom_title": custom_title,
                                                   "until_date": until_date, "is_member": is_member}

    def _member_user(self, chat_id: int | str, user_id: int) -> dict[str, Any]:
        if user_id == self.bot_id:
            return self._bot_user()
        is_bot = self.member_details.get((chat_id, user_id), {}).get("is_bot", False)
        return {"id": user_id, "is_bot": is_bot, "first_name": "U"}

    def _member_json(self, chat_id: int | str, user_id: int, status: str) -> dict[str, Any]:
        """JsonChatMember for this status in this kind of chat."""
        kind, info = chat_kind(chat_id), self.member_details.get((chat_id, user_id), {})
        member: dict[str, Any] = {"user": self._member_user(chat_id, user_id), "status": status}
        if status == "creator":
            if info.get("custom_title"):
                member["custom_title"] = info["custom_title"]
            member["is_anonymous"] = False
        elif status == "administrator":
            member["can_be_edited"] = False
            member |= dict.fromkeys(ADMIN_RIGHTS_TRUE, True) | dict.fromkeys(ADMIN_RIGHTS_FALSE, False)
            if kind in ("group", "supergroup"):
                member |= {"can_pin_messages": True, "can_manage_tags": False}
            if kind == "supergroup":
                member["can_manage_topics"] = False
            member |= {"can_manage_voice_chats": True, "is_anonymous": False}
            if info.get("custom_title"):
                member["custom_title"] = info["custom_title"]
        elif status == "member" and info.get("until_date", 0) > 0:
            member["until_date"] = info["until_date"]
        elif status == "restricted" and kind == "supergroup":
            member["until_date"] = info.get("until_date", 0)
            member |= dict.fromkeys(PERMISSIONS, False) | {"can_send_messages": True}
            member["is_member"] = info.get("is_member", True)
        elif status == "kicked":
            member["until_date"] = info.get("until_date", 0)
        return member

    def _check_member_chat(self, chat_id: int | str) -> None:
        from tests.fakes.telegram import TelegramApiError

        if self.strict_members and not any(chat == chat_id for chat, _ in self.members):
            raise TelegramApiError(tg.bad_request("chat not found", source=tg.SERVER + " check_chat"))

    async def _get_chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        from tests.fakes.telegram import TelegramApiError, _chat_id

        chat_id = _chat_id(params.get("chat_id"))
        try:
            user_id = int(str(params.get("user_id")))
        except ValueError:
            user_id = 0
        if user_id <= 0:  # Client.cpp get_user_id: max(to_integer, 0) == 0 -> "Invalid user_id specified"
            raise TelegramApiError(tg.bad_request("Invalid user_id specified", source=tg.SERVER + " get_user_id"))
        self._check_member_chat(chat_id)
        status = self.members.get((chat_id, user_id))
        if status is None:
            known = user_id == self.bot_id or any(user == user_id for _, user in self.members)
            if self.strict_members and not known:
                raise TelegramApiError(tg.bad_request("user not found", note="TDLib's text, observed"))
            status = "member" if user_id == self.bot_id else "left"
        return self._member_json(chat_id, user_id, status)

    async def _get_chat_administrators(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        from tests.fakes.telegram import TelegramApiError, _chat_id, _truthy

        chat_id = _chat_id(params.get("chat_id"))
        self._check_member_chat(chat_id)
        if chat_kind(chat_id) == "private":
            raise TelegramApiError(tg.bad_request("there are no administrators in the private chat",
                                                  source=tg.SERVER + " process_get_chat_administrators_query"))
        return_bots = _truthy(params.get("return_bots"))
        admins = [(user, status) for (chat, user), status in self.members.items()
                  if chat == chat_id and status in ("creator", "administrator")]
        admins.sort(key=lambda item: item[1] != "creator")  # creator first [assumed]
        return [self._member_json(chat_id, user, status) for user, status in admins
                if return_bots or user == self.bot_id
                or not self.member_details.get((chat_id, user), {}).get("is_bot", False)]
