"""Tense and modality: happened, planned, denied, hypothetical; and statements."""

from __future__ import annotations

import datetime as dt

from core.models import EntityKind, EventType, Modality
from tests.test_events_helpers import World, extract, names


class Firms(World):
    FORMS = {**World.FORMS, "Acme Corp": (EntityKind.ORG, ["Acme Corp"])}


def modality(nlp, text, *timexes, dct=dt.date(2021, 12, 30)):
    events, _, _ = extract(nlp, text, list(timexes), dct=dct)
    assert len(events) == 1, [e.title for e in events]
    return events[0]


def test_past_action_happened(nlp):
    e = modality(nlp, "President Biden spoke with Putin on Thursday.", ("Thursday", "2021-12-30"))
    assert e.modality is Modality.HAPPENED
    assert e.title == "Biden speaks with Putin"


def test_plans_to_hold_a_call_is_planned(nlp):
    e = modality(nlp, "President Biden plans to hold a call with Zelensky on Sunday.", ("Sunday", "2022-01-02"))
    assert e.modality is Modality.PLANNED
    assert e.type is EventType.CONSULT
    assert e.title.startswith("Biden to hold a call with Zelensky")
    assert "planned" in e.tags


def test_set_for_date_is_planned(nlp):
    e = modality(nlp, "Talks are set for Jan. 10 in Geneva.", ("Jan. 10", "2022-01-10"))
    assert e.modality is Modality.PLANNED


def test_scheduled_is_planned_even_on_publication_day(nlp):
    e = modality(nlp, "President Biden is scheduled to hold a video call with Putin at 10 a.m.",
                 ("10 a.m.", "2021-12-07T10:00"), dct=dt.date(2021, 12, 7))
    assert e.modality is Modality.PLANNED


def test_possible_invasion_is_planned(nlp):
    e = modality(nlp, "Officials fear a possible invasion early next year.", ("early next year", "2022"),
                 dct=dt.date(2021, 12, 7))
    assert e.modality is Modality.PLANNED
    assert e.type is EventType.MILITARY


def test_will_is_planned(nlp):
    e = modality(nlp, "Biden will meet Putin on Monday.", ("Monday", "2021-12-27"))
    assert e.modality is Modality.PLANNED


def test_future_date_without_cue_is_planned(nlp):
    e = modality(nlp, "Russia and NATO hold talks on Jan. 12.", ("Jan. 12", "2022-01-12"))
    assert e.modality is Modality.PLANNED


def test_if_clause_is_hypothetical(nlp):
    e = modality(nlp, "Biden warned that costs would follow if Russia invades Ukraine in January.",
                 ("January", "2022-01"))
    assert e.modality is Modality.HYPOTHETICAL


def test_denied_plan_is_denied(nlp):
    e = modality(nlp, "Russia has denied that it plans to invade Ukraine in January.", ("January", "2022-01"))
    assert e.modality is Modality.DENIED


def test_negated_action_is_denied(nlp):
    e = modality(nlp, "Putin did not attend the summit in October.", ("October", "2021-10"))
    assert e.modality is Modality.DENIED


def test_bare_statement_is_low_importance_statement(nlp):
    events, world, _ = extract(nlp, "Peskov told reporters Tuesday that the talks were useful.",
                               [("Tuesday", "2021-12-07")])
    e = events[0]
    assert e.type is EventType.STATEMENT
    assert "statement" in e.tags
    assert names(e, world) == ["Dmitry Peskov"]
    other, _, _ = extract(nlp, "Putin met Biden on Tuesday.", [("Tuesday", "2021-12-07")])
    assert e.importance < other[0].importance


def test_reported_action_becomes_the_event(nlp):
    text = "The White House announced Monday that Biden had participated in a call with Putin."
    events, world, _ = extract(nlp, text, [("Monday", "2021-12-06")])
    e = events[0]
    assert e.type is EventType.CONSULT
    assert "reported" in e.tags and "statement" not in e.tags
    assert names(e, world) == ["Joe Biden", "Vladimir Putin"]


def test_direct_quote_is_a_statement_not_a_reported_event(nlp):
    text = "“We’ve consulted with our allies,” Blinken said Monday."
    events, world, _ = extract(nlp, text, [("Monday", "2021-12-06")])
    e = events[0]
    assert e.type is EventType.STATEMENT and "statement" in e.tags
    assert names(e, world)[0] == "Antony Blinken"


def test_statement_merges_into_the_event_it_is_about(nlp):
    from core.events import merge_events

    text = ("Biden and Putin held a video call on Tuesday. "
            "Peskov said on Tuesday that the video call between Biden and Putin was a working call.")
    events, world, _ = extract(nlp, text, [("Tuesday", "2021-12-07", 0), ("Tuesday", "2021-12-07", 1)])
    merged = merge_events(events, world.actors)
    calls = [e for e in merged if e.type is EventType.CONSULT]
    assert len(calls) == 1
    assert len(calls[0].evidence) in (1, 2)  # attached when it names the call, else a separate statement
    assert len(merged) <= 2


def test_statement_about_the_talks_is_attached_not_a_new_event(nlp):
    from core.events import merge_events
    from core.models import Actor, EntityKind

    text = ("Biden and Putin held a video call on Tuesday. "
            "Peskov said on Monday that the Biden-Putin conversation would be difficult.")
    events, world, _ = extract(nlp, text, [("Tuesday", "2021-12-07"), ("Monday", "2021-12-06")])
    assert len(events) == 2
    merged = merge_events(events, world.actors)
    assert len(merged) == 1
    call = merged[0]
    assert call.type is EventType.CONSULT and call.time.value == "2021-12-07"
    assert len(call.evidence) == 2
    assert names(call, world) == ["Joe Biden", "Vladimir Putin"]  # the speaker is no participant
    assert "is about it" in call.merge_reason


def test_a_date_right_after_the_saying_dates_the_saying(nlp):
    """The parse hangs "on Tuesday" on "cut"; the company did not cut the jobs on Tuesday."""
    world = Firms()
    events, _, _ = extract(nlp, "Acme Corp said on Tuesday it would cut 500 jobs after sales fell in January.",
                           [("Tuesday", "2021-12-07"), ("January", "2021-01")], world)
    said = [e for e in events if e.time.value == "2021-12-07"]
    assert len(said) == 1 and said[0].type is EventType.STATEMENT, [(e.title, e.type) for e in events]
    assert said[0].title.startswith("Acme Corp says"), said[0].title

    events, _, _ = extract(nlp, "Biden said 2014 was a turning point for Ukraine.", [("2014", "2014")])
    assert events == []  # the year is what he spoke about, not when
    events, _, _ = extract(nlp, "Biden told reporters on Tuesday Russia would pay a price.", [("Tuesday", "2021-12-07")])
    assert [(e.title, e.type) for e in events] == [("Biden tells reporters Russia would pay a price", EventType.STATEMENT)]
