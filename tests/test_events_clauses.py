"""Which clause a time dates, and local repairs of the parse: our own sentences."""

from __future__ import annotations

import datetime as dt

from core.models import EntityKind, EventType, Modality
from tests.test_events_helpers import World, extract, names


class Cabinet(World):
    FORMS = {**World.FORMS, "Lloyd Austin": (EntityKind.PERSON, ["Lloyd Austin", "Austin"]),
             "Hungary": (EntityKind.GPE, ["Hungary"])}


def titles(events) -> list[str]:
    return [e.title for e in events]


def only(events):
    assert len(events) == 1, titles(events)
    return events[0]


def test_a_name_hung_under_another_as_modifier_is_a_second_subject(nlp):
    text = ("Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met their counterparts "
            "on Wednesday.")
    events, world, _ = extract(nlp, text, [("Wednesday", "2021-12-01")], Cabinet())
    event = only(events)
    assert event.title.startswith("Blinken and Austin meet"), event.title
    assert names(event, world) == ["Antony Blinken", "Lloyd Austin"]


def test_a_subject_after_a_dateline_keeps_its_conjuncts_but_not_the_byline(nlp):
    text = ("By Jane Doe, Example Wire\nPublished December 30, 2021\n\nWILMINGTON, Del. - "
            "President Joe Biden and Russian President Vladimir Putin spoke by telephone on Thursday.")
    events, _, _ = extract(nlp, text, [("Thursday", "2021-12-30")], dct=dt.date(2021, 12, 30))
    event = only(events)
    assert event.title == "Biden and Putin speak by telephone"
    assert event.type is EventType.CONSULT  # two people speaking by telephone hold a call


def test_a_gerund_after_before_takes_the_subject_of_the_clause(nlp):
    text = "Russia moved troops toward the border before announcing a pullback in late April."
    event = only(extract(nlp, text, [("late April", "2021-04")])[0])
    assert event.title == "Russia announces a pullback"
    assert event.type is EventType.MILITARY  # announcing a pullback is the pullback


def test_a_past_action_dated_after_publication_is_dropped(nlp):
    text = "Russia moved troops toward the border before announcing a pullback in late April."
    assert extract(nlp, text, [("late April", "2022-04")])[0] == []


def test_a_past_verb_still_dates_a_planned_object(nlp):
    text = "Officials said the two governments prepared for security talks early next year."
    events, _, _ = extract(nlp, text, [("early next year", "2022")], dct=dt.date(2021, 12, 30))
    event = only(events)
    assert event.title == "Security talks"
    assert event.modality is Modality.PLANNED


def test_a_past_action_on_a_past_day_is_what_a_for_phrase_date_tells(nlp):
    text = "Biden prepared for the call on Monday by speaking with Zelensky."
    event = only(extract(nlp, text, [("Monday", "2021-12-06")])[0])
    assert event.title.startswith("Biden prepares for the call by speaking with"), event.title


def test_an_invitation_is_dated_not_the_joining_it_asks_for(nlp):
    text = "Poland and Hungary were invited to join the alliance in 1997 and became members in 1999."
    events, _, _ = extract(nlp, text, [("1997", "1997"), ("1999", "1999")], Cabinet())
    assert titles(events) == ["Poland and Hungary are invited to join the alliance",
                              "Poland and Hungary become members"]
    assert [e.type for e in events] == [EventType.ACCESSION, EventType.ACCESSION]


def test_an_agreed_ceasefire_was_agreed(nlp):
    text = "Shelling resumed in the spring after a truce agreed last July had mostly held."
    event = only(extract(nlp, text, [("last July", "2021-07")])[0])
    assert event.title == "Truce is agreed"
    assert event.type is EventType.AGREE


def test_speaking_to_reporters_is_the_statement_it_introduces(nlp):
    text = "Speaking to reporters on Wednesday, Biden said that the talks had been useful."
    event = only(extract(nlp, text, [("Wednesday", "2021-12-01")])[0])
    assert event.title == "Biden says the talks had been useful"
    assert "statement" in event.tags


def test_a_when_clause_after_the_time_is_an_event_too(nlp):
    text = "Diplomats have been wary since 2014, when Russia seized and annexed Ukraine's Crimean peninsula."
    events, world, _ = extract(nlp, text, [("2014", "2014")])
    event = only(events)
    assert event.title == "Russia seizes and annexes Ukraine's Crimean peninsula"
    assert names(event, world)[0] == "Russia" and event.type is EventType.MILITARY


def test_a_time_on_the_action_beats_one_on_the_verb_reporting_it(nlp):
    text = "Blinken said on Tuesday that Biden would call Zelensky on Thursday to brief him on the talks."
    event = only(extract(nlp, text, [("Tuesday", "2021-12-07"), ("Thursday", "2021-12-09")])[0])
    assert event.title == "Biden to call Zelensky"
    assert event.time.value == "2021-12-09" and event.modality is Modality.PLANNED


def test_a_noun_repeating_the_verbs_event_is_not_a_second_event(nlp):
    text = "Biden and Putin spoke by telephone on Thursday, their second conversation this month."
    events, _, _ = extract(nlp, text, [("Thursday", "2021-12-02"), ("this month", "2021-12")])
    assert titles(events) == ["Biden and Putin speak by telephone"]


def test_a_statement_whose_report_names_no_one_keeps_who_said_it(nlp):
    text = "Peskov said on Tuesday that the troops had been sent west for exercises."
    event = only(extract(nlp, text, [("Tuesday", "2021-12-07")])[0])
    assert event.title.startswith("Peskov says the troops had been sent"), event.title
    assert event.type is EventType.STATEMENT


def test_kinds_that_depend_on_the_object(nlp):
    cases = {
        "Russia made its demands public in draft treaties on Friday.": EventType.STATEMENT,
        "Russia recalled its ambassador on Wednesday.": EventType.REJECT,
        "Russia moved tens of thousands of soldiers toward the border on Friday.": EventType.MILITARY,
        "Russia announced a pullback on Friday.": EventType.MILITARY,
    }
    for text, kind in cases.items():
        surface = "Friday" if "Friday" in text else "Wednesday"
        event = only(extract(nlp, text, [(surface, "2021-12-03")])[0])
        assert event.type is kind, (text, event.type)


def test_a_person_doing_something_in_a_participle_is_an_event(nlp):
    text = "Antony Blinken, meeting Ukraine's foreign minister in Geneva on Nov. 10, said talks were needed."
    event = only(extract(nlp, text, [("Nov. 10", "2021-11-10")])[0])
    assert event.title == "Blinken meets Ukraine's foreign minister in Geneva"
    assert event.type is EventType.CONSULT


def test_a_participle_describing_a_thing_is_no_event(nlp):
    assert extract(nlp, "Biden, shown at an event on Tuesday, looked tired.", [("Tuesday", "2021-12-07")])[0] == []


def test_a_name_after_a_role_noun_is_the_participant_wherever_the_parse_put_it(nlp):
    text = "Blinken spoke with his Ukrainian counterpart, Dmitry Peskov, earlier this week."
    events, world, _ = extract(nlp, text, [("earlier this week", "2021-12-06")])
    event = only(events)
    assert event.title == "Blinken speaks with Peskov"
    assert "Dmitry Peskov" in names(event, world)


def test_standing_beside_someone_at_a_named_summit(nlp):
    text = "At the Geneva summit on June 16, Biden stood beside Putin and praised the talks."
    events, world, _ = extract(nlp, text, [("June 16", "2021-06-16")])
    event = only(events)
    assert names(event, world) == ["Joe Biden", "Vladimir Putin"]
    assert event.place == world.id("Geneva") and event.title.endswith("in Geneva")


def test_leading_a_delegation_is_talks(nlp):
    text = "Talks begin on Jan. 10, when Blinken is expected to lead the American side against a Russian delegation."
    event = only(extract(nlp, text, [("Jan. 10", "2022-01-10")])[0])
    assert event.type is EventType.CONSULT and event.modality is Modality.PLANNED


def test_where_troops_move_is_a_participant(nlp):
    text = "Russia moved thousands of soldiers toward Ukraine in March."
    events, world, _ = extract(nlp, text, [("March", "2021-03")])
    event = only(events)
    assert event.title == "Russia moves thousands of soldiers toward Ukraine"
    assert names(event, world) == ["Russia", "Ukraine"]


def test_a_reported_action_by_an_unknown_they_is_told_as_the_statement(nlp):
    text = "Peskov told reporters on Tuesday that obviously, if the two sides met, they would discuss Ukraine."
    event = only(extract(nlp, text, [("Tuesday", "2021-12-07")])[0])
    assert event.title == "Peskov tells reporters they would discuss Ukraine"


def test_announcing_an_event_is_that_event_whatever_the_date_hangs_on(nlp):
    text = "The Freedonian ministry announced the recall on Wednesday evening."
    event = only(extract(nlp, text, [("Wednesday evening", "2021-12-01")])[0])
    assert event.title == "Freedonian ministry announces the recall"
    assert event.type is EventType.REJECT and "statement" not in event.tags
