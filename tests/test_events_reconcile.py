"""Re-extraction keeps user-edited events and replaces the rest; export shape."""

from __future__ import annotations

from core.events import reconcile
from core.export import event_to_dict
from core.models import Source
from tests.test_events_helpers import World, report

W = World()
BIDEN, PUTIN = W.id("Joe Biden"), W.id("Vladimir Putin")


def ev(title, source="s1", start=0, edited=False):
    e = report(title, "2021-12-07", [BIDEN, PUTIN], source, start=start, text=title)
    return e.model_copy(update={"edited": edited})


def test_edited_events_are_never_overwritten():
    mine = ev("Call (my wording)", edited=True)
    old = ev("Old machine event", start=500)
    fresh_same_as_mine = ev("Machine title", start=0)  # same evidence as the edited event
    fresh_other = ev("New machine event", start=900)
    out = reconcile([mine, old], [fresh_same_as_mine, fresh_other])
    titles = [e.title for e in out]
    assert "Call (my wording)" in titles
    assert "Machine title" not in titles  # the user owns that happening
    assert "Old machine event" not in titles  # non-edited: dropped
    assert "New machine event" in titles
    assert next(e for e in out if e.title == "Call (my wording)") is mine


def test_non_edited_event_keeps_its_id_when_evidence_is_unchanged():
    old = ev("Old title", start=500)
    fresh = ev("New title", start=500)
    out = reconcile([old], [fresh])
    assert len(out) == 1 and out[0].id == old.id and out[0].title == "New title"


def test_reconcile_with_only_fresh_events():
    fresh = [ev("A", start=1), ev("B", start=2)]
    assert reconcile([], fresh) == fresh


def test_export_shape():
    src = Source(id="s1", file="001.txt", body="x")
    e = ev("Joe Biden and Vladimir Putin hold a call")
    out = event_to_dict(e, W.actors, {"s1": src})
    assert set(out) >= {"id", "title", "type", "start", "end", "granularity", "actors", "place", "sources",
                        "evidence", "importance", "modality", "tags", "note", "edited"}
    assert out["actors"] == ["Joe Biden", "Vladimir Putin"]
    assert out["sources"] == ["001.txt"]
    assert out["evidence"][0]["source"] == "001.txt"
    assert out["start"] == "2021-12-07" and out["granularity"] == "day"


def test_new_sources_of_an_edited_happening_stay_visible_outside_it():
    mine = ev("Call (my wording)", edited=True)
    fresh = ev("Machine title", start=0)
    fresh.evidence.append(fresh.evidence[0].model_copy(update={"source_id": "s2"}))
    out = reconcile([mine], [fresh])
    assert out[0] is mine and len(mine.evidence) == 1
    assert [ev.source_id for ev in out[1].evidence] == ["s2"]
