"""Reading and writing models as rows: the only code that knows the columns."""

from __future__ import annotations

import datetime as dt
import sqlite3

from core.models import Actor, Event, Mention, Source, Timex

EPOCH = dt.datetime(1970, 1, 1)


def seconds(moment: dt.datetime | None) -> float | None:
    """Naive datetimes as seconds since 1970, indexable for range queries."""
    return None if moment is None else (moment - EPOCH).total_seconds()


# -- sources -----------------------------------------------------------------


def put_source(db: sqlite3.Connection, source: Source) -> None:
    data = source.model_dump_json(exclude={"body"})
    db.execute(
        "INSERT OR REPLACE INTO sources(id, file, content_hash, data, body) VALUES (?,?,?,?,?)",
        (source.id, source.file, source.content_hash, data, source.body),
    )


def row_to_source(data: str, body: str) -> Source:
    source = Source.model_validate_json(data)
    source.body = body
    return source


# -- actors and mentions -----------------------------------------------------


def put_actor(db: sqlite3.Connection, actor: Actor) -> None:
    db.execute(
        "INSERT OR REPLACE INTO actors(id, data) VALUES (?, ?)",
        (actor.id, actor.model_dump_json()),
    )


def put_mentions(db: sqlite3.Connection, mentions: list[Mention]) -> None:
    db.executemany(
        'INSERT INTO mentions(source_id, start, "end", text, label, actor_id) VALUES (?,?,?,?,?,?)',
        [(m.source_id, m.start, m.end, m.text, m.label.value, m.actor_id) for m in mentions],
    )


def row_to_mention(row: tuple) -> Mention:
    source_id, start, end, text, label, actor_id = row
    return Mention(
        source_id=source_id, start=start, end=end, text=text, label=label, actor_id=actor_id
    )


# -- timexes -------------------------------------------------------------------


def put_timexes(db: sqlite3.Connection, source_id: str, timexes: list[Timex]) -> None:
    db.executemany(
        'INSERT INTO timexes(source_id, start, "end", data) VALUES (?,?,?,?)',
        [(source_id, t.start, t.end, t.model_dump_json()) for t in timexes],
    )


# -- events --------------------------------------------------------------------


def put_event(db: sqlite3.Connection, event: Event) -> None:
    db.execute(
        'INSERT OR REPLACE INTO events(id, start, "end", data) VALUES (?,?,?,?)',
        (event.id, seconds(event.time.start), seconds(event.time.end), event.model_dump_json()),
    )
