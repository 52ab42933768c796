"""Events told relative to another one, with no time expression of their own.

News writing often dates an action only by its neighbour: "The announcement
came as Blinken and Austin met in Brussels", "The briefing came after Blinken
met with Kuleba", "Blinken held a call with Stoltenberg following the
discussion between Biden and Putin".  These clauses get the time of the event
they point to when the article has it (shared participants), else the
publication day; they are tagged ``relative-time`` so the user can see that
the date was inferred.  Only these explicit connectives count: a bare past
tense sentence is not dated, to keep the timeline from flooding.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from core.events import lexicon
from core.events.clauses import Clause
from core.events.roles import objects_of, pruned_subtree, segment, subjects_of
from core.models import Event, EventType, Granularity, Timex, TimexType

SIMULTANEOUS = {"as", "when", "while", "after", "following"}
REFERENCE_PREPS = {"following", "after"}
REPORT_NOUNS = {"announcement", "briefing", "statement", "news", "remark", "comment", "call", "meeting", "report"}


def _action(verb: Token) -> bool:
    kind = lexicon.verb_type(verb.lemma_)
    if verb.lemma_ in {"speak", "talk"}:
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    if verb.lemma_ in lexicon.LIGHT_VERBS:
        return any(lexicon.noun_type(c.lemma_) for c in verb.children if c.dep_ in {"dobj", "obj"})
    return kind is not None and kind is not EventType.STATEMENT


def candidates(doc: Doc, taken: set[int]) -> list[tuple[Token, Token | None]]:
    """(action verb, reference noun or None) for sentences not already dated."""
    out: list[tuple[Token, Token | None]] = []
    for sent in doc.sents:
        if sent.start in taken:
            continue
        root = sent.root
        # "The announcement came as X met ...": the subordinate action is the event
        if root.lemma_ == "come" and any(c.dep_ == "nsubj" and c.lemma_ in REPORT_NOUNS for c in root.children):
            for c in root.children:
                if c.dep_ == "advcl" and _action(c) and any(
                    m.dep_ in {"mark", "advmod"} and m.lower_ in SIMULTANEOUS for m in c.children
                ):
                    out.append((c, None))
            continue
        # "X held a call with Y following the discussion between A and B"
        if root.pos_ == "VERB" and _action(root):
            # "following" is parsed as a preposition or as a participle (acl/advcl)
            for c in root.subtree:
                if c.lower_ in REFERENCE_PREPS and c.dep_ in {"prep", "acl", "advcl"}:
                    ref = next((p for p in c.children if p.dep_ in {"pobj", "dobj"} and lexicon.noun_type(p.lemma_)), None)
                    if ref is not None:
                        out.append((root, ref))
                        break
    return out


def pseudo_timex(verb: Token, reference: Event | None, published: dt.date) -> Timex:
    """A stand-in time for the clause: the referenced event's, or the publication day."""
    if reference is not None and reference.time.placed:
        t = reference.time
        return Timex(start=verb.idx, end=verb.idx, text="", type=TimexType.DATE, value=t.value,
                     granularity=t.granularity, interval_start=t.start, interval_end=t.end)
    start = dt.datetime.combine(published, dt.time())
    return Timex(start=verb.idx, end=verb.idx, text="", type=TimexType.DATE, value=published.isoformat(),
                 granularity=Granularity.DAY, interval_start=start, interval_end=start + dt.timedelta(days=1))


def make_clause(verb: Token, timex: Timex) -> Clause:
    clause = Clause(sent=verb.sent, bounds=segment(verb), timex=timex, anchor=verb, predicate=verb)
    clause.subjects, clause.passive = subjects_of(verb)
    clause.objects = objects_of(verb)
    for c in verb.children:
        if c.dep_ in {"dobj", "obj"} and lexicon.noun_type(c.lemma_):
            clause.noun = c
            clause.objects += [t for t in objects_of(c) if t not in clause.objects]
    return clause


def reference_tokens(ref: Token | None) -> list[Token]:
    return pruned_subtree(ref) if ref is not None else []
