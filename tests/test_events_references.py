"""Who a vague subject or a bare event noun stands for: groups, "one", ordinals, "the interview", "it",
"him", "the company"."""

from __future__ import annotations

from core.models import EntityKind, EventType, Modality
from tests.test_events_helpers import World, extract, names


class Capitals(World):
    FORMS = {
        **World.FORMS,
        "Moscow": (EntityKind.GPE, ["Moscow"]),
        "Washington": (EntityKind.GPE, ["Washington"]),
    }


def only(events):
    assert len(events) == 1, [e.title for e in events]
    return events[0]


def test_the_two_leaders_are_the_people_named_most(nlp):
    text = ("Biden called Putin in the morning. Biden and Putin talked about Ukraine. "
            "The two leaders last spoke on Dec. 7.")
    events, world, _ = extract(nlp, text, [("Dec. 7", "2021-12-07")])
    event = only(events)
    assert event.title.startswith("Biden and Putin speak"), event.title
    assert names(event, world) == ["Joe Biden", "Vladimir Putin"]


def test_a_group_noun_with_named_members_is_left_alone(nlp):
    text = "Biden met Putin in June. The leaders of Poland and Ukraine spoke on Dec. 7."
    events, world, _ = extract(nlp, text, [("Dec. 7", "2021-12-07")])
    assert "Joe Biden" not in names(only(events), world)


def test_their_event_belongs_to_the_people_just_named(nlp):
    text = "Biden and Putin spoke at length. Putin said the call came three weeks after their video summit on Dec. 7."
    events, world, _ = extract(nlp, text, [("Dec. 7", "2021-12-07")])
    event = only(events)
    assert event.title == "Biden–Putin video summit"
    assert names(event, world) == ["Joe Biden", "Vladimir Putin"]
    assert "unattributed" not in event.tags


def test_one_stands_for_the_noun_before_it(nlp):
    text = "The new build-up recalls the one that alarmed Washington in the spring."
    events, _, _ = extract(nlp, text, [("the spring", "2021-03")], Capitals())
    assert only(events).title == "Build-up alarms Washington"


def test_an_ordinal_stands_for_the_counted_noun(nlp):
    text = ("It was the third call between the two presidents this year. "
            "The first, in late February, dealt with arms control.")
    events, _, _ = extract(nlp, text, [("late February", "2021-02")])
    assert only(events).title == "First call deals with arms control"


def test_the_interview_belongs_to_whoever_gave_it(nlp):
    text = ("Biden agreed in a long television interview that the talks had failed. "
            "The interview was broadcast on Wednesday.")
    events, world, _ = extract(nlp, text, [("Wednesday", "2021-12-01")])
    event = only(events)
    assert event.title == "Biden interview is broadcast"
    assert names(event, world) == ["Joe Biden"]


def test_asking_for_a_call_is_not_taking_part_in_it(nlp):
    text = "Putin requested the call. Thursday's call lasted an hour."
    events, _, _ = extract(nlp, text, [("Thursday", "2021-12-02")])
    event = only(events)
    assert event.actors == [] and "unattributed" in event.tags  # kept to merge, never "Putin call"


def test_it_in_a_subordinate_clause_is_the_country_above(nlp):
    text = "The sanctions were tougher than anything Moscow faced after it took Crimea in 2014."
    events, world, _ = extract(nlp, text, [("2014", "2014")], Capitals())
    event = only(events)
    assert event.title == "Moscow takes Crimea"
    assert event.type is EventType.MILITARY
    assert names(event, world) == ["Moscow", "Crimea"]


def test_an_object_pronoun_is_not_its_own_subject_and_is_named_in_the_title(nlp):
    text = "Zelensky met Blinken on Tuesday. Peskov is expected to join him in Geneva on Wednesday."
    events, world, _ = extract(nlp, text, [("Tuesday", "2021-12-07"), ("Wednesday", "2021-12-08")])
    joining = next(e for e in events if "join" in e.title)
    assert joining.title == "Peskov to join Zelensky in Geneva"
    assert names(joining, world) == ["Dmitry Peskov", "Volodymyr Zelensky"]
    assert joining.type is EventType.CONSULT  # joining a person is meeting them, not an accession
    assert joining.modality is Modality.PLANNED


def test_an_ordinal_takes_the_owners_of_the_counted_event(nlp):
    text = ("Biden called Putin in the morning. It was the third call between the two leaders this year. "
            "The first, in late February, dealt with arms control.")
    events, world, _ = extract(nlp, text, [("late February", "2021-02")])
    event = only(events)
    assert event.title == "First Biden–Putin call deals with arms control"
    assert names(event, world) == ["Joe Biden", "Vladimir Putin"]


def test_they_after_named_subjects_is_those_subjects(nlp):
    text = "Biden and Putin met in Geneva in June. They agreed on Wednesday to return their ambassadors."
    events, world, _ = extract(nlp, text, [("Wednesday", "2021-06-16")])
    event = only(events)
    assert event.title == "Biden and Putin agree to return their ambassadors"
    assert names(event, world) == ["Joe Biden", "Vladimir Putin"]


def test_they_after_an_unnamed_group_stays_unresolved(nlp):
    text = "Officials in Washington met in June. They agreed on Wednesday to return their ambassadors."
    assert extract(nlp, text, [("Wednesday", "2021-06-16")])[0] == []


class Firms(World):
    FORMS = {**World.FORMS, "Acme Corp": (EntityKind.ORG, ["Acme Corp"]), "Globex": (EntityKind.ORG, ["Globex"])}


def test_the_company_is_the_organisation_just_named(nlp):
    world = Firms()
    events, _, _ = extract(nlp, "Acme Corp makes tools. In March 2019 the company closed its Ohio plant.",
                           [("March 2019", "2019-03")], world)
    assert [(e.title, names(e, world)) for e in events] == [("Acme Corp closes its Ohio plant", ["Acme Corp"])]
    events, _, _ = extract(nlp, "Acme Corp makes tools. On Tuesday a company in Ohio closed a plant.",
                           [("Tuesday", "2021-12-07")], world)
    assert [names(e, world) for e in events] == [[]]  # "a company" is not the one named
    events, _, _ = extract(nlp, "Acme Corp rejected the offer. It will meet Biden on Friday.",
                           [("Friday", "2021-12-10")], world)
    assert [e.title for e in events] == ["Acme Corp to meet Biden"]  # "it" still finds the organisation
    events, _, _ = extract(nlp, "Biden met NATO officials. On Tuesday the firm said it would cut jobs.",
                           [("Tuesday", "2021-12-07")], world)
    assert [names(e, world) for e in events] == [[]]  # "NATO officials" names no firm
    events, _, _ = extract(nlp, 'Acme Corp sued Globex on Monday. "The company stole our designs in 2019," Acme Corp said.',
                           [("2019", "2019"), ("Monday", "2021-12-06")], world)
    stole = [e for e in events if e.time.value == "2019"]
    assert [names(e, world) for e in stole] == [[]]  # inside a quotation: whose, the parse cannot say


def test_it_after_the_company_and_a_semicolon(nlp):
    class Places(Firms):
        FORMS = {**Firms.FORMS, "Texas": (EntityKind.GPE, ["Texas"])}

    world = Places()
    text = ("Acme Corp makes tools. In March 2019 the company closed its Ohio plant; "
            "two days later it announced a new factory in Texas.")
    events, _, _ = extract(nlp, text, [("March 2019", "2019-03"), ("two days later", "2019-03")], world)
    assert [e.title for e in events] == ["Acme Corp closes its Ohio plant", "Acme Corp announces a new factory in Texas"]


def test_a_possessive_on_a_client_or_relative_names_no_actor(nlp):
    class Court(World):
        FORMS = {**World.FORMS, "Linda Moore": (EntityKind.PERSON, ["Linda Moore"])}

    world = Court()
    events, _, _ = extract(nlp, "Judge Linda Moore heard the case. On Friday her client appealed.",
                           [("Friday", "2021-12-03")], world)
    assert [names(e, world) for e in events] == [[]]  # the judge did not appeal
