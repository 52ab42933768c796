"""Capitals, seats of government and ministries count as their country when reports merge."""

from __future__ import annotations

from core.events import merge_events
from core.events.metonymy import country_of, government_of
from core.models import Actor, EntityKind, EventType
from tests.test_events_helpers import report


def _actors(*specs: tuple[str, EntityKind, list[str]]) -> dict[str, Actor]:
    out = {}
    for name, kind, aliases in specs:
        a = Actor(name=name, kind=kind, aliases=aliases or [name], mentions=3)
        out[a.id] = a
    return out


def _id(actors: dict[str, Actor], name: str) -> str:
    return next(a.id for a in actors.values() if a.name == name)


def test_capitals_and_seats_name_their_country():
    assert country_of("Moscow") == "Russia"
    assert country_of("the Kremlin") == "Russia"
    assert country_of("White House") == "United States"
    assert country_of("Beijing") == "China"
    assert country_of("Geneva") is None  # a venue, not a government
    assert country_of("Brussels") is None  # stands for the EU or NATO, not Belgium


def test_government_of_links_only_actors_present_in_the_project():
    actors = _actors(
        ("Moscow", EntityKind.GPE, ["Moscow", "MOSCOW"]),
        ("Russia", EntityKind.GPE, []),
        ("Washington", EntityKind.GPE, []),
        ("Kremlin", EntityKind.ORG, ["the Kremlin"]),
        ("Beijing", EntityKind.GPE, []),  # no China in this project
        ("United States", EntityKind.GPE, ["United States", "U.S."]),
    )
    gov = government_of(actors)
    assert gov[_id(actors, "Moscow")] == _id(actors, "Russia")
    assert gov[_id(actors, "Kremlin")] == _id(actors, "Russia")
    assert gov[_id(actors, "Washington")] == _id(actors, "United States")
    assert _id(actors, "Beijing") not in gov
    assert _id(actors, "Russia") not in gov


def test_a_person_counts_only_by_its_own_name():
    actors = _actors(
        ("Kyiv", EntityKind.PERSON, []),  # a city the entity tagger took for a person
        ("Denzel Washington", EntityKind.PERSON, ["Denzel Washington", "Washington"]),
        ("Ukraine", EntityKind.GPE, []),
        ("United States", EntityKind.GPE, []),
    )
    gov = government_of(actors)
    assert gov == {_id(actors, "Kyiv"): _id(actors, "Ukraine")}


def test_a_ministry_named_with_the_demonym_is_its_government():
    actors = _actors(
        ("Freedonian Foreign Ministry", EntityKind.ORG, []),
        ("Freedonian", EntityKind.NORP, []),
        ("Freedonia", EntityKind.GPE, []),
        ("Freedonian Football League", EntityKind.ORG, []),
    )
    gov = government_of(actors)
    assert gov == {_id(actors, "Freedonian Foreign Ministry"): _id(actors, "Freedonia")}


def test_capital_and_country_reports_merge_and_keep_the_country():
    actors = _actors(
        ("Moscow", EntityKind.GPE, []), ("Russia", EntityKind.GPE, []), ("Crimea", EntityKind.GPE, []),
    )
    moscow, russia, crimea = (_id(actors, n) for n in ("Moscow", "Russia", "Crimea"))
    a = report("Russia seizes Crimea", "2014", [russia, crimea], "s1", etype=EventType.MILITARY,
               text="Russia seized Crimea in 2014.")
    b = report("Moscow annexes Crimea", "2014", [moscow, crimea], "s2", etype=EventType.MILITARY,
               text="The peninsula, which Moscow annexed in 2014, is tense.")
    merged = merge_events([a, b], actors)
    assert len(merged) == 1
    assert merged[0].actors == [russia, crimea]  # "Moscow" is redundant beside "Russia"
    assert "shared actors Crimea, Russia" in merged[0].merge_reason


def test_different_capitals_stay_apart():
    actors = _actors(
        ("Moscow", EntityKind.GPE, []), ("Russia", EntityKind.GPE, []),
        ("Kyiv", EntityKind.GPE, []), ("Ukraine", EntityKind.GPE, []),
    )
    a = report("Moscow expels diplomats", "2021-04-15", [_id(actors, "Moscow")], "s1", etype=EventType.SANCTION,
               text="Moscow expelled ten diplomats on Thursday.")
    b = report("Ukraine expels diplomats", "2021-04-15", [_id(actors, "Ukraine")], "s2", etype=EventType.SANCTION,
               text="Ukraine expelled ten diplomats on Thursday.")
    assert len(merge_events([a, b], actors)) == 2


def test_unattributed_statements_of_one_day_do_not_merge():
    actors = _actors(("Freedonian Foreign Ministry", EntityKind.ORG, []))
    ministry = _id(actors, "Freedonian Foreign Ministry")
    a = report("Interview is broadcast", "2021-03-17", [], "s1", etype=EventType.STATEMENT,
               text="The interview was broadcast on Wednesday.")
    b = report("Freedonian Foreign Ministry announces the recall", "2021-03-17", [ministry], "s1",
               etype=EventType.STATEMENT, start=200,
               text="The Freedonian Foreign Ministry announced the recall on Wednesday.")
    assert len(merge_events([a, b], actors)) == 2
