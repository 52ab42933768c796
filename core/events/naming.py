"""How an actor is written in a title: the short form a headline uses.

Timeline labels are cut after a few dozen characters, so "Biden and Putin
speak by telephone" beats "Joe Biden and Vladimir Putin speak by tel…".  A
person is written by surname when no other person in the project shares it;
a few countries by their usual headline abbreviation.  Everything else keeps
its canonical name, which the actor list and the evidence always show.
"""

from __future__ import annotations

from core.models import Actor, EntityKind

SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
ABBREVIATIONS = {"United States": "US", "United Kingdom": "UK", "United Arab Emirates": "UAE",
                 "European Union": "EU", "United Nations": "UN"}


def surname(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in SUFFIXES]
    return words[-1] if words else name


def title_names(actors: dict[str, Actor]) -> dict[str, str]:
    """Actor id → the name a title writes."""
    people = {a.id for a in actors.values() if a.kind is EntityKind.PERSON and len(a.name.split()) > 1}
    count: dict[str, int] = {}
    for a in actors.values():
        if a.id in people:
            count[surname(a.name)] = count.get(surname(a.name), 0) + 1
    others = {a.name for a in actors.values() if a.kind is not EntityKind.PERSON}
    out: dict[str, str] = {}
    for a in actors.values():
        if a.id in people:
            short = surname(a.name)
            out[a.id] = short if count[short] == 1 and short not in others else a.name
        else:
            out[a.id] = ABBREVIATIONS.get(a.name, a.name)
    return out
