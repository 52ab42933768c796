"""One source → event reports: anchored clauses turned into :class:`Event` objects.

Each resolved DATE/TIME timex that the parse ties to an action yields at most
one report.  Reports carry a single evidence sentence; merging them into
happenings is :mod:`core.events.merge`'s job, so this module never looks
across sentences except to resolve a pronoun subject ("He was to speak").
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc, Token

from core.events import importance, lexicon, relative
from core.events.metonymy import demonyms
from core.events.clauses import Clause, analyse
from core.events.roles import pruned_subtree
from core.events.modality import classify
from core.events.titles import NameMap, _title_modifiers, make_title
from core.models import (
    Actor,
    EntityKind,
    Event,
    EventType,
    Evidence,
    Mention,
    Modality,
    Source,
    Timex,
    TimexType,
)

UNPLACEABLE = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
PRONOUNS = {"he", "she", "him", "his", "her"}
PRONOUN_REACH = 1500  # characters back to look for the person a pronoun names
IT_REACH = 300  # "it" only for a country/organisation named as subject very recently
PLACE_KINDS = {EntityKind.GPE, EntityKind.LOC}
MILITARY_OBJECTS = {"troop", "troops", "force", "forces", "soldier", "soldiers", "tank", "tanks", "army"}
FINER = ["second", "minute", "hour", "part_of_day", "day", "week", "month", "season", "quarter", "half", "year"]


class _Context:
    """Per-source lookups shared by every clause of that source."""

    def __init__(self, source: Source, doc: Doc, mentions: list[Mention], actors: dict[str, Actor]) -> None:
        self.source, self.doc, self.actors = source, doc, actors
        self.names = NameMap()
        self.person_mentions: list[tuple[int, str, bool]] = []  # (char start, actor id, is subject)
        self.group_subjects: list[tuple[int, str]] = []  # countries/organisations in subject position
        self.kind_at: dict[int, EntityKind] = {}
        for m in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):  # longest first
            if m.source_id != source.id or not m.actor_id or m.actor_id not in actors:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            actor = actors[m.actor_id]
            if not self.names.add(range(span.start, span.end), actor.name, actor.id, actor.kind.value):
                continue
            for i in range(span.start, span.end):
                self.kind_at[i] = actor.kind
            subject = span.root.dep_ in {"nsubj", "nsubjpass"}
            if actor.kind is EntityKind.PERSON:
                self.person_mentions.append((m.start, actor.id, subject))
            elif subject and actor.kind in {EntityKind.GPE, EntityKind.ORG}:
                self.group_subjects.append((m.start, actor.id))
        self.person_mentions.sort()
        self.group_subjects.sort()
        self.country_of = demonyms(actors)

    def in_furniture(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.source.furniture)

    def resolve_pronoun(self, tok: Token) -> str | None:
        """The person a he/she/his pronoun names (deliberately simple rules).

        A pronoun in a phrase fronted before its sentence's subject names that
        subject ("In his first call with Putin, Biden ..."); otherwise the most
        recent person in subject position, else the most recent person named.
        """
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and lexicon.verb_type(tok.head.lemma_) is not None:
            # "what it did in 2014, when it seized Crimea": a country acting, named just before
            near = [a for start, a in self.group_subjects if 0 < tok.idx - start <= IT_REACH]
            return near[-1] if near else None
        if tok.lower_ not in PRONOUNS:
            return None
        sent = tok.sent
        if sent[0].pos_ == "ADP":  # fronted phrase: the subject after its comma
            comma = next((t for t in sent if t.i > tok.i and t.text == ","), None)
            if comma is not None:
                for t in sent[comma.i - sent.start + 1:]:
                    actor_id = self.names.actor_at.get(t.i)
                    if actor_id and self.actors[actor_id].kind is EntityKind.PERSON:
                        return actor_id
        for t in sent:
            if t.i > tok.i and t.dep_ in {"nsubj", "nsubjpass"} and t.head == sent.root:
                actor_id = self.names.actor_at.get(t.i)
                if actor_id and self.actors[actor_id].kind is EntityKind.PERSON:
                    return actor_id
                break
        last = last_subject = None
        for start, actor_id, subject in self.person_mentions:
            if start >= tok.idx:
                break
            if tok.idx - start <= PRONOUN_REACH:
                last = actor_id
                if subject:
                    last_subject = actor_id
        return last_subject or last

    def actors_in(self, tokens: list[Token]) -> list[str]:
        skip = _title_modifiers(tokens, self.names)
        out: list[str] = []
        for t in tokens:
            if t.i in skip:
                continue
            actor_id = self.names.actor_at.get(t.i) or self.resolve_pronoun(t)
            actor_id = self.country_of.get(actor_id, actor_id) if actor_id else None
            if actor_id and self.actors[actor_id].kind is EntityKind.LOC:
                continue  # seas and regions are places, not participants
            if actor_id and actor_id not in out:
                out.append(actor_id)
        return out


def _usable(t: Timex) -> bool:
    return (
        t.type in {TimexType.DATE, TimexType.TIME}
        and t.resolved
        and t.interval_start is not None
        and t.interval_end is not None
        and t.value not in UNPLACEABLE
    )


def _place(clause: Clause, ctx: _Context, etype: EventType) -> tuple[str | None, Token | None]:
    """A place named with in/at (or from, for talks and statements) on the predicate or noun."""
    heads = [h for h in (clause.predicate, clause.noun, clause.frame) if h is not None]
    if clause.noun is not None:  # "the Geneva meeting"
        for c in clause.noun.children:
            if c.dep_ == "compound" and ctx.kind_at.get(c.i) in PLACE_KINDS:
                return ctx.names.actor_at[c.i], None
    for prep_word in ("in", "at", "from"):
        if prep_word == "from" and etype not in {EventType.CONSULT, EventType.STATEMENT}:
            continue
        for h in heads:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ != prep_word:
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    if ctx.kind_at.get(p.i) in PLACE_KINDS:
                        return ctx.names.actor_at[p.i], c
                    if p.ent_type_ in {"GPE", "LOC", "FAC"}:
                        ent = next((e for e in p.doc.ents if e.start <= p.i < e.end), None)
                        return (ent.text if ent is not None else p.text), c
    return None, None


def _event_type(clause: Clause) -> EventType:
    pred, noun = clause.predicate, clause.noun
    noun_kind = lexicon.noun_type(noun.lemma_) if noun is not None else None
    if pred is None:
        return noun_kind or EventType.OTHER
    lemma = clause.ellipsis_lemma or pred.lemma_.lower()
    preps = {c.lower_ for c in pred.children if c.dep_ == "prep"}
    objs = {c.lower_ for c in pred.children if c.dep_ in {"dobj", "obj"}}
    if lemma in {"speak", "talk"}:
        return EventType.CONSULT if "with" in preps or noun_kind else EventType.STATEMENT
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
    if objs & MILITARY_OBJECTS or (clause.passive and any(s.lemma_.lower() in MILITARY_OBJECTS for s in clause.subjects)):
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


def _participants(clause: Clause, ctx: _Context, place: str | None) -> list[str]:
    """Actor ids in the clause's argument slots, subject (agent) first."""
    ordered: list[str] = []
    slots: list[list[Token]] = [pruned_subtree(s, clause.bounds, no_places=True) for s in clause.subjects]
    slots += [pruned_subtree(o, clause.bounds, no_places=True) for o in clause.objects]
    if clause.predicate is None and clause.noun is not None:
        slots.append(pruned_subtree(clause.noun, clause.bounds, no_places=True))
    for tokens in slots:
        for actor_id in ctx.actors_in(tokens):
            if actor_id not in ordered and actor_id != place:
                ordered.append(actor_id)
    return ordered


def _subject_names(clause: Clause, ctx: _Context) -> list[str]:
    """Canonical names for subject slots (pronouns resolved), for the title."""
    names: list[str] = []
    for s in clause.subjects:
        tokens = pruned_subtree(s, clause.bounds) if len(clause.subjects) == 1 else [s]
        ids = ctx.actors_in(tokens)
        if not ids:
            if len(clause.subjects) > 1:
                return []  # a mixed subject ("Russia and two allies") keeps its own words
            continue
        for actor_id in ids:
            name = ctx.actors[actor_id].name
            if name not in names:
                names.append(name)
    if len(clause.subjects) == 1 and clause.subjects[0].pos_ != "PRON":
        # keep the subject's own words unless it is just a name
        s = clause.subjects[0]
        if s.i not in ctx.names.actor_at:
            return []
    return names


def _granularity_rank(t: Timex) -> int:
    value = t.granularity.value
    return FINER.index(value) if value in FINER else len(FINER)


def extract_events(
    source: Source,
    doc: Doc,
    mentions: list[Mention],
    actors: dict[str, Actor],
    timexes: list[Timex],
) -> list[Event]:
    """Event reports of one source: one per sentence clause anchored by a resolved time.

    ``doc`` is the spaCy parse of ``source.body``; ``mentions`` carry ``actor_id``
    into ``actors``; ``timexes`` come from :func:`core.timex.tag`.  Sentences in
    ``source.furniture`` are skipped.  Reports are not merged here.
    """
    ctx = _Context(source, doc, mentions, actors)
    best: dict[tuple[int, int], tuple[Clause, Timex]] = {}
    for timex in sorted(timexes, key=lambda t: t.start):
        if not _usable(timex) or ctx.in_furniture(timex.start, timex.end):
            continue
        clause = analyse(doc, timex)
        if clause is None:
            continue
        key = (clause.sent.start, clause.head.i)
        if key in best and _granularity_rank(best[key][1]) <= _granularity_rank(timex):
            continue
        best[key] = (clause, timex)
    events: list[Event] = []
    for clause, timex in sorted(best.values(), key=lambda ct: ct[1].start):
        event = _build(clause, timex, ctx)
        if event is not None:
            events.append(event)
    events += _relative_events(ctx, events, {c.sent.start for c, _ in best.values()})
    events.sort(key=lambda e: e.evidence[0].start)
    return events


def _relative_events(ctx: _Context, dated: list[Event], taken: set[int]) -> list[Event]:
    """Clauses dated by a neighbouring event ("came as ...", "following the call")."""
    if ctx.source.published is None:
        return []
    out: list[Event] = []
    for verb, ref in relative.candidates(ctx.doc, taken):
        if ctx.in_furniture(verb.sent.start_char, verb.sent.end_char):
            continue
        ref_actors = set(ctx.actors_in(relative.reference_tokens(ref)))
        reference = None
        if ref_actors:
            before = [e for e in dated if e.evidence[0].start < verb.idx and ref_actors & set(e.actors)]
            reference = before[-1] if before else None
        timex = relative.pseudo_timex(verb, reference, ctx.source.published)
        clause = relative.make_clause(verb, timex)
        event = _build(clause, timex, ctx)
        if event is None or not event.actors:
            continue
        event.evidence[0].timex = None
        event.tags.append("relative-time")
        event.note = (f"date taken from “{reference.title}”" if reference is not None
                      else "date taken from the publication date") + " (no time expression in the sentence)"
        out.append(event)
    return out


def _build(clause: Clause, timex: Timex, ctx: _Context) -> Event | None:
    etype = _event_type(clause)
    place, place_prep = _place(clause, ctx, etype)
    participants = _participants(clause, ctx, place)
    modality = classify(clause, ctx.source.published)
    subject_names = _subject_names(clause, ctx)
    unnamed = all(s.pos_ == "PRON" for s in clause.subjects)  # also true when there is none
    if clause.predicate is not None and unnamed and not participants and place is None:
        return None  # "Takes office": no one and nowhere — nothing for a timeline to show
    title = make_title(clause, ctx.names, modality, subject_names, place_prep)
    if not title:
        return None
    if place and place_prep is not None:
        place_name = ctx.actors[place].name if place in ctx.actors else place
        if place_name not in title:
            title = f"{title} in {place_name}" if place_prep.lower_ != "from" else title
    tags: list[str] = []
    if clause.reported:
        tags.append("reported")
    if (
        etype is EventType.STATEMENT
        and not clause.reported
        and clause.predicate is not None
        and clause.predicate.lemma_ in lexicon.REPORTING_VERBS | {"speak"}
    ):
        tags.append("statement")  # "said Tuesday": low importance, hideable
    if modality is not Modality.HAPPENED:
        tags.append(modality.value)
    if not participants and clause.predicate is None:
        tags.append("unattributed")  # "Thursday's conversation": kept to merge, shown last
    lo, hi = clause.bounds
    seg = clause.sent.doc[lo:hi]
    text = seg.text.strip()
    offset = seg.start_char + (len(seg.text) - len(seg.text.lstrip()))
    key = f"{ctx.source.id}:{offset}:{clause.head.i}:{timex.start}:{timex.value}"
    event = Event(
        id="evt-" + hashlib.sha1(key.encode()).hexdigest()[:12],  # stable across re-runs
        title=title,
        type=etype,
        time=timex.time_value(),
        actors=participants,
        place=place,
        evidence=[Evidence(source_id=ctx.source.id, start=offset, end=offset + len(text), text=text, timex=timex.text)],
        modality=modality,
        tags=tags,
    )
    event.importance = importance.score(event, ctx.actors)
    return event
