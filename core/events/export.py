"""The export shape of an event (the exporter serialises these dicts)."""

from __future__ import annotations

from typing import Any

from core.models import Actor, Event, Source


def to_export(event: Event, actors: dict[str, Actor], sources: dict[str, Source]) -> dict[str, Any]:
    """Names instead of ids; files instead of source ids; ISO dates."""

    def name(actor_id: str | None) -> str | None:
        if actor_id is None:
            return None
        return actors[actor_id].name if actor_id in actors else actor_id

    return {
        "id": event.id,
        "title": event.title,
        "type": event.type.value,
        "start": event.time.start.isoformat() if event.time.start else None,
        "end": event.time.end.isoformat() if event.time.end else None,
        "granularity": event.time.granularity.value,
        "actors": [name(a) for a in event.actors],
        "place": name(event.place),
        "sources": [sources[s].file if s in sources else s for s in event.source_ids],
        "evidence": [
            {"source": sources[ev.source_id].file if ev.source_id in sources else ev.source_id,
             "start": ev.start, "end": ev.end, "text": ev.text}
            for ev in event.evidence
        ],
        "importance": event.importance,
        "modality": event.modality.value,
        "tags": list(event.tags),
        "note": event.note,
        "edited": event.edited,
    }
