"""Mentions across all sources of a project, clustered into actors.

Clustering runs on name keys (:mod:`core.actors.normalize`), never on raw
text, in four deterministic passes over a union-find of key groups:

1. mentions sharing a key form one group ("President Biden" and "Biden" both
   have key ``biden``; "U.S." and "the United States" both ``united states``);
2. full person names merge when their surnames match, exactly or by fuzzy
   spelling ("Volodymyr Zelensky" / "Volodymyr Zelenskyy"), and their given
   names agree;
3. a lone surname joins the one full-name cluster it ends (per source when
   several people share it);
4. acronyms join the long form whose initials they are ("OSCE"), plural group
   names their singular ("Russians" -> "Russian").

User-edited actors passed as ``keep`` enter as pre-made groups owning their
name and aliases; two kept actors are never merged, so a user's split stays
split, and their id, name and aliases survive re-extraction.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from core.actors.kinds import could_be_person, majority_kind, mention_weight, votes
from core.places import is_known_place
from core.actors.normalize import (
    bare_name,
    canonical_display,
    fold,
    given_names,
    initials,
    looks_like_acronym,
    name_key,
    name_tokens,
    surname,
)
from core.actors.roles import RoleHint, choose_role
from core.models import Actor, EntityKind, Mention

SURNAME_SIMILARITY = 88.0
"""rapidfuzz ratio above which two surnames are one spelled two ways
("Zelensky"/"Zelenskyy" scores 94; "Putin"/"Pution" 91; "Bush"/"Rush" 75)."""

GIVEN_NAME_SIMILARITY = 85.0


@dataclass
class _Group:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    kept: Actor | None = None
    _kind: EntityKind | None = field(default=None, repr=False)

    def kind(self) -> EntityKind | None:
        """The kept actor's kind, else the majority of the mentions (cached:
        groups only change when :meth:`set_mentions` replaces them)."""
        if self.kept is not None:
            return self.kept.kind
        if self._kind is None:
            self._kind = majority_kind(self.mentions)
        return self._kind

    def set_mentions(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self._kind = None


class _Clusters:
    """Union-find over groups that refuses to join two kept actors."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.parent: list[int] = []
        self.has_kept: list[bool] = []  # meaningful at roots only

    def add(self, group: _Group) -> int:
        self.groups.append(group)
        self.parent.append(len(self.parent))
        self.has_kept.append(group.kept is not None)
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def members(self, root: int) -> list[int]:
        return [i for i in range(len(self.parent)) if self.find(i) == root]

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.has_kept[ra] and self.has_kept[rb]:
            return False
        lo, hi = sorted((ra, rb))
        self.parent[hi] = lo
        self.has_kept[lo] = self.has_kept[lo] or self.has_kept[hi]
        return True


def build_actors(
    mentions_by_source: Mapping[str, Sequence[Mention]],
    role_hints: Iterable[RoleHint] | None = None,
    keep: Sequence[Actor] = (),
) -> list[Actor]:
    """Cluster all mentions of a project into actors.

    Sets ``actor_id`` on every mention (in place) and returns the actors, most
    mentioned first.  Kept actors are always returned, even with no mention.
    ``role_hints`` default to those :func:`find_mentions` attached to its lists.
    """
    if role_hints is None:
        role_hints = [
            h for ms in mentions_by_source.values() for h in getattr(ms, "role_hints", ())
        ]
    clusters = _Clusters()
    index: dict[str, int] = {}
    for actor in keep:
        person = actor.kind is EntityKind.PERSON
        gi = clusters.add(_Group(key=name_key(actor.name, person), kept=actor))
        for form in (actor.name, *actor.aliases):
            index.setdefault(name_key(form, person), gi)
    mentions = sorted(
        (m for ms in mentions_by_source.values() for m in ms),
        key=lambda m: (m.source_id, m.start, m.end),
    )
    for mention in mentions:
        key = name_key(mention.text, mention.label is EntityKind.PERSON)
        if key not in index:
            index[key] = clusters.add(_Group(key=key))
        clusters.groups[index[key]].mentions.append(mention)

    _merge_full_names(clusters)
    _attach_surnames(clusters)
    _attach_acronyms(clusters)
    _attach_plurals(clusters, index)
    return _make_actors(clusters, list(role_hints))


def _merge_full_names(clusters: _Clusters) -> None:
    """Pass 2: "Volodymyr Zelensky" + "Volodymyr Zelenskyy", "Joe Biden" +
    "Joseph R. Biden"; "Bill Clinton" and "Hillary Clinton" stay apart."""
    full = [
        i for i, g in enumerate(clusters.groups)
        if g.kind() is EntityKind.PERSON and len(name_tokens(g.key)) >= 2
    ]
    by_initial: dict[str, list[int]] = {}  # fuzzy surname matches share a first letter
    for i in full:
        by_initial.setdefault(surname(clusters.groups[i].key)[:1], []).append(i)
    for bucket in by_initial.values():
        for pos, a in enumerate(bucket):
            for b in bucket[pos + 1 :]:
                if _same_person(clusters.groups[a].key, clusters.groups[b].key):
                    clusters.union(a, b)


def _same_person(a: str, b: str) -> bool:
    if not _same_surname(surname(a), surname(b)):
        return False
    ga, gb = given_names(a), given_names(b)
    if not ga or not gb:
        return True
    x, y = sorted((ga[0], gb[0]), key=len)
    if x == y or (len(x) == 1 or len(x) >= 3) and y.startswith(x):
        return True  # same name, an initial ("J."), or a short form ("Joe"/"Joseph", "Alex")
    return min(len(x), len(y)) > 3 and fuzz.ratio(x, y) >= GIVEN_NAME_SIMILARITY


def _same_surname(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 4:
        return False
    if 200 * min(len(a), len(b)) < SURNAME_SIMILARITY * (len(a) + len(b)):
        return False  # lengths too far apart for the ratio to reach the threshold
    return fuzz.ratio(a, b) >= SURNAME_SIMILARITY


def _attach_surnames(clusters: _Clusters) -> None:
    """Pass 3: "Biden" joins "Joe Biden"; when two people share the surname,
    each mention joins the one named in full in its own source."""
    full = [
        i for i, g in enumerate(clusters.groups)
        if g.kind() is EntityKind.PERSON and len(name_tokens(g.key)) >= 2
    ]
    singles = [
        i for i, g in enumerate(clusters.groups)
        if len(name_tokens(g.key)) == 1 and _person_votes_ok(g)
    ]
    by_initial: dict[str, list[int]] = {}
    for f in full:
        by_initial.setdefault(surname(clusters.groups[f].key)[:1], []).append(f)
    for si in singles:
        single = clusters.groups[si]
        near = by_initial.get(single.key[:1], [])
        roots = sorted(
            {
                clusters.find(f) for f in near
                if _same_surname(single.key, surname(clusters.groups[f].key))
            }
        )
        roots = [r for r in roots if r != clusters.find(si)]
        if len(roots) == 1:
            clusters.union(si, roots[0])
        elif len(roots) > 1 and single.kept is None:
            _attach_per_source(clusters, si, roots)


def _person_votes_ok(group: _Group) -> bool:
    if group.kept is not None:
        return group.kept.kind is EntityKind.PERSON
    return could_be_person(votes(group.mentions))


def _attach_per_source(clusters: _Clusters, si: int, roots: list[int]) -> None:
    """Split an ambiguous surname group by source and attach each part to the
    only candidate named in that source; what stays ambiguous stays alone."""
    single = clusters.groups[si]
    sources_of = {
        root: {m.source_id for i in clusters.members(root) for m in clusters.groups[i].mentions}
        for root in roots
    }
    remaining: list[Mention] = []
    by_source: dict[str, list[Mention]] = {}
    for mention in single.mentions:
        by_source.setdefault(mention.source_id, []).append(mention)
    for source_id, ms in sorted(by_source.items()):
        owners = [root for root in roots if source_id in sources_of[root]]
        if len(owners) == 1:
            clusters.union(clusters.add(_Group(key=single.key, mentions=ms)), owners[0])
        else:
            remaining.extend(ms)
    single.set_mentions(remaining)


def _attach_acronyms(clusters: _Clusters) -> None:
    """Pass 4a: "OSCE" joins "Organization for Security and Cooperation in Europe"."""
    long_forms: dict[str, set[int]] = {}
    for i, g in enumerate(clusters.groups):
        if g.kind() in (EntityKind.ORG, EntityKind.GPE, EntityKind.LOC) and len(g.key.split()) >= 2:
            for form in _surfaces(g):
                acronym = initials(form)
                if len(acronym) >= 2:
                    long_forms.setdefault(acronym, set()).add(clusters.find(i))
    for i, g in enumerate(clusters.groups):
        if g.kind() is EntityKind.PERSON or g.kind() is EntityKind.NORP:
            continue
        for form in _surfaces(g):
            if looks_like_acronym(form):
                roots = long_forms.get(bare_name(form).replace(".", ""), set())
                if len(roots) == 1:
                    clusters.union(i, next(iter(roots)))
                break


def _attach_plurals(clusters: _Clusters, index: Mapping[str, int]) -> None:
    """Pass 4b: "Russians" joins "Russian" (both NORP)."""
    for i, g in enumerate(clusters.groups):
        if g.kind() is not EntityKind.NORP or not g.key.endswith("s"):
            continue
        singular = index.get(g.key[:-1])
        if singular is not None and clusters.groups[singular].kind() is EntityKind.NORP:
            clusters.union(i, singular)


def _surfaces(group: _Group) -> list[str]:
    forms = [m.text for m in group.mentions]
    if group.kept is not None:
        forms += [group.kept.name, *group.kept.aliases]
    return sorted(set(forms))


def _make_actors(clusters: _Clusters, hints: list[RoleHint]) -> list[Actor]:
    by_root: dict[int, list[int]] = {}
    for i in range(len(clusters.groups)):
        by_root.setdefault(clusters.find(i), []).append(i)
    hints_by_span: dict[tuple[str, int, int], list[RoleHint]] = {}
    for hint in hints:
        hints_by_span.setdefault((hint.source_id, hint.start, hint.end), []).append(hint)
    actors: list[Actor] = []
    used_ids: set[str] = set()
    for root in sorted(by_root):
        groups = [clusters.groups[i] for i in by_root[root]]
        mentions = sorted(
            (m for g in groups for m in g.mentions), key=lambda m: (m.source_id, m.start)
        )
        kept = next((g.kept for g in groups if g.kept is not None), None)
        if not mentions and kept is None:
            continue
        actor = _actor_for(mentions, kept, [g.key for g in groups], hints_by_span, used_ids)
        used_ids.add(actor.id)
        for mention in mentions:
            mention.actor_id = actor.id
        actors.append(actor)
    actors.sort(key=lambda a: (-a.mentions, a.name, a.id))
    return actors


def _actor_for(
    mentions: list[Mention],
    kept: Actor | None,
    keys: list[str],
    hints_by_span: Mapping[tuple[str, int, int], list[RoleHint]],
    used_ids: set[str],
) -> Actor:
    hints = [h for m in mentions for h in hints_by_span.get((m.source_id, m.start, m.end), [])]
    kind = majority_kind(mentions) or EntityKind.ORG
    if kind is EntityKind.ORG and hints and any(
            m.label is EntityKind.PERSON and len(m.text.split()) >= 2 for m in mentions):
        kind = EntityKind.PERSON  # "former mayor Daniel Reyes" has a role: "Reyes" tagged ORG is still him
    name = _choose_name(mentions, keys) if kept is None else kept.name
    if kind in (EntityKind.PERSON, EntityKind.ORG) and is_known_place(name):
        kind = EntityKind.GPE  # "Kyiv" tagged as a person, a country tagged as an organisation
    role = choose_role(hints) if kind is EntityKind.PERSON else None
    if kept is not None:
        return kept.model_copy(update={"mentions": len(mentions), "role": kept.role or role})
    return Actor(
        id=_stable_id(kind, name, used_ids),
        name=name,
        kind=kind,
        aliases=_aliases(mentions, name),
        role=role,
        mentions=len(mentions),
    )


def _choose_name(mentions: list[Mention], keys: list[str]) -> str:
    """The fullest proper name: "Lloyd J. Austin III" over "Austin", "Joe
    Biden" over "President Biden"; the abbreviation map's form for countries."""
    for key in sorted(keys):
        display = canonical_display(key)
        if display:
            return display
    bare = {id(m): bare_name(m.text, m.label is EntityKind.PERSON) for m in mentions}
    counts = Counter(bare.values())
    weight: dict[str, float] = {}
    for m in mentions:
        weight[bare[id(m)]] = max(weight.get(bare[id(m)], 0.0), mention_weight(m))
    return min(
        counts,
        key=lambda f: (-len(name_tokens(fold(f))), -weight[f], -counts[f], f),
    )


def _aliases(mentions: list[Mention], name: str) -> list[str]:
    """Distinct surface forms, most frequent first, the name leading."""
    counts = Counter(m.text for m in mentions)
    forms = sorted(counts, key=lambda f: (-counts[f], f))
    return [name, *(f for f in forms if f != name)]


def _stable_id(kind: EntityKind, name: str, used: set[str]) -> str:
    """Ids derived from kind and name, so re-extraction gives the same ids."""
    digest = hashlib.sha1(f"{kind.value}:{fold(name)}".encode()).hexdigest()
    n = 0
    while True:
        candidate = f"act-{digest[:12]}" + (f"-{n}" if n else "")
        if candidate not in used:
            return candidate
        n += 1
