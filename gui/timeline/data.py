"""The timeline's view of a project: events as sorted numpy arrays (no Qt).

Painting 100k events at interactive rates needs O(log n) culling, so events
are sorted by start and kept as parallel arrays; ``max_end`` (a running
maximum of ends) makes ``searchsorted`` exact even with long spans.  Filters,
highlights and lanes are arrays too, so changing them costs one vector op.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

import numpy as np

from core.models import Event, Granularity, Modality, Source
from core.timeaxis import DAY, to_seconds


class Shape(IntEnum):
    """How an event is drawn, so precision is never misread."""

    POINT = 0  # known to the day or better: a dot
    SPAN = 1  # an explicit range ("from March to May"): a solid bar
    VAGUE = 2  # only known to the week/month/year...: a faint bracketed band


class Look(IntEnum):
    """Modality as a drawing style."""

    SOLID = 0  # happened
    HOLLOW = 1  # planned: outline only
    DASHED = 2  # hypothetical: dashed outline
    DENIED = 3  # denied: outline, struck through


FINE = {Granularity.DAY, Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE,
        Granularity.SECOND}

# Approximate length of one unit of a coarse granularity, to tell "the year 2022"
# (vague) from "2014 to 2022" (a span).
UNIT_SECONDS = {
    Granularity.WEEK: 7 * DAY, Granularity.MONTH: 31 * DAY, Granularity.SEASON: 92 * DAY,
    Granularity.QUARTER: 92 * DAY, Granularity.HALF: 184 * DAY, Granularity.YEAR: 366 * DAY,
    Granularity.DECADE: 3653 * DAY, Granularity.CENTURY: 36525 * DAY,
    Granularity.MILLENNIUM: 365250 * DAY,
}

NEAR_PUBLICATION = 92 * DAY  # events this close to the articles belong to their story

LOOKS = {Modality.HAPPENED: Look.SOLID, Modality.PLANNED: Look.HOLLOW,
         Modality.HYPOTHETICAL: Look.DASHED, Modality.DENIED: Look.DENIED}


def shape_of(granularity: Granularity, duration: float) -> Shape:
    if granularity in FINE:
        return Shape.POINT if duration <= 1.01 * DAY else Shape.SPAN
    unit = UNIT_SECONDS.get(granularity)
    if unit is None:  # unknown granularity: judge by length alone
        return Shape.POINT if duration <= 1.01 * DAY else Shape.SPAN
    return Shape.VAGUE if duration <= 1.05 * unit else Shape.SPAN


class LaneMode:
    """How events are grouped into horizontal lanes (values are stored in settings)."""

    NONE = "none"
    ACTOR = "actor"
    SOURCE = "source"
    TYPE = "type"


@dataclass
class TimelineData:
    """Parallel arrays of placed events, sorted by start."""

    starts: np.ndarray
    ends: np.ndarray
    shapes: np.ndarray  # Shape per event (int8)
    looks: np.ndarray  # Look per event (int8)
    importance: np.ndarray
    titles: list[str]
    ids: list[str]
    events: list[Event | None] = field(default_factory=list)  # None for synthetic data
    sources: dict[str, Source] = field(default_factory=dict)
    pub_times: np.ndarray = field(default_factory=lambda: np.empty(0))  # sorted
    pub_ids: list[str] = field(default_factory=list)
    unplaced: int = 0  # events without a usable time, not drawn

    def __post_init__(self) -> None:
        n = len(self.starts)
        self.max_end = np.maximum.accumulate(self.ends) if n else np.empty(0)
        self.index = {event_id: i for i, event_id in enumerate(self.ids)}
        self.enabled = np.ones(n, dtype=bool)  # both filters: drawn events
        self._by_actor = np.ones(n, dtype=bool)
        self._by_text = np.ones(n, dtype=bool)
        self._haystacks: list[str] | None = None
        self.highlight = np.zeros(n, dtype=bool)  # e.g. events of the selected actor
        self.lanes = np.zeros(n, dtype=np.int32)
        self.lane_names: list[str] = []
        self.label_widths = np.full(n, -1.0)  # measured lazily by the painter...
        self.label_font = ""  # ...in this font (QFont.key())
        self.version = 0  # bumped on every change, for caches
        self._importance_order: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.starts)

    # -- construction ----------------------------------------------------------

    @classmethod
    def from_events(cls, events: Iterable[Event], sources: Iterable[Source] = ()) -> TimelineData:
        events = list(events)
        placed = [e for e in events if e.time.placed]
        rows = []
        for e in placed:
            start, end = to_seconds(e.time.start), to_seconds(e.time.end)
            rows.append((start, max(end, start), e))
        rows.sort(key=lambda r: r[0])
        starts = np.array([r[0] for r in rows], dtype=float)
        ends = np.array([r[1] for r in rows], dtype=float)
        ordered = [r[2] for r in rows]
        shapes = np.array([shape_of(e.time.granularity, r[1] - r[0]) for r, e in zip(rows, ordered)],
                          dtype=np.int8)
        looks = np.array([LOOKS.get(e.modality, Look.SOLID) for e in ordered], dtype=np.int8)
        source_map = {s.id: s for s in sources}
        dated = sorted((to_seconds(s.published), s.id) for s in source_map.values() if s.published)
        return cls(
            starts=starts, ends=ends, shapes=shapes, looks=looks,
            importance=np.array([e.importance for e in ordered], dtype=float),
            titles=[e.title for e in ordered], ids=[e.id for e in ordered], events=list(ordered),
            sources=source_map, pub_times=np.array([d[0] for d in dated], dtype=float),
            pub_ids=[d[1] for d in dated], unplaced=len(events) - len(placed),
        )

    @classmethod
    def from_arrays(cls, starts: np.ndarray, ends: np.ndarray, shapes: np.ndarray,
                    looks: np.ndarray | None = None, importance: np.ndarray | None = None,
                    titles: Sequence[str] | None = None) -> TimelineData:
        """Build from raw arrays (benchmarks, previews); sorts by start."""
        order = np.argsort(starts, kind="stable")
        n = len(starts)
        titles = list(titles) if titles is not None else [f"Event {i}" for i in range(n)]
        return cls(
            starts=np.asarray(starts, float)[order], ends=np.asarray(ends, float)[order],
            shapes=np.asarray(shapes, np.int8)[order],
            looks=(np.zeros(n, np.int8) if looks is None else np.asarray(looks, np.int8))[order],
            importance=(np.zeros(n) if importance is None else np.asarray(importance, float))[order],
            titles=[titles[i] for i in order.tolist()], ids=[f"syn-{i}" for i in order.tolist()],
            events=[None] * n,
        )

    # -- queries ---------------------------------------------------------------

    def range(self) -> tuple[float, float] | None:
        """The time range covered by all events and publication dates."""
        parts = []
        if len(self):
            parts += [float(self.starts[0]), float(self.max_end[-1])]
        if len(self.pub_times):
            parts += [float(self.pub_times[0]), float(self.pub_times[-1]) + DAY]
        return (min(parts), max(parts)) if parts else None

    def focus_range(self) -> tuple[float, float] | None:
        """Where to look first: the weeks the articles were published, widened to
        the events told within a season of them (recent background, planned talks).
        News about 2021 that recalls 1997 should open on 2021, not on a 25-year
        view with the story squeezed against one edge."""
        rng = self.range()
        if rng is None or not len(self.pub_times):
            return rng
        first, last = float(self.pub_times[0]), float(self.pub_times[-1])
        lo, hi = first - 30 * DAY, last + 31 * DAY
        near = self.starts[(self.starts >= first - NEAR_PUBLICATION) & (self.starts <= last + NEAR_PUBLICATION)]
        if len(near):
            lo, hi = min(lo, float(near.min()) - 7 * DAY), max(hi, float(near.max()) + 8 * DAY)
        return max(lo, rng[0]), min(hi, rng[1])

    def step(self, index: int | None, forward: bool, around: float) -> int | None:
        """The drawn event after (or before) ``index`` in time order; with no
        ``index``, the first drawn event from the time ``around`` on (or the last before it)."""
        if index is None:
            cut = int(np.searchsorted(self.starts, around, side="left" if forward else "right"))
        else:
            cut = index + 1 if forward else index
        pool = np.flatnonzero(self.enabled[cut:]) + cut if forward else np.flatnonzero(self.enabled[:cut])
        if not len(pool):
            return None
        return int(pool[0] if forward else pool[-1])

    def visible(self, t0: float, t1: float) -> np.ndarray:
        """Indices of enabled events overlapping ``[t0, t1]``, in start order.

        Two binary searches bound the candidates; only those are tested.
        """
        lo = int(np.searchsorted(self.max_end, t0, side="left"))
        hi = int(np.searchsorted(self.starts, t1, side="right"))
        if hi <= lo:
            return np.empty(0, dtype=np.int64)
        keep = (self.ends[lo:hi] >= t0) & self.enabled[lo:hi]
        return np.flatnonzero(keep) + lo

    def most_important(self, idx: np.ndarray, k: int) -> np.ndarray:
        """The ``k`` most important of the sorted indices ``idx``, in start order.

        Either partitions ``idx`` or walks the global importance order until ``k``
        members are found, whichever touches fewer elements; the cost stays near
        sqrt(k·n) instead of growing with the number of visible events.
        """
        m, n = len(idx), len(self)
        if m <= k:
            return idx
        if m * m <= 4 * k * n:
            return np.sort(idx[np.argpartition(-self.importance[idx], k - 1)[:k]])
        if self._importance_order is None:
            self._importance_order = np.argsort(-self.importance, kind="stable")
        chunk = max(k, 2 * k * n // m)
        while True:
            candidates = self._importance_order[:chunk]
            where = np.minimum(np.searchsorted(idx, candidates), m - 1)
            inside = candidates[idx[where] == candidates]
            if len(inside) >= k or chunk >= n:
                return np.sort(inside[:k])
            chunk *= 2

    def event(self, index: int) -> Event | None:
        return self.events[index] if 0 <= index < len(self.events) else None

    # -- filters, highlights and lanes -------------------------------------------

    def set_enabled_actors(self, hidden_actor_ids: set[str]) -> None:
        """Disable events whose actors are all hidden (events with no actors stay)."""
        if not hidden_actor_ids:
            self._by_actor = np.ones(len(self), dtype=bool)
        else:
            self._by_actor = np.array(
                [not (e is not None and e.actors and all(a in hidden_actor_ids for a in e.actors))
                 for e in self.events], dtype=bool)
        self._combine()

    def set_text_filter(self, query: str, actor_names: dict[str, str] | None = None) -> int:
        """Keep events whose title, people, tags, note or evidence hold every word of ``query``.

        Returns how many events match.  The searchable text is built once per
        data set (first use), so typing stays fast on 100,000 events.
        """
        words = query.casefold().split()
        if not words:
            self._by_text = np.ones(len(self), dtype=bool)
        else:
            if self._haystacks is None:
                self._haystacks = [_haystack(e, title, actor_names or {})
                                   for e, title in zip(self.events or [None] * len(self), self.titles)]
            self._by_text = np.array([all(w in h for w in words) for h in self._haystacks], dtype=bool)
        self._combine()
        return int(self._by_text.sum())

    def _combine(self) -> None:
        self.enabled = self._by_actor & self._by_text
        self.version += 1

    def set_highlight(self, event_ids: Iterable[str]) -> None:
        self.highlight[:] = False
        for event_id in event_ids:
            i = self.index.get(event_id)
            if i is not None:
                self.highlight[i] = True
        self.version += 1

    def set_lanes(self, mode: str, actor_names: dict[str, str] | None = None) -> None:
        """Group events into lanes by their agent, first source, or type.

        Lanes are keyed by actor or source id and labelled by name: two untitled wire
        stories whose leads begin alike keep a lane each (the clash gets the file name).
        """
        NO = "\x00"  # the key of "(no actor)" / "(no source)", sorted last: they gather what fits nowhere
        keys: list[str] = []
        labels: dict[str, str] = {}
        for e in self.events:
            if e is None or mode == LaneMode.NONE:
                keys.append("")
            elif mode == LaneMode.ACTOR:
                first = e.actors[0] if e.actors else None
                key = first or NO
                if key not in labels:
                    labels[key] = (actor_names or {}).get(first, first) if first else "(no actor)"
                keys.append(key)
            elif mode == LaneMode.SOURCE:
                sid = e.source_ids[0] if e.evidence else None
                source = self.sources.get(sid) if sid else None
                key = sid if source is not None else NO
                if key not in labels:  # once per article, not per event
                    labels[key] = source.display_title() if source is not None else "(no source)"
                keys.append(key)
            else:
                keys.append(e.type.value.capitalize())
                labels.setdefault(keys[-1], keys[-1])
        if mode == LaneMode.NONE or not keys:
            self.lane_names = []
            self.lanes = np.zeros(len(self), dtype=np.int32)
        else:
            counts: dict[str, int] = {}
            for k in keys:
                counts[k] = counts.get(k, 0) + 1
            order = sorted(counts, key=lambda k: (k == NO, -counts[k], labels[k]))
            self.lane_names = _distinct([labels[k] for k in order],
                                        [self.sources[k].file if k in self.sources else "" for k in order])
            position = {k: i for i, k in enumerate(order)}
            self.lanes = np.array([position[k] for k in keys], dtype=np.int32)
        self.version += 1


def _distinct(names: list[str], files: list[str]) -> list[str]:
    """Lane labels told apart: a name that recurs gets its file name, else a number."""
    seen: dict[str, int] = {}
    for name in names:
        seen[name] = seen.get(name, 0) + 1
    out = []
    for name, file in zip(names, files):
        if seen[name] > 1:
            name = f"{name} ({file})" if file else f"{name} ({len([o for o in out if o.startswith(name)]) + 1})"
        out.append(name)
    return out


def _haystack(event: Event | None, title: str, actor_names: dict[str, str]) -> str:
    """Everything a person may type to find an event, folded for case-free matching."""
    if event is None:
        return title.casefold()
    names = [actor_names.get(a, "") for a in (*event.actors, event.place) if a]
    parts = [title, *names, *event.tags, event.note or "", *(ev.text for ev in event.evidence)]
    return "\n".join(parts).casefold()
