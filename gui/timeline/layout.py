"""Where every marker, label and density bin of one frame goes (no Qt).

Separated from painting so it can be tested with plain numbers and so the
costly decisions (culling, level of detail, row packing, label placement)
happen once per frame over numpy arrays of the *visible* events only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.timeaxis import TimeScale, pack_rows
from gui.timeline.data import Shape, TimelineData

ROW_H = 20.0  # one row of markers and labels
LANE_HEADER = 18.0  # lane name above its rows
STRIP_H = 14.0  # density strip at the foot of every lane (overflow goes here)
LOD_STRIP_H = 30.0  # taller density strip when the lane is too dense for detail
POINT_R = 4.5  # radius of a point marker
LABEL_MAX = 220.0  # room a label reserves when rows are packed
LABEL_LONGEST = 480.0  # where its row is free a label may grow to this, then it is elided
LABEL_ALLOWANCE = 150.0  # room counted after each marker when estimating a lane's rows
MIN_LABEL = 36.0  # a slot narrower than this gets no label
LABEL_GAP = 12.0  # between a label and the next marker or label, so runs never merge
MIN_LANE_H = 64.0
BIN_PX = 3.0  # density bin width
LOD_PER_ROW = 4  # when too dense, this many of the most important events per row
LOD_LABELS = 100  # ...and at most this many labels
POINT = int(Shape.POINT)  # a plain int: enum lookups are slow in per-label loops


@dataclass
class Label:
    index: int  # event index into TimelineData
    x: float
    y: float  # row centre
    width: float  # available width; the painter elides to it
    inside: bool  # drawn inside its own band rather than to its right


@dataclass
class LaneLayout:
    """The drawn part of one lane: markers by row, labels, and a density strip."""

    name: str
    y0: float
    y1: float
    indices: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    x0: np.ndarray = field(default_factory=lambda: np.empty(0))
    x1: np.ndarray = field(default_factory=lambda: np.empty(0))
    y: np.ndarray = field(default_factory=lambda: np.empty(0))  # row centres
    labels: list[Label] = field(default_factory=list)
    density: np.ndarray = field(default_factory=lambda: np.empty(0))  # counts per BIN_PX
    strip: tuple[float, float] = (0.0, 0.0)  # y range of the density strip
    total: int = 0  # visible events in the lane, drawn or not
    lod: bool = False  # True when only the most important are drawn individually


@dataclass
class Frame:
    """The result of laying out one frame; also answers hit tests."""

    scale: TimeScale
    lanes: list[LaneLayout]
    bands: dict[str, tuple[float, float]] = field(default_factory=dict)  # y ranges by name

    def hit(self, x: float, y: float, slop: float = 3.0) -> int | None:
        """The event whose marker is under ``(x, y)``, preferring the narrowest."""
        best, best_w = None, np.inf
        for lane in self.lanes:
            if not (lane.y0 <= y <= lane.y1) or not len(lane.indices):
                continue
            inside = ((lane.x0 - slop <= x) & (x <= lane.x1 + slop)
                      & (np.abs(lane.y - y) <= ROW_H / 2))
            for j in np.flatnonzero(inside).tolist():
                w = lane.x1[j] - lane.x0[j]
                if w < best_w:
                    best, best_w = int(lane.indices[j]), w
        if best is None:  # a label stands for its event too
            for lane in self.lanes:
                for label in lane.labels:
                    if label.x <= x <= label.x + label.width and abs(label.y - y) <= ROW_H / 2:
                        return label.index
        return best

    def position(self, index: int) -> tuple[float, float] | None:
        """Centre of a drawn event's marker, for links and scrolling."""
        for lane in self.lanes:
            where = np.flatnonzero(lane.indices == index)
            if len(where):
                j = where[0]
                return float(max(lane.x0[j], 0.0) + min(lane.x1[j], self.scale.width)) / 2, float(lane.y[j])
        return None

    @property
    def drawn(self) -> int:
        return sum(len(lane.indices) for lane in self.lanes)


def marker_extents(data: TimelineData, idx: np.ndarray, scale: TimeScale) -> tuple[np.ndarray, np.ndarray]:
    """Pixel extents of markers: dots for points, at least a few pixels for bands."""
    x0 = scale.x(data.starts[idx])
    x1 = scale.x(data.ends[idx])
    point = (data.shapes[idx] == POINT) & (x1 - x0 < 2 * POINT_R + 2)
    centre = (x0 + x1) / 2
    x0 = np.where(point, centre - POINT_R, x0)
    x1 = np.where(point, centre + POINT_R, np.maximum(x1, x0 + 6))
    return x0, x1


def layout_frame(
    data: TimelineData, scale: TimeScale, top: float, height: float,
    measure: Callable[[int], float], detail_limit: int = 800, label_budget: int = 250,
) -> Frame:
    """Lay out the lanes between ``top`` and ``top + height``.

    ``measure(i)`` gives the label width of event ``i`` in pixels; it is called
    only for the few hundred events that may be labelled.
    """
    visible = data.visible(scale.start, scale.end)
    names = data.lane_names or [""]
    shown = max(1, min(len(names), int(height // MIN_LANE_H)))
    lane_of = np.minimum(data.lanes[visible], shown - 1) if shown > 1 else None
    if shown < len(names):
        names = names[: shown - 1] + [f"{len(names) - shown + 1} more lanes"]
    header = LANE_HEADER if len(data.lane_names) > 1 else 4.0
    budget = label_budget // shown + 20
    members = [visible[lane_of == k] if lane_of is not None else visible for k in range(len(names))]
    if shown == 1:
        heights = [height]
    else:
        heights = lane_heights([_height_needed(data, scale, idx, detail_limit, header, height)
                                for idx in members], height)
    lanes = []
    y = top
    for name, idx, lane_h in zip(names, members, heights):
        lane = LaneLayout(name, y, y + lane_h, total=len(idx))
        _layout_lane(lane, data, scale, idx, measure, detail_limit, budget, header=header)
        lanes.append(lane)
        y += lane_h
    return Frame(scale, lanes)


def _height_needed(data: TimelineData, scale: TimeScale, idx: np.ndarray, detail_limit: int,
                   header: float, height: float) -> float:
    """Height one lane would like: its name, its rows, its strip.  Runs every frame,
    so the rows are estimated, not laid out: intervals (each marker plus room for a
    label) packed greedily need as many rows as most of them overlap at one point,
    which one sort and a running sum find."""
    if not len(idx):
        return header + STRIP_H + 6.0
    if len(idx) > detail_limit:
        return height  # too dense to draw one by one: as much room as it can get
    x0, x1 = marker_extents(data, idx, scale)
    # One allowance for every label, not the widths earlier frames measured: those
    # change as labels get measured, and the lanes would move between identical frames.
    points = np.concatenate((x0, x1 + LABEL_ALLOWANCE + 6.0))
    steps = np.concatenate((np.ones(len(idx)), -np.ones(len(idx))))
    order = np.lexsort((steps, points))  # at one point an end comes before a start
    rows = int(np.cumsum(steps[order]).max())
    return min(height, header + rows * ROW_H + STRIP_H + 8.0)


def lane_heights(needs: list[float], height: float) -> list[float]:
    """Share ``height`` among lanes by what each needs: a lane with one event in
    view does not get as much room as one with forty.  When everything fits the
    spare room is shared evenly; otherwise every lane keeps ``MIN_LANE_H`` (or
    its need, when less) and the rest goes in proportion to what is missing."""
    total = sum(needs)
    if total <= height:
        spare = (height - total) / len(needs)
        return [n + spare for n in needs]
    floors = [min(n, MIN_LANE_H) for n in needs]
    rest = height - sum(floors)
    if rest <= 0:
        return [f * height / sum(floors) for f in floors]
    missing = [n - f for n, f in zip(needs, floors)]
    share = rest / sum(missing) if sum(missing) > 0 else 0.0
    return [f + m * share for f, m in zip(floors, missing)]


def _layout_lane(lane: LaneLayout, data: TimelineData, scale: TimeScale, idx: np.ndarray,
                 measure: Callable[[int], float], detail_limit: int, label_budget: int,
                 header: float) -> None:
    width = scale.width
    lane.lod = len(idx) > detail_limit
    strip_h = LOD_STRIP_H if lane.lod else STRIP_H
    lane.strip = (lane.y1 - strip_h - 2, lane.y1 - 2)
    rows_top = lane.y0 + header
    max_rows = max(1, int((lane.strip[0] - rows_top) // ROW_H))
    if len(idx):
        lane.density = _density(data, idx, scale)
    if lane.lod:
        # Only the most important events are drawn one by one; the strip shows the rest.
        idx = data.most_important(idx, max_rows * LOD_PER_ROW)
        label_budget = min(label_budget, LOD_LABELS)
    if not len(idx):
        return
    x0, x1 = marker_extents(data, idx, scale)
    cx0, cx1 = np.clip(x0, -20, width + 20), np.clip(x1, -20, width + 20)

    # Reserve label room for the most important events, so packing leaves it free.
    reserve = np.zeros(len(idx))
    reserve_left = np.zeros(len(idx))  # near the right edge the label goes left of its marker
    n_res = min(len(idx), label_budget, max_rows * max(2, int(width // 200)))
    order = np.argsort(-data.importance[idx], kind="stable")
    for j in order[:n_res].tolist():
        w = min(_label_width(data, int(idx[j]), measure), LABEL_MAX)
        if cx1[j] - cx0[j] < w + 12:  # no room inside its own band
            if cx1[j] + w + 6 > width and cx0[j] - w - 6 > 0:
                reserve_left[j] = w + 6
            else:
                reserve[j] = w + 6
    rows = pack_rows(cx0 - reserve_left, cx1 + reserve, gap=6.0, max_rows=max_rows)
    drawn = rows >= 0
    # Clipped extents: a century-long band seen at day zoom must not become a
    # rectangle millions of pixels wide; its brackets stay just off-screen.
    idx, x0, x1, rows, order_rank = idx[drawn], cx0[drawn], cx1[drawn], rows[drawn], np.argsort(order)[drawn]
    lane.indices, lane.x0, lane.x1 = idx, x0, x1
    lane.y = rows_top + rows * ROW_H + ROW_H / 2
    lane.labels = _place_labels(data, lane, rows, order_rank, measure, width, label_budget)


def _density(data: TimelineData, idx: np.ndarray, scale: TimeScale) -> np.ndarray:
    """Events starting in each BIN_PX-wide bin: binary searches on sorted starts,
    so the cost depends on the number of bins, not of events."""
    contiguous = idx[-1] - idx[0] + 1 == len(idx)
    starts = data.starts[idx[0]: idx[-1] + 1] if contiguous else data.starts[idx]
    bins = int(np.ceil(scale.width / BIN_PX))
    edges = scale.start + np.arange(1, bins) * (BIN_PX / scale.px_per_second)
    cuts = np.searchsorted(starts, edges)
    return np.diff(np.concatenate(([0], cuts, [len(starts)])))


def _label_width(data: TimelineData, i: int, measure: Callable[[int], float]) -> float:
    if data.label_widths[i] < 0:
        data.label_widths[i] = min(measure(i), LABEL_LONGEST)
    return float(data.label_widths[i])


def _place_labels(data: TimelineData, lane: LaneLayout, rows: np.ndarray, rank: np.ndarray,
                  measure: Callable[[int], float], width: float, budget: int) -> list[Label]:
    """Greedy in importance order.  A label goes inside its own band if it fits,
    else in the gap right of its marker, else in the gap to its left; a label
    only ever uses the gaps next to its own marker and is checked against
    labels already placed in its row, so nothing overlaps."""
    n = len(lane.indices)
    by_row = np.lexsort((lane.x0, rows))
    same = rows[by_row][1:] == rows[by_row][:-1]
    next_x = np.full(n, width + 1e9)
    next_x[by_row[:-1][same]] = lane.x0[by_row[1:][same]]
    prev_x = np.full(n, -1e9)
    prev_x[by_row[1:][same]] = lane.x1[by_row[:-1][same]]
    labels: list[Label] = []
    taken: dict[float, list[tuple[float, float]]] = {}
    xs0, xs1, ys = lane.x0.tolist(), lane.x1.tolist(), lane.y.tolist()
    nxt, prv = next_x.tolist(), prev_x.tolist()
    shapes, indices = data.shapes[lane.indices].tolist(), lane.indices.tolist()
    for j in np.argsort(rank, kind="stable")[:budget].tolist():
        i, y = indices[j], ys[j]
        want = _label_width(data, i, measure)
        x0, x1 = xs0[j], xs1[j]
        band = shapes[j] != POINT or x1 - x0 > 2 * POINT_R + 2
        inner0, inner1 = max(x0, 0.0) + 5, min(x1, width) - 5
        inside = inner1 - inner0 if band else 0.0
        if inside >= want:
            labels.append(Label(i, inner0, y, want, True))
            continue
        row = taken.setdefault(y, [])
        right0 = max(x1 + 4, 2.0)
        right = _free_run(row, right0, min(nxt[j] - LABEL_GAP, width - 2))
        if inside >= min(want, 80) and right < min(want, LABEL_MAX):  # elided in its band beats a cramped gap
            labels.append(Label(i, inner0, y, inside, True))
            continue
        left1 = min(x0 - 4, width - 2)
        left = _free_run(row, max(prv[j] + LABEL_GAP, 2.0), left1, from_right=True)
        if right >= min(want, LABEL_MAX) or (right >= left and right >= min(want, MIN_LABEL)):
            w = min(want, right)
            placed = Label(i, right0, y, w, False)
        elif left >= min(want, MIN_LABEL):
            w = min(want, left)
            placed = Label(i, left1 - w, y, w, False)
        else:
            continue
        labels.append(placed)
        row.append((placed.x, placed.x + placed.width))
    return labels


def _free_run(taken: list[tuple[float, float]], a: float, b: float, from_right: bool = False) -> float:
    """Length of the free stretch of ``[a, b]`` that starts at ``a`` (or ends at
    ``b``), given intervals already taken in the row."""
    if b <= a:
        return 0.0
    for t0, t1 in taken:
        if t1 <= a or t0 >= b:
            continue
        if from_right:
            a = max(a, t1 + LABEL_GAP)
        else:
            b = min(b, t0 - LABEL_GAP)
    return max(0.0, b - a)
