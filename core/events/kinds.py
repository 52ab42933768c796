"""What kind of happening a clause tells (the :class:`EventType`), from its words.

The verb decides first (:mod:`core.events.lexicon`), then the event noun a
light verb governs ("hold talks"); a few verbs take their kind from what they
act on ("took Crimea" is a seizure, "join him" is a meeting, "made its
demands public" is a statement).  Types matter for merging: two reports of one
happening need the same type, or more shared words.
"""

from __future__ import annotations

from spacy.tokens import Token

from core.events import lexicon
from core.events.clauses import Clause
from core.events.roles import pruned_subtree
from core.models import EntityKind, EventType

MILITARY_OBJECTS = {"troop", "troops", "force", "forces", "soldier", "soldiers", "tank", "tanks", "army"}


def event_type(clause: Clause, kind_at: dict[int, EntityKind]) -> EventType:
    """The kind of happening a clause tells; ``kind_at`` gives the actor kind named at a token."""
    pred, noun = clause.predicate, clause.noun
    noun_kind = lexicon.noun_type(noun.lemma_) if noun is not None else None
    if pred is None:
        return noun_kind or EventType.OTHER
    lemma = clause.ellipsis_lemma or pred.lemma_.lower()
    preps = {c.lower_ for c in pred.children if c.dep_ == "prep"}
    objs = {c.lower_ for c in pred.children if c.dep_ in {"dobj", "obj"}}
    if lemma in {"speak", "talk"}:
        by_line = any(p.lemma_.lower() in LINES for c in pred.children if c.dep_ == "prep" and c.lower_ == "by"
                      for p in c.children)
        together = len(clause.subjects) > 1  # "Biden and Putin spoke"
        return EventType.CONSULT if "with" in preps or noun_kind or by_line or together else EventType.STATEMENT
    if lemma == "call":
        on_objects = [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children]
        if any(p.ent_type_ not in {"DATE", "TIME"} for p in on_objects):
            return EventType.APPEAL
        if any(c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"} for c in pred.children):
            return EventType.STATEMENT  # "called Putin a killer"
        for obj in (c for c in pred.children if c.dep_ in {"dobj", "obj"}):
            if lexicon.noun_type(obj.lemma_) or any(a.dep_ == "amod" and a.i > obj.i for a in obj.children):
                return EventType.STATEMENT  # "called the conversation valuable"
        return EventType.CONSULT
    if lemma == "invite" and any(c.dep_ == "xcomp" and c.lemma_ == "join" for c in pred.children):
        return EventType.ACCESSION
    special = _by_object(lemma, pred, clause, kind_at)
    if special is not None:
        return special
    moved = clause.passive and any(s.lemma_.lower() in MILITARY_OBJECTS for s in clause.subjects)
    if objs & MILITARY_OBJECTS or _counted_troops(pred) or moved:
        return EventType.MILITARY  # "troops were sent", "deployed troops"
    if lemma in lexicon.LIGHT_VERBS and noun_kind is not None:
        return noun_kind
    kind = lexicon.verb_type(lemma)
    if kind is not None:
        return kind
    if any(s.lemma_.lower() in MILITARY_OBJECTS for s in clause.subjects):
        return EventType.MILITARY
    if noun_kind is None:  # "made preparations for a possible invasion"
        for t in pruned_subtree(pred, clause.bounds):
            if t.pos_ == "NOUN" and lexicon.noun_type(t.lemma_) is not None:
                return lexicon.noun_type(t.lemma_)  # type: ignore[return-value]
    return noun_kind or EventType.OTHER


PUBLIC = {"public", "clear", "known"}
NEGOTIATORS = {"delegation", "side", "team", "talks", "negotiation", "negotiations"}
LINES = {"phone", "telephone", "video", "videoconference", "videolink", "link"}  # "spoke by phone"
QUANTITIES = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "number", "tens", "million"}


def _by_object(lemma: str, pred: Token, clause: Clause, kind_at: dict[int, EntityKind]) -> EventType | None:
    """Verbs whose kind depends on what they act on."""
    objects = [c for c in pred.children if c.dep_ in {"dobj", "obj"}]
    if lemma in {"take", "grab"} and any(kind_at.get(o.i) in {EntityKind.GPE, EntityKind.LOC} for o in objects):
        return EventType.MILITARY  # "after it took Crimea"
    if lemma == "make" and any(c.dep_ in {"ccomp", "oprd", "acomp", "advmod"} and c.lower_ in PUBLIC
                               for c in pred.children):
        return EventType.STATEMENT  # "made its demands public", "made clear that ..."
    if lemma in {"join", "accompany"} and any(o.pos_ == "PRON" or kind_at.get(o.i) is EntityKind.PERSON
                                               for o in objects):
        return EventType.CONSULT  # "will join him in Brussels": a meeting, not an accession
    if lemma == "lead" and any(o.lemma_.lower() in NEGOTIATORS for o in objects):
        return EventType.CONSULT  # "to lead the U.S. side against a Russian delegation": talks
    if lemma == "recall" and any(o.lemma_.lower() in {"ambassador", "envoy", "diplomat"} for o in objects):
        return EventType.REJECT  # "recalled its ambassador": relations are cut back
    if lemma == "become" and any(c.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS for c in pred.children):
        return EventType.ACCESSION  # "became members in 1999"
    if lemma in {"announce", "confirm"} and clause.noun is not None and lexicon.noun_type(clause.noun.lemma_):
        return lexicon.noun_type(clause.noun.lemma_)  # "announced the recall", "announcing a pullback"
    return None


def _counted_troops(pred: Token) -> bool:
    """"moved tens of thousands of soldiers": the counted thing is the object."""
    return any(o.dep_ in {"dobj", "obj"} and o.lemma_.lower() in QUANTITIES
               and any(p.lemma_.lower() in MILITARY_OBJECTS for c in o.children if c.lower_ == "of" for p in c.children)
               for o in pred.children)
