"""Short names in titles: surnames when unambiguous, headline abbreviations for a few countries."""

from __future__ import annotations

from core.events.naming import surname, title_names
from core.models import Actor, EntityKind


def _actors(*specs: tuple[str, EntityKind]) -> dict[str, Actor]:
    return {a.id: a for a in (Actor(name=n, kind=k) for n, k in specs)}


def test_people_by_surname_unless_two_share_it():
    actors = _actors(("Joe Biden", EntityKind.PERSON), ("Hunter Biden", EntityKind.PERSON),
                     ("Vladimir Putin", EntityKind.PERSON), ("Lloyd J. Austin III", EntityKind.PERSON),
                     ("Madonna", EntityKind.PERSON))
    written = {actors[i].name: n for i, n in title_names(actors).items()}
    assert written == {"Joe Biden": "Joe Biden", "Hunter Biden": "Hunter Biden", "Vladimir Putin": "Putin",
                       "Lloyd J. Austin III": "Austin", "Madonna": "Madonna"}


def test_a_surname_that_is_also_a_place_stays_whole():
    actors = _actors(("George Washington", EntityKind.PERSON), ("Washington", EntityKind.GPE))
    assert sorted(title_names(actors).values()) == ["George Washington", "Washington"]


def test_countries_take_their_headline_abbreviation():
    actors = _actors(("United States", EntityKind.GPE), ("Russia", EntityKind.GPE), ("NATO", EntityKind.ORG))
    assert sorted(title_names(actors).values()) == ["NATO", "Russia", "US"]


def test_surname_skips_generational_suffixes():
    assert surname("Martin Luther King Jr.") == "King"
