"""Merge rules: same/different date, granularity, participants; explainable and reversible."""

from __future__ import annotations

import datetime as dt

from core.events import merge_events, split_event
from core.models import EventType, Granularity, Modality, TimeValue
from tests.test_events_helpers import World, report

W = World()
BIDEN, PUTIN, ZEL, RUSSIA = (W.id(n) for n in ("Joe Biden", "Vladimir Putin", "Volodymyr Zelensky", "Russia"))


def call(value, source, actors=(BIDEN, PUTIN), text="Biden and Putin held a video call.", **kw):
    return report("Joe Biden and Vladimir Putin hold a call", value, list(actors), source, text=text, **kw)


def test_same_happening_in_three_sources_becomes_one_event():
    reports = [call("2021-12-07", "s1"), call("2021-12-07", "s2"), call("2021-12-07", "s3")]
    merged = merge_events(reports, W.actors)
    assert len(merged) == 1
    event = merged[0]
    assert event.source_ids == ["s1", "s2", "s3"] or sorted(event.source_ids) == ["s1", "s2", "s3"]
    assert len(event.evidence) == 3
    assert sorted(event.merged_from) == sorted(r.id for r in reports)
    assert "same time (2021-12-07)" in event.merge_reason
    assert "Joe Biden" in event.merge_reason


def test_duplicates_within_one_article_merge():
    reports = [call("2021-12-30", "s1", start=0), call("2021-12-30", "s1", start=100),
               call("2021-12-30", "s1", start=200)]
    merged = merge_events(reports, W.actors)
    assert len(merged) == 1 and len(merged[0].evidence) == 3


def test_different_days_do_not_merge():
    merged = merge_events([call("2021-12-07", "s1"), call("2021-12-30", "s2")], W.actors)
    assert len(merged) == 2


def test_disjoint_participants_do_not_merge():
    a = call("2021-12-07", "s1")
    b = report("Joe Biden speaks with Volodymyr Zelensky", "2021-12-07", [ZEL], "s2",
               text="Zelensky held a call with NATO.")
    assert len(merge_events([a, b], W.actors)) == 2


def test_one_shared_actor_is_not_enough_for_a_different_call():
    a = call("2021-12-07", "s1")
    b = report("Joe Biden speaks with them again", "2021-12-07", [BIDEN], "s1", start=300,
               text="He was to speak with them again on Tuesday.")
    assert len(merge_events([a, b], W.actors)) == 2


def test_coarse_report_joins_the_single_fitting_day():
    day = call("2021-12-07", "s1")
    month = call("2021-12", "s2", text="In December, Biden and Putin held a video call.")
    merged = merge_events([month, day], W.actors)
    assert len(merged) == 1
    assert merged[0].time.value == "2021-12-07"  # the finest time wins


def test_coarse_report_stays_alone_when_two_days_fit():
    merged = merge_events(
        [call("2021-12-07", "s1"), call("2021-12-30", "s1", start=500), call("2021-12", "s2")], W.actors
    )
    assert len(merged) == 3


def test_year_does_not_contain_another_year():
    merged = merge_events([call("2014", "s1"), call("2015", "s2")], W.actors)
    assert len(merged) == 2


def test_different_type_needs_shared_words():
    a = report("Joe Biden labels Vladimir Putin a killer", "2021-03", [BIDEN, PUTIN], "s1",
               etype=EventType.STATEMENT, text="In an interview last month, Biden labeled Putin a killer.")
    b = report("Vladimir Putin offers talks", "2021-03", [PUTIN, BIDEN], "s2", etype=EventType.PROPOSE,
               text="Last month, Putin offered talks after an interview where Biden agreed he is a killer.")
    c = report("Vladimir Putin offers talks", "2021-03", [PUTIN, BIDEN], "s3", etype=EventType.PROPOSE,
               text="Putin offered to hold talks.")
    merged = merge_events([a, b], W.actors)
    assert len(merged) == 1 and {"s1", "s2"} == set(merged[0].source_ids)
    assert "interview" in merged[0].merge_reason and "killer" in merged[0].merge_reason
    assert len(merge_events([a, c], W.actors)) == 2  # different action, nothing in common


def test_planned_and_happened_reports_of_one_call_merge_as_happened():
    planned = call("2021-12-07T10:00", "s1", modality=Modality.PLANNED, tags=["planned"])
    happened = call("2021-12-07", "s2")
    merged = merge_events([planned, happened], W.actors)
    assert len(merged) == 1
    assert merged[0].modality is Modality.HAPPENED and "planned" not in merged[0].tags


def test_hypothetical_never_merges_with_a_fact():
    a = call("2021-12-07", "s1")
    b = call("2021-12-07", "s2", modality=Modality.HYPOTHETICAL)
    assert len(merge_events([a, b], W.actors)) == 2


def test_split_restores_the_reports():
    reports = [call("2021-12-07", "s1"), call("2021-12-07", "s2")]
    merged = merge_events([r.model_copy(deep=True) for r in reports], W.actors)[0]
    parts = split_event(merged, reports)
    assert [p.id for p in parts] == merged.merged_from
    fallback = split_event(merged)
    assert len(fallback) == 2 and all(len(p.evidence) == 1 and not p.merged_from for p in fallback)


def test_merged_ids_are_stable():
    reports = [call("2021-12-07", "s1"), call("2021-12-07", "s2")]
    one = merge_events([r.model_copy(deep=True) for r in reports], W.actors)[0].id
    two = merge_events([r.model_copy(deep=True) for r in reversed(reports)], W.actors)[0].id
    assert one == two


def test_edited_events_pass_through_unmerged():
    edited = call("2021-12-07", "s1").model_copy(update={"edited": True, "title": "My title"})
    merged = merge_events([edited, call("2021-12-07", "s2")], W.actors)
    assert len(merged) == 2
    assert any(e.title == "My title" and e.edited for e in merged)


def test_more_sources_more_importance():
    single = merge_events([call("2021-12-30", "s1")], W.actors)[0]
    triple = merge_events([call("2021-12-07", f"s{i}") for i in range(3)], W.actors)[0]
    assert 0 < single.importance < triple.importance < 1


def test_same_place_joins_unnamed_reports_of_a_summit():
    geneva = W.id("Geneva")
    a = report("Joe Biden and Vladimir Putin meet in Geneva", "2021-06", [BIDEN, PUTIN], "s1",
               text="Biden and Putin met in Geneva in June.").model_copy(update={"place": geneva})
    b = report("Geneva meeting", "2021-06", [], "s2", text="The Geneva meeting in June.").model_copy(
        update={"place": geneva})
    c = report("Meeting", "2021-06", [], "s3", text="A meeting in June.")
    merged = merge_events([a, b, c], W.actors)
    assert len(merged) == 2
    joined = next(e for e in merged if len(e.evidence) == 2)
    assert "same place Geneva" in joined.merge_reason


def test_empty_and_unplaced_inputs():
    from core.models import Event, TimeValue

    assert merge_events([], W.actors) == []
    unplaced = Event(title="Someday", time=TimeValue(value="FUTURE_REF"), actors=[BIDEN])
    merged = merge_events([unplaced, call("2021-12-07", "s1")], W.actors)
    assert len(merged) == 2


def test_a_bare_event_noun_alone_is_dropped_but_kept_as_evidence():
    talks = report("Talks", "2022-01", [], "s1", text="He wanted results from the talks set for next month.",
                   modality=Modality.PLANNED, tags=["planned", "unattributed"])
    assert merge_events([talks], W.actors) == []
    call_alone = report("Call", "2021-12-30", [], "s2", start=100, tags=["unattributed"],
                        text="Thursday's call lasted an hour.")
    day = call("2021-12-30", "s2")
    merged = merge_events([day, call_alone], W.actors)
    assert len(merged) == 1 and len(merged[0].evidence) == 2  # "Thursday's call" is that call


def test_a_season_does_not_glue_a_different_kind_of_happening_to_a_day():
    spring = report("Russia moves tens of thousands of soldiers", "2021-03", [RUSSIA], "s1",
                    etype=EventType.MILITARY, text="The build-up recalls the one before announcing a recall.")
    spring.time = TimeValue(value="2021-SP", granularity=Granularity.SEASON,
                            start=dt.datetime(2021, 3, 1), end=dt.datetime(2021, 6, 1))
    day = report("Russia announces the recall", "2021-03-17", [RUSSIA], "s2", etype=EventType.STATEMENT,
                 text="Russia announced the recall on Wednesday.")
    assert len(merge_events([spring, day], W.actors)) == 2


def test_a_month_still_joins_a_day_of_another_kind_with_shared_words():
    month = report("Joe Biden proposes a summit", "2021-04", [BIDEN, PUTIN], "s1", etype=EventType.PROPOSE,
                   text="Biden's proposal in April for a summit in a third country surprised Putin.")
    day = call("2021-04-13", "s2", text="Biden called Putin and floated a summit in a third country.")
    assert len(merge_events([month, day], W.actors)) == 1


def test_clusters_kept_apart_by_the_order_of_reports_join_afterwards():
    a = report("A: Biden and Putin hold a video call", "2021-12-07", [BIDEN, PUTIN], "s1",
               text="Biden and Putin held a secure video call.")
    b = report("B: Biden warns Putin", "2021-12-07", [BIDEN, PUTIN], "s2", etype=EventType.THREATEN,
               text="Biden warned Putin of severe economic measures.")
    c = report("C: Biden and Putin talk", "2021-12-07", [BIDEN, PUTIN], "s3",
               text="In the call, Biden spoke of severe economic measures.")
    merged = merge_events([c, b, a], W.actors)
    assert len(merged) == 1 and sorted(merged[0].source_ids) == ["s1", "s2", "s3"]
    assert "joined" in merged[0].merge_reason


def test_merging_does_not_depend_on_report_ids():
    reports = [call("2021-12-07", f"s{i}", text=t) for i, t in enumerate(
        ["Biden and Putin held a video call.", "Biden and Putin spoke by video.", "The leaders met by video link."])]
    first = [sorted(e.source_ids) for e in merge_events(reports, W.actors)]
    renamed = [r.model_copy(update={"id": "evt-" + str(9 - i)}) for i, r in enumerate(reports)]
    assert [sorted(e.source_ids) for e in merge_events(renamed, W.actors)] == first


def test_a_month_joins_a_day_of_the_same_kind_by_the_same_people_on_one_telling_word():
    month = report("Russia recalls its ambassador", "2021-03", [RUSSIA], "s1", etype=EventType.REJECT,
                   text="Russia recalled its ambassador last month after the interview.")
    day = report("Russia announces the recall", "2021-03-17", [RUSSIA], "s2", etype=EventType.REJECT,
                 text="Russia announced the recall on Wednesday evening.")
    assert len(merge_events([month, day], W.actors)) == 1
    other = report("Russia expels diplomats", "2021-03-17", [RUSSIA, BIDEN], "s2", etype=EventType.REJECT,
                   text="Russia expelled the diplomats on Wednesday, and Biden answered with a recall.")
    assert len(merge_events([month, other], W.actors)) == 2  # not the very same participants


def test_a_headline_lends_its_words_to_the_lead_report_only():
    lead = report("Russia publishes two texts", "2021-12-17", [RUSSIA], "s1", etype=EventType.STATEMENT, start=40,
                  text="Russia on Friday published the texts of two proposed agreements.")
    recap = report("Russia makes its demands public", "2021-12", [RUSSIA], "s2", etype=EventType.STATEMENT,
                   start=300, text="Russia made its demands public in draft treaties this month.")
    headline = {"s1": "Moscow makes its demands public in draft treaties"}
    assert len(merge_events([lead, recap], W.actors)) == 2  # nothing in common without the headline
    merged = merge_events([lead, recap], W.actors, headline)
    assert len(merged) == 1 and "shared words" in merged[0].merge_reason
    deep = lead.model_copy(update={"evidence": [lead.evidence[0].model_copy(update={"start": 5000})]})
    assert len(merge_events([deep, recap], W.actors, headline)) == 2  # paragraphs down is not the lead
