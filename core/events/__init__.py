"""Events: who did what, when and where — extracted per source, merged across sources.

Public API (the export shape of an event is ``core.export.event_to_dict``)::

    extract_events(source, doc, mentions, actors, timexes) -> list[Event]   # one source
    merge_events(events, actors) -> list[Event]                             # across sources
    split_event(event, reports) -> list[Event]                              # undo a merge
    reconcile(existing, fresh) -> list[Event]                               # re-extraction

Tags the timeline can filter on: ``statement`` (said/told: low importance,
hideable), ``reported`` (the action inside "X announced that ..."),
``planned`` / ``denied`` / ``hypothetical`` (mirrors ``modality``),
``relative-time`` (dated by a neighbouring event, see ``note``) and
``unattributed`` (an event noun with no named participant: "Thursday's call").
Merged events keep ``merged_from`` (report ids, stable across re-runs) and a
readable ``merge_reason``; keep the reports to undo a merge with ``split_event``.
"""

from core.events.extract import extract_events
from core.events.merge import merge_events, split_event
from core.events.reconcile import reconcile

__all__ = ["extract_events", "merge_events", "split_event", "reconcile"]
