"""Hand-built inputs for the event tests: small sentences, mentions and timexes.

The event extractor takes mentions and timexes as plain inputs, so the unit
tests build them here instead of running the actor and timex components.
"""

from __future__ import annotations

import datetime as dt

from core.models import (
    Actor, EntityKind, Event, Evidence, Granularity, Mention, Source, Timex, TimeValue, TimexType,
)

DCT = dt.date(2021, 12, 7)  # a Tuesday


def interval(value: str) -> tuple[Granularity, dt.datetime, dt.datetime]:
    """TIMEX3 value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM) → granularity and interval."""
    if len(value) == 4:
        s = dt.datetime(int(value), 1, 1)
        return Granularity.YEAR, s, s.replace(year=s.year + 1)
    if len(value) == 7:
        y, m = map(int, value.split("-"))
        s = dt.datetime(y, m, 1)
        return Granularity.MONTH, s, dt.datetime(y + (m == 12), m % 12 + 1, 1)
    if "T" in value:
        s = dt.datetime.fromisoformat(value)
        return Granularity.HOUR, s, s + dt.timedelta(hours=1)
    s = dt.datetime.fromisoformat(value)
    return Granularity.DAY, s, s + dt.timedelta(days=1)


def timex(text: str, surface: str, value: str, occurrence: int = 0, type_: TimexType = TimexType.DATE) -> Timex:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    g, s, e = interval(value)
    return Timex(start=start, end=start + len(surface), text=surface, type=type_, value=value,
                 granularity=g, interval_start=s, interval_end=e, anchored=True)


class World:
    """A few actors with their surface forms, shared by a test."""

    FORMS = {
        "Joe Biden": (EntityKind.PERSON, ["President Joe Biden", "President Biden", "Joe Biden", "Biden"]),
        "Vladimir Putin": (EntityKind.PERSON, ["Vladimir Putin", "Putin"]),
        "Dmitry Peskov": (EntityKind.PERSON, ["Dmitry Peskov", "Peskov"]),
        "Volodymyr Zelensky": (EntityKind.PERSON, ["Volodymyr Zelensky", "Zelensky"]),
        "Antony Blinken": (EntityKind.PERSON, ["Antony Blinken", "Blinken"]),
        "Russia": (EntityKind.GPE, ["Russia"]),
        "Ukraine": (EntityKind.GPE, ["Ukraine"]),
        "Crimea": (EntityKind.GPE, ["Crimea"]),
        "Poland": (EntityKind.GPE, ["Poland"]),
        "United States": (EntityKind.GPE, ["the United States", "United States"]),
        "Geneva": (EntityKind.GPE, ["Geneva"]),
        "NATO": (EntityKind.ORG, ["NATO"]),
        "White House": (EntityKind.ORG, ["The White House", "the White House", "White House"]),
        "Russian": (EntityKind.NORP, ["Russian"]),
    }

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.by_name: dict[str, Actor] = {}
        for name, (kind, forms) in self.FORMS.items():
            a = Actor(name=name, kind=kind, aliases=forms, mentions=10 if kind is EntityKind.PERSON else 3)
            self.actors[a.id] = a
            self.by_name[name] = a

    def id(self, name: str) -> str:
        return self.by_name[name].id

    def mentions(self, source: Source) -> list[Mention]:
        """Longest-first, non-overlapping matches of every surface form."""
        text, taken, out = source.body, set(), []
        forms = sorted(((f, a) for a in self.actors.values() for f in a.aliases), key=lambda fa: -len(fa[0]))
        for form, actor in forms:
            start = text.find(form)
            while start != -1:
                end = start + len(form)
                word_edge = (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                if word_edge and not taken & set(range(start, end)):
                    taken |= set(range(start, end))
                    out.append(Mention(source_id=source.id, start=start, end=end, text=form,
                                       label=actor.kind, actor_id=actor.id))
                start = text.find(form, start + 1)
        return sorted(out, key=lambda m: m.start)


def extract(nlp, text: str, timexes: list[tuple], world: World | None = None, dct: dt.date = DCT,
            furniture: list[tuple[int, int]] | None = None, file: str = "a.txt"):
    """Run extract_events on ``text``; ``timexes`` are (surface, value[, occurrence]) tuples."""
    from core.events import extract_events

    world = world or World()
    source = Source(file=file, body=text, published=dct, furniture=furniture or [])
    doc = nlp(text)
    tx = [timex(text, *t) for t in timexes]
    events = extract_events(source, doc, world.mentions(source), world.actors, tx)
    return events, world, source


def names(event: Event, world: World) -> list[str]:
    return [world.actors[a].name for a in event.actors if a in world.actors]


def report(title: str, value: str, actors: list[str], source: str, etype=None, start: int = 0,
           text: str = "", modality=None, tags: list[str] | None = None) -> Event:
    """A hand-made event report for the merge tests (one evidence sentence)."""
    from core.models import EventType, Modality

    g, s, e = interval(value)
    return Event(
        title=title,
        type=etype or EventType.CONSULT,
        time=TimeValue(value=value, granularity=g, start=s, end=e),
        actors=actors,
        evidence=[Evidence(source_id=source, start=start, end=start + len(text or title), text=text or title)],
        modality=modality or Modality.HAPPENED,
        tags=tags or [],
    )
