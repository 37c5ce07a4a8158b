"""Reading a console form: bounded in size and in fields, UTF-8 or refused, never a 5xx however it is mangled.
(No python-multipart: the console's forms are all url-encoded and small.)"""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import Request

MAX_FORM_BYTES = 16 * 1024  # a chat message is at most 1,000 characters; nothing else is long
MAX_FIELDS = 16


class FormTooLarge(Exception):
    """More than `MAX_FORM_BYTES`: answered 413 before anything is read further."""


class BadForm(Exception):
    """Not a url-encoded form, or one with too many fields: answered 400."""


async def read_form(request: Request, *, limit: int = MAX_FORM_BYTES) -> dict[str, str]:
    """The form's fields (the first value of each)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FormTooLarge()
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/x-www-form-urlencoded", ""):
        raise BadForm()
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise FormTooLarge()
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        raise BadForm() from None
    return {k: v[0] for k, v in fields.items() if v}
