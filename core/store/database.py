"""Opening, checking, migrating and writing a project's SQLite file safely.

Safety rules: a file is inspected read-only before anything is written, so a
foreign, corrupt or newer file is left untouched; every write happens in one
transaction with ``synchronous=FULL`` and a rollback journal (the project stays
a single file at rest, and SQLite rolls back a half-written transaction after
a crash); a migration first copies the file aside.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from core.store.errors import CorruptProjectError, NewerProjectError, NotAProjectError
from core.store.schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS

SQLITE_MAGIC = b"SQLite format 3\x00"


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
    return db


def inspect(path: Path) -> int:
    """Return the schema version of a Dateline file, or raise a clear error."""
    name = path.name
    if not path.is_file():
        raise NotAProjectError(f"{name}: no such project file")
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) == 0:
        return 0  # an empty file is a new project (made by "Save As" over a blank)
    if not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(f"{name}: not a Dateline project (not an SQLite database)")
    try:
        db = _connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise CorruptProjectError(f"{name}: cannot be read ({exc})") from exc
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAProjectError(f"{name}: not a Dateline project (another SQLite database)")
        check = db.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise CorruptProjectError(f"{name}: the project file is damaged ({check})")
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise CorruptProjectError(f"{name}: the project file is damaged ({exc})") from exc
    finally:
        db.close()
    if row is None:
        raise CorruptProjectError(f"{name}: the project file has no schema version")
    version = int(row[0])
    if version > CURRENT_VERSION:
        raise NewerProjectError(
            f"{name}: made by a newer Dateline (schema {version}, this version reads up to"
            f" {CURRENT_VERSION}); please update Dateline"
        )
    return version


class Database:
    """One open project file. Thread-safe: all access goes through one lock."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self._db = db
        self._lock = threading.RLock()
        self._depth = 0

    @classmethod
    def open(cls, path: Path, *, create: bool = False) -> Database:
        path = Path(path)
        if create and path.exists() and path.stat().st_size > 0:
            raise FileExistsError(f"{path.name}: already exists")
        version = 0 if create else inspect(path)
        if 0 < version < CURRENT_VERSION:
            shutil.copy2(path, path.with_name(path.name + f".v{version}.bak"))
        db = _connect(path)
        database = cls(path, db)
        if version < CURRENT_VERSION:
            database._migrate(version)
        return database

    def _migrate(self, version: int) -> None:
        with self.transaction() as db:
            if version == 0:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for target in range(version + 1, CURRENT_VERSION + 1):
                MIGRATIONS[target](db)
            db.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                (str(CURRENT_VERSION),),
            )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing writes; nested uses join the outer transaction."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._db.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self._db
            except BaseException:
                self._depth -= 1
                if outer:
                    self._db.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._db.execute("COMMIT")

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def schema_version(self) -> int:
        return int(self.query("SELECT value FROM meta WHERE key='schema_version'")[0][0])

    def integrity_check(self) -> str:
        return self.query("PRAGMA integrity_check")[0][0]

    def backup_to(self, target: Path) -> None:
        """Write a consistent copy (SQLite's online backup), then move it into place."""
        target = Path(target)
        tmp = target.with_name(target.name + ".part")
        tmp.unlink(missing_ok=True)
        with self._lock:
            dest = sqlite3.connect(tmp)
            try:
                self._db.backup(dest)
            finally:
                dest.close()
        tmp.replace(target)

    def close(self) -> None:
        with self._lock:
            self._db.close()
