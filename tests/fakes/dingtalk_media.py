"""The fake DingTalk's media upload (`POST /media/upload?access_token=T`, old API) and robot image messages
(msgKey `sampleImageMsg`, msgParam {"photoURL"}).

Rules and sources:
- upload doc 上传媒体文件 (https://open.dingtalk.com/document/development/upload-media-files, read at
  help.dingtalk.io/open/development/upload-media-files): multipart/form-data, `type` image | voice | video | file, the
  file in the part named `media`; an image at most 20 MB, jpg, gif, png or bmp; the answer {errcode 0, errmsg "ok",
  type, media_id, created_at}; a media_id is reusable. The SDK uploads the same way with the new API's token
  (dingtalk-stream 0.24.3 `stream.py` `upload_to_dingtalk`), so that token is accepted here.
- refusals (old API: HTTP 200 with errcode): a `type` the API does not know 40004 "不合法的媒体文件类型" (named in the
  upload doc); a file of another format 40005 "不合法的文件类型"; too large or empty 40006 "不合法的文件大小" (global
  error-code table, https://open.dingtalk.com/document/development/server-api-error-codes-1 [40005/40006 texts as
  recalled, not re-read]); a bad token 40014 "不合法的access_token" [observed, see SOURCES.md].
- sampleImageMsg {"photoURL"} (robot message types, https://open.dingtalk.com/document/development/robot-message-type):
  a media_id from the upload or an http(s) URL; anything else is refused here as invalidParameter.msgParam.invalid
  [the code is this fake's].
Records: `media` (media_id → bytes), `media_uploads` ((media_id, bytes, time) of each accepted upload).
"""

from __future__ import annotations

import uuid

from fastapi import Request
from fastapi.responses import JSONResponse

from tests.fakes import dingtalk_answers as dt
from tests.fakes.multipart import image_format, parse_form

UPLOAD_DOC = "https://open.dingtalk.com/document/development/upload-media-files"
IMAGE_MAX_BYTES = 20 * 1024 * 1024  # "Maximum size is 20 MB"
IMAGE_FORMATS = {"jpeg", "gif", "png", "bmp"}
MEDIA_TYPES = {"image", "voice", "video", "file"}


class DingTalkMedia:
    """Mixin for FakeDingTalk: /media/upload, `media`, `media_uploads`; `known_picture` for sampleImageMsg."""

    def _init_media(self) -> None:
        self.media: dict[str, bytes] = {}
        self.media_uploads: list[tuple[str, bytes, float]] = []
        self.app.post("/media/upload")(self._upload_media)

    async def _upload_media(self, request: Request) -> JSONResponse:
        self.calls.append("media")
        refused = self._injected("media")
        if refused:
            return refused.response()
        if self.tokens.get(request.query_params.get("access_token", ""), 0) <= self.clock():
            return dt.oapi_error(40014, "不合法的access_token", note="observed errcode; text assumed").response()
        fields, files = parse_form(await request.body(), request.headers.get("content-type", ""))
        kind = fields.get("type") or request.query_params.get("type")  # the doc: in the body, or on the URL (C#)
        upload = files.get("media")
        if kind not in MEDIA_TYPES:
            return dt.oapi_error(40004, "不合法的媒体文件类型", source=UPLOAD_DOC).response()
        if upload is None or not upload.data or (kind == "image" and len(upload.data) > IMAGE_MAX_BYTES):
            return dt.oapi_error(40006, "不合法的文件大小", note="text recalled from the error table").response()
        if kind == "image" and image_format(upload.data) not in IMAGE_FORMATS:
            return dt.oapi_error(40005, "不合法的文件类型", note="text recalled from the error table").response()
        media_id = "@lA" + uuid.uuid4().hex[:20]
        self.media[media_id] = upload.data
        self.media_uploads.append((media_id, upload.data, self.clock()))
        return JSONResponse({"errcode": 0, "errmsg": "ok", "type": kind, "media_id": media_id,
                             "created_at": int(self.clock() * 1000)})

    def known_picture(self, photo_url: str) -> bool:
        return photo_url in self.media or photo_url.startswith(("https://", "http://"))
