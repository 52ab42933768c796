"""One kind per actor, by weighted majority over its mentions.

The tagger labels the same name differently from sentence to sentence ("Biden"
as ORG after "defended", "Kremlin" as PERSON once); counting votes across all
mentions of an actor lets the usual label win over stray mislabels.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from core.models import EntityKind, Mention

TIE_ORDER: tuple[EntityKind, ...] = (
    EntityKind.GPE,
    EntityKind.PERSON,
    EntityKind.ORG,
    EntityKind.LOC,
    EntityKind.NORP,
)
"""Ties break towards places: the small model more often calls a town a person
("Kyiv") or an organisation ("WILMINGTON,") than the other way round."""

SHOUTED_WEIGHT = 0.5
"""All-capital mentions (datelines, shouted headlines) vote with half weight:
the tagger has little case information to go on there."""


def mention_weight(mention: Mention) -> float:
    return SHOUTED_WEIGHT if _shouted(mention.text) else 1.0


@lru_cache(maxsize=1 << 14)
def _shouted(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 3 and all(ch.isupper() for ch in letters)


def votes(mentions: Iterable[Mention]) -> Counter[EntityKind]:
    """Weighted label counts."""
    tally: Counter[EntityKind] = Counter()
    for mention in mentions:
        tally[mention.label] += mention_weight(mention)
    return tally


def majority_kind(mentions: Iterable[Mention]) -> EntityKind | None:
    """The label most mentions carry; ``None`` for no mentions."""
    tally = votes(mentions)
    if not tally:
        return None
    return min(tally, key=lambda kind: (-tally[kind], TIE_ORDER.index(kind)))


def could_be_person(tally: Counter[EntityKind]) -> bool:
    """A name that may be a person's surname: never mostly a place or a group.

    "Reeker" tagged ORG once may join "Philip T. Reeker"; "Washington" tagged
    GPE four times must not join a "George Washington".
    """
    place = tally[EntityKind.GPE] + tally[EntityKind.LOC] + tally[EntityKind.NORP]
    return tally[EntityKind.PERSON] >= place and (tally[EntityKind.PERSON] > 0 or place == 0)
