"""Time-axis maths for the timeline: seconds, the visible viewport, ticks, rows.

Kept free of Qt so that it can be unit-tested without a display and reused by
exporters.  Times are float seconds since 1970-01-01 (naive, like the models):
floats keep sub-second precision over the whole datetime range and let numpy
map 100k events to pixels in one vectorised step.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

EPOCH = dt.datetime(1970, 1, 1)
HOUR = 3600.0
DAY = 86400.0
YEAR = 365.2425 * DAY

MIN_T = (dt.datetime(1, 1, 1) - EPOCH).total_seconds()
MAX_T = (dt.datetime(9999, 12, 31) - EPOCH).total_seconds()
MIN_SPAN = 2 * HOUR  # the deepest zoom still shows a couple of hours
MAX_SPAN = 2000 * YEAR  # the widest view spans twenty centuries


def to_seconds(value: dt.datetime | dt.date) -> float:
    """Seconds since the epoch for a naive datetime (a date means its midnight)."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    return (value.replace(tzinfo=None) - EPOCH).total_seconds()


def from_seconds(seconds: float) -> dt.datetime:
    """The naive datetime for epoch seconds, clamped to the datetime range."""
    seconds = min(max(float(seconds), MIN_T), MAX_T)
    return EPOCH + dt.timedelta(seconds=seconds)


@dataclass(frozen=True)
class TimeScale:
    """The visible time window ``[start, end)`` mapped onto ``width`` pixels.

    Immutable: every navigation returns a new scale, which keeps views and
    tests simple and lets a widget compare before/after to decide on repaint.
    """

    start: float
    end: float
    width: float

    @property
    def span(self) -> float:
        return self.end - self.start

    @property
    def px_per_second(self) -> float:
        return self.width / self.span if self.span > 0 else 0.0

    def x(self, t: float | np.ndarray) -> float | np.ndarray:
        """Pixel x of time ``t`` (scalar or numpy array)."""
        return (t - self.start) * (self.width / self.span)

    def t(self, x: float | np.ndarray) -> float | np.ndarray:
        """Time at pixel ``x``."""
        return self.start + x * (self.span / self.width)

    def with_width(self, width: float) -> TimeScale:
        """Resize keeping the same time window (the window stretches, not pans)."""
        return replace(self, width=max(1.0, float(width)))

    def zoom(self, factor: float, anchor_x: float | None = None) -> TimeScale:
        """Zoom by ``factor`` (>1 zooms in) keeping the time under ``anchor_x`` still."""
        if anchor_x is None:
            anchor_x = self.width / 2
        anchor_t = self.t(anchor_x)
        span = min(max(self.span / factor, MIN_SPAN), MAX_SPAN)
        start = anchor_t - (anchor_x / self.width) * span
        return _clamped(start, span, self.width)

    def pan(self, dx: float) -> TimeScale:
        """Move the view by ``dx`` pixels (positive drags content to the right)."""
        shift = dx * self.span / self.width
        return _clamped(self.start - shift, self.span, self.width)

    def centred_on(self, t: float) -> TimeScale:
        return _clamped(t - self.span / 2, self.span, self.width)

    @classmethod
    def fit(cls, start: float, end: float, width: float, margin: float = 0.05) -> TimeScale:
        """A scale showing ``[start, end]`` with a relative margin either side."""
        span = max(end - start, 0.0)
        padded = max(span * (1 + 2 * margin), MIN_SPAN)
        centre = (start + end) / 2
        return _clamped(centre - padded / 2, min(padded, MAX_SPAN), max(1.0, float(width)))


def _clamped(start: float, span: float, width: float) -> TimeScale:
    """Keep the window inside the representable datetime range."""
    span = min(max(span, MIN_SPAN), MAX_SPAN)
    start = min(max(start, MIN_T), MAX_T - span)
    return TimeScale(start, start + span, max(1.0, float(width)))


# --------------------------------------------------------------------- ticks


@dataclass(frozen=True)
class TickUnit:
    """A calendar step (``count`` × ``field``) and how to label it."""

    field: str  # "minute", "hour", "day", "week", "month", "year"
    count: int
    approx: float  # typical length in seconds, to estimate pixel spacing
    formats: tuple[Callable[[dt.datetime], str], ...]  # longest first

    def __str__(self) -> str:
        return f"{self.count} {self.field}"


def _fmt(pattern: str) -> Callable[[dt.datetime], str]:
    return lambda d: d.strftime(pattern)


def _year(d: dt.datetime) -> str:
    return str(d.year)


def _quarter(d: dt.datetime) -> str:
    return f"Q{(d.month - 1) // 3 + 1}"


def _day_number(d: dt.datetime) -> str:
    return str(d.day)


def _units() -> tuple[TickUnit, ...]:
    hm = (_fmt("%H:%M"),)
    units = [TickUnit("minute", n, n * 60.0, hm) for n in (5, 10, 15, 30)]
    units += [TickUnit("hour", n, n * HOUR, hm) for n in (1, 3, 6, 12)]
    units += [
        TickUnit("day", 1, DAY, (lambda d: f"{d:%a} {d.day}", _day_number)),
        TickUnit("day", 2, 2 * DAY, (_day_number,)),
        TickUnit("week", 1, 7 * DAY, (lambda d: f"{d.day} {d:%b}", _day_number)),
        TickUnit("month", 1, YEAR / 12, (_fmt("%B"), _fmt("%b"))),
        TickUnit("month", 3, YEAR / 4, (_quarter,)),
        TickUnit("month", 6, YEAR / 2, (_fmt("%b"),)),
    ]
    units += [
        TickUnit("year", n, n * YEAR, (_year,)) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
    ]
    return tuple(units)


UNITS = _units()

# What the second (context) row of the axis says for each labelled field: the
# period's name, then shorter forms for a label that would not fit at the right edge.
_DAY_NAMES: tuple[Callable[[dt.datetime], str], ...] = (
    lambda d: f"{d:%a} {d.day} {d:%B %Y}", lambda d: f"{d:%a} {d.day} {d:%b %Y}", lambda d: f"{d.day} {d:%b}")
_MONTH_NAMES: tuple[Callable[[dt.datetime], str], ...] = (_fmt("%B %Y"), _fmt("%b %Y"), _fmt("%b"))
_CONTEXT: dict[str, tuple[str, tuple[Callable[[dt.datetime], str], ...]]] = {
    "minute": ("day", _DAY_NAMES),
    "hour": ("day", _DAY_NAMES),
    "day": ("month", _MONTH_NAMES),
    "week": ("month", _MONTH_NAMES),
    "month": ("year", (_year,)),
}

# Widest plausible sample dates, so the chosen format fits every tick.
_SAMPLES = (dt.datetime(2000, 9, 30, 23, 45), dt.datetime(2000, 5, 28, 20, 0))


def _divides(fine: TickUnit, coarse: TickUnit) -> bool:
    """Whether ``fine`` ticks fall on every ``coarse`` tick (calendar-aligned)."""
    order = ["minute", "hour", "day", "week", "month", "year"]
    if fine.field == coarse.field:
        return coarse.count % fine.count == 0
    if fine.field == "week" or coarse.field == "week":
        return fine.field in ("minute", "hour") or (fine.field == "day" and fine.count == 1)
    if fine.field == "day" and fine.count != 1:
        return False
    if fine.field == "minute" and coarse.field != "hour":
        return 60 % fine.count == 0
    return order.index(fine.field) < order.index(coarse.field)


def _floor(d: dt.datetime, unit: TickUnit) -> dt.datetime:
    """The first tick of ``unit`` at or before ``d``."""
    if unit.field == "year":
        return dt.datetime(max(1, d.year - d.year % unit.count), 1, 1)
    if unit.field == "month":
        month = (d.month - 1) // unit.count * unit.count + 1
        return dt.datetime(d.year, month, 1)
    if unit.field == "week":
        day = dt.datetime(d.year, d.month, d.day)
        return day - dt.timedelta(days=day.weekday())
    if unit.field == "day":
        # Align multi-day steps to a fixed ordinal so ticks don't jitter when panning.
        ordinal = d.toordinal() - (d.toordinal() - 1) % unit.count
        return dt.datetime.fromordinal(ordinal)
    if unit.field == "hour":
        return d.replace(hour=d.hour - d.hour % unit.count, minute=0, second=0, microsecond=0)
    return d.replace(minute=d.minute - d.minute % unit.count, second=0, microsecond=0)


def _step(d: dt.datetime, unit: TickUnit) -> dt.datetime:
    if unit.field == "year":
        return dt.datetime(d.year + unit.count, 1, 1)
    if unit.field == "month":
        months = d.year * 12 + d.month - 1 + unit.count
        return dt.datetime(months // 12, months % 12 + 1, 1)
    seconds = {"week": 7 * DAY, "day": DAY, "hour": HOUR, "minute": 60.0}[unit.field]
    return d + dt.timedelta(seconds=seconds * unit.count)


def tick_times(start: float, end: float, unit: TickUnit) -> Iterator[tuple[float, dt.datetime]]:
    """Calendar-aligned tick times of ``unit`` in ``[start, end]``, with their datetimes."""
    d = _floor(from_seconds(start), unit)
    try:
        while (t := to_seconds(d)) <= end:
            if t >= start:
                yield t, d
            d = _step(d, unit)
    except (OverflowError, ValueError):  # ran off the end of the datetime range
        return


@dataclass(frozen=True)
class Tick:
    """One tick: time, pixel x, and (for labelled ticks) the text and where it goes."""

    t: float
    x: float
    text: str = ""
    label_x: float = 0.0


@dataclass(frozen=True)
class Axis:
    """Everything needed to draw the axis: three tiers of ticks."""

    minor: list[Tick]  # unlabelled subdivisions
    labelled: list[Tick]  # labelled ticks (first row)
    context: list[Tick]  # coarse ticks labelled with the enclosing period (second row)
    unit: TickUnit  # the labelled unit, e.g. "1 month"


def default_measure(text: str) -> float:
    """A rough text width (px) for callers without font metrics."""
    return 7.0 * len(text)


def choose_unit(
    scale: TimeScale, measure: Callable[[str], float], gap: float = 14.0, min_spacing: float = 64.0
) -> tuple[TickUnit, Callable[[dt.datetime], str]]:
    """The finest unit (and longest format) whose labels fit between ticks.

    ``min_spacing`` keeps labels from crowding even when short ones would fit:
    a reader scans an axis, and every label costs attention.
    """
    pps = scale.px_per_second
    for unit in UNITS:
        # The shortest real step is below ``approx`` (February, 365-day years).
        spacing = unit.approx * pps * (0.9 if unit.field in ("month", "year") else 1.0)
        if spacing < min_spacing:
            continue
        for fmt in unit.formats:
            if spacing >= max(measure(fmt(s)) for s in _SAMPLES) + gap:
                return unit, fmt
    return UNITS[-1], UNITS[-1].formats[0]


def axis_ticks(
    scale: TimeScale,
    measure: Callable[[str], float] = default_measure,
    gap: float = 14.0,
    min_minor_px: float = 8.0,
) -> Axis:
    """Adaptive ticks for ``scale``; labels are guaranteed not to overlap."""
    unit, fmt = choose_unit(scale, measure, gap)
    labelled = [
        Tick(t, float(scale.x(t)), fmt(d)) for t, d in tick_times(scale.start, scale.end, unit)
    ]
    labelled = _drop_overlaps(
        [replace(k, label_x=k.x - measure(k.text) / 2) for k in labelled], measure, gap,
        scale.width,
    )

    minor: list[Tick] = []
    pps = scale.px_per_second
    finer = [u for u in UNITS if u.approx < unit.approx and _divides(u, unit)]
    for candidate in finer:
        if candidate.approx * pps >= min_minor_px:
            minor = [Tick(t, float(scale.x(t))) for t, _ in tick_times(scale.start, scale.end, candidate)]
            break

    context: list[Tick] = []
    if unit.field in _CONTEXT:
        field, names = _CONTEXT[unit.field]
        cunit = TickUnit(field, 1, 0.0, names[:1])
        first = _floor(from_seconds(scale.start), cunit)
        ticks = [(to_seconds(first), first)] + [
            (t, d) for t, d in tick_times(scale.start, scale.end, cunit) if d != first
        ]
        context = _pin_context(
            [(Tick(t, float(scale.x(t)), names[0](d)), [name(d) for name in names]) for t, d in ticks],
            measure, gap, scale.width,
        )
    return Axis(minor, labelled, context, unit)


def _drop_overlaps(
    ticks: list[Tick], measure: Callable[[str], float], gap: float, width: float
) -> list[Tick]:
    """Keep labels left to right, skipping any that would touch the previous one."""
    kept: list[Tick] = []
    right = -np.inf
    for tick in ticks:
        w = measure(tick.text)
        if tick.label_x >= max(right + gap, 0.0) and tick.label_x + w <= width:
            kept.append(tick)
            right = tick.label_x + w
    return kept


def _pin_context(
    ticks: list[tuple[Tick, list[str]]], measure: Callable[[str], float], gap: float, width: float
) -> list[Tick]:
    """Place context labels right of their tick; the period already under way is
    pinned to the left edge and pushed out by the next one (like sticky headers).
    A label too long for its room takes the first shorter name that fits."""
    placed: list[Tick] = []
    for i, (tick, names) in enumerate(ticks):
        for text in names:
            w = measure(text)
            label_x = max(tick.x + 4, 4.0)
            if i + 1 < len(ticks):
                label_x = min(label_x, ticks[i + 1][0].x + 4 - gap - w)
            if label_x < 0 or label_x + w > width:
                continue
            if placed and label_x < placed[-1].label_x + measure(placed[-1].text) + gap:
                continue
            placed.append(replace(tick, text=text, label_x=label_x))
            break
    return placed


# --------------------------------------------------------------------- rows


def pack_rows(
    starts: Sequence[float] | np.ndarray,
    ends: Sequence[float] | np.ndarray,
    gap: float = 0.0,
    max_rows: int | None = None,
) -> np.ndarray:
    """Assign each interval the lowest row where it doesn't touch another.

    Greedy in start order with two heaps (rows in use by end, free rows by
    index), which uses the minimum number of rows for intervals and is
    O(n log n).  Intervals that would need a row ``>= max_rows`` get ``-1`` so
    the caller can aggregate them instead of drawing them.
    """
    s = np.asarray(starts, dtype=float)
    e = np.maximum(np.asarray(ends, dtype=float), s)
    rows = np.full(len(s), -1, dtype=np.int64)
    busy: list[tuple[float, int]] = []  # (end + gap, row)
    free: list[int] = []
    used = 0
    for i in np.argsort(s, kind="stable").tolist():
        start = s[i]
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            row = heapq.heappop(free)
        elif max_rows is None or used < max_rows:
            row, used = used, used + 1
        else:
            continue
        rows[i] = row
        heapq.heappush(busy, (e[i] + gap, row))
    return rows
