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
from core.events.clauses import Clause, analyse, analyse_when, as_statement
from core.events.context import SourceContext
from core.events.kinds import event_type
from core.events.modality import classify, contradicts_tense
from core.events.references import refer
from core.events.roles import pruned_subtree
from core.events.titles import make_title
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
PLACE_KINDS = {EntityKind.GPE, EntityKind.LOC}
FINER = ["second", "minute", "hour", "part_of_day", "day", "week", "month", "season", "quarter", "half", "year"]


def _usable(t: Timex) -> bool:
    return (
        t.type in {TimexType.DATE, TimexType.TIME}
        and t.resolved
        and t.interval_start is not None
        and t.interval_end is not None
        and t.value not in UNPLACEABLE
    )


def _place(clause: Clause, ctx: SourceContext, etype: EventType) -> tuple[str | None, Token | None]:
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
                    venue = _venue(p, ctx)
                    if venue is not None:  # "at the Helsinki summit"
                        return venue, c
                    if p.ent_type_ in {"GPE", "LOC", "FAC"}:
                        ent = next((e for e in p.doc.ents if e.start <= p.i < e.end), None)
                        return (ent.text if ent is not None else p.text), c
    return None, None


def _venue(noun: Token, ctx: SourceContext) -> str | None:
    """The place an event noun is named after ("the Helsinki summit")."""
    if lexicon.noun_type(noun.lemma_) is None:
        return None
    return next((ctx.names.actor_at[c.i] for c in noun.children
                 if c.dep_ == "compound" and ctx.kind_at.get(c.i) in PLACE_KINDS), None)


def _participants(clause: Clause, ctx: SourceContext, place: str | None) -> list[str]:
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


def _subject_names(clause: Clause, ctx: SourceContext) -> list[str]:
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
            name = ctx.title_name[actor_id]
            if name not in names:
                names.append(name)
    if len(clause.subjects) == 1 and clause.subjects[0].pos_ != "PRON":
        # keep the subject's own words unless it is just a name (or "the company" for one)
        s = clause.subjects[0]
        if s.i not in ctx.names.actor_at and ctx.resolve_definite(s) is None:
            return []
    return names


def _rank(clause: Clause, t: Timex) -> tuple[bool, int]:
    """Which of two times of one clause dates it: one on the action itself ("would call
    Zelensky on Thursday") over one on the verb reporting it ("said on Tuesday"), then
    the finer one."""
    value = t.granularity.value
    return clause.reported and clause.anchor.i != clause.head.i, FINER.index(value) if value in FINER else len(FINER)


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
    ctx = SourceContext(source, doc, mentions, actors)
    best: dict[tuple[int, int], tuple[Clause, Timex]] = {}
    for timex in sorted(timexes, key=lambda t: t.start):
        if not _usable(timex) or ctx.in_furniture(timex.start, timex.end):
            continue
        for clause in (analyse(doc, timex, source.published), analyse_when(doc, timex, source.published)):
            if clause is None:
                continue
            key = (clause.sent.start, clause.head.i, _listed_date(doc, timex))
            if key in best and _rank(best[key][0], best[key][1]) <= _rank(clause, timex):
                continue
            best[key] = (clause, timex)
    built: list[tuple[Clause, Event]] = []
    for clause, timex in sorted(best.values(), key=lambda ct: ct[1].start):
        event = _build(clause, timex, ctx)
        if event is not None:
            built.append((clause, event))
    events = [e for c, e in built if not _apposition(c, e, built)]
    events += _relative_events(ctx, events, {c.sent.start for c, _ in best.values()})
    events.sort(key=lambda e: e.evidence[0].start)
    return events


def _listed_date(doc: Doc, timex: Timex) -> int:
    """A date joined to another by "and" ("will follow on April 6 and April 8") is a happening
    of its own on the same clause; any other date competes for the clause (0)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ != "conj":
        return 0
    first = span.root.head
    if first.head.lower_ in ("between", "from") or any(t.lower_ in ("between", "from") for t in first.lefts):
        return 0  # "between January and March": one stretch
    return timex.start


def _nobody_does_it(clause: Clause, ctx: SourceContext) -> bool:
    """The reported action's subject is a pronoun nobody could be found for ("they would discuss")."""
    return bool(clause.subjects) and all(s.pos_ == "PRON" for s in clause.subjects) and not any(
        ctx.actors_in([s]) for s in clause.subjects)


def _object_pronouns(clause: Clause, ctx: SourceContext) -> dict[int, tuple[str, str]]:
    """Object pronouns of the predicate that name a person ("to join him")."""
    out: dict[int, tuple[str, str]] = {}
    if clause.predicate is None:
        return out
    for t in clause.predicate.subtree:
        if t.lower_ in {"him", "her"} and t.dep_ in {"dobj", "pobj", "dative"}:
            actor_id = ctx.resolve_pronoun(t)
            if actor_id is not None:
                out[t.i] = (ctx.title_name[actor_id], actor_id)
    return out


def _apposition(clause: Clause, event: Event, built: list[tuple[Clause, Event]]) -> bool:
    """A nominal report inside a verbal one of the same kind and time ("spoke on Thursday,
    their second conversation this month") repeats it."""
    if clause.predicate is not None or clause.noun is None:
        return False
    for other, e in built:
        if other.predicate is None or e is event or e.type is not event.type:
            continue
        if other.sent.start == clause.sent.start and clause.noun in other.predicate.subtree \
                and event.time.start <= e.time.start and e.time.end <= event.time.end:  # type: ignore[operator]
            return True
    return False


def _relative_events(ctx: SourceContext, dated: list[Event], taken: set[int]) -> list[Event]:
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


def _build(clause: Clause, timex: Timex, ctx: SourceContext) -> Event | None:
    if contradicts_tense(clause, ctx.source.published):
        return None  # a past action dated after publication: the date is wrong (the tagger's)
    etype = event_type(clause, ctx.kind_at)
    place, place_prep = _place(clause, ctx, etype)
    participants = _participants(clause, ctx, place)
    if clause.reported and clause.reporting is not None and (not participants or _nobody_does_it(clause, ctx)):
        clause = as_statement(clause)  # "Shoigu said the troops had been sent": keep who said it
        etype = event_type(clause, ctx.kind_at)
        place, place_prep = _place(clause, ctx, etype)
        participants = _participants(clause, ctx, place)
    modality = classify(clause, ctx.source.published)
    who = refer(clause, ctx, participants)
    participants += [a for a in who.ids if a not in participants and a != place]
    subject_names = who.names or _subject_names(clause, ctx)
    unnamed = all(s.pos_ == "PRON" for s in clause.subjects) and not who.ids  # also true when there is none
    if clause.predicate is not None and unnamed and not participants and place is None:
        return None  # "Takes office": no one and nowhere — nothing for a timeline to show
    names = ctx.names.with_tokens(_object_pronouns(clause, ctx))
    title = make_title(clause, names, modality, subject_names, place_prep, who.text, who.hidden)
    if not title:
        return None
    if place and place_prep is not None:
        place_name = ctx.title_name[place] if place in ctx.actors else place
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
