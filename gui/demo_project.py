"""A small, hand-written project for tests, demos and screenshots.

Builds a real ``core.project.Project`` file (sources, actors, mentions,
events) without running the NLP pipeline, so GUI tests stay fast and do not
depend on extraction quality.  One body has an emoji before a mention to
exercise UTF-16 conversion.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core.models import (Actor, DateOrigin, EntityKind, Event, EventType, Evidence, Granularity, Mention,
                         Modality, Source, TimeValue)
from core.project import Project

ARTICLES = [
    ("Biden and Putin speak by phone", dt.date(2021, 4, 13), DateOrigin.METADATA,
     "WASHINGTON — Joe Biden called Vladimir Putin on Tuesday. "
     "Biden proposed a summit in a third country. "
     "NATO allies welcomed the call.\nReporting by the Sample Wire."),
    ("Summit opens in Geneva 🇨🇭", dt.date(2021, 6, 16), DateOrigin.TEXT,
     "GENEVA 🇨🇭 — Biden and Putin met at Villa La Grange on Wednesday. "
     "The two leaders agreed to return ambassadors. "
     "Russia said talks on strategic stability would begin in July."),
    ("Video call ends with warnings", dt.date(2021, 12, 8), DateOrigin.METADATA,
     "Biden warned Putin of sanctions during a two-hour video call on Tuesday. "
     "Ukraine urged NATO to act. "
     "Talks are planned for January in Geneva."),
    ("Undated wire copy", None, DateOrigin.UNKNOWN,
     "Putin told reporters that NATO must stop expanding. "
     "He said it happened yesterday."),
]
ACTORS = [("Joe Biden", EntityKind.PERSON, "U.S. President"),
          ("Vladimir Putin", EntityKind.PERSON, "Russian President"),
          ("NATO", EntityKind.ORG, None), ("Ukraine", EntityKind.GPE, None),
          ("Russia", EntityKind.GPE, None), ("Geneva", EntityKind.GPE, None)]


def _span(body: str, text: str, after: int = 0) -> tuple[int, int]:
    start = body.index(text, after)
    return start, start + len(text)


def _sentence(body: str, words: str) -> tuple[int, int, str]:
    i = body.index(words)
    start = max([k + 2 for k in (body.rfind(". ", 0, i), body.rfind("— ", 0, i)) if k >= 0], default=0)
    end = body.index(".", i) + 1
    return start, end, body[start:end]


def _day(y: int, m: int, d: int, **kw) -> TimeValue:
    start = dt.datetime(y, m, d)
    return TimeValue(value=start.date().isoformat(), granularity=Granularity.DAY, start=start,
                     end=start + dt.timedelta(days=1), **kw)


def _month(y: int, m: int) -> TimeValue:
    start = dt.datetime(y, m, 1)
    end = dt.datetime(y + m // 12, m % 12 + 1, 1)
    return TimeValue(value=f"{y}-{m:02d}", granularity=Granularity.MONTH, start=start, end=end)


def build_demo_project(path: str | Path) -> Project:
    """Create (or overwrite) a demo project at ``path`` and return it open."""
    path = Path(path)
    if path.exists():
        path.unlink()
    project = Project.create(path)
    actors = {name: Actor(name=name, kind=kind, role=role) for name, kind, role in ACTORS}
    sources, mentions = [], {}
    for title, published, origin, body in ARTICLES:
        furniture = [_span(body, "Reporting by the Sample Wire.")] if "Reporting" in body else []
        source = Source(file=title.lower().replace(" ", "-")[:30] + ".md", title=title, published=published,
                        published_from=origin, body=body, furniture=furniture,
                        authors=["A. Reporter"] if published else [])
        sources.append(source)
        found = []
        for name, actor in actors.items():
            for alias in dict.fromkeys([name, name.split()[-1]]):
                at = 0
                while (at := body.find(alias, at)) >= 0:
                    if not any(m.start <= at < m.end for m in found):
                        found.append(Mention(source_id=source.id, start=at, end=at + len(alias), text=alias,
                                             label=actor.kind, actor_id=actor.id))
                    at += len(alias)
        mentions[source.id] = sorted(found, key=lambda m: m.start)
        by_id = {a.id: a for a in actors.values()}
        for m in found:
            by_id[m.actor_id].mentions += 1
    s = {src.title: src for src in sources}

    def ev(title, kind, time, who, src, words, timex=None, **kw) -> Event:
        start, end, text = _sentence(s[src].body, words)
        return Event(title=title, type=kind, time=time, actors=[actors[w].id for w in who],
                     evidence=[Evidence(source_id=s[src].id, start=start, end=end, text=text, timex=timex)], **kw)

    events = [
        ev("Biden calls Putin", EventType.CONSULT, _day(2021, 4, 13), ["Joe Biden", "Vladimir Putin"],
           "Biden and Putin speak by phone", "called Vladimir Putin", "on Tuesday", importance=0.9),
        ev("Biden proposes a summit", EventType.PROPOSE, _day(2021, 4, 13), ["Joe Biden"],
           "Biden and Putin speak by phone", "proposed a summit", importance=0.6),
        ev("Geneva summit", EventType.CONSULT, _day(2021, 6, 16), ["Joe Biden", "Vladimir Putin", "Geneva"],
           "Summit opens in Geneva 🇨🇭", "met at Villa La Grange", "on Wednesday", importance=1.0),
        ev("Ambassadors to return", EventType.AGREE, _day(2021, 6, 16), ["Joe Biden", "Vladimir Putin"],
           "Summit opens in Geneva 🇨🇭", "agreed to return ambassadors", importance=0.5),
        ev("Strategic stability talks", EventType.CONSULT, _month(2021, 7), ["Russia"],
           "Summit opens in Geneva 🇨🇭", "strategic stability", "in July", importance=0.4,
           modality=Modality.PLANNED),
        ev("Video call with warnings", EventType.THREATEN, _day(2021, 12, 7), ["Joe Biden", "Vladimir Putin"],
           "Video call ends with warnings", "warned Putin", "on Tuesday", importance=0.95),
        ev("Ukraine appeals to NATO", EventType.APPEAL, _day(2021, 12, 8), ["Ukraine", "NATO"],
           "Video call ends with warnings", "urged NATO", importance=0.3),
        ev("Geneva talks planned", EventType.CONSULT, _month(2022, 1), ["Russia", "Geneva"],
           "Video call ends with warnings", "Talks are planned", "for January", importance=0.7,
           modality=Modality.PLANNED),
        ev("Putin demands NATO stop expanding", EventType.STATEMENT,
           TimeValue(value="PAST_REF", granularity=Granularity.UNKNOWN), ["Vladimir Putin", "NATO"],
           "Undated wire copy", "must stop expanding", importance=0.5),
    ]
    project.put_sources(sources)
    project.put_actors(actors.values())
    for source_id, items in mentions.items():
        project.replace_mentions(source_id, items)
    project.put_events(events)
    return project
