"""Find the clause a time expression anchors, and the roles inside it.

A Timex is only an event anchor when the dependency parse ties it to an action:
a verb ("spoke Tuesday") or an event noun ("Thursday's call", "talks on
Jan. 10").  This module walks the parse from the timex up to that anchor, then
decides which predicate carries the meaning (the reported clause of "announced
Monday that ...", the object of a light verb in "hold talks", the infinitive
of "plans to hold a call") and which tokens fill the subject/object slots
(the slot helpers live in :mod:`core.events.roles`).  Everything here is parse
geometry; no event is built here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from core.events import lexicon
from core.events.roles import (
    OBJ_DEPS,
    SUBJ_DEPS,
    VERBAL,
    objects_of,
    segment,
    subject_left_of,
    subjects_of,
    with_conjuncts,
)
from core.models import Timex

MAX_WALK = 8
PERIOD_PREPS = {"since", "until", "till", "through", "throughout", "by", "to"}
STATIVE = {"appear", "seem", "remain", "continue", "look", "become", "persist", "exist", "need", "mean"}
SETTING_PREPS = {"prep:in", "prep:during", "prep:at"}
#: Dependents that start a new clause: their words are not the anchor's arguments.
CLAUSAL_DEPS = {"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "conj", "cc", "punct", "appos", "mark"}


@dataclass
class Clause:
    """The parse pieces of one anchored event mention."""

    sent: Span
    bounds: tuple[int, int]  # token range of the sentence segment that holds the clause
    timex: Timex
    anchor: Token  # what the timex attaches to (verb or event noun)
    predicate: Token | None  # the verb that carries the action, if any
    noun: Token | None = None  # event noun ("call", "talks") if the action is nominal
    reported: bool = False  # the predicate is the content of a reporting verb
    reporting: Token | None = None  # the reporting verb ("announced")
    subjects: list[Token] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)  # dobj / participant pobj heads
    passive: bool = False
    ellipsis_lemma: str | None = None  # "Russia followed" → lemma of the followed verb
    active_from_passive: bool = False  # passive with an agent, told actively
    patients: list[Token] = field(default_factory=list)  # then what was done to ("the bill" signed by Biden)
    frame: Token | None = None  # "set"/"scheduled" framing a noun event: its place and modality

    @property
    def head(self) -> Token:
        """The token whose lemma names the action."""
        return self.predicate if self.predicate is not None else self.anchor


def timex_span(doc: Doc, timex: Timex) -> Span | None:
    """The doc tokens of a timex (offsets expand to whole tokens)."""
    return doc.char_span(timex.start, timex.end, alignment_mode="expand")


def _when_clause(tok: Token) -> Token | None:
    """'in 2014 when Russian troops marched ...': the when-clause is the event."""
    for child in tok.children:
        if child.dep_ in {"relcl", "advcl"} and child.pos_ in VERBAL:
            if any(c.lower_ in {"when", "as"} for c in child.children):
                return child
    return None


def find_anchor(span: Span) -> Token | None:
    """Walk up from the timex to the verb or event noun it modifies.

    A time that only qualifies a thing ("the 2016 election") or bounds a period
    ("since 2014", "until March") anchors no event.
    """
    inside = set(range(span.start, span.end))
    tok = span.root
    when = _when_clause(tok)
    if when is not None:
        return when
    if tok.head.dep_ == "prep" and tok.head.lower_ in PERIOD_PREPS:
        return None
    if tok.dep_ in {"compound", "amod", "nummod", "nmod", "det"} and tok.head.i not in inside:
        # "the spring troop crisis": the timex (even its "the") belongs to a thing
        if tok.head.pos_ in {"NOUN", "PROPN"} and lexicon.noun_type(tok.head.lemma_) is None:
            return None
    for _ in range(MAX_WALK):
        head = tok.head
        if head.i == tok.i:  # reached the root
            return tok if tok.pos_ in VERBAL and tok.i not in inside else None
        if head.i not in inside:
            if head.pos_ in VERBAL:
                return _saying_instead(span, head)
            if head.pos_ in {"NOUN", "PROPN"} and lexicon.noun_type(head.lemma_) is not None \
                    and not _weak_noun_of_a_verb(head):
                return head
        tok = head
    return None


def _weak_noun_of_a_verb(noun: Token) -> bool:
    """A generic happening ("vote", "strike") that is the subject or object of a verb telling
    more than its announcement: "the vote on Thursday approved the budget" is the
    approving, "a missile strike on Monday killed 10" the killing."""
    verb = noun.head
    return noun.lemma_.lower() in lexicon.WEAK_EVENT_NOUNS and noun.dep_ in {"nsubj", "dobj", "obj"} \
        and verb.pos_ in VERBAL and verb.lemma_ not in lexicon.REPORTING_VERBS | lexicon.PLANNED_CUES \
        and verb.lemma_ not in lexicon.LIGHT_VERBS and verb.lemma_ != "be"


def _saying_instead(span: Span, verb: Token) -> Token:
    """"Acme said on Tuesday it would cut jobs": the parse often hangs the date on the
    reported verb, but a date right after the reporting verb is the saying's."""
    doc, i = span.doc, span.start - 1
    root = span.root
    adverbial = root.dep_ in {"npadvmod", "tmod"} or (root.dep_ == "pobj" and root.head.lower_ == "on")
    if not adverbial:
        return verb  # "Biden said 2014 was a turning point": the date is what was said about
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    said = verb.head
    if verb.dep_ != "ccomp" or said.lemma_ not in lexicon.REPORTING_VERBS or said.pos_ not in VERBAL:
        return verb
    between = range(said.i + 1, i + 1)  # "told reporters on Tuesday": only the hearers between
    heard = {t.i for c in said.children if c.dep_ in {"dobj", "dative"} for t in c.subtree}
    return said if said.i <= i and all(k in heard for k in between) else verb


def _is_copula(tok: Token) -> bool:
    return tok.lemma_ == "be" and not any(c.dep_ in {"xcomp"} for c in tok.children)


def governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb an event noun is an argument of, and how ('dobj', 'prep:in', ...)."""
    tok, how = noun, noun.dep_
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        how = "prep:" + noun.head.lower_
        tok = noun.head
    head = tok.head
    if head.pos_ in VERBAL and head.i != tok.i:
        return head, how
    return None, how


def direct_speech(verb: Token) -> bool:
    """The reported clause is a quotation (“We've consulted ...,” Psaki said)."""
    left = verb.left_edge
    before = verb.doc[left.i - 1] if left.i > 0 else None
    quotes = {'"', "“", "‘", "'", "``"}
    return left.text in quotes or (before is not None and before.text in quotes)


def _reported_action(verb: Token) -> Token | None:
    """'announced Monday that Biden had participated in a call' → 'participated'."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.pos_ in VERBAL and not direct_speech(c):
            if lexicon.verb_type(c.lemma_) not in {None} or _nominal_object(c) is not None:
                if lexicon.verb_type(c.lemma_) is not lexicon.EventType.STATEMENT:
                    return c
    return None


def _nominal_object(verb: Token) -> Token | None:
    """The event noun a light verb governs ('hold talks', 'participated in a call')."""
    for c in verb.children:
        if c.dep_ in {"dobj", "obj"} and lexicon.noun_type(c.lemma_) is not None:
            return c
        if c.dep_ == "prep" and c.lower_ in {"in", "via", "by", "on", "for"}:
            for p in c.children:
                if p.dep_ == "pobj" and lexicon.noun_type(p.lemma_) is not None:
                    return p
    return None


def _planned_complement(verb: Token) -> Token | None:
    """'plans to hold', 'is set to hold', 'scheduled to hold' → the infinitive."""
    if verb.lemma_ not in lexicon.PLANNED_CUES and verb.lemma_ != "be":
        return None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in VERBAL:
            return c
    return None


def simple_past(verb: Token) -> bool:
    """A verb in the simple past ("met"; a bare "prepared" that the parse tagged VBN)."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and verb.dep_ not in {"acl", "amod", "xcomp"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _for_object(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for p in c.children:
                if p.dep_ == "pobj" and lexicon.noun_type(p.lemma_) is not None:
                    return p
    return None


def _acting(participle: Token) -> bool:
    """An -ing participle of an action verb set off after a name ("Blinken, meeting ...")."""
    return (participle.tag_ == "VBG" and participle.head.pos_ == "PROPN" and participle.i > participle.head.i
            and lexicon.verb_type(participle.lemma_) not in {None, lexicon.EventType.STATEMENT})


def _requesting_verb(verb: Token) -> Token:
    """"were invited to join the alliance in 1997": whatever the parse attached the
    date to, an invitation or request is dated, not the action it asks for."""
    head = verb.head
    asking = lexicon.verb_type(head.lemma_) in {lexicon.EventType.PROPOSE, lexicon.EventType.APPEAL}
    if verb.dep_ == "xcomp" and head.pos_ == "VERB" and asking and any(c.dep_ == "auxpass" for c in head.children):
        return head
    return verb


def _membership(verb: Token) -> bool:
    """"became members in 1999": becoming a member is joining."""
    return verb.lemma_ == "become" and any(
        c.dep_ in {"attr", "acomp"} and c.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS for c in verb.children)


def _done_to(clause: Clause) -> bool:
    """An event noun cannot agree or sign: "a ceasefire agreed last July" is a reduced passive."""
    head = clause.predicate
    if head is None or clause.passive or clause.objects or len(clause.subjects) != 1:
        return False
    subject = clause.subjects[0]
    return (lexicon.noun_type(subject.lemma_) is not None and subject.pos_ == "NOUN"
            and lexicon.verb_type(head.lemma_) in {lexicon.EventType.AGREE, lexicon.EventType.PROPOSE}
            and not any(c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "prep" and c.lower_ in {"to", "on", "with"}
                        for c in head.children))


def _ellipsis(verb: Token) -> str | None:
    """'The Trump administration withdrew last year, and Russia followed' → 'withdraw'."""
    if verb.lemma_ != "follow" or any(c.dep_ in OBJ_DEPS for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for other in (verb.head, *verb.children):
        if other is not verb and other.pos_ == "VERB" and (verb.dep_ == "conj" or other.dep_ == "conj"):
            if lexicon.verb_type(other.lemma_) is not None:
                return other.lemma_
    return None


def when_after(span: Span) -> Token | None:
    """The verb of a when-clause right after the timex ("... in the spring, when Russia
    moved troops"), wherever the parse attached it: a second event at that time."""
    doc = span.doc
    i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if i >= len(doc) or doc[i].lower_ != "when" or doc[i].sent != span.sent:
        return None
    tok = doc[i]
    for _ in range(4):
        tok = tok.head
        if tok.pos_ in VERBAL:
            return tok if tok.i > i else None
    return None


def analyse(doc: Doc, timex: Timex, published: dt.date | None = None) -> Clause | None:
    """Build the :class:`Clause` a timex anchors, or ``None`` if it anchors nothing.

    ``published`` (the article's date) settles a few attachments by tense: a past
    action cannot happen on a date after publication, so that date is its object's.
    """
    span = timex_span(doc, timex)
    if span is None or len(span) == 0:
        return None
    anchor = find_anchor(span)
    if anchor is None:
        return None
    return _build(span, timex, anchor, published)


def analyse_when(doc: Doc, timex: Timex, published: dt.date | None = None) -> Clause | None:
    """The clause of a when-clause that follows the timex, if any (see :func:`when_after`)."""
    span = timex_span(doc, timex)
    if span is None or len(span) == 0:
        return None
    verb = when_after(span)
    return _build(span, timex, verb, published) if verb is not None else None


def _build(span: Span, timex: Timex, anchor: Token, published: dt.date | None) -> Clause | None:
    lo, hi = segment(span.root)
    if not lo <= anchor.i < hi:
        return None  # the parse joined two lines (bullets, captions): no anchor across them
    sent = anchor.sent
    if anchor.pos_ in VERBAL and anchor.dep_ == "acl" and anchor.tag_ in {"VBN", "VBG"}:
        # "talks scheduled for early January": the noun is the event; "Biden, shown at
        # an event Tuesday": a participle describing a thing is no event; but "Blinken,
        # meeting Kuleba on Nov. 10, said": a person doing something is.
        if lexicon.noun_type(anchor.head.lemma_) is not None:
            anchor = anchor.head
        elif not _acting(anchor):
            return None
    elif anchor.pos_ in VERBAL and anchor.dep_ == "advcl" and anchor.tag_ == "VBN" \
            and anchor.lemma_ in lexicon.PLANNED_CUES and not any(c.dep_ in SUBJ_DEPS for c in anchor.children) \
            and any(c.lower_ in {"originally", "initially", "previously", "first"} for c in anchor.children):
        # "postponed its investor day, originally planned for November 14": the date is the
        # plan for what was postponed, not an act of planning
        return None
    clause = Clause(sent=sent, bounds=segment(anchor), timex=timex, anchor=anchor, predicate=None)
    after = published is not None and timex.interval_start is not None and timex.interval_start.date() > published
    if anchor.pos_ in VERBAL and after and simple_past(anchor):
        noun = _nominal_object(anchor) or _for_object(anchor)
        if noun is not None:  # "prepared for security talks early next year": the talks are dated
            anchor = clause.anchor = noun
    if anchor.pos_ in VERBAL:
        pred = anchor
        if pred.tag_ == "VBG" and pred.dep_ == "advcl" and pred.lemma_ in {"speak", "talk"} \
                and pred.head.lemma_ in lexicon.REPORTING_VERBS:
            pred = pred.head  # "Speaking to reporters on Wednesday, Biden said that ..."
        if pred.lemma_ in lexicon.REPORTING_VERBS:
            reported = _reported_action(pred)
            if reported is not None:
                clause.reported, clause.reporting, pred = True, pred, reported
        pred = _requesting_verb(pred)
        comp = _planned_complement(pred)
        if comp is not None:
            pred = comp
        elif pred.lemma_ in lexicon.PLANNED_CUES and pred.lemma_ != "propose":
            # "Talks are set for Jan. 10": the planned thing is the event-noun subject
            subj = [c for c in pred.children if c.dep_ in SUBJ_DEPS and lexicon.noun_type(c.lemma_)]
            if subj:
                clause.noun = clause.anchor = subj[0]
                clause.frame = pred
                clause.objects = objects_of(subj[0])
                return clause
        when = _when_clause(pred) if _is_copula(pred) else None
        if when is not None:
            # "Biden was vice president in 2014 when Russian troops marched into Crimea"
            pred = clause.anchor = when
        if _is_copula(pred) and _nominal_object(pred) is None:
            # "Thursday's call was a chance": the time sits on a noun subject.
            nsubj = [c for c in pred.children if c.dep_ == "nsubj" and lexicon.noun_type(c.lemma_)]
            if not nsubj:
                return None
            clause.noun, clause.predicate = nsubj[0], None
            clause.anchor = nsubj[0]
        else:
            clause.predicate = pred
            clause.noun = _nominal_object(pred)
            clause.ellipsis_lemma = _ellipsis(pred)
            if pred.lemma_ in STATIVE and clause.noun is None and not _membership(pred):
                return None
    else:
        clause.noun = anchor
        verb, how = governing_verb(anchor)
        if verb is not None and (
            (verb.lemma_ in lexicon.LIGHT_VERBS or lexicon.verb_type(verb.lemma_) is lexicon.EventType.CONSULT)
            and how in {"dobj", "obj", "prep:in", "prep:via", "prep:by", "prep:for", "nsubj"}
            or verb.lemma_ in {"announce", "confirm"} and how in {"dobj", "obj"}  # "announced the recall on Wednesday"
        ):
            clause.predicate = verb
        elif verb is not None and how == "prep:for" and not after and simple_past(verb):
            # "prepared for the call on Monday by speaking with ...": a past action on a
            # past day is what the date tells, not the call it prepared for
            clause.predicate, clause.noun = verb, None
        elif verb is not None and how in SETTING_PREPS and not _is_copula(verb):
            # "said in a Newsmax interview on Monday", "In an interview last month, Biden
            # labeled Putin a killer": the noun is the setting, the verb is what is dated
            clause.predicate, clause.noun = verb, None
    _fill_roles(clause)
    return clause


def as_statement(clause: Clause) -> Clause:
    """The reporting clause itself ("Shoigu said on Tuesday that the troops had been
    sent"), for when the reported action names no one."""
    assert clause.reporting is not None
    out = Clause(sent=clause.sent, bounds=clause.bounds, timex=clause.timex, anchor=clause.anchor,
                 predicate=clause.reporting)
    _fill_roles(out)
    return out


def _fill_roles(clause: Clause) -> None:
    """Subjects, objects and voice of the clause's predicate (or event noun)."""
    head = clause.predicate
    if head is not None:
        clause.subjects, clause.passive = subjects_of(head)
        if head.dep_ == "acl" and _acting(head):
            clause.subjects = with_conjuncts([head.head])
        lo, hi = clause.bounds
        clause.subjects = [s for s in clause.subjects if lo <= s.i < hi]  # not a byline on the line above
        if not clause.subjects:
            clause.subjects = subject_left_of(head, lo)
        clause.objects = objects_of(head)
        agents = [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if clause.passive and agents:
            # "They were followed in 2004 by Bulgaria, ...": the agent acts
            patients = [s for s in clause.subjects if s.pos_ != "PRON"]
            clause.subjects = with_conjuncts(agents[:1])
            clause.objects = patients + [o for o in clause.objects if o not in clause.subjects]
            clause.passive, clause.active_from_passive, clause.patients = False, True, patients
        if clause.noun is not None:
            clause.objects += [t for t in objects_of(clause.noun) if t not in clause.objects]
        if _done_to(clause):
            clause.passive = True  # "a ceasefire agreed last July": the ceasefire was agreed
    elif clause.noun is not None:
        clause.objects = objects_of(clause.noun)
