"""Who owns and who administers a DingTalk group, as a mixin for FakeDingTalk.

What an enterprise internal robot can learn (sources read 2026-12):
- The robot callback's `isAdmin` (HTTP body and Stream data alike; SDK dingtalk_stream/chatbot.py
  ChatbotMessage.is_admin just copies it). The receive-message doc
  (https://open.dingtalk.com/document/orgapp/receive-message, as copied by third parties: itnotebooks.com,
  PLATFORMS.md §1.2) describes it only as "是否为管理员" -- it does not say whether that is the organisation's admin or
  the group's; nothing documents it as the group owner/admin. FakeDingTalk.callback
  takes `is_admin=` and never derives it from the group roles below [assumed: independent].
- Scene groups (场景群, created by the app from a group template, or with the app's cool app installed):
  * old API POST https://oapi.dingtalk.com/topapi/im/chat/scenegroup/get?access_token=… {open_conversation_id} ->
    {errcode, errmsg, success, request_id, result{open_conversation_id, template_id, title, owner_staff_id,
    sub_admin_staff_ids, icon, group_url, management_type, …}}; app types 企业内部应用/第三方企业应用, permission
    qyapi_chat_read. Doc SCENE_GROUP_DOC below (read from a structured docs mirror, updated 2026-08-14: it lists
    the fields flat; nesting them under `result` is [assumed]). A group not made from a template: errcode 4000003
    [obs: third-party clients log "OpenConversationId 对应的群不是由群模板创建的或没有酷应用支持" for it; errmsg assumed].
  * new API POST https://api.dingtalk.com/v1.0/im/sceneGroups/query {openConversationId, coolAppCode?} -> {success,
    openConversationId, templateId, title, ownerUserId, icon, groupUrl, status} (SDK aliyun/dingtalk-sdk
    dingtalk/python/alibabacloud_dingtalk/im_1_0 GetSceneGroupInfo, "查询场景群简要信息", commit eb93049). No admins.
    Its errors are not documented anywhere I found: a non-scene group answers 400 invalidParameter.openConversationId
    here [fake].
- Ordinary groups a robot was added to by hand: no documented API returns owner or admins to an internal robot. The
  SDK has /v1.0/im/groups/managements/query (GroupManageQuery, "根据群链接、群号等检索条件，查询群信息": groupOwner,
  groupAdminList) and /v1.0/im/innerGroups/members/check (CheckUserIsGroupMember), but I found no doc saying which
  app/permission may call them: not modelled.
Errors: an invalid token on the old API: HTTP 200 {"errcode": 40014, "errmsg": "不合法的access_token"} [obs: errcode in
DingTalk client tests; text assumed]; a missing permission: old API {"errcode": 88, "errmsg": "ding talk error[subcode=
60011,submsg=应用尚未开通所需的权限：[scope] …]"}, new API 403 {"code": "Forbidden.AccessDenied.AccessTokenPermissionDenied",
"message": "应用尚未开通所需的权限：[scope]"} [obs: many clients' tests quote these live answers].
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from tests.fakes import dingtalk_answers as dt
from tests.fakes.answers import Answer

SCENE_GROUP_DOC = "https://open.dingtalk.com/document/development/queries-the-basic-information-of-a-scenario-group"
SCENE_GROUP_SDK = "aliyun/dingtalk-sdk alibabacloud_dingtalk/im_1_0 GetSceneGroupInfo (/v1.0/im/sceneGroups/query)"
CHAT_READ = "qyapi_chat_read"  # scenegroup/get doc: permissions


@dataclass
class Group:
    conversation_id: str  # openConversationId (cid…)
    owner: str  # staffId (userId)
    admins: list[str] = field(default_factory=list)  # 群管理员 (sub_admin_staff_ids)
    members: list[str] = field(default_factory=list)
    title: str = "项目组"
    template_id: str | None = None  # set: a scene group made from this template
    robot_in_group: bool = True


def old_api_token_invalid() -> Answer:
    return dt.oapi_error(40014, "不合法的access_token", note="errcode obs (DingTalk client tests); errmsg assumed")


def old_api_permission_denied(scope: str) -> Answer:
    return dt.oapi_error(88, f"ding talk error[subcode=60011,submsg=应用尚未开通所需的权限：[{scope}]，"
                             f"点击链接申请并开通即可, {{requiredScopes=[{scope}]}}]",
                         note="obs: live answers quoted by several clients' tests")


def permission_denied(scope: str) -> Answer:
    return dt.api_error(403, "Forbidden.AccessDenied.AccessTokenPermissionDenied", f"应用尚未开通所需的权限：[{scope}]",
                        note="obs: live answers quoted by several clients' tests")


def not_scene_group() -> Answer:
    return dt.oapi_error(4000003, "OpenConversationId 对应的群不是由群模板创建的或没有酷应用支持",
                         source=SCENE_GROUP_DOC, note="errcode obs (third-party clients); errmsg assumed")


class DingTalkGroups:
    """Mixin: needs `app`, `tokens`, `clock`, `groups`, `_injected`, `_qps`, `invalid_token_status` (FakeDingTalk)."""

    app: Any
    tokens: dict[str, float]
    groups: set[str]
    invalid_token_status: int

    def clock(self) -> float: ...  # provided by FakeDingTalk

    def _injected(self, target: str) -> Answer | None: ...  # provided by FakeDingTalk

    def _qps(self, api: str) -> Answer | None: ...  # provided by FakeDingTalk

    def _init_groups(self) -> None:
        self.group_roles: dict[str, Group] = {}
        self.scopes: set[str] = {CHAT_READ}  # the app's granted permissions
        self.group_calls: list[tuple[str, str]] = []  # (api, openConversationId)
        self.app.post("/topapi/im/chat/scenegroup/get")(self._scene_group_get)
        self.app.post("/v1.0/im/sceneGroups/query")(self._scene_group_query)

    def set_group(self, conversation_id: str, *, owner: str, admins: list[str] | tuple[str, ...] = (),
                  members: list[str] | tuple[str, ...] = (), title: str = "项目组", template_id: str | None = None,
                  robot_in_group: bool = True) -> str:
        """Declare a group: its owner and admins (staffIds); `template_id` makes it a scene group, the only kind whose
        owner/admins an API returns. A group with the robot in it also takes groupMessages/send."""
        people = list(dict.fromkeys([owner, *admins, *members]))
        self.group_roles[conversation_id] = Group(conversation_id, owner, list(admins), people, title, template_id,
                                                  robot_in_group)
        if robot_in_group:
            self.groups.add(conversation_id)
        else:
            self.groups.discard(conversation_id)
        return conversation_id

    async def _scene_group_get(self, request: Request) -> JSONResponse:
        """Old API: access_token in the query, answers HTTP 200 {errcode, errmsg, …} (global error-code page)."""
        body = await _json(request)
        cid = str(body.get("open_conversation_id") or "")
        self.group_calls.append(("scenegroup/get", cid))
        refused = self._injected("group_info") or self._qps("scenegroup/get")
        if refused:
            return refused.response()
        if self.tokens.get(request.query_params.get("access_token", ""), 0) <= self.clock():
            return old_api_token_invalid().response()
        if CHAT_READ not in self.scopes:
            return old_api_permission_denied(CHAT_READ).response()
        group = self.group_roles.get(cid)
        if group is None or group.template_id is None:  # unknown or not a scene group [the same answer: assumed]
            return not_scene_group().response()
        return JSONResponse({"errcode": 0, "errmsg": "ok", "success": True, "request_id": uuid.uuid4().hex[:12],
                             "result": {"open_conversation_id": cid, "template_id": group.template_id,
                                        "title": group.title, "owner_staff_id": group.owner,
                                        "sub_admin_staff_ids": list(group.admins), "icon": "@lADPDe7s", "group_url":
                                        f"dingtalk://dingtalkclient/page/link?cid={cid}", "management_type": 0}})

    async def _scene_group_query(self, request: Request) -> JSONResponse:
        """New API: x-acs-dingtalk-access-token header; errors HTTP 4xx {code, message, requestid}."""
        body = await _json(request)
        cid = str(body.get("openConversationId") or "")
        self.group_calls.append(("sceneGroups/query", cid))
        refused = self._injected("group_info") or self._qps("sceneGroups/query")
        if refused:
            return refused.response()
        if self.tokens.get(request.headers.get("x-acs-dingtalk-access-token", ""), 0) <= self.clock():
            return dt.invalid_token(self.invalid_token_status).response()
        if CHAT_READ not in self.scopes:  # which permission this API needs is not documented [assumed the same]
            return permission_denied(CHAT_READ).response()
        if not cid:  # SDK GetSceneGroupInfoRequest: "This parameter is required."
            return dt.api_error(400, "MissingopenConversationId", "openConversationId is mandatory for this action.",
                                note="[fake] code and text").response()
        group = self.group_roles.get(cid)
        if group is None or group.template_id is None:
            return dt.api_error(400, "invalidParameter.openConversationId", "群不是场景群", source=SCENE_GROUP_SDK,
                                note="[fake] code and text: undocumented").response()
        return JSONResponse({"success": True, "openConversationId": cid, "templateId": group.template_id,
                             "title": group.title, "ownerUserId": group.owner, "icon": "@lADPDe7s",
                             "groupUrl": f"dingtalk://dingtalkclient/page/link?cid={cid}", "status": 0})


async def _json(request: Request) -> dict[str, Any]:
    try:
        data = await request.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
