"""The fake Telegram's sendPhoto: a picture uploaded as multipart, or sent again by a `file_id` it handed out.

Rules and their sources:
- photo: "Pass a file_id as String to send a photo that exists on the Telegram servers (recommended) ... or upload a
  new photo using multipart/form-data. The photo must be at most 10 MB in size. The photo's width and height must
  not exceed 10000 in total. Width and height ratio must be at most 20." (Bot API sendPhoto,
  https://core.telegram.org/bots/api#sendphoto; the same text in python-telegram-bot 22.8 `Bot.send_photo`);
- caption 0-1024 characters (`telegram.constants.MessageLimit.CAPTION_LENGTH`);
- the answer is a Message whose `photo` is an array of PhotoSize {file_id, file_unique_id, width, height, file_size},
  several sizes, the largest last (Bot API Message.photo, PhotoSize);
- refusals, as the server passes MTProto errors on: over 10 MB 400 "Bad Request: PHOTO_SAVE_FILE_INVALID"
  (zhukov/webogram#1011), dimensions 400 "Bad Request: PHOTO_INVALID_DIMENSIONS" (go-telegram-bot-api/
  telegram-bot-api#600, tdlib/td#2544), bytes that are no picture 400 "Bad Request: IMAGE_PROCESS_FAILED"
  (TelegramBot/Api#302), an unknown file_id 400 "Bad Request: wrong file identifier/HTTP URL specified"
  (telegraf/telegraf#1481) — observed answers, not documented; no photo at all 400 "Bad Request: there is no photo
  in the request" [assumed wording]; a caption over 1024 400 "Bad Request: message caption is too long" [assumed].
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Any

from tests.fakes import telegram_answers as tg
from tests.fakes.multipart import Upload, image_format, image_size

PHOTO_MAX_BYTES = 10 * 1024 * 1024  # "at most 10 MB"
PHOTO_MAX_SIDES = 10_000  # width + height
PHOTO_MAX_RATIO = 20
CAPTION_LIMIT = 1024
PHOTO_FORMATS = {"png", "jpeg", "webp", "gif", "bmp"}  # what Telegram's clients send as photos [fake: not a list
# the Bot API gives; anything it cannot decode is IMAGE_PROCESS_FAILED]


@dataclass
class SentPhoto:
    message_id: int
    chat_id: int | str
    caption: str
    data: bytes  # the picture's bytes (from the upload, also when sent again by file_id)
    uploaded: bool  # True: multipart upload; False: an earlier file_id
    file_id: str
    keyboard: list[list[dict[str, Any]]] = field(default_factory=list)
    at: float = 0.0

    @property
    def buttons(self) -> list[tuple[str, str]]:
        return [(b["text"], b.get("callback_data", "")) for row in self.keyboard for b in row]


class TelegramPhotos:
    """Mixin for FakeTelegram: `photos` (accepted), `uploads` (multipart uploads accepted), `files` (file_id → bytes)."""

    def _init_photos(self) -> None:
        self.photos: list[SentPhoto] = []
        self.uploads = 0
        self.files: dict[str, bytes] = {}

    async def _send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        from tests.fakes.telegram import TelegramApiError, _chat_id, _inline_keyboard, _json  # the fake's own helpers

        chat_id = _chat_id(params.get("chat_id"))
        photo = params.get("photo")
        caption = str(params.get("caption") or "")
        if len(caption.encode("utf-16-le")) // 2 > CAPTION_LIMIT:
            raise TelegramApiError(tg.bad_request("message caption is too long", note="wording assumed"))
        if isinstance(photo, Upload):
            data, uploaded = photo.data, True
            self._check_picture(data)
        elif isinstance(photo, str) and photo:
            if photo not in self.files:
                raise TelegramApiError(tg.bad_request("wrong file identifier/HTTP URL specified",
                                                      note="observed: telegraf/telegraf#1481"))
            data, uploaded = self.files[photo], False
        else:
            raise TelegramApiError(tg.bad_request("there is no photo in the request", note="wording assumed"))
        keyboard = _inline_keyboard(params.get("reply_markup"))
        reply = _json(params.get("reply_parameters"), "reply parameters") or {}
        if chat_id in self.migrated:
            raise TelegramApiError(tg.chat_migrated(self.migrated[chat_id]))
        if chat_id in self.blocked:
            raise TelegramApiError(tg.blocked_by_user())
        self._flood_check(chat_id)  # a photo is a message: the same flood limits
        width, height = image_size(data) or (0, 0)
        digest = hashlib.sha256(data).hexdigest()[:16]
        file_id, thumb_id = f"AgAC-{digest}", f"AgAC-{digest}-s"
        if uploaded:
            self.uploads += 1
            self.files[file_id] = self.files[thumb_id] = data
        self._next_id += 1
        sent = SentPhoto(self._next_id, chat_id, caption, data, uploaded, file_id, keyboard, self.clock())
        self.photos.append(sent)
        self.send_log.record(sent.at, chat_id, sent)
        scale = 320 / max(width, height, 1)
        sizes = [{"file_id": thumb_id, "file_unique_id": digest + "s", "width": round(width * scale),
                  "height": round(height * scale), "file_size": len(data) // 20},
                 {"file_id": file_id, "file_unique_id": digest, "width": width, "height": height,
                  "file_size": len(data)}]
        result: dict[str, Any] = {"message_id": self._next_id, "date": int(time.time()), "photo": sizes,
                                  "chat": {"id": chat_id, "type": "private" if isinstance(chat_id, int) and chat_id > 0
                                           else "supergroup"}, "from": self._bot_user()}
        if caption:
            result["caption"] = caption
        if reply.get("message_id"):
            result["reply_to_message_id"] = reply["message_id"]
        if keyboard:
            result["reply_markup"] = {"inline_keyboard": keyboard}
        return result

    def _check_picture(self, data: bytes) -> None:
        from tests.fakes.telegram import TelegramApiError

        if image_format(data) not in PHOTO_FORMATS:
            raise TelegramApiError(tg.bad_request("IMAGE_PROCESS_FAILED", note="observed: TelegramBot/Api#302"))
        if len(data) > PHOTO_MAX_BYTES:
            raise TelegramApiError(tg.bad_request("PHOTO_SAVE_FILE_INVALID", note="observed: zhukov/webogram#1011"))
        size = image_size(data)
        if size is not None:
            w, h = size
            if w + h > PHOTO_MAX_SIDES or max(w, h) > PHOTO_MAX_RATIO * max(1, min(w, h)):
                raise TelegramApiError(tg.bad_request("PHOTO_INVALID_DIMENSIONS",
                                                      note="observed: go-telegram-bot-api#600, tdlib/td#2544"))
