"""The time-axis maths: conversions, zoom/pan, adaptive ticks and row packing."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from core import timeaxis as ta
from core.timeaxis import TimeScale, axis_ticks, from_seconds, pack_rows, to_seconds


def scale_for(start: dt.datetime, end: dt.datetime, width: float = 1600) -> TimeScale:
    return TimeScale(to_seconds(start), to_seconds(end), width)


def test_seconds_round_trip():
    for d in (dt.datetime(1, 1, 1), dt.datetime(1970, 1, 1), dt.datetime(2022, 2, 24, 4, 30)):
        assert from_seconds(to_seconds(d)) == d
    assert to_seconds(dt.date(1970, 1, 2)) == ta.DAY


def test_x_and_t_are_inverse():
    s = scale_for(dt.datetime(2020, 1, 1), dt.datetime(2021, 1, 1), 1000)
    assert s.x(s.start) == 0
    assert s.x(s.end) == pytest.approx(1000)
    assert s.t(s.x(to_seconds(dt.datetime(2020, 7, 1)))) == pytest.approx(to_seconds(dt.datetime(2020, 7, 1)))
    xs = s.x(np.array([s.start, s.end]))
    assert xs.tolist() == pytest.approx([0, 1000])


def test_zoom_keeps_anchor_still():
    s = scale_for(dt.datetime(2000, 1, 1), dt.datetime(2020, 1, 1), 1000)
    anchor_t = s.t(250)
    z = s.zoom(2.0, anchor_x=250)
    assert z.span == pytest.approx(s.span / 2)
    assert z.t(250) == pytest.approx(anchor_t)
    out = z.zoom(0.5, anchor_x=250)
    assert out.start == pytest.approx(s.start) and out.end == pytest.approx(s.end)


def test_zoom_is_clamped_between_hours_and_centuries():
    s = scale_for(dt.datetime(2000, 1, 1), dt.datetime(2000, 1, 2), 1000)
    assert s.zoom(1e9).span == pytest.approx(ta.MIN_SPAN)
    assert s.zoom(1e-9).span == pytest.approx(ta.MAX_SPAN)
    early = scale_for(dt.datetime(1, 1, 1), dt.datetime(100, 1, 1)).pan(10_000)
    assert early.start >= ta.MIN_T


def test_pan_moves_by_pixels():
    s = scale_for(dt.datetime(2000, 1, 1), dt.datetime(2000, 1, 11), 1000)  # 10 days
    p = s.pan(100)  # drag right by a tenth: one day earlier
    assert p.start == pytest.approx(s.start - ta.DAY)
    assert p.span == pytest.approx(s.span)


def test_fit_shows_range_with_margin():
    a, b = to_seconds(dt.datetime(2014, 1, 1)), to_seconds(dt.datetime(2022, 1, 1))
    s = TimeScale.fit(a, b, 800)
    assert s.start < a and s.end > b
    assert s.start == pytest.approx(a - 0.05 * (b - a))
    point = TimeScale.fit(a, a, 800)
    assert point.span == pytest.approx(ta.MIN_SPAN)


@pytest.mark.parametrize(
    "start,end,field,count",
    [
        (dt.datetime(1000, 1, 1), dt.datetime(2900, 1, 1), "year", 100),
        (dt.datetime(1900, 1, 1), dt.datetime(2100, 1, 1), "year", 10),
        (dt.datetime(1990, 1, 1), dt.datetime(2030, 1, 1), "year", 2),
        (dt.datetime(2010, 1, 1), dt.datetime(2024, 1, 1), "year", 1),
        (dt.datetime(2020, 1, 1), dt.datetime(2024, 1, 1), "month", 3),
        (dt.datetime(2022, 1, 1), dt.datetime(2023, 1, 1), "month", 1),
        (dt.datetime(2022, 1, 1), dt.datetime(2022, 4, 1), "week", 1),
        (dt.datetime(2022, 2, 1), dt.datetime(2022, 3, 1), "day", 2),
        (dt.datetime(2022, 2, 1), dt.datetime(2022, 2, 15), "day", 1),
        (dt.datetime(2022, 2, 24), dt.datetime(2022, 2, 27), "hour", 3),
        (dt.datetime(2022, 2, 24), dt.datetime(2022, 2, 25), "hour", 1),
        (dt.datetime(2022, 2, 24), dt.datetime(2022, 2, 24, 4), "minute", 10),
    ],
)
def test_ticks_adapt_to_every_scale(start, end, field, count):
    axis = axis_ticks(scale_for(start, end))
    assert (axis.unit.field, axis.unit.count) == (field, count)
    assert len(axis.labelled) >= 2


def test_tick_labels_are_calendar_aligned():
    axis = axis_ticks(scale_for(dt.datetime(2022, 1, 1), dt.datetime(2023, 1, 1)))
    months = [from_seconds(t.t) for t in axis.labelled]
    assert all(d.day == 1 and d.hour == 0 for d in months)
    assert axis.labelled[0].text in ("February", "Feb")
    assert [t.text for t in axis.context] == ["2022"]
    wide = axis_ticks(scale_for(dt.datetime(2022, 1, 1), dt.datetime(2022, 3, 1)))
    assert wide.minor, "month labels get day subdivisions when there is room"


def test_context_label_for_period_under_way_is_pinned_left():
    axis = axis_ticks(scale_for(dt.datetime(2022, 2, 10), dt.datetime(2022, 3, 20)))
    assert axis.unit.field == "day"
    assert axis.context[0].text == "February 2022"
    assert axis.context[0].label_x >= 0
    assert axis.context[-1].text == "March 2022"


def test_a_context_label_near_the_right_edge_takes_a_shorter_name():
    start = dt.datetime(2021, 12, 6)
    axis = axis_ticks(TimeScale.fit(to_seconds(start), to_seconds(start + dt.timedelta(hours=60)), 640),
                      measure=lambda text: 7.5 * len(text))
    assert [t.text for t in axis.context] == ["Mon 6 December 2021", "Tue 7 December 2021", "Wed 8 Dec 2021"]


@pytest.mark.parametrize("days", [0.2, 1, 3, 20, 90, 400, 3000, 40_000, 300_000])
@pytest.mark.parametrize("width", [300, 1600])
def test_labels_never_overlap(days, width):
    start = dt.datetime(1995, 3, 7, 5)
    axis = axis_ticks(scale_for(start, start + dt.timedelta(days=days), width))
    for row in (axis.labelled, axis.context):
        for a, b in zip(row, row[1:]):
            assert a.label_x + ta.default_measure(a.text) <= b.label_x
        for tick in row:
            assert tick.label_x >= 0
            assert tick.label_x + ta.default_measure(tick.text) <= width + 1


def test_ticks_near_the_end_of_time_do_not_overflow():
    s = TimeScale(ta.MAX_T - ta.MAX_SPAN, ta.MAX_T, 1000)
    axis = axis_ticks(s)
    assert axis.labelled


def test_pack_rows_uses_fewest_rows_and_never_overlaps():
    starts = np.array([0, 5, 10, 12, 30, 31, 32])
    ends = np.array([10, 8, 20, 14, 40, 35, 33])
    rows = pack_rows(starts, ends, gap=1)
    for r in set(rows.tolist()):
        idx = np.flatnonzero(rows == r)
        order = idx[np.argsort(starts[idx])]
        for a, b in zip(order, order[1:]):
            assert ends[a] + 1 <= starts[b]
    assert rows.max() + 1 == 3


def test_pack_rows_reuses_the_lowest_free_row_and_caps():
    rows = pack_rows([0, 0, 0, 10], [5, 5, 5, 12])
    assert rows.tolist() == [0, 1, 2, 0]
    capped = pack_rows([0, 0, 0], [5, 5, 5], max_rows=2)
    assert capped.tolist() == [0, 1, -1]


def test_timeaxis_needs_no_qt():
    import subprocess
    import sys

    code = "import sys, core.timeaxis; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
