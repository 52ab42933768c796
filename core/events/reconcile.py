"""Re-extraction without losing the user's work.

Events the user created or changed (``edited=True``) are never overwritten;
fresh events that cover the same evidence are dropped in their favour.
Non-edited events are replaced by the fresh extraction, keeping the old id when
a fresh event is built from the very same reports or evidence, so selections
and links in the GUI survive a re-run.
"""

from __future__ import annotations

from core.models import Event


def _keys(e: Event) -> set[tuple[str, int, int]]:
    return {(ev.source_id, ev.start, ev.end) for ev in e.evidence}


def _overlaps(keys: set[tuple[str, int, int]], protected: set[tuple[str, int, int]]) -> bool:
    """Any evidence span overlapping a protected one (re-segmentation moves ends a little)."""
    return any(s == ps and start < pe and ps_start < end
               for s, start, end in keys for ps, ps_start, pe in protected)


def reconcile(existing: list[Event], fresh: list[Event]) -> list[Event]:
    """Edited events kept as they are; everything else replaced by ``fresh``."""
    kept = [e for e in existing if e.edited]
    protected: set[tuple[str, int, int]] = set()
    protected_reports: set[str] = set()
    for e in kept:
        protected |= _keys(e)
        protected_reports |= set(e.merged_from) | {e.id}
    old_by_keys = {frozenset(_keys(e)): e for e in existing if not e.edited and e.evidence}
    out = list(kept)
    for e in fresh:
        keys = _keys(e)
        if keys and _overlaps(keys, protected):
            free = [ev for ev in e.evidence if not _overlaps({(ev.source_id, ev.start, ev.end)}, protected)]
            if not free:
                continue  # the user owns this happening now
            # new reports of a happening the user edited: keep them visible, never
            # inside the edited event (which stays exactly as the user left it)
            e = e.model_copy(update={"evidence": free, "note": (e.note + " " if e.note else "")
                                     + "also told by an event you edited"})
            keys = _keys(e)
        if set(e.merged_from) & protected_reports or e.id in protected_reports:
            continue
        old = old_by_keys.get(frozenset(keys))
        if old is not None and old.id != e.id:
            e = e.model_copy(update={"id": old.id})
        out.append(e)
    return out
