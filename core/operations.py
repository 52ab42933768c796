"""User edits as data: each operation holds the state before and after it.

Keeping both snapshots makes every edit exactly invertible (``inverse()`` just
swaps them), serialisable into the project's journal, and testable without Qt.
The GUI wraps each one in a ``QUndoCommand``; scripts call ``project.apply``.
Build operations with the functions below, which read the current state.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from core.models import Actor, DateOrigin, Event, Evidence, Source, Timex, new_id

if TYPE_CHECKING:
    from core.project import Changes, Project


class MentionLink(BaseModel):
    source_id: str
    start: int
    end: int
    actor_id: str | None


class State(BaseModel):
    """The records an operation touches; ``None`` means the record is absent."""

    actors: dict[str, Actor | None] = Field(default_factory=dict)
    events: dict[str, Event | None] = Field(default_factory=dict)
    sources: dict[str, Source | None] = Field(default_factory=dict)
    timexes: dict[str, list[Timex]] = Field(default_factory=dict)  # by source id
    mentions: list[MentionLink] = Field(default_factory=list)


class Operation(BaseModel):
    kind: str
    text: str  # shown in Edit ▸ Undo <text>
    before: State
    after: State

    def apply(self, project: Project) -> Changes:
        from core.project import Changes

        state = self.after
        for source in state.sources.values():
            if source is not None:
                project.put_sources([source])
        project.put_actors(a for a in state.actors.values() if a is not None)
        project.delete_actors(i for i, a in state.actors.items() if a is None)
        project.put_events(e for e in state.events.values() if e is not None)
        project.delete_events(i for i, e in state.events.items() if e is None)
        for source_id, timexes in state.timexes.items():
            project.replace_timexes(source_id, timexes)
        project.reassign_mentions((m.source_id, m.start, m.end, m.actor_id) for m in state.mentions)
        return Changes(
            sources=set(state.sources) | set(state.timexes),
            actors=set(state.actors) | {m.actor_id for m in state.mentions if m.actor_id}
            | {m.actor_id for m in self.before.mentions if m.actor_id},
            events=set(state.events),
        )

    def inverse(self) -> Operation:
        return Operation(kind=self.kind, text=self.text, before=self.after, after=self.before)


def _copy(model):
    return model.model_copy(deep=True)


# -- actors --------------------------------------------------------------------


def rename_actor(project: Project, actor_id: str, name: str) -> Operation:
    old = project.actor(actor_id)
    new = _copy(old)
    new.name = name.strip()
    if old.name not in new.aliases:
        new.aliases.append(old.name)  # re-extraction still finds the old name
    new.edited = True
    return Operation(
        kind="rename_actor", text=f"Rename “{old.name}” to “{new.name}”",
        before=State(actors={actor_id: old}), after=State(actors={actor_id: new}),
    )


def set_actor_hidden(project: Project, actor_id: str, hidden: bool) -> Operation:
    old = project.actor(actor_id)
    new = _copy(old)
    new.hidden = hidden
    new.edited = True
    verb = "Hide" if hidden else "Show"
    return Operation(
        kind="set_actor_hidden", text=f"{verb} “{old.name}”",
        before=State(actors={actor_id: old}), after=State(actors={actor_id: new}),
    )


def set_actor_role(project: Project, actor_id: str, role: str | None) -> Operation:
    old = project.actor(actor_id)
    new = _copy(old)
    new.role = role or None
    new.edited = True
    return Operation(
        kind="set_actor_role", text=f"Set role of “{old.name}”",
        before=State(actors={actor_id: old}), after=State(actors={actor_id: new}),
    )


def merge_actors(project: Project, keep_id: str, other_ids: list[str]) -> Operation:
    """Fold other actors into one: aliases, mentions and event participation."""
    keep = project.actor(keep_id)
    others = [project.actor(i) for i in other_ids if i != keep_id]
    merged = _copy(keep)
    for other in others:
        for alias in [other.name, *other.aliases]:
            if alias not in merged.aliases:
                merged.aliases.append(alias)
        merged.mentions += other.mentions
    merged.edited = True
    gone = {o.id for o in others}
    before_mentions, after_mentions = [], []
    for other in others:
        for m in project.mentions(actor_id=other.id):
            before_mentions.append(MentionLink(source_id=m.source_id, start=m.start, end=m.end, actor_id=other.id))
            after_mentions.append(MentionLink(source_id=m.source_id, start=m.start, end=m.end, actor_id=keep_id))
    before_events, after_events = {}, {}
    for event in project.events():
        if gone & set(event.actors):
            before_events[event.id] = event
            changed = _copy(event)
            changed.actors = list(dict.fromkeys(keep_id if a in gone else a for a in event.actors))
            after_events[event.id] = changed
    names = ", ".join(f"“{o.name}”" for o in others)
    return Operation(
        kind="merge_actors", text=f"Merge {names} into “{keep.name}”",
        before=State(actors={keep_id: keep, **{o.id: o for o in others}},
                     events=before_events, mentions=before_mentions),
        after=State(actors={keep_id: merged, **{o.id: None for o in others}},
                    events=after_events, mentions=after_mentions),
    )


# -- events --------------------------------------------------------------------

EDITABLE_EVENT_FIELDS = {"title", "type", "time", "actors", "place", "modality", "tags", "note", "importance"}


def edit_event(project: Project, event_id: str, **changes) -> Operation:
    unknown = set(changes) - EDITABLE_EVENT_FIELDS
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    old = project.event(event_id)
    new = old.model_copy(update=changes, deep=True)
    new = Event.model_validate(new.model_dump())  # validate the edited values
    new.edited = True
    what = ", ".join(sorted(changes))
    return Operation(
        kind="edit_event", text=f"Edit {what} of “{old.title}”",
        before=State(events={event_id: old}), after=State(events={event_id: new}),
    )


def create_event(project: Project, event: Event) -> Operation:
    event = _copy(event)
    event.edited = True
    return Operation(
        kind="create_event", text=f"Create “{event.title}”",
        before=State(events={event.id: None}), after=State(events={event.id: event}),
    )


def create_event_from_text(
    project: Project, source_id: str, start: int, end: int, title: str | None = None
) -> Operation:
    """A new event from a selection: dated by the first timex inside it, else the source.

    The actors named inside the selection take part, in reading order, so the
    user only removes the odd one out rather than adding each by hand.
    """
    from core.headlines import clip_title

    source = project.source(source_id)
    text = source.body[start:end]
    inside = [t for t in project.timexes(source_id) if start <= t.start and t.end <= end and t.interval_start]
    if inside:
        time = inside[0].time_value()
    else:
        from core.timevalues import day_value

        time = day_value(source.published or dt.date.today())
    named = [m.actor_id for m in project.mentions(source_id=source_id)
             if m.actor_id and start <= m.start and m.end <= end]
    event = Event(
        title=title or clip_title(" ".join(text.split())),
        time=time,
        actors=list(dict.fromkeys(named)),
        evidence=[Evidence(source_id=source_id, start=start, end=end, text=text,
                           timex=inside[0].text if inside else None)],
    )
    return create_event(project, event)


def delete_event(project: Project, event_id: str) -> Operation:
    old = project.event(event_id)
    return Operation(
        kind="delete_event", text=f"Delete “{old.title}”",
        before=State(events={event_id: old}), after=State(events={event_id: None}),
    )


def merge_events(project: Project, event_ids: list[str], reason: str = "merged by the user") -> Operation:
    """Merge events into the first one: evidence, actors and tags are unioned."""
    events = [project.event(i) for i in event_ids]
    keep = _copy(events[0])
    for other in events[1:]:
        keep.evidence += [e for e in other.evidence if e not in keep.evidence]
        keep.actors = list(dict.fromkeys(keep.actors + other.actors))
        keep.tags = list(dict.fromkeys(keep.tags + other.tags))
        keep.merged_from = list(dict.fromkeys(keep.merged_from + [other.id] + other.merged_from))
        keep.importance = max(keep.importance, other.importance)
    keep.merge_reason = reason
    keep.edited = True
    return Operation(
        kind="merge_events", text=f"Merge {len(events)} events",
        before=State(events={e.id: e for e in events}),
        after=State(events={keep.id: keep, **{e.id: None for e in events[1:]}}),
    )


def split_event(project: Project, event_id: str, evidence_index: list[int]) -> Operation:
    """Move the chosen evidence spans of an event into a new event of their own."""
    old = project.event(event_id)
    chosen = [old.evidence[i] for i in sorted(set(evidence_index))]
    if not chosen or len(chosen) == len(old.evidence):
        raise ValueError("choose some, but not all, of the event's evidence to split off")
    rest = _copy(old)
    rest.evidence = [e for i, e in enumerate(old.evidence) if i not in set(evidence_index)]
    rest.edited = True
    part = _copy(old)
    part.id = new_id("evt")
    part.evidence = chosen
    part.merged_from = []
    part.merge_reason = None
    part.edited = True
    return Operation(
        kind="split_event", text=f"Split “{old.title}”",
        before=State(events={old.id: old, part.id: None}),
        after=State(events={old.id: rest, part.id: part}),
    )


# -- sources -------------------------------------------------------------------


def set_source_date(project: Project, source_id: str, published: dt.date | None) -> Operation:
    """Set an article's publication date and re-resolve its relative dates at once."""
    from core.pipeline import reresolve_source

    old = project.source(source_id)
    new = _copy(old)
    new.published = published
    new.published_from = DateOrigin.USER if published else DateOrigin.UNKNOWN
    new.published_evidence = None
    new.warnings = [w for w in new.warnings if "publication date" not in w]
    timexes, events_before, events_after = reresolve_source(project, new)
    return Operation(
        kind="set_source_date",
        text=f"Set date of “{old.display_title()}”",
        before=State(sources={source_id: old}, timexes={source_id: project.timexes(source_id)},
                     events=events_before),
        after=State(sources={source_id: new}, timexes={source_id: timexes}, events=events_after),
    )
