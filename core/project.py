"""A Dateline project: one SQLite file holding sources, actors, events and edits.

Every change is written in one transaction the moment it is made, so there is
nothing to "save" and nothing to lose in a crash.  Listeners (plain callables,
no Qt) hear which ids changed so views refresh only what they show; they may be
called from the thread that made the change.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.models import Actor, Event, Mention, Source, Timex
from core.store import tables
from core.store.database import Database

if TYPE_CHECKING:
    from core.operations import Operation


@dataclass
class Changes:
    """What an operation or import changed, by id."""

    sources: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    reset: bool = False  # everything may have changed (import, re-extraction)

    def __bool__(self) -> bool:
        return self.reset or bool(self.sources or self.actors or self.events)

    def update(self, other: Changes) -> None:
        self.sources |= other.sources
        self.actors |= other.actors
        self.events |= other.events
        self.reset |= other.reset


Listener = Callable[[Changes], None]


class Project:
    """The model-level API over a project file; caches what views read often."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._listeners: list[Listener] = []
        self._cache_lock = threading.RLock()
        self._actors: dict[str, Actor] | None = None
        self._events: dict[str, Event] | None = None
        self._sources: dict[str, Source] | None = None

    # -- lifecycle -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Project:
        return cls(Database.open(Path(path), create=True))

    @classmethod
    def open(cls, path: str | Path) -> Project:
        return cls(Database.open(Path(path)))

    @classmethod
    def open_or_create(cls, path: str | Path) -> Project:
        path = Path(path)
        return cls.open(path) if path.exists() and path.stat().st_size else cls.create(path)

    @property
    def path(self) -> Path:
        return self._db.path

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save_as(self, path: str | Path) -> None:
        """Copy the project to ``path`` and continue working on the copy."""
        path = Path(path)
        self._db.backup_to(path)
        old = self._db
        self._db = Database.open(path)
        old.close()

    def integrity_check(self) -> str:
        return self._db.integrity_check()

    def schema_version(self) -> int:
        return self._db.schema_version()

    # -- listeners ---------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, changes: Changes) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    # -- reading -----------------------------------------------------------------

    def _load_sources(self) -> dict[str, Source]:
        with self._cache_lock:
            if self._sources is None:
                rows = self._db.query("SELECT data, body FROM sources ORDER BY rowid")
                self._sources = {s.id: s for s in (tables.row_to_source(*r) for r in rows)}
            return self._sources

    def _load_actors(self) -> dict[str, Actor]:
        with self._cache_lock:
            if self._actors is None:
                rows = self._db.query("SELECT data FROM actors ORDER BY rowid")
                self._actors = {a.id: a for a in (Actor.model_validate_json(r[0]) for r in rows)}
            return self._actors

    def _load_events(self) -> dict[str, Event]:
        with self._cache_lock:
            if self._events is None:
                rows = self._db.query("SELECT data FROM events ORDER BY start, rowid")
                self._events = {e.id: e for e in (Event.model_validate_json(r[0]) for r in rows)}
            return self._events

    def sources(self) -> list[Source]:
        return list(self._load_sources().values())

    def source(self, source_id: str) -> Source:
        return self._load_sources()[source_id]

    def actors(self) -> list[Actor]:
        return list(self._load_actors().values())

    def actor(self, actor_id: str) -> Actor:
        return self._load_actors()[actor_id]

    def events(self) -> list[Event]:
        return list(self._load_events().values())

    def event(self, event_id: str) -> Event:
        return self._load_events()[event_id]

    def mentions(self, source_id: str | None = None, actor_id: str | None = None) -> list[Mention]:
        sql = 'SELECT source_id, start, "end", text, label, actor_id FROM mentions'
        clauses, params = [], []
        if source_id is not None:
            clauses.append("source_id = ?")
            params.append(source_id)
        if actor_id is not None:
            clauses.append("actor_id = ?")
            params.append(actor_id)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        rows = self._db.query(sql + " ORDER BY source_id, start", tuple(params))
        return [tables.row_to_mention(r) for r in rows]

    def timexes(self, source_id: str) -> list[Timex]:
        rows = self._db.query(
            "SELECT data FROM timexes WHERE source_id = ? ORDER BY start", (source_id,)
        )
        return [Timex.model_validate_json(r[0]) for r in rows]

    def doc_bytes(self, source_id: str) -> tuple[str, bytes] | None:
        """The stored spaCy analysis of a source: (pipeline name, Doc bytes)."""
        rows = self._db.query("SELECT pipeline, doc FROM analyses WHERE source_id = ?", (source_id,))
        return (rows[0][0], rows[0][1]) if rows else None

    def content_hashes(self) -> set[str]:
        return {r[0] for r in self._db.query("SELECT content_hash FROM sources")}

    def meta(self, key: str) -> str | None:
        """A free-form project property (e.g. which extractor built the analyses)."""
        rows = self._db.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        if key == "schema_version":
            raise ValueError("schema_version is kept by the store")
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def journal(self) -> list[dict]:
        rows = self._db.query("SELECT seq, at, op, undone FROM journal ORDER BY seq")
        return [{"seq": s, "at": at, "op": json.loads(op), "undone": bool(u)} for s, at, op, u in rows]

    # -- writing -----------------------------------------------------------------

    def transaction(self):
        """One all-or-nothing unit of writes; caches are dropped if it fails."""
        return _CacheSafeTransaction(self)

    def _invalidate(self) -> None:
        with self._cache_lock:
            self._actors = self._events = self._sources = None

    def put_sources(self, sources: Iterable[Source]) -> None:
        with self.transaction() as db:
            for source in sources:
                tables.put_source(db, source)
                if self._sources is not None:
                    self._sources[source.id] = source

    def put_actors(self, actors: Iterable[Actor]) -> None:
        with self.transaction() as db:
            for actor in actors:
                tables.put_actor(db, actor)
                if self._actors is not None:
                    self._actors[actor.id] = actor

    def delete_actors(self, actor_ids: Iterable[str]) -> None:
        with self.transaction() as db:
            for actor_id in actor_ids:
                db.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
                if self._actors is not None:
                    self._actors.pop(actor_id, None)

    def put_events(self, events: Iterable[Event]) -> None:
        with self.transaction() as db:
            for event in events:
                tables.put_event(db, event)
            self._events = None  # keep the cache in time order

    def delete_events(self, event_ids: Iterable[str]) -> None:
        with self.transaction() as db:
            for event_id in event_ids:
                db.execute("DELETE FROM events WHERE id = ?", (event_id,))
                if self._events is not None:
                    self._events.pop(event_id, None)

    def replace_mentions(self, source_id: str, mentions: list[Mention]) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM mentions WHERE source_id = ?", (source_id,))
            tables.put_mentions(db, mentions)

    def reassign_mentions(self, moves: Iterable[tuple[str, int, int, str | None]]) -> None:
        """Point mentions ``(source_id, start, end)`` at another actor."""
        with self.transaction() as db:
            db.executemany(
                'UPDATE mentions SET actor_id = ? WHERE source_id = ? AND start = ? AND "end" = ?',
                [(actor_id, sid, start, end) for sid, start, end, actor_id in moves],
            )

    def replace_timexes(self, source_id: str, timexes: list[Timex]) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM timexes WHERE source_id = ?", (source_id,))
            tables.put_timexes(db, source_id, timexes)

    def put_analysis(self, source_id: str, pipeline: str, doc: bytes) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO analyses(source_id, pipeline, doc) VALUES (?,?,?)",
                (source_id, pipeline, doc),
            )

    def replace_extraction(self, actors: list[Actor], events: list[Event]) -> None:
        """Swap in a fresh set of actors and events (after import or re-extraction)."""
        with self.transaction() as db:
            db.execute("DELETE FROM actors")
            db.execute("DELETE FROM events")
            for actor in actors:
                tables.put_actor(db, actor)
            for event in events:
                tables.put_event(db, event)
            self._actors = self._events = None

    # -- edits ---------------------------------------------------------------------

    def apply(self, op: Operation) -> Changes:
        """Apply a user edit in one transaction, journal it, and tell listeners."""
        with self.transaction() as db:
            changes = op.apply(self)
            db.execute(
                "INSERT INTO journal(at, op) VALUES (?, ?)",
                (dt.datetime.now().isoformat(timespec="seconds"), op.model_dump_json()),
            )
        self.notify(changes)
        return changes


class _CacheSafeTransaction:
    """A database transaction that drops the caches when it rolls back."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._inner = project._db.transaction()

    def __enter__(self):
        self._project._cache_lock.acquire()
        return self._inner.__enter__()

    def __exit__(self, exc_type, exc, tb):
        try:
            result = self._inner.__exit__(exc_type, exc, tb)
            if exc_type is not None:
                self._project._invalidate()
            return result
        finally:
            self._project._cache_lock.release()
