"""Synthetic timelines for benchmarks, demos and tests (no project needed)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from core.models import Evidence, Event, EventType, Granularity, Modality, TimeValue
from core.timeaxis import DAY, YEAR, to_seconds
from gui.timeline.data import Shape, TimelineData

START = to_seconds(dt.datetime(1990, 1, 1))
SPAN = 35 * YEAR


def synthetic_data(n: int, seed: int = 1) -> TimelineData:
    """``n`` events over 35 years: mostly days, some spans and vague months/years."""
    rng = np.random.default_rng(seed)
    # Clustered like news: bursts around a few hundred "stories".
    centres = rng.uniform(START, START + SPAN, max(1, n // 50))
    starts = rng.choice(centres, n) + rng.normal(0, 40 * DAY, n)
    starts = np.floor(np.clip(starts, START, START + SPAN) / DAY) * DAY
    kind = rng.choice([Shape.POINT, Shape.SPAN, Shape.VAGUE], n, p=[0.8, 0.1, 0.1])
    length = np.where(kind == Shape.POINT, DAY,
                      np.where(kind == Shape.SPAN, rng.uniform(3, 400, n) * DAY, 31 * DAY))
    looks = rng.choice(4, n, p=[0.85, 0.08, 0.05, 0.02])
    return TimelineData.from_arrays(starts, starts + length, kind, looks, rng.random(n),
                                    [f"Synthetic event {i}" for i in range(n)])


def synthetic_events(n: int, seed: int = 1) -> list[Event]:
    """Real ``Event`` models for GUI tests: days, months and a planned span."""
    rng = np.random.default_rng(seed)
    base = dt.datetime(2021, 6, 1)
    events = []
    for i in range(n):
        day = base + dt.timedelta(days=int(rng.integers(0, 400)))
        if i % 7 == 3:
            start = dt.datetime(day.year, day.month, 1)
            end = dt.datetime(day.year + day.month // 12, day.month % 12 + 1, 1)
            time = TimeValue(value=f"{start:%Y-%m}", granularity=Granularity.MONTH, start=start, end=end)
        else:
            time = TimeValue(value=day.date().isoformat(), granularity=Granularity.DAY, start=day,
                             end=day + dt.timedelta(days=1))
        events.append(Event(
            title=f"Event {i}", type=list(EventType)[i % len(EventType)], time=time,
            importance=float(rng.random()),
            modality=Modality.PLANNED if i % 11 == 5 else Modality.HAPPENED,
            evidence=[Evidence(source_id="src-synthetic", start=0, end=10, text="Synthetic.")],
        ))
    return events
