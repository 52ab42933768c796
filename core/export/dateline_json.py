"""Dateline's own JSON: everything a script needs, in a stable documented shape."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from core.export.atomic import write_atomic
from core.models import Event
from core.project import Project

FORMAT_VERSION = 1


def iso(moment: dt.datetime | None) -> str | None:
    """Dates as ``YYYY-MM-DD`` when at midnight, else full ISO datetimes."""
    if moment is None:
        return None
    if moment.time() == dt.time(0):
        return moment.date().isoformat()
    return moment.isoformat(timespec="minutes")


def event_to_dict(event: Event, actors: dict, sources: dict) -> dict:
    """One event with actor names and file names in place of ids."""

    def actor_name(actor_id: str | None) -> str | None:
        return actors[actor_id].name if actor_id in actors else actor_id

    return {
        "id": event.id,
        "title": event.title,
        "type": event.type.value,
        "start": iso(event.time.start),
        "end": iso(event.time.end),
        "value": event.time.value,
        "granularity": event.time.granularity.value,
        "actors": [actor_name(a) for a in event.actors],
        "place": actor_name(event.place),
        "sources": [sources[s].file if s in sources else s for s in event.source_ids],
        "evidence": [
            {"source": sources[e.source_id].file if e.source_id in sources else e.source_id,
             "start": e.start, "end": e.end, "text": e.text}
            for e in event.evidence
        ],
        "importance": round(event.importance, 3),
        "modality": event.modality.value,
        "tags": event.tags,
        "note": event.note,
        "edited": event.edited,
    }


def project_to_dict(project: Project) -> dict:
    actors = {a.id: a for a in project.actors()}
    sources = {s.id: s for s in project.sources()}
    return {
        "format": "dateline",
        "version": FORMAT_VERSION,
        "sources": [
            {
                "id": s.id, "file": s.file, "title": s.title, "authors": s.authors,
                "published": s.published.isoformat() if s.published else None,
                "published_from": s.published_from.value,
                "furniture": [list(span) for span in s.furniture],
            }
            for s in sources.values()
        ],
        "actors": [
            {"id": a.id, "name": a.name, "kind": a.kind.value, "aliases": a.aliases,
             "role": a.role, "mentions": a.mentions}
            for a in actors.values() if not a.hidden
        ],
        "events": [event_to_dict(e, actors, sources) for e in project.events()],
    }


def json_text(project: Project) -> str:
    """The whole project as Dateline JSON (built apart from writing, so callers can cancel between)."""
    return json.dumps(project_to_dict(project), ensure_ascii=False, indent=2)


def export_json(project: Project, target: Path) -> None:
    """Write atomically: a crash mid-write never leaves a half file behind."""
    write_atomic(target, json_text(project))
