"""Telegram's text rules: UTF-16 lengths, splitting, 64-byte callback data; and the token kept out of logs."""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096  # characters, as Telegram counts them: UTF-16 code units
CALLBACK_DATA_LIMIT = 64  # bytes (UTF-8); more is BUTTON_DATA_INVALID


def callback_data(owner: str | None, payload: str) -> str:
    """`owner|payload`, cut on a character boundary to Telegram's 64 bytes (payloads are short commands)."""
    data = f"{owner or ''}|{payload}"
    raw = data.encode()
    if len(raw) <= CALLBACK_DATA_LIMIT:
        return data
    log.warning("telegram button payload %r cut to fit %d bytes of callback data", payload, CALLBACK_DATA_LIMIT)
    return raw[:CALLBACK_DATA_LIMIT].decode(errors="ignore")


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Parts of at most `limit` UTF-16 units, cut at paragraphs, then lines, then spaces, then anywhere."""
    parts = _split(text, limit, ("\n\n", "\n", " "))
    return [p for p in parts if p.strip()]


def _split(text: str, limit: int, seps: tuple[str, ...]) -> list[str]:
    if u16(text) <= limit:
        return [text]
    if not seps:
        out, current = [], ""
        for ch in text:
            if u16(current + ch) > limit:
                out.append(current)
                current = ""
            current += ch
        return out + [current]
    sep, out, current = seps[0], [], ""
    for piece in text.split(sep):
        joined = piece if not current else current + sep + piece
        if u16(joined) <= limit:
            current = joined
            continue
        if current:
            out.append(current)
        pieces = _split(piece, limit, seps[1:])
        out.extend(pieces[:-1])
        current = pieces[-1]
    return out + [current]


def u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def cut_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the UTF-16 spans, spaces tidied where a mention stood."""
    raw = text.encode("utf-16-le")
    for offset, length in sorted(spans, reverse=True):
        raw = raw[:offset * 2] + raw[(offset + length) * 2:]
    return re.sub(r"[ \t]{2,}", " ", raw.decode("utf-16-le")).strip()


class RedactToken(logging.Filter):
    """Replaces the bot token in log records."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def clean(self, text: str) -> str:
        return text.replace(self.token, "<token>")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = self.clean(message), ()
        return True
