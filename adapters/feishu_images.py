"""Feishu pictures: upload with `POST /open-apis/im/v1/images` (multipart: image_type=message, image=<file>), then
send an `image` message whose content is {"image_key": …}.

Sources: the upload doc 上传图片 (https://open.feishu.cn/document/server-docs/im-v1/image/create; Lark:
open.larksuite.com/document/server-docs/im-v1/image/create): multipart/form-data with `image_type` ("message" to send
in messages, "avatar") and `image` (the file); JPG/JPEG/PNG/WEBP/GIF/BMP/ICO/TIFF/HEIC; at most 10 MB and not 0
bytes; at most 12000 × 12000 (GIF 2000 × 2000); 1000/min and 50/s; scope im:resource; the answer's
`data.image_key`; errors 234001 "Invalid request param.", 234006 "The file size exceed the max value." (images
10 MB), 234010 "File's size can't be 0.", 234011 "Can't regonnize the image format." [234011's text as recalled
from the error table, not re-read]. The SDK agrees on the shape: lark_oapi 1.7.5
`api/im/v1/model/create_image_request_body.py` (`image_type: str`, `image: IO`) and `create_image_response_body.py`
(`image_key`). The message: create/reply with msg_type "image" and content '{"image_key":"img_v2_…"}' (im-v1
message create doc, content of each msg_type).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable
from typing import Any

from adapters.base import SendFailed, with_retries
from bot.domain import OutgoingMessage

PLATFORM = "feishu"
# The picture itself was refused: a retry cannot change it, and the text can still go alone.
IMAGE_REFUSED = frozenset({234001, 234006, 234010, 234011})

Api = Callable[..., Awaitable[dict[str, Any]]]  # FeishuAdapter._api


async def upload_image(api: Api, image: bytes, retry_base_s: float = 0.5) -> str:
    """The image_key of `image`, uploaded for sending in messages (retried like any call)."""
    call = functools.partial(api, "/open-apis/im/v1/images", None, {"image_type": "message"},
                             files={"image": ("card.png", image, "image/png")})
    data = await with_retries(PLATFORM, call, base_delay_s=retry_base_s)
    key = data.get("image_key")
    if not isinstance(key, str) or not key:
        raise SendFailed(PLATFORM, None, "im/v1/images answered without an image_key")
    return key


async def with_picture(api: Api, msg: OutgoingMessage, bodies: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`bodies` (msg_type, content) with the picture's image message first when `msg` carries one."""
    if msg.image is None:
        return bodies
    return [("image", json.dumps({"image_key": await upload_image(api, msg.image)})), *bodies]
