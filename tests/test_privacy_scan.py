"""The privacy judge itself is tested: on databases of our own making (not the bot's schema) it must find every
planted needle, however it is encoded, name the exact cell, stay quiet on clean cells, and refuse what it cannot read.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.privacy_scan import Hit, ScanError, describe, find_text

SECRET = "秘密"
EMAIL = "alice@example.com"
PHONE = "13800138000"
NAME = "Zhang Wei"
NEEDLES = (SECRET, EMAIL, PHONE, NAME)

Cell = tuple[str, str, str, str]  # table, column, row_key, needle

# Planted in both backends; every other cell (and every other row) is clean.
EXPECTED_COMMON: set[Cell] = {
    ("notes", "body", "1", PHONE),
    ("notes", "title", "2", NAME),
    ("notes", "phone", "2", PHONE),  # an integer, found through str()
    ("docs", "data", "1", SECRET),  # JSON with ensure_ascii escapes
    ("docs", "data", "2", SECRET),  # in a JSON key
    ("docs", "data", "3", SECRET),  # JSON text inside JSON
    ("blobs", "raw", "1", EMAIL),  # UTF-8 among undecodable bytes
    ("blobs", "packed", "1", SECRET),  # zlib-compressed, escaped JSON
    ("blobs", "packed", "2", NAME),  # gzip
    ("blobs", "raw", "3", PHONE),  # looks like zlib, is not: still read raw
    ("blobs", "packed", "5", SECRET),  # truncated zlib stream: its head still counts
    ("events", "payload", "7,2", EMAIL),  # composite primary key
    ("log", "line", "1", SECRET),  # no primary key: the row index
}


def _cells(hits: list[Hit]) -> set[Cell]:
    return {(h.table, h.column, h.row_key, h.needle) for h in hits}


def _assert_found(hits: list[Hit], expected: set[Cell]) -> None:
    assert _cells(hits) == expected, describe(hits)
    assert len(hits) == len(expected), "one hit per needle per cell:\n" + describe(hits)
    for hit in hits:
        assert hit.needle in hit.excerpt, hit


def _blob_rows() -> list[tuple[int, bytes | None, bytes]]:
    """Binary values shared by both backends (PostgreSQL bytea takes NUL bytes, SQLite BLOB too)."""
    return [
        (1, EMAIL.encode() + b"\xff\xfe\x00\x80", zlib.compress(json.dumps({"m": SECRET}).encode())),
        (2, b"\x00\x01binary", gzip.compress(NAME.encode())),
        (3, b"\x78\x9c not compressed " + PHONE.encode(), zlib.compress(b"public")),
        (4, bytes(range(256)), zlib.compress(b"x" * 10_000)),
        (5, None, zlib.compress((SECRET + " " + "y" * 5000).encode())[:-4]),
    ]


def _doc_rows() -> list[tuple[int, str]]:
    return [
        (1, json.dumps({"note": "这是" + SECRET})),
        (2, json.dumps({SECRET: 1})),
        (3, json.dumps({"wrapped": json.dumps({"x": SECRET})})),
        (4, json.dumps({"note": "公开", "n": 13800})),
    ]


# SQLite ---------------------------------------------------------------------------------------------------------

@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """Built with the stdlib driver and raw DDL, so nothing of SQLAlchemy's typing shapes what is stored."""
    path = tmp_path / "planted.db"
    with sqlite3.connect(path) as db:
        db.executescript("""
            CREATE TABLE notes (id INTEGER PRIMARY KEY, title VARCHAR(50), body TEXT, phone INTEGER, created DATETIME);
            CREATE TABLE docs (id INTEGER PRIMARY KEY, data JSON);
            CREATE TABLE blobs (id INTEGER PRIMARY KEY, raw BLOB, packed BLOB);
            CREATE TABLE events (user_id INTEGER, seq INTEGER, payload TEXT, PRIMARY KEY (user_id, seq));
            CREATE TABLE log (line TEXT, level TEXT);
            CREATE TABLE empty (id INTEGER PRIMARY KEY, x TEXT);
        """)
        db.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?)", [
            (1, "hello", f"call {PHONE} tomorrow", None, "2024-01-01 00:00:00"),
            (2, NAME, "nothing here", int(PHONE), "not a date at all"),  # a DATETIME that would not parse
            (3, "clean", "nothing personal", 42, "2024-02-03"),
        ])
        db.executemany("INSERT INTO docs VALUES (?, ?)", [
            *_doc_rows(),
            (5, '{"broken": "\\u79d8\\u5bc6'),  # escaped, and not even valid JSON
        ])
        db.executemany("INSERT INTO blobs VALUES (?, ?, ?)", _blob_rows())
        db.executemany("INSERT INTO events VALUES (?, ?, ?)", [(7, 1, "clean"), (7, 2, f"mail {EMAIL}")])
        db.executemany("INSERT INTO log VALUES (?, ?)", [("hello", "info"), (f"user {SECRET} in", "info"),
                                                        ("bye", "info")])
    db.close()
    return f"sqlite+aiosqlite:///{path}"


async def test_sqlite_every_planted_needle_is_found_in_its_cell_and_nothing_else(sqlite_url: str) -> None:
    hits = await find_text(sqlite_url, NEEDLES)
    _assert_found(hits, EXPECTED_COMMON | {("docs", "data", "5", SECRET)})


async def test_sqlite_a_needle_stored_nowhere_finds_nothing(sqlite_url: str) -> None:
    assert await find_text(sqlite_url, ["bob@example.org", "公开的秘密"]) == []


async def test_sqlite_escaped_json_hit_says_how_it_was_decoded(sqlite_url: str) -> None:
    [hit] = await find_text(sqlite_url, ["这是秘密"])
    assert (hit.table, hit.column, hit.row_key) == ("docs", "data", "1")
    assert "这是秘密" in hit.excerpt and "via" in hit.excerpt, hit.excerpt


async def test_sqlite_a_column_that_cannot_be_read_raises(tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE bad (id INTEGER PRIMARY KEY, body TEXT)")
        db.execute("INSERT INTO bad VALUES (1, CAST(X'FFFE41' AS TEXT))")  # TEXT that is not UTF-8
    db.close()
    with pytest.raises(ScanError, match="bad"):
        await find_text(f"sqlite+aiosqlite:///{path}", [SECRET])


async def test_empty_needles_are_refused(sqlite_url: str) -> None:
    with pytest.raises(ValueError):
        await find_text(sqlite_url, [""])
    with pytest.raises(ValueError):
        await find_text(sqlite_url, [])


def test_describe_names_each_cell_and_needle() -> None:
    hit = Hit("docs", "data", "1", SECRET, "'{\"note\": \"这是秘密\"}' (via json)")
    report = describe([hit])
    assert "1 hit" in report and "docs.data [row 1]" in report and SECRET in report
    assert "no needle found" in describe([])


# PostgreSQL -----------------------------------------------------------------------------------------------------

@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh empty database from the suite's helper (skipped when unreachable, a failure in CI)."""
    import psycopg

    from tests import postgres

    postgres.require()
    name, url = postgres.fresh_database(migrated=False)
    try:
        with psycopg.connect(postgres._dsn(postgres.base_url(), name), autocommit=True) as db:
            db.execute("""
                CREATE TABLE notes (id int PRIMARY KEY, title varchar(50), body text, phone bigint,
                                    created timestamptz, tags text[]);
                CREATE TABLE docs (id int PRIMARY KEY, data json, bdata jsonb);
                CREATE TABLE blobs (id int PRIMARY KEY, raw bytea, packed bytea);
                CREATE TABLE events (user_id int, seq int, payload text, PRIMARY KEY (user_id, seq));
                CREATE TABLE log (line text, level text);
                CREATE TABLE ids (id uuid PRIMARY KEY, at timestamptz, n numeric);
                CREATE SCHEMA elsewhere;
                CREATE TABLE elsewhere.hidden (id int PRIMARY KEY, body text);
            """)
            with db.cursor() as cur:
                cur.executemany("INSERT INTO notes VALUES (%s, %s, %s, %s, %s, %s)", [
                    (1, "hello", f"call {PHONE} tomorrow", None, "2024-01-01T00:00:00Z", ["a", "b"]),
                    (2, NAME, "nothing here", int(PHONE), None, None),
                    (3, "clean", "nothing personal", 42, "2024-02-03T00:00:00Z", ["x", f"to {EMAIL}"]),
                ])
                cur.executemany("INSERT INTO docs VALUES (%s, %s::json, %s::jsonb)",
                                [(i, doc, doc if i == 4 else None) for i, doc in _doc_rows()]
                                + [(5, None, json.dumps({"deep": [{"who": NAME}]}))])
                cur.executemany("INSERT INTO blobs VALUES (%s, %s, %s)", _blob_rows())
                cur.executemany("INSERT INTO events VALUES (%s, %s, %s)", [(7, 1, "clean"), (7, 2, f"mail {EMAIL}")])
                cur.executemany("INSERT INTO log VALUES (%s, %s)", [("hello", "info"), (f"user {SECRET} in", "info"),
                                                                   ("bye", "info")])
                cur.execute("INSERT INTO ids VALUES ('00000000-0000-0000-0000-000000000001', now(), 13800.5)")
                cur.execute("INSERT INTO elsewhere.hidden VALUES (1, %s)", (SECRET,))
        yield url
    finally:
        postgres.drop_database(name)


async def test_postgres_every_planted_needle_is_found_in_its_cell_and_nothing_else(postgres_url: str) -> None:
    hits = await find_text(postgres_url, NEEDLES)
    _assert_found(hits, EXPECTED_COMMON | {
        ("notes", "tags", "3", EMAIL),  # a text[] array
        ("docs", "bdata", "5", NAME),  # jsonb, nested
    })  # elsewhere.hidden is outside the current schema, so its secret is not reported


async def test_postgres_a_needle_stored_nowhere_finds_nothing(postgres_url: str) -> None:
    assert await find_text(postgres_url, ["bob@example.org", "公开的秘密"]) == []
