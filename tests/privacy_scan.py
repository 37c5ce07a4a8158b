"""An independent privacy judge: does any text we were told to forget still sit anywhere in a database?

It knows nothing of the bot's schema, on purpose: it reflects every table of the database, reads every row and
every column raw (no type processing that could fail or hide data), and looks for each needle in every readable
view of each value: the text itself, \\uXXXX escapes decoded, JSON decoded (keys and values, at any nesting, JSON
inside JSON too), bytes as UTF-8, and zlib/gzip blobs inflated. A column it cannot read is an error, never a pass.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import MetaData, Table, select, type_coerce
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine
from sqlalchemy.types import NullType

_CONTEXT = 40  # characters of an excerpt either side of the needle
_CHUNK = 4096  # compressed bytes fed to the inflater at a time, so that a corrupt tail still yields its head
_MAX_INFLATED = 256 * 1024 * 1024  # a "compressed" blob larger than this once inflated is refused, not skipped
_MAX_LAYERS = 16  # decoding layers (JSON in zlib in JSON …); more is a zlib quine or an attack, refused
_PARTITION = 500  # rows fetched at a time
_ESCAPES = re.compile(r"(?:\\u[0-9a-fA-F]{4})+")

View = tuple[tuple[str, ...], str]  # (how the text was obtained, the text)


class ScanError(RuntimeError):
    """Part of the database could not be read or decoded: the judge refuses to pass what it did not see."""


@dataclass(frozen=True)
class Hit:
    """One needle found in one cell; `excerpt` shows it in context and, when decoded, how it was reached."""

    table: str
    column: str
    row_key: str
    needle: str
    excerpt: str


async def find_text(db_url: str, needles: Iterable[str]) -> list[Hit]:
    """Every cell of every table (of the current schema on PostgreSQL) in which any needle occurs, once per needle."""
    wanted = tuple(dict.fromkeys(needles))
    if not wanted or any(not isinstance(n, str) or not n for n in wanted):
        raise ValueError(f"needles must be non-empty strings, got {wanted!r}")
    engine = create_async_engine(db_url)
    try:
        async with engine.connect() as conn:
            metadata = MetaData()
            # schema=None: the dialect's default schema, i.e. current_schema() on PostgreSQL, "main" on SQLite.
            await conn.run_sync(lambda sync_conn: metadata.reflect(bind=sync_conn, schema=None))
            hits: list[Hit] = []
            for table in sorted(metadata.tables.values(), key=lambda t: t.name):
                hits.extend(await _scan_table(conn, table, wanted))
            return hits
    finally:
        await engine.dispose()


def describe(hits: Iterable[Hit]) -> str:
    """A report for an assertion message: where each needle was found and what surrounds it."""
    found = list(hits)
    if not found:
        return "privacy scan: no needle found anywhere in the database"
    lines = [f"privacy scan: {len(found)} hit(s)"]
    for hit in found:
        lines.append(f"  {hit.table}.{hit.column} [row {hit.row_key}]: {hit.needle!r} in {hit.excerpt}")
    return "\n".join(lines)


async def _scan_table(conn: AsyncConnection, table: Table, needles: tuple[str, ...]) -> list[Hit]:
    """Reads the table raw (types coerced to NullType: no result processing) in primary-key order."""
    columns = list(table.columns)
    if not columns:
        return []
    positions = {column.name: i for i, column in enumerate(columns)}
    key_at = [positions[column.name] for column in table.primary_key.columns]
    stmt = select(*(type_coerce(column, NullType()).label(f"c{i}") for i, column in enumerate(columns)))
    if key_at:
        stmt = stmt.order_by(*table.primary_key.columns)
    try:
        result = await conn.stream(stmt)
    except Exception as exc:
        raise _unreadable(table, exc) from exc
    hits: list[Hit] = []
    index = 0
    try:
        while True:
            try:
                rows = await result.fetchmany(_PARTITION)
            except Exception as exc:
                raise _unreadable(table, exc) from exc
            if not rows:
                return hits
            for row in rows:
                row_key = ",".join(str(row[i]) for i in key_at) if key_at else str(index)
                index += 1
                for column, value in zip(columns, row, strict=True):
                    hits.extend(_cell_hits(table.name, column.name, row_key, value, needles))
    finally:
        await result.close()


def _unreadable(table: Table, exc: Exception) -> ScanError:
    """Names the table and its columns; the driver's message usually names the column that failed."""
    return ScanError(f"cannot read table {table.name!r} ({', '.join(table.columns.keys())}): {exc}")


def _cell_hits(table: str, column: str, row_key: str, value: object, needles: tuple[str, ...]) -> list[Hit]:
    """The first view of the value in which each needle shows, so one needle counts once per cell."""
    remaining = list(needles)
    hits: list[Hit] = []
    for via, text in _views(value, (), 0):
        for needle in list(remaining):
            at = text.find(needle)
            if at >= 0:
                remaining.remove(needle)
                hits.append(Hit(table, column, row_key, needle, _excerpt(text, at, len(needle), via)))
        if not remaining:
            break
    return hits


def _views(value: object, via: tuple[str, ...], layer: int) -> Iterator[View]:
    """Every text a reader could get out of the value; containers (PostgreSQL JSON, arrays) are walked."""
    if layer > _MAX_LAYERS:
        raise ScanError(f"more than {_MAX_LAYERS} nested encodings ({' → '.join(via)}): refusing to guess")
    if value is None:
        return
    if isinstance(value, str):
        yield from _text_views(value, via, layer)
    elif isinstance(value, bytes | bytearray | memoryview):
        yield from _bytes_views(bytes(value), via, layer)
    elif isinstance(value, Mapping):
        yield via, json.dumps(value, ensure_ascii=False, default=str)  # a needle spanning a key and its value
        for key, item in value.items():
            yield from _views(key, via, layer)
            yield from _views(item, via, layer)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _views(item, via, layer)
    else:
        yield via, str(value)


def _text_views(text: str, via: tuple[str, ...], layer: int) -> Iterator[View]:
    """The text, its \\uXXXX escapes decoded (even in JSON too broken to parse), and its JSON decoded."""
    yield via, text
    if "\\u" in text:
        unescaped = _ESCAPES.sub(lambda m: json.loads(f'"{m.group(0)}"'), text)
        if unescaped != text:
            yield via + ("\\u-escapes",), unescaped
    if text.lstrip()[:1] in ("{", "[", '"'):
        try:
            decoded = json.loads(text)
        except ValueError:
            return  # not JSON: the raw and unescaped views above are all there is
        yield from _views(decoded, via + ("json",), layer + 1)


def _bytes_views(data: bytes, via: tuple[str, ...], layer: int) -> Iterator[View]:
    """Bytes as UTF-8 (undecodable bytes dropped), and inflated when they carry a gzip or zlib header."""
    yield from _text_views(data.decode("utf-8", errors="ignore"), via + ("bytes",), layer)
    if data[:2] == b"\x1f\x8b":
        yield from _bytes_views(_inflate(data, 31), via + ("gzip",), layer + 1)
    elif len(data) >= 2 and data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and (data[0] << 8 | data[1]) % 31 == 0:
        yield from _bytes_views(_inflate(data, 15), via + ("zlib",), layer + 1)


def _inflate(data: bytes, wbits: int) -> bytes:
    """Whatever inflates: all members of a multi-member stream, the readable head of a corrupt one, b"" for junk.

    Junk that merely starts like a header is not an error: its raw bytes were already searched.
    """
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits)
        consumed = 0
        try:
            while consumed < len(rest) and not inflater.eof:
                out += inflater.decompress(rest[consumed:consumed + _CHUNK])
                consumed += _CHUNK
                if len(out) > _MAX_INFLATED:
                    raise ScanError(f"a compressed value inflates past {_MAX_INFLATED} bytes: refusing to scan it")
        except zlib.error:
            break
        if not inflater.eof:
            break
        rest = inflater.unused_data + rest[consumed:]
        if wbits != 31 or rest[:2] != b"\x1f\x8b":
            break  # zlib has one member; trailing bytes after gzip that are not another member are padding
    return bytes(out)


def _excerpt(text: str, at: int, length: int, via: tuple[str, ...]) -> str:
    """The needle with some context, on one line, and the decoding path when it was not the raw text."""
    start, end = max(0, at - _CONTEXT), min(len(text), at + length + _CONTEXT)
    snippet = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    snippet = repr(snippet.replace("\r", "␍").replace("\n", "⏎"))
    return f"{snippet} (via {' → '.join(via)})" if via else snippet
