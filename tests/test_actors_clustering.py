"""build_actors on hand-made mentions: aliases, surnames, spelling, kinds, keep.

These tests need no parser: the clustering only reads mention texts and labels.
"""

from __future__ import annotations

from core.actors import build_actors
from core.actors.roles import RoleHint
from core.models import Actor, EntityKind, Mention

P, O, G, N = EntityKind.PERSON, EntityKind.ORG, EntityKind.GPE, EntityKind.NORP
OSCE_LONG = "Organization for Security and Cooperation in Europe"


def make(*items: tuple[str, EntityKind] | tuple[str, EntityKind, str]) -> dict[str, list[Mention]]:
    """Mentions from (text, label[, source id]); offsets are just running numbers."""
    out: dict[str, list[Mention]] = {}
    for n, item in enumerate(items):
        text, label, *rest = item
        source = rest[0] if rest else "s1"
        out.setdefault(source, []).append(
            Mention(
                source_id=source, start=n * 100, end=n * 100 + len(text), text=text, label=label
            )
        )
    return out


def by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def test_titled_and_bare_forms_are_one_person():
    found = make(
        ("Biden", P), ("President Biden", P), ("Joe Biden", P), ("President Joe Biden", P, "s2")
    )
    actors = build_actors(found)
    assert len(actors) == 1
    biden = actors[0]
    assert biden.name == "Joe Biden"
    assert biden.kind is P
    assert biden.mentions == 4
    assert set(biden.aliases) == {"Biden", "President Biden", "Joe Biden", "President Joe Biden"}
    assert all(m.actor_id == biden.id for ms in found.values() for m in ms)


def test_fullest_name_wins():
    actors = build_actors(make(("Austin", P), ("Lloyd J. Austin III", P), ("Austin", O)))
    assert [a.name for a in actors] == ["Lloyd J. Austin III"]


def test_surname_joins_the_full_name_across_sources():
    found = make(("Antony Blinken", P, "a"), ("Blinken", P, "b"), ("Blinken", G, "b"))
    actors = build_actors(found)
    assert len(actors) == 1 and actors[0].mentions == 3 and actors[0].kind is P


def test_spelling_variants_merge():
    actors = build_actors(
        make(("Volodymyr Zelensky", P, "a"), ("Volodymyr Zelenskyy", P, "b"), ("Zelenskyy", P, "b"))
    )
    assert len(actors) == 1
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy"} <= set(actors[0].aliases)


def test_people_sharing_only_a_title_stay_apart():
    found = make(("President Biden", P), ("President Putin", P), ("President Trump", P))
    actors = build_actors(found)
    assert len(actors) == 3


def test_titles_inside_a_person_entity_are_not_given_names():
    found = make(("Antony Blinken", P), ("Secretary Blinken", P, "b"), ("Blinken", P, "b"))
    actors = build_actors(found)
    assert [a.name for a in actors] == ["Antony Blinken"]


def test_short_given_names_and_initials_match():
    found = make(("Joe Biden", P), ("Joseph R. Biden Jr.", P, "b"), ("J. Biden", P, "c"))
    actors = build_actors(found)
    assert [a.name for a in actors] == ["Joseph R. Biden Jr."]


def test_places_keep_title_words():
    actors = build_actors(make(("Prince Edward Island", G), ("King County", G)))
    assert {a.name for a in actors} == {"Prince Edward Island", "King County"}


def test_different_given_names_stay_apart():
    actors = build_actors(make(("Bill Clinton", P), ("Hillary Clinton", P)))
    assert len(actors) == 2


def test_shared_surname_resolves_per_source():
    found = make(
        ("Bill Clinton", P, "a"), ("Clinton", P, "a"),
        ("Hillary Clinton", P, "b"), ("Clinton", P, "b"),
    )
    actors = by_name(build_actors(found))
    assert set(actors) == {"Bill Clinton", "Hillary Clinton"}
    assert actors["Bill Clinton"].mentions == 2 and actors["Hillary Clinton"].mentions == 2


def test_country_abbreviations_merge():
    actors = build_actors(make(("U.S.", G), ("US", G), ("United States", G), ("America", G)))
    assert [a.name for a in actors] == ["United States"]
    assert {"U.S.", "US"} <= set(actors[0].aliases)


def test_state_abbreviations_of_datelines_merge_with_the_state():
    actors = build_actors(make(("Del.", G), ("Delaware", G), ("N.Y.", G), ("New York", G)))
    assert sorted(a.name for a in actors) == ["Delaware", "New York"]
    assert "Del." in by_name(actors)["Delaware"].aliases
    others = build_actors(make(("PA", O), ("Palestinian Authority", O), ("VA", O), ("Ga.", G), ("Georgia", G)))
    assert sorted(a.name for a in others) == ["Ga.", "Georgia", "Palestinian Authority", "VA"]  # PA: its initials


def test_eu_and_european_union_merge():
    actors = build_actors(make(("EU", O), ("European Union", O)))
    assert [a.name for a in actors] == ["European Union"]


def test_acronym_joins_its_long_form():
    actors = build_actors(make((OSCE_LONG, O), ("OSCE", O, "b")))
    assert len(actors) == 1 and set(actors[0].aliases) >= {"OSCE"}


def test_acronym_without_matching_initials_stays_apart():
    actors = build_actors(make((OSCE_LONG, O), ("NATO", O)))
    assert len(actors) == 2


def test_majority_kind_beats_a_stray_label():
    actors = build_actors(make(("Kremlin", O), ("Kremlin", O), ("Kremlin", P), ("Kremlin", O, "b")))
    assert len(actors) == 1 and actors[0].kind is O


def test_one_full_name_does_not_make_a_company_a_person():
    actors = build_actors(make(("Bill Ford", P), ("Ford", O), ("Ford", O), ("Ford", O)))
    assert [a.kind for a in actors] == [O]  # the majority stands; a person needs a role to overturn it


def test_place_names_do_not_join_people():
    found = make(("George Washington", P), ("Washington", G), ("Washington", G))
    actors = by_name(build_actors(found))
    assert set(actors) == {"George Washington", "Washington"}
    assert actors["Washington"].kind is G


def test_nationalities_stay_apart_from_countries():
    actors = by_name(build_actors(make(("Russia", G), ("Russian", N), ("Russians", N))))
    assert set(actors) == {"Russia", "Russian"}
    assert actors["Russian"].kind is N and actors["Russian"].mentions == 2


def test_roles_reach_the_actor():
    found = make(("Dmitry Peskov", P), ("Peskov", P, "b"))
    hints = [
        RoleHint("s1", 0, 13, "Kremlin spokesman", "title"),
        RoleHint("b", 100, 106, "Kremlin spokesman", "title"),
    ]
    assert build_actors(found, hints)[0].role == "Kremlin spokesman"


def test_kept_actor_survives_re_extraction():
    aliases = ["Uncle Joe", "Joe Biden", "Biden"]
    kept = Actor(id="act-user", name="Uncle Joe", kind=P, aliases=aliases, edited=True)
    found = make(("Joe Biden", P), ("President Biden", P), ("Biden", P, "b"), ("Putin", P))
    actors = by_name(build_actors(found, keep=[kept]))
    assert set(actors) == {"Uncle Joe", "Putin"}
    joe = actors["Uncle Joe"]
    assert joe.id == "act-user" and joe.edited
    assert joe.aliases == ["Uncle Joe", "Joe Biden", "Biden"]
    assert joe.mentions == 3
    assert all(m.actor_id == "act-user" for ms in found.values() for m in ms if "Biden" in m.text)


def test_kept_actor_without_mentions_is_returned():
    kept = Actor(id="act-user", name="Somebody", kind=P, aliases=["Somebody"], edited=True)
    actors = build_actors(make(("Joe Biden", P)), keep=[kept])
    assert {a.id for a in actors} >= {"act-user"}


def test_two_kept_actors_are_never_merged():
    bill = Actor(id="act-bill", name="Bill Clinton", kind=P, aliases=["Bill Clinton"], edited=True)
    clinton = Actor(id="act-c", name="Clinton", kind=P, aliases=["Clinton"], edited=True)
    actors = build_actors(make(("Bill Clinton", P), ("Clinton", P)), keep=[bill, clinton])
    assert {a.id: a.mentions for a in actors} == {"act-bill": 1, "act-c": 1}


def test_deterministic_ids_and_order():
    def run():
        return [
            (a.id, a.name, a.aliases)
            for a in build_actors(
                make(("Biden", P), ("Joe Biden", P, "b"), ("Russia", G), ("NATO", O))
            )
        ]

    assert run() == run()


def test_known_capitals_and_countries_are_places_whatever_the_tagger_says():
    actors = by_name(build_actors(make(("Kyiv", P), ("Kyiv", P), ("Britain", O), ("Kuleba", P))))
    assert actors["Kyiv"].kind is G and actors["Kyiv"].role is None
    assert actors["United Kingdom"].kind is G  # "Britain", named as the gazetteer names it
    assert actors["Kuleba"].kind is P
