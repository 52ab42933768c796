"""How prominent an event is, so the zoomed-out timeline labels the right ones first.

The score grows with independent confirmation (distinct sources), with how
often the happening is mentioned (evidence sentences) and with the presence of
the project's core actors (its most-mentioned actors).  Statements and
hypotheticals are damped: they are context, not milestones.  The raw sum is
squashed into ``[0, 1)`` so that values stay comparable as projects grow.
"""

from __future__ import annotations

from core.models import Actor, Event, Modality

CORE_ACTORS = 5  # the most-mentioned actors of a project count as core
SOURCE_WEIGHT = 1.0
EXTRA_EVIDENCE_WEIGHT = 0.25
CORE_ACTOR_WEIGHT = 0.5
STATEMENT_DAMPING = 0.3
MODALITY_DAMPING = {Modality.HAPPENED: 1.0, Modality.PLANNED: 0.8, Modality.DENIED: 0.4, Modality.HYPOTHETICAL: 0.3}


def core_actor_ids(actors: dict[str, Actor], k: int = CORE_ACTORS) -> set[str]:
    """Ids of the ``k`` most-mentioned visible actors (ties broken by name for stability)."""
    ranked = sorted(
        (a for a in actors.values() if not a.hidden and a.mentions > 1),
        key=lambda a: (-a.mentions, a.name),
    )
    return {a.id for a in ranked[:k]}


def raw_score(event: Event, core: set[str]) -> float:
    sources = len(event.source_ids)
    extra = max(0, len(event.evidence) - sources)
    score = SOURCE_WEIGHT * sources + EXTRA_EVIDENCE_WEIGHT * extra
    score += CORE_ACTOR_WEIGHT * sum(1 for a in event.actors if a in core)
    if "statement" in event.tags or "unattributed" in event.tags:
        score *= STATEMENT_DAMPING
    return score * MODALITY_DAMPING[event.modality]


def score(event: Event, actors: dict[str, Actor], core: set[str] | None = None) -> float:
    """Importance in ``[0, 1)``; pass ``core`` when scoring many events at once."""
    raw = raw_score(event, core_actor_ids(actors) if core is None else core)
    return round(raw / (raw + 2.0), 3)
