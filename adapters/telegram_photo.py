"""Telegram photos: `sendPhoto` with the picture uploaded once (multipart), then sent again by its `file_id`.

Sources: Bot API sendPhoto (https://core.telegram.org/bots/api#sendphoto), as python-telegram-bot 22.8 documents it
in `telegram/_bot.py` `Bot.send_photo`: "The photo must be at most 10MB in size. The photo's width and height must
not exceed 10000 in total. Width and height ratio must be at most 20"; a caption of 0-1024 characters
(`telegram.constants.MessageLimit.CAPTION_LENGTH`); "Pass a file_id as String to send a photo that exists on the
Telegram servers (recommended)". A file sent as bytes goes as multipart/form-data (PTB `InputFile`,
`telegram/request/_requestdata.py`); the answer's `Message.photo` lists the sizes Telegram made, the largest last,
and any of their `file_id`s sends the same picture again without uploading it.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Bot, InputFile, Message

from adapters.base import SendFailed
from adapters.telegram_text import u16
from bot.domain import ImageRefused

Deliver = Callable[[str, Callable[[int | str], Awaitable[Message]]], Awaitable[Message]]  # paced, retried, followed

CAPTION_LIMIT = 1024  # MessageLimit.CAPTION_LENGTH (characters after entities parsing; counted here in UTF-16 units)
PHOTO_MAX_BYTES = 10_000_000  # FileSizeLimit.PHOTOSIZE_UPLOAD, "up to 10MB"
FILE_IDS_KEPT = 256  # pictures remembered; a card is one picture per (greeting, design, size)

# The answers that refuse the picture itself, as the Bot API passes Telegram's MTProto errors on (400 "Bad Request:
# <CODE>"): PHOTO_INVALID_DIMENSIONS (width + height or ratio; go-telegram-bot-api/telegram-bot-api#600, tdlib/td
# #2544), PHOTO_SAVE_FILE_INVALID (over 10 MB; zhukov/webogram#1011), IMAGE_PROCESS_FAILED (not a picture Telegram
# can read; TelegramBot/Api#302), PHOTO_EXT_INVALID; "file is too big" (the server's own size check) [observed
# answers, not documented]. A refusal of anything else (blocked, chat not found) is not the picture's fault.
PICTURE_REFUSALS = ("PHOTO_INVALID_DIMENSIONS", "PHOTO_SAVE_FILE_INVALID", "IMAGE_PROCESS_FAILED",
                    "PHOTO_EXT_INVALID", "file is too big", "there is no photo in the request")
# A file_id Telegram no longer knows: upload the picture again ("wrong file identifier/HTTP URL specified",
# telegraf/telegraf#1481) [observed].
STALE_FILE_ID = "wrong file identifier"


def picture_key(image: bytes) -> str:
    """The picture's identity for the file_id map: its sha256."""
    return hashlib.sha256(image).hexdigest()


def refuses_picture(reason: str) -> bool:
    return any(code.lower() in reason.lower() for code in PICTURE_REFUSALS)


def fits_caption(text: str) -> bool:
    return u16(text) <= CAPTION_LIMIT


class FileIds:
    """sha256 of a picture → the file_id Telegram gave it; the oldest forgotten past `kept`."""

    def __init__(self, kept: int = FILE_IDS_KEPT) -> None:
        self.kept = kept
        self._ids: OrderedDict[str, str] = OrderedDict()

    def get(self, key: str) -> str | None:
        if key in self._ids:
            self._ids.move_to_end(key)
        return self._ids.get(key)

    def put(self, key: str, file_id: str) -> None:
        self._ids[key] = file_id
        self._ids.move_to_end(key)
        while len(self._ids) > self.kept:
            self._ids.popitem(last=False)

    def forget(self, key: str) -> None:
        self._ids.pop(key, None)

    def __len__(self) -> int:
        return len(self._ids)


async def send_photo(bot: Bot, deliver: Deliver, file_ids: FileIds, chat: str, image: bytes, caption: str | None,
                     kwargs: dict[str, Any]) -> str:
    """sendPhoto through `deliver` (the adapter's paced, retried send): by the file_id Telegram gave this picture
    before, else uploaded. A refusal of the picture itself raises `ImageRefused`; a forgotten file_id is uploaded
    again, once. The id of the message posted."""
    key = picture_key(image)
    for _ in range(2):
        file_id = file_ids.get(key)
        photo: str | InputFile = file_id or InputFile(image, filename="card.png")
        try:
            message = await deliver(chat, lambda chat_id: bot.send_photo(chat_id, photo, caption=caption, **kwargs))
        except SendFailed as exc:
            if file_id and STALE_FILE_ID in str(exc.code).lower():
                file_ids.forget(key)
                continue
            if refuses_picture(str(exc.code)):
                raise ImageRefused(exc.platform, exc.code, exc.detail) from None
            raise
        if message.photo:  # the sizes Telegram made, largest last: its file_id sends this picture again
            file_ids.put(key, message.photo[-1].file_id)
        return str(message.message_id)
    raise AssertionError("unreachable")
