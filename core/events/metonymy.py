"""Capitals and seats of government that stand for their country ("Moscow said ...").

News writing names a government by its capital or its building: "Moscow annexed
Crimea", "Washington warned", "the Kremlin said".  For merging, such an actor is
the same participant as the country, so two reports of one happening ("Russia
seized Crimea", "Moscow annexed Crimea") compare equal.  The mapping only links
actors that both exist in the project, so it never invents a participant; the
events themselves keep the words of the text.
"""

from __future__ import annotations

from core.models import Actor, EntityKind
from core.places import CAPITALS, COUNTRY_NAMES

#: Buildings and institutions whose name stands for a government.
SEATS: dict[str, str] = {
    "Kremlin": "Russia", "White House": "United States", "Pentagon": "United States",
    "State Department": "United States", "Downing Street": "United Kingdom", "Whitehall": "United Kingdom",
    "Foreign Office": "United Kingdom", "Elysee": "France", "Élysée": "France", "Elysee Palace": "France",
    "Élysée Palace": "France", "Quai d'Orsay": "France", "Chancellery": "Germany", "Zhongnanhai": "China",
    "Blue House": "South Korea", "Bankova": "Ukraine", "Quirinale": "Italy", "Palazzo Chigi": "Italy",
    "Moncloa": "Spain", "Kasumigaseki": "Japan",
}

#: Last words of an executive body named with its country's adjective
#: ("Russian Foreign Ministry", "Ukrainian government", "Chinese embassy").
GOVERNMENT_BODIES = frozenset("ministry government embassy cabinet presidency office".split())

#: Kinds of actor that can be a capital or a seat (the actor extractor sometimes
#: labels a capital as a person, so a PERSON counts when its own name matches).
KINDS = {EntityKind.GPE, EntityKind.LOC, EntityKind.ORG}


def _key(name: str) -> str:
    return name.casefold().removeprefix("the ").strip()


_LOOKUP = {_key(k): v for k, v in {**CAPITALS, **SEATS}.items()}


def country_of(name: str) -> str | None:
    """Country a capital or seat of government stands for ("the Kremlin" → "Russia")."""
    return _LOOKUP.get(_key(name))


def _names(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases] if actor.kind in KINDS else [actor.name]


def government_of(actors: dict[str, Actor]) -> dict[str, str]:
    """Actor id of a capital or seat → actor id of its country, for countries in the project.

    A PERSON actor counts only by its canonical name (a city mislabelled as a
    person), never by an alias such as a surname.
    """
    countries: dict[str, str] = {}
    for a in actors.values():
        if a.kind is not EntityKind.GPE:
            continue
        for name in (a.name, *a.aliases):
            countries.setdefault(_key(name), a.id)
    out: dict[str, str] = {}
    for a in actors.values():
        if a.kind not in KINDS and a.kind is not EntityKind.PERSON:
            continue
        country = next((c for c in map(country_of, _names(a)) if c), None)
        if country is None:
            continue
        names = COUNTRY_NAMES.get(country, (country,))
        target = next((countries[_key(n)] for n in names if _key(n) in countries), None)
        if target is not None and target != a.id:
            out[a.id] = target
    out.update(_bodies(actors, out))
    return out


def _bodies(actors: dict[str, Actor], taken: dict[str, str]) -> dict[str, str]:
    """ORG actors such as "Russian Foreign Ministry" → Russia, through the demonym's link."""
    adjectives: dict[str, str] = {}
    by_norp = demonyms(actors)
    for norp_id, country_id in by_norp.items():
        for name in (actors[norp_id].name, *actors[norp_id].aliases):
            adjectives[name.casefold()] = country_id
    out: dict[str, str] = {}
    for a in actors.values():
        words = a.name.split()
        if a.kind is not EntityKind.ORG or a.id in taken or len(words) < 2:
            continue
        if words[-1].casefold() in GOVERNMENT_BODIES and words[0].casefold() in adjectives:
            out[a.id] = adjectives[words[0].casefold()]
    return out


def demonyms(actors: dict[str, Actor]) -> dict[str, str]:
    """NORP actor id → the country actor it names ("Russian" troops act for Russia).

    A crude stem match (Russian/Russia, Ukrainian/Ukraine) that only links
    actors both present in the project, so it cannot invent a participant.
    """
    places = [a for a in actors.values() if a.kind is EntityKind.GPE and len(a.name) >= 4]
    out: dict[str, str] = {}
    for a in actors.values():
        if a.kind is not EntityKind.NORP:
            continue
        for forms in (a.name, *a.aliases):
            stem = forms.lower()
            match = next((p for p in places for n in (p.name, *p.aliases)
                          if len(n) >= 4 and stem.startswith(n.lower()[:-1]) and len(stem) - len(n) <= 3), None)
            if match is not None:
                out[a.id] = match.id
                break
    return out
