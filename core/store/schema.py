"""The project file's schema and its forward migrations.

Each migration takes the database from version N-1 to N inside the caller's
transaction, so a failed migration leaves the file exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x44544C4E  # "DTLN": lets us tell our files from other SQLite files
CURRENT_VERSION = 2


def _v1(db: sqlite3.Connection) -> None:
    """The first schema: the extracted model, one JSON document per row."""
    _run(db, 
        """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE sources (
            id TEXT PRIMARY KEY, file TEXT NOT NULL, content_hash TEXT NOT NULL,
            data TEXT NOT NULL, body TEXT NOT NULL);
        CREATE TABLE actors (id TEXT PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE mentions (
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            label TEXT NOT NULL, actor_id TEXT);
        CREATE INDEX mentions_by_source ON mentions(source_id);
        CREATE INDEX mentions_by_actor ON mentions(actor_id);
        CREATE TABLE events (
            id TEXT PRIMARY KEY, start REAL, "end" REAL, data TEXT NOT NULL);
        CREATE INDEX events_by_start ON events(start);
        """
    )


def _v2(db: sqlite3.Connection) -> None:
    """Keep parsed documents (no re-parse on re-extraction) and the edit journal."""
    _run(db, 
        """
        CREATE TABLE analyses (
            source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
            pipeline TEXT NOT NULL, doc BLOB NOT NULL);
        CREATE TABLE timexes (
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, data TEXT NOT NULL);
        CREATE INDEX timexes_by_source ON timexes(source_id);
        CREATE TABLE journal (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,
            op TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0);
        """
    )


def _run(db: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit the caller's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1, 2: _v2}
assert sorted(MIGRATIONS) == list(range(1, CURRENT_VERSION + 1))
