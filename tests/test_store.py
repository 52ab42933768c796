"""The project file: round trip, migrations, refusal of foreign/damaged/newer files, crash safety."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from core.models import Actor, DateOrigin, Event, Evidence, Mention, Source, Timex
from core.project import Changes, Project
from core.store import CorruptProjectError, NewerProjectError, NotAProjectError
from core.store.schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS
from core.timevalues import day_value


def sample(project: Project) -> tuple[Source, Actor, Event]:
    source = Source(file="a.txt", title="A", authors=["Ann Writer"], published=dt.date(2021, 12, 7),
                    published_from=DateOrigin.METADATA, body="Biden called Putin on Tuesday. ✨",
                    furniture=[(31, 32)], content_hash="h1")
    actor = Actor(name="Joe Biden", kind="PERSON", aliases=["Biden"], role="President", mentions=1)
    event = Event(title="Biden calls Putin", time=day_value(dt.date(2021, 12, 7)), actors=[actor.id],
                  evidence=[Evidence(source_id=source.id, start=0, end=30, text=source.body[:30])],
                  tags=["call"], note="checked")
    with project.transaction():
        project.put_sources([source])
        project.put_actors([actor])
        project.put_events([event])
        project.replace_mentions(source.id, [Mention(source_id=source.id, start=0, end=5, text="Biden",
                                                     label="PERSON", actor_id=actor.id)])
        project.replace_timexes(source.id, [Timex(start=21, end=28, text="Tuesday", type="DATE",
                                                  value="2021-12-07")])
    return source, actor, event


def test_round_trip(tmp_path):
    path = tmp_path / "p.dateline"
    with Project.create(path) as project:
        source, actor, event = sample(project)
    with Project.open(path) as project:
        assert project.sources() == [source]
        assert project.actors() == [actor]
        assert project.events() == [event]
        assert project.mentions(source.id)[0].actor_id == actor.id
        assert project.timexes(source.id)[0].value == "2021-12-07"
        assert project.integrity_check() == "ok"
        assert project.schema_version() == CURRENT_VERSION


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "p.dateline"
    Project.create(path).close()
    with pytest.raises(FileExistsError):
        Project.create(path)


def test_failed_transaction_changes_nothing(tmp_path):
    with Project.create(tmp_path / "p.dateline") as project:
        _, actor, _ = sample(project)
        with pytest.raises(RuntimeError):
            with project.transaction():
                project.delete_actors([actor.id])
                raise RuntimeError("boom")
        assert [a.id for a in project.actors()] == [actor.id]


def _v1_file(path):
    """A project as version 1 of the schema wrote it."""
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    MIGRATIONS[1](db)
    db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    actor = Actor(name="Vladimir Putin", kind="PERSON")
    db.execute("INSERT INTO actors VALUES (?, ?)", (actor.id, actor.model_dump_json()))
    db.commit()
    db.close()
    return actor


def test_migrates_old_schema_and_keeps_data(tmp_path):
    path = tmp_path / "old.dateline"
    actor = _v1_file(path)
    with Project.open(path) as project:
        assert project.schema_version() == CURRENT_VERSION
        assert project.actors() == [actor]
        assert project.journal() == []  # the table added by version 2 exists
    assert (tmp_path / "old.dateline.v1.bak").is_file()  # a copy from before the migration


@pytest.mark.parametrize(
    "content, error, words",
    [
        (b"Biden spoke with Putin.\n", NotAProjectError, "not a Dateline project"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), NotAProjectError, "not a Dateline project"),
    ],
)
def test_refuses_foreign_files_untouched(tmp_path, content, error, words):
    path = tmp_path / "x.dateline"
    path.write_bytes(content)
    with pytest.raises(error, match=words):
        Project.open(path)
    assert path.read_bytes() == content


def test_refuses_other_sqlite_database(tmp_path):
    path = tmp_path / "other.dateline"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(NotAProjectError, match="another SQLite database"):
        Project.open(path)
    assert path.read_bytes() == before


def test_refuses_damaged_file_untouched(tmp_path):
    path = tmp_path / "p.dateline"
    with Project.create(path) as project:
        sample(project)
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # scribble over a page of the database
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptProjectError, match="damaged"):
        Project.open(path)
    assert path.read_bytes() == bytes(data)


def test_refuses_truncated_file(tmp_path):
    path = tmp_path / "p.dateline"
    with Project.create(path) as project:
        sample(project)
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(CorruptProjectError):
        Project.open(path)


def test_refuses_newer_schema_untouched(tmp_path):
    path = tmp_path / "p.dateline"
    with Project.create(path) as project:
        with project.transaction() as db:
            db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(CURRENT_VERSION + 1),))
    before = path.read_bytes()
    with pytest.raises(NewerProjectError, match="newer Dateline"):
        Project.open(path)
    assert path.read_bytes() == before


def test_crash_mid_transaction_loses_nothing_committed(tmp_path):
    """A process killed in the middle of a write leaves the last committed state."""
    path = tmp_path / "p.dateline"
    with Project.create(path) as project:
        _, actor, _ = sample(project)
    script = textwrap.dedent(
        f"""
        import os
        from core.project import Project
        from core.models import Actor
        project = Project.open({str(path)!r})
        with project.transaction():
            project.delete_actors([{actor.id!r}])
            project.put_actors([Actor(name="Half written", kind="PERSON")])
            os._exit(9)  # killed before COMMIT
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=str(tmp_path.parent), check=False,
                            env={"PYTHONPATH": str(__import__("pathlib").Path(__file__).parents[1])})
    assert result.returncode == 9
    with Project.open(path) as project:
        assert [a.name for a in project.actors()] == ["Joe Biden"]
        assert project.integrity_check() == "ok"


def test_save_as_continues_on_the_copy(tmp_path):
    with Project.create(tmp_path / "a.dateline") as project:
        sample(project)
        project.save_as(tmp_path / "b.dateline")
        assert project.path == tmp_path / "b.dateline"
        project.put_actors([Actor(name="Jen Psaki", kind="PERSON")])
    with Project.open(tmp_path / "a.dateline") as first:
        assert len(first.actors()) == 1
    with Project.open(tmp_path / "b.dateline") as second:
        assert len(second.actors()) == 2


def test_listeners_hear_changes(tmp_path):
    from core import operations as ops

    heard: list[Changes] = []
    with Project.create(tmp_path / "p.dateline") as project:
        _, actor, _ = sample(project)
        project.add_listener(heard.append)
        project.apply(ops.rename_actor(project, actor.id, "President Joe Biden"))
    assert heard and actor.id in heard[0].actors
