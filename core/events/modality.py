"""Did it happen, is it planned, denied or only imagined?

The timeline draws planned events hollow and hides hypothetical ones by
default, so modality matters as much as the date.  Cues come from the
predicate's own dependents (``will``, ``not``, ``if``), from the verbs that
govern it through complement links ("plans to hold", "is set to hold",
"denied that it plans"), from modifiers of event nouns ("a possible
invasion"), and finally from the calendar: a time after publication is a plan.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from core.events import lexicon
from core.events.clauses import Clause, direct_speech, simple_past
from core.models import Modality

COMPLEMENT_LINKS = {"xcomp", "ccomp", "pcomp", "conj"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}


def _governors(tok: Token) -> list[Token]:
    """Verbs above ``tok`` reached through complement links, nearest first."""
    out: list[Token] = []
    while tok.dep_ in COMPLEMENT_LINKS and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out


def _has_mark(tok: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in words for c in tok.children)


def _hypothetical(tok: Token) -> bool:
    """An ``if``/``unless`` clause on the predicate or any clause above it."""
    for t in (tok, *tok.ancestors):
        if _has_mark(t, lexicon.HYPOTHETICAL_MARKS) and t.dep_ in {"advcl", "ccomp"} or (
            t.dep_ == "advcl" and _has_mark(t, lexicon.HYPOTHETICAL_MARKS)
        ):
            return True
    return False


def _would_have(verb: Token) -> bool:
    """"which would have taken place": a plan that did not come about (not "which will take place")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & {"would", "'d"}) and "have" in auxes


def _called_off(noun: Token) -> bool:
    """The dated noun is the subject of "was postponed", "was called off": the title names the
    happening itself, which did not take place then.  (As an object, "called off Friday's
    strike", the title tells the calling off.)"""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in verb.children):
        return False  # not "Friday's strike delayed flights", not "the vote was not delayed"
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return verb.lemma_.lower() in lexicon.CALLED_OFF_CUES or (verb.lemma_.lower() == "call" and off)


def classify(clause: Clause, published: dt.date | None) -> Modality:
    """The modality of one anchored clause."""
    head = clause.head
    governors = _governors(head) if clause.predicate is not None else []
    chain = [head, *governors]
    if clause.reporting is not None:
        chain.append(clause.reporting)
    if any(t.lemma_ in lexicon.DENIAL_CUES for t in chain[1:]):
        return Modality.DENIED
    if _hypothetical(head):
        return Modality.HYPOTHETICAL
    if clause.noun is not None and _called_off(clause.noun):
        return Modality.DENIED  # "Friday's hearing was postponed": it did not take place that day
    climb = [head, *list(head.ancestors)[:4]]
    relcl = next((t for t in climb if t.dep_ == "relcl"), None)
    was_planned = any(t.lemma_ in lexicon.PLANNED_CUES or t.lower_ == "due" or _would_have(t)
                      for t in climb[:climb.index(relcl) + 1]) if relcl is not None else False
    if was_planned and relcl.head.pos_ == "NOUN" and _called_off(relcl.head):
        return Modality.DENIED  # "a ban, which had been due to start on March 13, was called off"
    if clause.predicate is not None and any(c.dep_ == "neg" for c in clause.predicate.children):
        return Modality.DENIED
    planned = any(t.lemma_ in lexicon.PLANNED_CUES for t in governors)
    planned |= any(t.lemma_ == "be" and head.dep_ == "xcomp" for t in governors)  # "was to speak"
    planned |= any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for t in chain[:1] for c in t.children)
    told = clause.reported or head.dep_ == "ccomp" and head.head.lemma_ in lexicon.REPORTING_VERBS \
        and not direct_speech(head)
    if told:  # "said Biden would call Zelensky", "said its chief executive would step down": a future seen from the past
        planned |= any(c.dep_ == "aux" and c.lower_ == "would" for c in head.children)
    if clause.frame is not None:
        planned = True
    if clause.noun is not None:
        planned |= any(c.lemma_.lower() in lexicon.PLANNED_MODIFIERS for c in clause.noun.children)
        planned |= any(c.dep_ == "acl" and c.lemma_ in lexicon.PLANNED_CUES for c in clause.noun.children)
    start = clause.timex.interval_start
    if published is not None and start is not None and start.date() > published:
        planned = True
    return Modality.PLANNED if planned else Modality.HAPPENED


def contradicts_tense(clause: Clause, published: dt.date | None) -> bool:
    """A simple-past action dated after publication ("relations lurched" in a spring to
    come): the date is wrong, so the report is not worth showing.

    Climbs from the predicate through complement and "before/after doing" links to
    the first finite verb; a future or modal auxiliary, or a planning verb, on the
    way means the clause is not in the past after all.
    """
    start = clause.timex.interval_start
    if clause.predicate is None or published is None or start is None or start.date() <= published:
        return False
    tok = clause.predicate
    for _ in range(4):
        if tok.lemma_ in lexicon.PLANNED_CUES or any(c.tag_ == "MD" or c.lower_ in FUTURE_AUX for c in tok.children):
            return False
        if simple_past(tok) or tok.tag_ == "VBN" and any(c.lower_ == "had" for c in tok.children):
            # "proposed talks in January": a past verb may well date its planned object
            return tok.i != clause.predicate.i or clause.noun is None
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head.head  # "moved troops before announcing a pullback"
        elif tok.dep_ in COMPLEMENT_LINKS | {"advcl"} and tok.head.i != tok.i:
            tok = tok.head
        else:
            return False
    return False
