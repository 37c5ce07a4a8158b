"""multipart/form-data as the platforms read it (RFC 7578), parsed with the standard library's MIME parser: the fakes
need no extra package, and a body the parser cannot read is refused as the platform would refuse it."""

from __future__ import annotations

from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP


@dataclass(frozen=True)
class Upload:
    """One file part: its form field, file name, declared type and bytes."""

    field: str
    filename: str
    content_type: str
    data: bytes


def parse_form(body: bytes, content_type: str) -> tuple[dict[str, str], dict[str, Upload]]:
    """(text fields, file parts) of a multipart/form-data body; both empty when it is not one."""
    if not content_type.lower().startswith("multipart/form-data"):
        return {}, {}
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    if not message.is_multipart():
        return {}, {}
    fields: dict[str, str] = {}
    files: dict[str, Upload] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        data = part.get_payload(decode=True) or b""
        filename = part.get_param("filename", header="content-disposition")
        if isinstance(filename, str):
            files[name] = Upload(name, filename, part.get_content_type(), data)
        else:
            fields[name] = data.decode("utf-8", "replace")
    return fields, files


def image_format(data: bytes) -> str | None:
    """"png", "jpeg", "gif", "bmp", "webp" by the file's magic bytes (PNG spec §5.2, JFIF SOI marker, GIF87a/89a,
    BMP "BM", RIFF…WEBP); None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data.startswith(b"BM"):
        return "bmp"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG (IHDR, PNG spec §11.2.2) or JPEG (SOFn marker); None when not readable."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                return None
            marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
            i += 2 + length
    return None
