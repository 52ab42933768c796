"""One happening, many reports: merge event reports across (and within) sources.

Two reports are the same happening when their times are compatible (the finer
interval lies inside the coarser one: "Tuesday" and "10 a.m. Tuesday", or
"December" and "Dec. 7"), their participants overlap, and they describe a
similar action (same type, or the same distinctive words: "interview",
"killer").  A coarse report ("last month") joins a finer happening only when
exactly one candidate fits best, so vague mentions do not glue different days
together.  Participants are compared as governments: a capital or seat of
government counts as its country ("Moscow", "the Kremlin" → Russia; see
:mod:`core.events.metonymy`).

Every merged event records ``merged_from`` (the ids of the reports it absorbed)
and a readable ``merge_reason``.  Callers keep the original reports (the store
does) so :func:`split_event` can undo a merge.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from core.events import importance, lexicon
from core.events.metonymy import government_of
from core.events.monthindex import MonthIndex
from core.events.naming import title_names
from core.events.words import WORD, actor_words, content_words
from core.models import Actor, Event, EventType, Evidence, Granularity, Modality

FINENESS = [
    Granularity.SECOND, Granularity.MINUTE, Granularity.HOUR, Granularity.PART_OF_DAY, Granularity.DAY,
    Granularity.WEEK, Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.HALF,
    Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY, Granularity.MILLENNIUM, Granularity.UNKNOWN,
]
DAY_RANK = FINENESS.index(Granularity.DAY)
MONTH_RANK = FINENESS.index(Granularity.MONTH)
def _rank(event: Event) -> int:
    g = event.time.granularity
    return FINENESS.index(g) if g in FINENESS else len(FINENESS)


def _contains(outer: Event, inner: Event) -> bool:
    o, i = outer.time, inner.time
    return o.start <= i.start and i.end <= o.end  # type: ignore[operator]


def time_compatible(a: Event, b: Event) -> bool:
    """Same time within the coarser report's granularity."""
    if not (a.time.placed and b.time.placed):
        return False
    return _contains(a, b) or _contains(b, a)


@dataclass
class _Report:
    event: Event
    words: set[str]
    actors: set[str]


@dataclass
class _Cluster:
    members: list[_Report] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    attached: set[str] = field(default_factory=set)  # statements about it: evidence only


def _label(actors: dict[str, Actor], ids: set[str] | list[str]) -> str:
    return ", ".join(sorted(actors[i].name if i in actors else i for i in ids))


def pair_reason(a: _Report, b: _Report, actors: dict[str, Actor]) -> tuple[float, str] | None:
    """Score and explanation when two reports tell the same happening, else ``None``."""
    ea, eb = a.event, b.event
    if not time_compatible(ea, eb):
        return None
    mods = {ea.modality, eb.modality}
    if mods & {Modality.DENIED, Modality.HYPOTHETICAL} and len(mods) > 1:
        return None
    shared_words = a.words & b.words
    same_type = ea.type is eb.type
    shared = a.actors & b.actors
    union = a.actors | b.actors
    coarse = _rank(ea) != _rank(eb) and max(_rank(ea), _rank(eb)) > DAY_RANK
    same_source = bool(set(ea.source_ids) & set(eb.source_ids))
    if coarse and not same_type and max(_rank(ea), _rank(eb)) > MONTH_RANK:
        return None  # "in the spring" is too loose to glue a different kind of happening to a day
    if a.actors and b.actors:
        if not shared:
            return None
        jaccard = len(shared) / len(union)
        lopsided = min(len(a.actors), len(b.actors)) == 1 and max(len(a.actors), len(b.actors)) > 1
        need_words = 2 if (not same_type or lopsided or coarse) else 0
        if coarse and same_type and shared == union:
            need_words = 1  # the same kind by the very same participants: one telling word will do
        if jaccard < 0.5 and (coarse or jaccard < 0.25 or not (same_type and len(shared_words) >= 3)):
            return None
        if len(shared_words) < need_words:
            return None
    else:
        # "Thursday's conversation lasted about 50 minutes": no named participants,
        # but in the same article, on the same day and of the same kind.
        jaccard = 0.0
        anaphoric = (same_source and same_type and not coarse and max(_rank(ea), _rank(eb)) <= DAY_RANK
                     and "relative-time" not in ea.tags + eb.tags
                     and ea.type not in {EventType.STATEMENT, EventType.OTHER})  # a day holds many of those
        same_place = ea.place is not None and ea.place == eb.place  # "the Geneva meeting"
        if not (anaphoric or (same_type and (same_place or (not coarse and len(shared_words) >= 3)))):
            return None
    score = jaccard + 0.2 * min(len(shared_words), 5) + (0.5 if same_type else 0.0)
    score += 0.3 if ea.modality is eb.modality else 0.0  # "Tuesday's call" is the call that happened
    when = ea.time.value if _rank(ea) <= _rank(eb) else eb.time.value
    bits = [f"same time ({when})"]
    if shared:
        bits.append(f"shared actors {_label(actors, shared)}")
    if same_type:
        bits.append(f"same type {ea.type.value}")
    if ea.place is not None and ea.place == eb.place:
        bits.append(f"same place {_label(actors, [ea.place])}")
    if shared_words:
        bits.append("shared words " + ", ".join(sorted(shared_words)[:6]))
    return score, "; ".join(bits)


def _cluster_fit(report: _Report, cluster: _Cluster, actors: dict[str, Actor]) -> tuple[float, str] | None:
    """Best pairwise fit with any member; the time must agree with every member."""
    if not all(time_compatible(report.event, m.event) for m in cluster.members):
        return None
    best: tuple[float, str] | None = None
    for m in cluster.members:
        fit = pair_reason(report, m, actors)
        if fit is not None and (best is None or fit[0] > best[0]):
            best = fit
    return best


def _representative(members: list[Event], actors: dict[str, Actor], gov: dict[str, str]) -> Event:
    """The report whose title and time speak for the happening: a fact over a plan,
    an action over a statement, a direct report over a reported one, the finest
    time, a title that opens with its agent's name (a country's rather than its
    capital's: "Russia", not "Moscow"), then the shortest title."""
    written = title_names(actors)

    def named_agent(e: Event) -> bool:
        return bool(e.actors) and e.actors[0] in actors and e.title.startswith(written[e.actors[0]] + " ")

    return min(
        members,
        key=lambda e: (
            e.modality is not Modality.HAPPENED,
            "statement" in e.tags,
            "reported" in e.tags or "relative-time" in e.tags,
            _rank(e),
            not named_agent(e),
            bool(e.actors) and e.actors[0] in gov,
            not e.actors,
            len(e.title),
        ),
    )


def _merged_id(ids: list[str]) -> str:
    return "evt-" + hashlib.sha1("|".join(sorted(ids)).encode()).hexdigest()[:12]


def _combine(cluster: _Cluster, core: set[str], actors: dict[str, Actor], gov: dict[str, str]) -> Event:
    everything = [m.event for m in cluster.members]
    if len(everything) == 1:
        event = everything[0]
        event.importance = importance.score(event, actors, core)
        return event
    members = [e for e in everything if e.id not in cluster.attached]  # the happening's own reports
    rep = _representative(members, actors, gov)
    happened = [e for e in members if e.modality is Modality.HAPPENED]
    timed = min(happened or members, key=_rank)
    actor_ids: list[str] = []
    for e in [rep, *members]:
        actor_ids += [a for a in e.actors if a not in actor_ids]
    actor_ids = [a for a in actor_ids if gov.get(a) not in actor_ids]  # "Moscow" once "Russia" is there
    evidence: list[Evidence] = []
    seen: set[tuple[str, int, int]] = set()
    for e in everything:
        for ev in e.evidence:
            key = (ev.source_id, ev.start, ev.end)
            if key not in seen:
                seen.add(key)
                evidence.append(ev)
    modality = Modality.HAPPENED if happened else rep.modality
    tags: list[str] = []
    for e in [rep, *members]:
        tags += [t for t in e.tags if t not in tags]
    if modality is Modality.HAPPENED:
        tags = [t for t in tags if t not in {m.value for m in Modality}]
    if rep.type is not EventType.STATEMENT:
        tags = [t for t in tags if t != "statement"]
    if actor_ids:
        tags = [t for t in tags if t != "unattributed"]
    if any("relative-time" not in e.tags for e in members):
        tags = [t for t in tags if t != "relative-time"]
    merged_from: list[str] = []
    for e in everything:
        merged_from += e.merged_from or [e.id]
    n_sources = len({ev.source_id for ev in evidence})
    seed = members[0]
    seed_src = seed.evidence[0].source_id if seed.evidence else "?"
    reason = (f"{len(everything)} reports from {n_sources} source(s) merged into “{seed.title}” ({seed_src}): "
              + " | ".join(cluster.reasons))
    event = Event(
        id=_merged_id(merged_from),
        title=rep.title,
        type=rep.type,
        time=timed.time,
        actors=actor_ids,
        place=rep.place or next((e.place for e in members if e.place), None),
        evidence=evidence,
        modality=modality,
        tags=tags,
        merged_from=merged_from,
        merge_reason=reason,
    )
    event.importance = importance.score(event, actors, core)
    return event


STATEMENT_REACH = dt.timedelta(days=2)


def _names_in(text: str, actor_id: str, actors: dict[str, Actor]) -> bool:
    a = actors.get(actor_id)
    if a is None:
        return False
    low = text.lower()
    return any(re.search(r"\b" + re.escape(n.lower()) + r"\b", low) for n in [a.name, *a.aliases] if len(n) > 2)


def _attach_statements(clusters: list[_Cluster], actors: dict[str, Actor]) -> list[_Cluster]:
    """Fold a lone statement into the talks it is about ("Trump said on Monday that the
    Biden-Putin conversation would not be a fair match"): same article, within two
    days, and the statement names the talks and at least two of their participants."""
    keep: list[_Cluster] = []
    lone = [c for c in clusters if len(c.members) == 1 and c.members[0].event.type is EventType.STATEMENT
            and _rank(c.members[0].event) <= DAY_RANK and c.members[0].event.time.placed]
    hosts = [c for c in clusters if c not in lone and any(m.event.type is EventType.CONSULT for m in c.members)]
    for c in clusters:
        if c not in lone:
            keep.append(c)
            continue
        st = c.members[0].event
        text = " ".join(ev.text for ev in st.evidence)
        if not lexicon.TALK_NOUNS & {w.lower() for w in WORD.findall(text)}:
            keep.append(c)
            continue
        best: tuple[dt.timedelta, _Cluster, list[str]] | None = None
        for h in hosts:
            rep = h.members[0].event
            if not set(st.source_ids) & {s for m in h.members for s in m.event.source_ids}:
                continue
            gap = abs(rep.time.start - st.time.start) if rep.time.placed else None  # type: ignore[operator]
            named = [a for a in {a for m in h.members for a in m.event.actors} if _names_in(text, a, actors)]
            if gap is None or gap > STATEMENT_REACH or len(named) < 2:
                continue
            if best is None or gap < best[0]:
                best = (gap, h, named)
        if best is None:
            keep.append(c)
            continue
        _, host, named = best
        src = st.evidence[0].source_id if st.evidence else "?"
        host.members.append(c.members[0])
        host.attached.add(st.id)
        host.reasons.append(f"statement “{st.title}” ({src}) is about it: names {_label(actors, named)} "
                            f"and the talks, {st.time.value}")
    return keep


def _consolidate(clusters: list[_Cluster], actors: dict[str, Actor]) -> list[_Cluster]:
    """Join day-precise clusters of one happening that the one-pass clustering kept
    apart because of the order it met the reports in: two clusters join when every
    time agrees and some report of one fits some report of the other."""
    by_day: dict[dt.date, list[_Cluster]] = {}
    for c in clusters:
        events = [m.event for m in c.members]
        if all(_rank(e) <= DAY_RANK and e.actors and e.time.placed for e in events):
            by_day.setdefault(min(e.time.start for e in events).date(), []).append(c)  # type: ignore[union-attr]
    gone: set[int] = set()
    for group in by_day.values():
        for i, a in enumerate(group):
            if id(a) in gone:
                continue
            for b in group[i + 1:]:
                if id(b) in gone or not all(time_compatible(x.event, y.event) for x in a.members for y in b.members):
                    continue
                fits = [f for x in a.members for y in b.members if (f := pair_reason(x, y, actors)) is not None]
                if fits:
                    best = max(fits, key=lambda f: f[0])
                    a.members += b.members
                    a.reasons += b.reasons + [f"joined “{b.members[0].event.title}”: {best[1]}"]
                    gone.add(id(b))
    return [c for c in clusters if id(c) not in gone]


def says_nothing(event: Event) -> bool:
    """A bare event noun with no one and nowhere ("Talks", "Second conversation"): worth
    keeping as evidence of a happening it merges into, not as a timeline entry of its own."""
    return "unattributed" in event.tags and event.place is None and len(event.title.split()) <= 2


LEAD_CHARS = 800
"""A source's first report counts as its lead only this near the top: past a
byline and a dateline, not several paragraphs down."""


def _leads(events: list[Event]) -> set[str]:
    """Ids of each source's first report: the lead, which its headline sums up."""
    first: dict[str, tuple[int, str]] = {}
    for e in events:
        for ev in e.evidence[:1]:
            if ev.start >= LEAD_CHARS:
                continue
            if ev.source_id not in first or ev.start < first[ev.source_id][0]:
                first[ev.source_id] = (ev.start, e.id)
    return {event_id for _start, event_id in first.values()}


def merge_events(events: list[Event], actors: dict[str, Actor],
                 headlines: Mapping[str, str] | None = None) -> list[Event]:
    """Merge reports of the same happening; edited events pass through untouched.

    Finer-timed reports are clustered first so that coarse ones ("in December")
    attach to the single best-fitting happening, or stay alone when two fit
    equally well.  ``headlines`` (source id → title) lend their words to each
    source's lead report: "Russia published the texts of two proposed
    agreements" under "Moscow makes its demands public in draft treaties" is
    what another article calls "made its demands public in draft treaties".
    """
    names = actor_words(actors)
    headlines = headlines or {}
    leads = _leads(events) if headlines else set()
    gov = government_of(actors)  # "Moscow" and "the Kremlin" take part as Russia
    fixed = [e for e in events if e.edited]
    todo = [e for e in events if not e.edited]
    # content, not ids, breaks ties: ids change with every import, and so would the merges
    todo.sort(key=lambda e: (_rank(e), -len(e.actors), e.time.start or dt.datetime.min, e.title,
                             e.evidence[0].text if e.evidence else ""))
    clusters: list[_Cluster] = []
    index: MonthIndex[_Cluster] = MonthIndex()
    for e in todo:
        participants = {gov.get(a, a) for a in e.actors}
        words = content_words(" ".join(ev.text for ev in e.evidence), names)
        if e.id in leads:
            words |= content_words(headlines.get(e.evidence[0].source_id, ""), names)
        report = _Report(e, words, participants)
        fits = []
        for c in index.near(e):
            fit = _cluster_fit(report, c, actors)
            if fit is not None:
                fits.append((fit[0], fit[1], c))
        fits.sort(key=lambda f: -f[0])
        vague = _rank(e) > DAY_RANK or not e.actors  # may fit several happenings
        if fits and not (vague and len(fits) > 1 and fits[0][0] - fits[1][0] < 0.2):
            score, reason, cluster = fits[0]
            src = e.evidence[0].source_id if e.evidence else "?"
            cluster.reasons.append(f"“{e.title}” ({src}): {reason}")
            cluster.members.append(report)
        else:
            clusters.append(_Cluster(members=[report]))
            index.add(clusters[-1], e)
    clusters = _consolidate(clusters, actors)
    clusters = _attach_statements(clusters, actors)
    clusters = [c for c in clusters if len(c.members) > 1 or not says_nothing(c.members[0].event)]
    core = importance.core_actor_ids(actors)
    merged = [_combine(c, core, actors, gov) for c in clusters]
    merged.sort(key=lambda e: (e.time.start or dt.datetime.min, -e.importance))
    return fixed + merged


def split_event(event: Event, reports: list[Event] | None = None) -> list[Event]:
    """Undo a merge: the original reports, or one event per evidence sentence.

    The store keeps the reports extraction produced; given them, the split is
    exact.  Without them the evidence is enough to rebuild one event per
    sentence (titles then repeat the merged title).
    """
    if not event.merged_from:
        return [event]
    if reports:
        by_id = {r.id: r for r in reports}
        found = [by_id[i] for i in event.merged_from if i in by_id]
        if found:
            return found
    return [
        event.model_copy(update={"id": Event.model_fields["id"].default_factory(), "evidence": [ev],
                                 "merged_from": [], "merge_reason": None}, deep=True)
        for ev in event.evidence
    ]
