"""The timeline widget, offscreen: navigation, selection, layout and export."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication

from core.models import Evidence, Event, Granularity, Modality, Source, TimeValue
from core.timeaxis import DAY, TimeScale, to_seconds
from gui.selection import SelectionModel
from gui.timeline.data import LaneMode, Shape, TimelineData, shape_of
from gui.timeline.layout import LABEL_MAX, MIN_LANE_H, lane_heights, layout_frame
from gui.timeline.painter import TimelineState, paint_timeline
from gui.timeline.synthetic import synthetic_data, synthetic_events
from gui.timeline.view import TimelineView


def day(y: int, m: int, d: int, title: str, **kw) -> Event:
    start = dt.datetime(y, m, d)
    return Event(title=title, time=TimeValue(value=start.date().isoformat(), granularity=Granularity.DAY,
                                             start=start, end=start + dt.timedelta(days=1)), **kw)


@pytest.fixture
def view(qtbot):
    selection = SelectionModel()
    widget = TimelineView(selection)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.set_data(TimelineData.from_events(synthetic_events(80)))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shapes_tell_precision_apart():
    assert shape_of(Granularity.DAY, DAY) == Shape.POINT
    assert shape_of(Granularity.MONTH, 31 * DAY) == Shape.VAGUE
    assert shape_of(Granularity.YEAR, 365 * DAY) == Shape.VAGUE
    assert shape_of(Granularity.YEAR, 8 * 365 * DAY) == Shape.SPAN
    assert shape_of(Granularity.DAY, 10 * DAY) == Shape.SPAN


def test_visible_uses_running_max_for_long_spans():
    starts = np.array([0.0, 10, 20, 30]) * DAY
    ends = np.array([100.0, 11, 21, 31]) * DAY  # the first span covers everything
    data = TimelineData.from_arrays(starts, ends, np.zeros(4))
    assert data.visible(25 * DAY, 26 * DAY).tolist() == [0]
    assert data.visible(10.5 * DAY, 20.5 * DAY).tolist() == [0, 1, 2]
    assert data.visible(200 * DAY, 300 * DAY).tolist() == []


def test_most_important_picks_the_top_in_start_order():
    data = synthetic_data(5000)
    idx = data.visible(data.starts[1000], data.starts[4000])
    top = data.most_important(idx, 50)
    expected = np.sort(idx[np.argsort(-data.importance[idx])[:50]])
    assert top.tolist() == expected.tolist()


def test_wheel_zooms_around_the_cursor(view, qtbot):
    before = view.scale
    anchor = 250
    t_anchor = before.t(anchor)
    with qtbot.waitSignal(view.visibleRangeChanged):
        wheel = QWheelEvent(QPointF(anchor, 300), view.mapToGlobal(QPointF(anchor, 300)), QPoint(),
                            QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view, wheel)
    assert view.scale.span < before.span
    assert view.scale.t(anchor) == pytest.approx(t_anchor, abs=before.span * 1e-9)


def test_keyboard_zoom_pan_and_home(view, qtbot):
    fitted = view.scale
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale.span == pytest.approx(fitted.span / 1.5)
    zoomed = view.scale
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.scale.start > zoomed.start
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.scale.start == pytest.approx(fitted.start)
    assert view.scale.end == pytest.approx(fitted.end)


def test_drag_pans(view, qtbot):
    before = view.scale
    y = 80
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    qtbot.mouseMove(view, QPoint(500, y))
    qtbot.mouseMove(view, QPoint(400, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(400, y))
    assert view.scale.span == pytest.approx(before.span)
    assert view.scale.start == pytest.approx(before.start + 200 * before.span / before.width)


def test_click_selects_and_links_to_selection_model(view, qtbot):
    view.grab()
    frame = view.frame
    index = int(frame.lanes[0].indices[0])
    x, y = frame.position(index)
    with qtbot.waitSignal(view.selection.eventChanged) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert signal.args == [view.data.ids[index]]
    assert view.state.selected == index
    label = next(lb for lb in frame.lanes[0].labels if lb.index != index and not lb.inside)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(label.x + 5), round(label.y)))
    assert view.selection.event == view.data.ids[label.index]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(5, view.height() - 60))
    assert view.selection.event is None


def test_opening_view_focuses_on_the_articles_period(qtbot):
    sources = [Source(file=f"{d}.md", published=dt.date(2021, 3, d)) for d in (1, 20)]
    events = [day(2021, 3, d, f"e{d}") for d in range(1, 28)] + [day(1997, 5, 27, "Founding Act")]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.set_data(TimelineData.from_events(events, sources))
    assert view.scale.start > to_seconds(dt.datetime(2020, 1, 1))
    assert view.scale.start <= to_seconds(dt.datetime(2021, 1, 30))
    view.fit_all()  # Home still shows everything
    assert view.scale.start < to_seconds(dt.datetime(1997, 5, 27))


def test_fit_all_and_zoom_to_selection(view):
    view.zoom(50, 10)
    view.fit_all()
    first, last = view.data.range()
    assert view.scale.start <= first and view.scale.end >= last
    view.selection.set_event(view.data.ids[5])
    view.zoom_to_selection()
    assert view.scale.span < 30 * DAY
    assert view.scale.start <= view.data.starts[5] <= view.scale.end


def test_selection_from_elsewhere_scrolls_it_into_view(view):
    view.set_scale(TimeScale(to_seconds(dt.datetime(1990, 1, 1)), to_seconds(dt.datetime(1990, 2, 1)), 1000))
    view.selection.set_event(view.data.ids[10])
    assert view.scale.start <= view.data.starts[10] <= view.scale.end


def test_tooltip_shows_title_date_and_sources(qtbot):
    source = Source(file="a.html", title="Kyiv & the talks", published=dt.date(2022, 2, 25))
    event = day(2022, 2, 24, "Invasion <begins>",
                evidence=[Evidence(source_id=source.id, start=0, end=5, text="x", timex="Thursday")])
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.set_data(TimelineData.from_events([event], [source]))
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paints once, synchronously, and records the frame layout
    x, y = view.frame.position(0)
    text = view.tooltip_at(x, y)
    assert "Invasion &lt;begins&gt;" in text
    assert "24 Feb 2022" in text and "Thursday" in text
    assert "Kyiv &amp; the talks (2022-02-25)" in text


def test_layout_never_overlaps_markers_or_labels():
    data = synthetic_data(3000, seed=4)
    scale = TimeScale(data.starts[0], data.starts[0] + 3 * 365 * DAY, 1400)
    frame = layout_frame(data, scale, 60, 800, measure=lambda i: 7.0 * len(data.titles[i]))
    lane = frame.lanes[0]
    boxes = [(lane.x0[j], lane.x1[j], lane.y[j]) for j in range(len(lane.indices))]
    boxes += [(lb.x, lb.x + lb.width, lb.y) for lb in lane.labels if not lb.inside]
    by_row: dict[float, list] = {}
    for a, b, y in boxes:
        by_row.setdefault(y, []).append((a, b))
    for row in by_row.values():
        row.sort()
        for (a0, a1), (b0, b1) in zip(row, row[1:]):
            assert a1 <= b0 + 1e-6
    assert lane.labels, "important events get labels"


def test_labels_grow_into_free_room_and_leave_a_band_they_do_not_fit():
    events = [day(2022, 1, 3, "A point whose long title has the rest of the year to itself"),
              Event(title="A month-long band whose title is much longer than the band",
                    time=TimeValue(value="2022-06", granularity=Granularity.MONTH,
                                   start=dt.datetime(2022, 6, 1), end=dt.datetime(2022, 7, 1)))]
    data = TimelineData.from_events(events)
    scale = TimeScale(to_seconds(dt.datetime(2022, 1, 1)), to_seconds(dt.datetime(2023, 1, 1)), 1400)
    frame = layout_frame(data, scale, 0, 400, measure=lambda i: 7.0 * len(data.titles[i]))
    labels = {data.titles[lb.index]: lb for lb in frame.lanes[0].labels}
    point = labels[events[0].title]
    assert point.width == 7.0 * len(events[0].title) and point.width > LABEL_MAX  # not elided at 220 px
    band = labels[events[1].title]
    assert not band.inside and band.width == 7.0 * len(events[1].title)  # beside its band, whole


def test_an_event_at_the_right_edge_keeps_room_for_its_label_on_the_left():
    events = [day(2022, 12, 20, "Workers walk out"), day(2022, 12, 28, "Talks with management")]
    data = TimelineData.from_events(events)
    scale = TimeScale(to_seconds(dt.datetime(2022, 12, 1)), to_seconds(dt.datetime(2023, 1, 1)), 600)
    frame = layout_frame(data, scale, 0, 400, measure=lambda i: 7.0 * len(data.titles[i]))
    labels = {data.titles[lb.index]: lb for lb in frame.lanes[0].labels}
    edge = labels["Talks with management"]
    assert edge.width == 7.0 * len("Talks with management") and edge.x + edge.width <= 600  # whole, on screen


def test_lanes_by_type_split_the_area():
    data = TimelineData.from_events(synthetic_events(60))
    data.set_lanes(LaneMode.TYPE)
    scale = TimeScale.fit(*data.range(), 1200)
    frame = layout_frame(data, scale, 0, 900, measure=lambda i: 60.0)
    assert len(frame.lanes) > 1
    assert sum(lane.total for lane in frame.lanes) == 60
    assert all(a.y1 <= b.y0 + 1e-6 for a, b in zip(frame.lanes, frame.lanes[1:]))


def test_lanes_get_room_by_what_they_hold_and_the_unassigned_lane_comes_last():
    assert lane_heights([100.0, 40.0], 200.0) == [130.0, 70.0]  # all fit: the spare room is shared
    crowded = lane_heights([600.0, 38.0, 200.0], 400.0)
    assert abs(sum(crowded) - 400.0) < 1e-6
    assert crowded[1] == 38.0 and crowded[0] > crowded[2] > MIN_LANE_H  # the busiest lane gets most
    assert abs(sum(lane_heights([80.0] * 10, 300.0)) - 300.0) < 1e-6  # never taller than the area
    events = [day(2022, 1, d, f"e{d}", actors=["act-a"] if d < 3 else []) for d in range(1, 6)]
    data = TimelineData.from_events(events)
    data.set_lanes(LaneMode.ACTOR, {"act-a": "Alice"})
    assert data.lane_names == ["Alice", "(no actor)"]  # though "(no actor)" holds more


def test_actor_filter_hides_events():
    events = [day(2022, 1, 1, "a", actors=["act-a"]), day(2022, 1, 2, "b", actors=["act-b"]),
              day(2022, 1, 3, "c")]
    data = TimelineData.from_events(events)
    data.set_enabled_actors({"act-a"})
    assert [data.titles[i] for i in data.visible(*data.range())] == ["b", "c"]


def test_painter_renders_to_image_and_svg(qapp):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtSvg import QSvgGenerator

    data = TimelineData.from_events([day(2022, 2, 24, "Planned summit", modality=Modality.PLANNED)])
    state = TimelineState(data, TimeScale.fit(*data.range(), 600))
    image = QImage(600, 300, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    frame = paint_timeline(painter, QRectF(0, 0, 600, 300), state)
    painter.end()
    assert frame.drawn == 1
    data_bytes = QByteArray()  # must outlive the buffer that writes into it
    buffer = QBuffer(data_bytes)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(image.size())
    painter = QPainter(svg)
    paint_timeline(painter, QRectF(0, 0, 600, 300), state)
    painter.end()
    buffer.close()
    assert b"Planned summit" in bytes(data_bytes)


def test_hundred_thousand_events_draw_a_bounded_number(qapp):
    data = synthetic_data(100_000)
    state = TimelineState(data, TimeScale.fit(*data.range(), 1600))
    image = QImage(1600, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    frame = paint_timeline(painter, QRectF(0, 0, 1600, 1000), state)
    painter.end()
    assert frame.lanes[0].lod
    assert 0 < frame.drawn < 1000
    assert frame.lanes[0].density.sum() == frame.lanes[0].total


def test_pinch_zooms_around_the_fingers(view):
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    before = view.scale
    gesture = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(),
                                  2, QPointF(300, 200), QPointF(300, 200), view.mapToGlobal(QPointF(300, 200)),
                                  0.5, QPointF(), 0)
    QApplication.sendEvent(view, gesture)
    assert view.scale.span == pytest.approx(before.span / 1.5)
    assert view.scale.t(300) == pytest.approx(before.t(300), abs=before.span * 1e-9)


def test_publication_diamonds_select_their_source(qtbot):
    source = Source(file="a.html", title="Wire copy", published=dt.date(2022, 2, 25))
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.set_data(TimelineData.from_events([day(2022, 2, 24, "Event")], [source]))
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    band = view.frame.bands["published"]
    x = float(view.scale.x(to_seconds(dt.date(2022, 2, 25)) + DAY / 2))
    y = (band[0] + band[1]) / 2
    assert "Wire copy" in view.tooltip_at(x, y)
    with qtbot.waitSignal(view.selection.sourceChanged) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert signal.args == [source.id]


def test_ctrl_arrows_step_through_the_drawn_events_in_time(qtbot):
    events = [day(2022, 1, d, f"e{d}", actors=["act-b"] if d == 3 else []) for d in range(1, 6)]
    widget = TimelineView(SelectionModel())
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.set_data(TimelineData.from_events(events))
    widget.data.set_enabled_actors({"act-b"})  # e3 is filtered out
    widget.show()
    qtbot.waitExposed(widget)
    titles = []
    for _ in range(5):
        qtbot.keyClick(widget, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        titles.append(widget.data.titles[widget.state.selected])
    assert titles == ["e1", "e2", "e4", "e5", "e5"]  # skips the hidden one, stops at the end
    qtbot.keyClick(widget, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert widget.data.titles[widget.state.selected] == "e4"


def test_lanes_stay_put_from_one_frame_to_the_next(qapp):
    events = [day(2022, 1, 1 + d % 28, f"Event number {d} with a long title",
                  actors=["act-0" if d < 30 else "act-1" if d < 38 else "act-2"]) for d in range(40)]
    data = TimelineData.from_events(events)
    data.set_lanes(LaneMode.ACTOR, {f"act-{k}": f"Actor {k}" for k in range(3)})
    state = TimelineState(data, TimeScale.fit(*data.range(), 1000))
    image = QImage(1000, 800, QImage.Format.Format_RGB32)
    frames = []
    for _ in range(3):
        painter = QPainter(image)
        frame = paint_timeline(painter, QRectF(0, 0, 1000, 800), state)
        painter.end()
        frames.append([(lane.y0, lane.y1) for lane in frame.lanes])
    assert frames[0] == frames[1] == frames[2]  # labels measured by the first frame move nothing


def test_two_articles_whose_leads_begin_alike_keep_a_lane_each():
    from core.models import Evidence, Source

    lead = "WASHINGTON (AP) — President Joe Biden on Tuesday spoke with the Russian leader again.\n"
    a, b = Source(file="ap-1.txt", body=lead), Source(file="ap-2.txt", body=lead)
    events = [day(2022, 1, d, f"e{d}", evidence=[Evidence(source_id=s.id, start=0, end=10, text=lead[:10])])
              for d, s in ((1, a), (2, b), (3, b))]
    data = TimelineData.from_events(events, [a, b])
    data.set_lanes(LaneMode.SOURCE)
    assert len(data.lane_names) == 2 and data.lane_names[0].endswith("(ap-2.txt)")  # b holds more
    assert data.lane_names[1].endswith("(ap-1.txt)") and data.lanes.tolist() == [1, 0, 0]
