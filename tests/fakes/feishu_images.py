"""The fake Feishu's picture upload, `POST /open-apis/im/v1/images`, and the check that an `image` message names a
picture this app uploaded.

Rules and sources — the upload doc 上传图片 (https://open.feishu.cn/document/server-docs/im-v1/image/create, read in
a docs mirror; Lark: open.larksuite.com/document/server-docs/im-v1/image/create), and lark_oapi 1.7.5
`api/im/v1/model/create_image_request_body.py` / `create_image_response_body.py`:
- multipart/form-data with `image_type` ("message" | "avatar") and `image` (the file); a tenant token (Bearer);
- formats JPG, JPEG, PNG, WEBP, GIF, BMP, ICO, TIFF, HEIC; at most 10 MB, never 0 bytes; resolution at most
  12000 × 12000 (GIF 2000 × 2000), for avatars 4096 × 4096;
- errors (the doc's table): 400 234001 "Invalid request param.", 400 234006 "The file size exceed the max value.",
  400 234010 "File's size can't be 0.", 400 234011 "Can't regonnize the image format." [234011 recalled, not
  re-read]; which code a too-large resolution gets is not in the table: 234001 here [assumed];
- the answer: {"code": 0, "msg": "success", "data": {"image_key": "img_v2_…"}}; 1000/min and 50/s (the same app
  windows as the message APIs).
Records: `images` (image_key → bytes), `uploads` ((image_key, bytes, time) of each accepted upload).
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from tests.fakes.answers import Answer
from tests.fakes.multipart import image_format, image_size, parse_form

UPLOAD_DOC = "https://open.feishu.cn/document/server-docs/im-v1/image/create (上传图片)"
IMAGE_MAX_BYTES = 10 * 1024 * 1024
FORMATS = {"png", "jpeg", "webp", "gif", "bmp"}  # of the doc's list, those this fake can tell by magic bytes
MAX_SIDE, MAX_SIDE_GIF, MAX_SIDE_AVATAR = 12000, 2000, 4096


def image_error(code: int, msg: str, note: str = "") -> Answer:
    return Answer(400, {"code": code, "msg": msg}, UPLOAD_DOC, note=note)


class FeishuImages:
    """Mixin for FakeFeishu: the image upload endpoint, `images` and `uploads`."""

    def _init_images(self) -> None:
        self.images: dict[str, bytes] = {}
        self.uploads: list[tuple[str, bytes, float]] = []
        self.app.post("/open-apis/im/v1/images")(self._upload_image)

    async def _upload_image(self, request: Request) -> JSONResponse:
        injected = self.injected.take("images")
        if injected is not None:
            return injected.response()
        if (denied := self._auth(request)) is not None:
            return denied.response()
        fields, files = parse_form(await request.body(), request.headers.get("content-type", ""))
        kind, upload = fields.get("image_type"), files.get("image")
        if kind not in ("message", "avatar") or upload is None:
            return image_error(234001, "Invalid request param.").response()
        data = upload.data
        if not data:
            return image_error(234010, "File's size can't be 0.").response()
        if len(data) > IMAGE_MAX_BYTES:
            return image_error(234006, "The file size exceed the max value.").response()
        fmt = image_format(data)
        if fmt not in FORMATS:
            return image_error(234011, "Can't regonnize the image format.", "text recalled, not re-read").response()
        w, h = image_size(data) or (0, 0)
        side = MAX_SIDE_AVATAR if kind == "avatar" else MAX_SIDE_GIF if fmt == "gif" else MAX_SIDE
        if max(w, h) > side:
            return image_error(234001, "Invalid request param.", "code for a too-large resolution assumed").response()
        key = f"img_v2_{uuid.uuid4()}"
        self.images[key] = data
        self.uploads.append((key, data, self.clock()))
        return JSONResponse({"code": 0, "msg": "success", "data": {"image_key": key}})

    def image_problem(self, msg_type: Any, content: dict[str, Any]) -> str | None:
        """An `image` message must name an image_key this app uploaded (create doc: content {"image_key"})."""
        if msg_type == "image" and content.get("image_key") not in self.images:
            return "image_key is not an image this app uploaded"
        return None
