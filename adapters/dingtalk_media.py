"""DingTalk pictures: upload with the media API, then a robot image message through the Open API.

Upload (the old API; DingTalk has no new-API media upload for robots): `POST https://oapi.dingtalk.com/media/upload?
access_token=T`, multipart/form-data with `type` = "image" and the file in the part named `media`; the answer
`{"errcode": 0, "errmsg": "ok", "media_id": "@lA…", "type": "image", "created_at": …}`. Images at most 20 MB, formats
jpg, gif, png, bmp; a media_id is reusable (doc 上传媒体文件 / "Upload a media file",
https://open.dingtalk.com/document/development/upload-media-files, read at help.dingtalk.io/open/development/
upload-media-files; it names 40004 "invalid media file type"). dingtalk-stream 0.24.3 uploads the same way with the
new API's access token (`dingtalk_stream/stream.py` `DingTalkStreamClient.upload_to_dingtalk`: `files={'media':
(filename, content, mimetype)}`, `data={'type': filetype}`), so the token we already hold serves.

Send: the robot Open API with msgKey `sampleImageMsg` and msgParam `{"photoURL": "<media_id>"}` (robot message types,
https://open.dingtalk.com/document/development/robot-message-type; the media_id as photoURL is how every client we
read sends an uploaded picture, e.g. the batchSend and groupMessages/send calls quoted in shared PLATFORMS.md §1.6),
to a group by openConversationId or to a person by staffId. A sessionWebhook documents no image type (text,
markdown, actionCard, link, feedCard: dingtalk_stream/chatbot.py and the custom-robot doc), so a picture always goes
through the Open API, and the text after it the usual way.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from adapters.base import RetryLater, SendFailed, with_retries
from bot.domain import ImageRefused, OutgoingMessage

PLATFORM = "dingtalk"
# The old API's answers that refuse the file itself (global error-code table: 40004 不合法的媒体文件类型, 40005 不合法的
# 文件类型, 40006 不合法的文件大小 [as recalled from the table, not re-read; 40004 is named in the upload doc]).
MEDIA_REFUSED = frozenset({40004, 40005, 40006})
TOKEN_REFUSED = frozenset({40001, 40014, 42001})  # invalid or expired access_token (old API) [observed codes]
THROTTLED = frozenset({90018, 90002})  # QPS limits of the old API (throttling doc; PLATFORMS.md §4.2)


def picture_message(media_id: str) -> tuple[str, dict[str, Any]]:
    """(msgKey, msgParam) of a robot image message."""
    return "sampleImageMsg", {"photoURL": media_id}


async def upload_media(client: httpx.AsyncClient | None, oapi_base: str, token: Callable[[], Awaitable[str]],
                       msg: OutgoingMessage, is_group: bool, *, token_refused: Callable[[], None] = lambda: None
                       ) -> str:
    """The media_id of `msg.image`, uploaded (retried as sends are); `token_refused` drops a dead cached token."""
    if client is None:
        raise RuntimeError("DingTalkAdapter.start() was not called")
    assert msg.image is not None
    if not is_group and not msg.context.get("staffId"):
        # A picture goes only through the Open API, which names a person by staffId.
        raise ImageRefused(PLATFORM, "no-staff-id", "a picture to a person needs their staffId")
    async def attempt() -> str:
        try:
            resp = await client.post(f"{oapi_base}/media/upload", params={"access_token": await token()},
                                     data={"type": "image"}, files={"media": ("card.png", msg.image, "image/png")})
        except httpx.TransportError as exc:
            raise RetryLater(f"media upload: network {exc.__class__.__name__}") from exc
        if resp.status_code == 429 or resp.status_code >= 500:
            raise RetryLater(f"media upload: HTTP {resp.status_code}")
        try:
            data = resp.json()
        except ValueError:
            data = {}
        code = data.get("errcode") if isinstance(data, dict) else None
        media_id = data.get("media_id") if isinstance(data, dict) else None
        if code == 0 and isinstance(media_id, str) and media_id:
            return media_id
        if code in MEDIA_REFUSED:
            raise ImageRefused(PLATFORM, code, str(data.get("errmsg", ""))[:200])
        if code in THROTTLED:
            raise RetryLater(f"media upload: errcode {code} (QPS limit)", after_s=1.0)
        if code in TOKEN_REFUSED:
            token_refused()
            raise RetryLater(f"media upload: access token refused ({code})")
        if resp.status_code >= 400 and code is None:
            raise SendFailed(PLATFORM, resp.status_code, resp.text[:200])
        raise RetryLater(f"media upload: errcode {code}")

    return await with_retries(PLATFORM, attempt)
