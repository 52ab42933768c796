"""Extraction on small hand-written sentences: anchors, titles, types, places, roles."""

from __future__ import annotations

import pytest

from core.models import EventType, Granularity, Modality, TimexType
from tests.test_events_helpers import extract, names, timex


def one(events):
    assert len(events) == 1, [e.title for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "expected"),
    [
        ("President Biden spoke with Vladimir Putin on Tuesday.", "Tuesday", "2021-12-07", EventType.CONSULT),
        ("Biden and Putin met in Geneva on Tuesday.", "Tuesday", "2021-12-07", EventType.CONSULT),
        ("The White House announced the plan on Monday.", "Monday", "2021-12-06", EventType.STATEMENT),
        ("Biden warned Putin on Tuesday against an invasion.", "Tuesday", "2021-12-07", EventType.THREATEN),
        ("Biden proposed a summit meeting on Tuesday.", "Tuesday", "2021-12-07", EventType.PROPOSE),
        ("Russia and the United States signed the treaty in 2010.", "2010", "2010", EventType.AGREE),
        ("Poland joined NATO in 1999.", "1999", "1999", EventType.ACCESSION),
        ("Russia seized Crimea from Ukraine in 2014.", "2014", "2014", EventType.MILITARY),
        ("Russia deployed troops near the border in November.", "November", "2021-11", EventType.MILITARY),
        ("The United States sanctioned Russia on Monday.", "Monday", "2021-12-06", EventType.SANCTION),
        ("Russia withdrew from the treaty in January.", "January", "2021-01", EventType.REJECT),
        ("Biden urged Russia on Monday to de-escalate tensions.", "Monday", "2021-12-06", EventType.APPEAL),
        ("Biden called on Russia on Monday to de-escalate tensions.", "Monday", "2021-12-06", EventType.APPEAL),
        ("The United States supplied weapons to Ukraine in March.", "March", "2021-03", EventType.AID),
        ("Russia massed troops near Ukraine in November.", "November", "2021-11", EventType.MILITARY),
        ("Russia refused on Monday to back off.", "Monday", "2021-12-06", EventType.REJECT),
        ("Poland hosted the summit in May.", "May", "2021-05", EventType.CONSULT),
    ],
)
def test_verb_lexicon_types(nlp, text, surface, value, expected):
    event = one(extract(nlp, text, [(surface, value)])[0])
    assert event.type is expected, event.title


def test_invited_to_join_is_accession(nlp):
    events, world, _ = extract(nlp, "Poland was formally invited to join NATO in 1997.", [("1997", "1997")])
    assert one(events).type is EventType.ACCESSION


def test_title_is_headline_with_short_names(nlp):
    text = "President Biden and Putin held a video call on Tuesday, the White House said."
    events, world, _ = extract(nlp, text, [("Tuesday", "2021-12-07")])
    event = one(events)
    assert event.title == "Biden and Putin hold a video call"
    assert names(event, world) == ["Joe Biden", "Vladimir Putin"]
    assert event.time.value == "2021-12-07" and event.time.granularity is Granularity.DAY


def test_background_fact_with_year(nlp):
    text = "Russia seized Crimea from Ukraine in 2014, later annexing the territory."
    events, world, _ = extract(nlp, text, [("2014", "2014")])
    event = one(events)
    assert event.title.startswith("Russia seizes Crimea")
    assert event.time.granularity is Granularity.YEAR
    assert names(event, world)[0] == "Russia"


def test_subject_comes_first_in_participants(nlp):
    text = "On Tuesday, Putin spoke with Biden by phone."
    events, world, _ = extract(nlp, text, [("Tuesday", "2021-12-07")])
    assert names(one(events), world) == ["Vladimir Putin", "Joe Biden"]


def test_place_named_with_in(nlp):
    text = "Senior officials will hold security talks on Jan. 10 in Geneva."
    events, world, _ = extract(nlp, text, [("Jan. 10", "2022-01-10")])
    event = one(events)
    assert event.place == world.id("Geneva")
    assert "Geneva" in event.title
    assert world.id("Geneva") not in event.actors


def test_evidence_has_sentence_span_and_timex(nlp):
    text = "Nothing happened. Biden spoke with Putin on Tuesday. More text follows."
    events, _, source = extract(nlp, text, [("Tuesday", "2021-12-07")])
    ev = one(events).evidence[0]
    assert ev.source_id == source.id
    assert text[ev.start:ev.end] == "Biden spoke with Putin on Tuesday." == ev.text
    assert ev.timex == "Tuesday"


def test_time_of_a_thing_is_no_event(nlp):
    text = "Putin denied that his country interfered in the 2016 election."
    events, _, _ = extract(nlp, text, [("2016", "2016")])
    assert events == []


def test_period_bound_is_no_event(nlp):
    text = "We see the largest concentration of Russian forces since 2014."
    assert extract(nlp, text, [("2014", "2014")])[0] == []


def test_unresolved_and_duration_timexes_are_ignored(nlp):
    text = "Biden spoke with Putin on Tuesday for two hours."
    t = timex(text, "Tuesday", "2021-12-07").model_copy(update={"resolved": False, "interval_start": None})
    d = timex(text, "two hours", "2021-12-07").model_copy(update={"type": TimexType.DURATION})
    from core.events import extract_events
    from core.models import Source
    from tests.test_events_helpers import World

    world = World()
    source = Source(file="a.txt", body=text)
    assert extract_events(source, nlp(text), world.mentions(source), world.actors, [t, d]) == []


def test_furniture_is_skipped(nlp):
    text = "Biden spoke with Putin on Tuesday.\n\nRead more: Putin met Biden on Monday."
    start = text.index("Read more")
    events, _, _ = extract(nlp, text, [("Tuesday", "2021-12-07"), ("Monday", "2021-12-06")],
                           furniture=[(start, len(text))])
    assert [e.time.value for e in events] == ["2021-12-07"]


def test_event_noun_anchor(nlp):
    text = "Thursday's conversation lasted about 50 minutes."
    events, _, _ = extract(nlp, text, [("Thursday", "2021-12-30")], dct=__import__("datetime").date(2021, 12, 30))
    event = one(events)
    assert event.type is EventType.CONSULT
    assert "onversation" in event.title


def test_when_clause_carries_the_event(nlp):
    text = "Biden was vice president in 2014 when Russian troops marched into Crimea and annexed the territory."
    events, world, _ = extract(nlp, text, [("2014", "2014")])
    event = one(events)
    assert event.type is EventType.MILITARY
    assert "march" in event.title
    assert "Russia" in names(event, world)  # the demonym counts for its country


def test_pronoun_subject_is_resolved(nlp):
    text = "Biden spoke with European leaders on Monday. He was to speak with Zelensky again on Tuesday."
    events, world, _ = extract(nlp, text, [("Monday", "2021-12-06"), ("Tuesday", "2021-12-07")])
    second = [e for e in events if e.time.value == "2021-12-07"][0]
    assert names(second, world)[0] == "Joe Biden"
    assert second.title.startswith("Biden")


def test_several_timexes_several_events(nlp):
    text = ("The two countries are set to hold security talks on Jan. 10, with Russia and NATO planning "
            "to hold talks on Jan. 12, as well as a broader meeting with Russia on Jan. 13.")
    events, world, _ = extract(nlp, text, [("Jan. 10", "2022-01-10"), ("Jan. 12", "2022-01-12"),
                                           ("Jan. 13", "2022-01-13")])
    assert [e.time.value for e in events] == ["2022-01-10", "2022-01-12", "2022-01-13"]
    assert all(e.modality is Modality.PLANNED for e in events)
    assert names(events[1], world) == ["Russia", "NATO"]


def test_relative_time_after_connective(nlp):
    text = ("Biden spoke with Putin on Thursday. "
            "Blinken held a call with NATO following the discussion between Biden and Putin.")
    import datetime as dt

    events, world, _ = extract(nlp, text, [("Thursday", "2021-12-30")], dct=dt.date(2021, 12, 30))
    relative = [e for e in events if "relative-time" in e.tags]
    assert len(relative) == 1
    assert relative[0].time.value == "2021-12-30"
    assert names(relative[0], world)[0] == "Antony Blinken"
    assert relative[0].evidence[0].timex is None


def test_bare_past_tense_sentence_is_not_dated(nlp):
    assert extract(nlp, "Blinken met with NATO allies.", [])[0] == []


def test_relative_clause_object_gap_is_filled(nlp):
    text = "Ukraine wants back Crimea, which Russia annexed in 2014."
    events, world, _ = extract(nlp, text, [("2014", "2014")])
    event = one(events)
    assert event.title == "Russia annexes Crimea"
    assert names(event, world) == ["Russia", "Crimea"]


def test_it_names_a_country_acting_just_before(nlp):
    text = "Russia might try to repeat what it did in 2014, when it seized Crimea."
    events, world, _ = extract(nlp, text, [("2014", "2014")])
    assert any(e.title == "Russia seizes Crimea" for e in events), [e.title for e in events]


def test_subjectless_actorless_clause_is_dropped(nlp):
    text = "Prices rose sharply after he took office in January."
    assert extract(nlp, text, [("January", "2021-01")])[0] == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "title"),
    [
        # the subject of "are due" is the subject of "meet"
        ("Russian officials are due to meet in Geneva on Jan. 10.", "Jan. 10", "2022-01-10",
         "Russian officials to meet in Geneva"),
        # "they" in a when-clause is the plural subject it follows
        ("Foreign ministers will discuss the crisis when they gather in Riga next week.", "next week",
         "2021-W50", "Foreign ministers to gather in Riga"),
        # a small clause is part of what was done
        ("Russia made its demands public in draft treaties two weeks ago.", "two weeks ago", "2021-W47",
         "Russia makes its demands public in draft treaties"),
        # a gerund after a preposition is a complement, not a clause to drop
        ("In late January, the envoys focused on extending the treaty.", "late January", "2021-01",
         "Envoys focus on extending the treaty"),
    ],
)
def test_titles_keep_subjects_and_complements(nlp, text, surface, value, title):
    assert one(extract(nlp, text, [(surface, value)])[0]).title == title
