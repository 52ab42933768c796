"""User edits: each applies, inverts exactly, and is journaled."""

from __future__ import annotations

import datetime as dt

import pytest

from core import operations as ops
from core.models import Actor, Event, Evidence, Granularity, Mention, Modality, Source
from core.project import Project
from core.timevalues import day_value


@pytest.fixture
def project(tmp_path):
    project = Project.create(tmp_path / "p.dateline")
    yield project
    project.close()


@pytest.fixture
def world(project):
    body = "Biden spoke with Putin on Tuesday. Joe Biden warned him."
    source = Source(file="a.txt", body=body, published=dt.date(2021, 12, 7), content_hash="h")
    biden = Actor(name="Biden", kind="PERSON", mentions=1)
    joe = Actor(name="Joe Biden", kind="PERSON", mentions=1)
    putin = Actor(name="Vladimir Putin", kind="PERSON", mentions=1)
    call = Event(title="Biden speaks with Putin", time=day_value(dt.date(2021, 12, 7)),
                 actors=[biden.id, putin.id],
                 evidence=[Evidence(source_id=source.id, start=0, end=34, text=body[:34])])
    warn = Event(title="Joe Biden warns Putin", time=day_value(dt.date(2021, 12, 7)),
                 actors=[joe.id, putin.id],
                 evidence=[Evidence(source_id=source.id, start=35, end=56, text=body[35:56])])
    with project.transaction():
        project.put_sources([source])
        project.put_actors([biden, joe, putin])
        project.put_events([call, warn])
        project.replace_mentions(source.id, [
            Mention(source_id=source.id, start=0, end=5, text="Biden", label="PERSON", actor_id=biden.id),
            Mention(source_id=source.id, start=17, end=22, text="Putin", label="PERSON", actor_id=putin.id),
            Mention(source_id=source.id, start=35, end=44, text="Joe Biden", label="PERSON", actor_id=joe.id),
        ])
    return source, biden, joe, putin, call, warn


def snapshot(project: Project):
    return (project.sources(), sorted(project.actors(), key=lambda a: a.id),
            sorted(project.events(), key=lambda e: e.id), project.mentions())


def round_trip(project: Project, op: ops.Operation) -> None:
    """Apply, check something changed, undo, check all is as before; redo works."""
    before = snapshot(project)
    project.apply(op)
    after = snapshot(project)
    assert after != before
    project.apply(op.inverse())
    assert snapshot(project) == before
    project.apply(op)
    assert snapshot(project) == after


def test_rename_actor_keeps_old_name_as_alias(project, world):
    _, biden, *_ = world
    op = ops.rename_actor(project, biden.id, "President Biden")
    round_trip(project, op)
    renamed = project.actor(biden.id)
    assert renamed.name == "President Biden" and "Biden" in renamed.aliases and renamed.edited
    assert op.text == "Rename “Biden” to “President Biden”"
    assert [j["op"]["kind"] for j in project.journal()] == ["rename_actor"] * 3


def test_merge_actors_moves_mentions_and_event_roles(project, world):
    _, biden, joe, putin, call, warn = world
    op = ops.merge_actors(project, joe.id, [biden.id])
    round_trip(project, op)
    assert {a.id for a in project.actors()} == {joe.id, putin.id}
    assert "Biden" in project.actor(joe.id).aliases
    assert project.actor(joe.id).mentions == 2
    assert len(project.mentions(actor_id=joe.id)) == 2
    assert project.event(call.id).actors == [joe.id, putin.id]


def test_hide_actor(project, world):
    _, _, _, putin, *_ = world
    round_trip(project, ops.set_actor_hidden(project, putin.id, True))
    assert project.actor(putin.id).hidden


def test_edit_event_fields(project, world):
    *_, call, _ = world
    month = day_value(dt.date(2021, 12, 1)).model_copy(update={"value": "2021-12", "granularity": Granularity.MONTH})
    op = ops.edit_event(project, call.id, title="Video call", time=month, tags=["call"],
                        note="two hours", modality=Modality.PLANNED)
    round_trip(project, op)
    edited = project.event(call.id)
    assert (edited.title, edited.time.value, edited.tags, edited.modality, edited.edited) == (
        "Video call", "2021-12", ["call"], Modality.PLANNED, True)


def test_edit_event_rejects_unknown_fields(project, world):
    *_, call, _ = world
    with pytest.raises(ValueError, match="not editable"):
        ops.edit_event(project, call.id, id="x")


def test_create_event_from_selected_text_takes_its_date(project, world):
    source, *_ = world
    from core.models import Timex

    project.replace_timexes(source.id, [Timex(start=26, end=33, text="Tuesday", type="DATE",
                                              value="2021-12-07", granularity="day",
                                              interval_start=dt.datetime(2021, 12, 7),
                                              interval_end=dt.datetime(2021, 12, 8))])
    op = ops.create_event_from_text(project, source.id, 0, 34)
    round_trip(project, op)
    created = [e for e in project.events() if e.edited][0]
    assert created.time.value == "2021-12-07" and created.evidence[0].text.startswith("Biden spoke")
    names = {a.id: a.name for a in project.actors()}
    assert [names[a] for a in created.actors] == ["Biden", "Vladimir Putin"]  # named in the span


def test_delete_event(project, world):
    *_, warn = world
    round_trip(project, ops.delete_event(project, warn.id))
    assert warn.id not in {e.id for e in project.events()}


def test_merge_then_split_events(project, world):
    *_, call, warn = world
    merge = ops.merge_events(project, [call.id, warn.id])
    round_trip(project, merge)
    merged = project.event(call.id)
    assert len(merged.evidence) == 2 and merged.merged_from == [warn.id]
    split = ops.split_event(project, call.id, [1])
    round_trip(project, split)
    assert len(project.events()) == 2
    assert sorted(len(e.evidence) for e in project.events()) == [1, 1]


def test_split_needs_a_proper_subset(project, world):
    *_, call, _ = world
    with pytest.raises(ValueError):
        ops.split_event(project, call.id, [0])
