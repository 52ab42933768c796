"""``paint_timeline``: draws a whole timeline frame onto any ``QPaintDevice``.

The widget, the PNG/SVG/PDF exporters and the benchmark all call this one
function, so what is exported is exactly what is on screen.  It reads only a
``TimelineState`` and a ``TimelineColors``; it never touches a widget.
Geometry is built from numpy arrays in bulk (``qtfast``) and axis-aligned
shapes are drawn aliased: both keep a frame's cost near-constant.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QPainter, QPainterPath, QPen

from core.timeaxis import TimeScale, axis_ticks
from gui.timeline import qtfast
from gui.timeline.bands import draw_links, draw_overview, draw_published
from gui.timeline.dots import DotStyle, draw_dots
from gui.timeline.data import Look, Shape, TimelineData
from gui.timeline.layout import BIN_PX, POINT_R, Frame, LaneLayout, layout_frame
from gui.timeline.qtfast import StaticTextCache
from gui.timeline.state import OKABE_ITO, TimelineColors, TimelineState, alpha, blend, cosmetic

__all__ = ["OKABE_ITO", "TimelineColors", "TimelineState", "blend", "paint_timeline"]

AXIS_H = 42.0
PUB_H = 20.0
OVERVIEW_H = 34.0

# Plain ints: comparing numpy arrays to enum members goes through slow enum lookups.
VAGUE, SPAN = int(Shape.VAGUE), int(Shape.SPAN)
SOLID, DASHED, DENIED = int(Look.SOLID), int(Look.DASHED), int(Look.DENIED)


def measure_in(state: TimelineState, font: QFont) -> None:
    """Label widths are measured once and kept, in one font: forget them when it changes."""
    data = state.data
    if data.label_font != font.key():
        data.label_widths[:] = -1.0
        data.label_font = font.key()
        state.elided.clear()


def paint_timeline(painter: QPainter, rect: QRectF, state: TimelineState,
                   colors: TimelineColors | None = None, font: QFont | None = None) -> Frame:
    """Paint one frame into ``rect`` of ``painter``'s device and return its layout."""
    colors = colors or TimelineColors.from_palette(QGuiApplication.palette())
    font = QFont(font) if font is not None else QFont(painter.font())
    data = state.data
    measure_in(state, font)
    painter.save()
    painter.translate(rect.topLeft())
    painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
    # Axis-aligned shapes are drawn aliased (crisp and much faster); only dots,
    # diamonds and links switch antialiasing on.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setFont(font)
    width, height = rect.width(), rect.height()
    scale = state.scale.with_width(width) if state.scale.width != width else state.scale
    painter.fillRect(QRectF(0, 0, width, height), colors.background)

    fm = QFontMetricsF(font)
    y = AXIS_H
    bands = {"axis": (0.0, AXIS_H)}
    if state.show_published:
        bands["published"] = (y, y + PUB_H)
        y += PUB_H
    bottom = height - (OVERVIEW_H if state.show_overview else 0.0)
    if state.show_overview:
        bands["overview"] = (bottom, height)
    bands["events"] = (y, bottom)

    _draw_axis(painter, scale, colors, font, bottom, state.texts)
    frame = layout_frame(data, scale, y, max(bottom - y, 40.0),
                         measure=lambda i: fm.horizontalAdvance(data.titles[i]))
    frame.bands = bands
    _draw_lanes(painter, frame, data, state, colors, fm)
    if not len(data) and state.empty_text:
        painter.setPen(colors.faint)
        painter.drawText(QRectF(0, y, width, bottom - y), Qt.AlignmentFlag.AlignCenter, state.empty_text)
    if state.show_published:
        draw_published(painter, scale, data, bands["published"], colors, font)
    if state.selected is not None:
        draw_links(painter, frame, data, state.selected, bands.get("published"), colors)
    if state.show_overview:
        draw_overview(painter, state, scale, bands["overview"], colors, font)
    painter.restore()
    return frame


# --------------------------------------------------------------------- axis


def _draw_axis(painter: QPainter, scale: TimeScale, colors: TimelineColors, font: QFont,
               height: float, texts: StaticTextCache) -> None:
    bold = QFont(font)
    bold.setBold(True)
    key, bold_key = font.key(), bold.key()
    fm = QFontMetricsF(font)
    bold_width = texts.measure(bold, bold_key)
    axis = axis_ticks(scale, measure=texts.measure(font, key))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    labelled = np.array([t.x for t in axis.labelled])
    minor = np.array([t.x for t in axis.minor])
    for x in labelled.round().tolist():  # opaque 1-px columns: the fastest grid
        painter.fillRect(QRect(int(x), int(AXIS_H), 1, int(height - AXIS_H)), colors.grid)
    if len(minor):  # an empty path is invalid SVG ("d=''")
        painter.setPen(cosmetic(colors.faint))
        painter.drawPath(qtfast.segments(minor, np.full(len(minor), AXIS_H - 4),
                                         minor, np.full(len(minor), AXIS_H)))
    painter.setPen(cosmetic(colors.text))
    painter.drawPath(qtfast.segments(labelled, np.full(len(labelled), AXIS_H - 8),
                                     labelled, np.full(len(labelled), AXIS_H)))
    text_y = 27 - fm.height() / 2
    for tick in axis.labelled:
        painter.drawStaticText(QPointF(tick.label_x, text_y), texts.get(tick.text, font, key))
    painter.setFont(bold)
    right = -math.inf
    for tick in axis.context:
        if tick.x >= 0:  # a period boundary: strong in the context row and the tick row
            painter.fillRect(QRectF(round(tick.x) - 0.5, 2, 2, 15), colors.text)
            painter.fillRect(QRectF(round(tick.x) - 0.5, AXIS_H - 9, 2, 9), colors.text)
        w = bold_width(tick.text)
        if tick.label_x < right + 8 or tick.label_x + w > scale.width:
            continue
        painter.drawStaticText(QPointF(tick.label_x, 10 - fm.height() / 2), texts.get(tick.text, bold, bold_key))
        right = tick.label_x + w
    painter.setFont(font)
    painter.fillRect(QRectF(0, AXIS_H - 1, scale.width, 1), colors.faint)


# --------------------------------------------------------------------- events


def _draw_lanes(painter: QPainter, frame: Frame, data: TimelineData, state: TimelineState,
                colors: TimelineColors, fm: QFontMetricsF) -> None:
    width = frame.scale.width
    peak = max((int(lane.density.max()) for lane in frame.lanes if len(lane.density)), default=0)
    for k, lane in enumerate(frame.lanes):
        if k % 2:
            painter.fillRect(QRectF(0, lane.y0, width, lane.y1 - lane.y0), colors.lane_alt)
        if lane.name:
            painter.fillRect(QRectF(0, lane.y0, width, 1), colors.grid)
            painter.setPen(colors.faint)
            painter.drawText(QRectF(6, lane.y0 + 1, width - 12, 16),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{lane.name}  ·  {lane.total}")
        _draw_density(painter, lane, peak, colors)
        _draw_markers(painter, lane, data, state.ringed(), colors)
        _draw_labels(painter, lane, data, state, colors, fm)


def _draw_density(painter: QPainter, lane: LaneLayout, peak: int, colors: TimelineColors) -> None:
    """Counts per few pixels, drawn only when some events are not drawn one by one."""
    if not len(lane.density) or peak <= 0 or (not lane.lod and len(lane.indices) >= lane.total):
        return
    y0, y1 = lane.strip
    heights = np.log1p(lane.density) / math.log1p(peak) * (y1 - y0)
    heights[lane.density > 0] = np.maximum(heights[lane.density > 0], 1.5)
    image = qtfast.bars_image(heights, int(y1 - y0), alpha(colors.event, 120 if lane.lod else 70))
    painter.drawImage(QRectF(0, y0, len(heights) * BIN_PX, int(y1 - y0)), image)


def _draw_markers(painter: QPainter, lane: LaneLayout, data: TimelineData, selected: list[int],
                  colors: TimelineColors) -> None:
    """Markers grouped by look and drawn group by group, each in one call."""
    if not len(lane.indices):
        return
    idx = lane.indices
    shapes, looks, hot = data.shapes[idx], data.looks[idx], data.highlight[idx]
    x0, x1, y = lane.x0, lane.x1, lane.y
    wide = x1 - x0 > 2 * POINT_R + 2
    for is_hot in (False, True):
        base = colors.highlight if is_hot else colors.event
        mine = hot == is_hot
        if not mine.any():
            continue
        solid = mine & (looks == SOLID)
        hollow = mine & (looks != SOLID)
        # Vague: faint band with brackets; fainter and dashed when not (yet) real.
        for m, fill, style in ((mine & (shapes == VAGUE) & solid, 48, Qt.PenStyle.SolidLine),
                               (mine & (shapes == VAGUE) & hollow, 18, Qt.PenStyle.DashLine)):
            if m.any():
                painter.fillPath(qtfast.rects(x0[m], y[m] - 7, x1[m], y[m] + 7), alpha(base, fill))
                painter.setPen(cosmetic(base, style))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(_brackets(x0[m], x1[m], y[m]))
        # Spans and days seen up close: bars.
        bars = mine & (shapes != VAGUE) & ((shapes == SPAN) | wide)
        for m, brush in ((bars & solid, alpha(base, 110)), (bars & hollow, colors.background)):
            if m.any():
                painter.setPen(cosmetic(base, Qt.PenStyle.SolidLine if brush != colors.background
                                        else Qt.PenStyle.DashLine))
                painter.setBrush(brush)
                painter.drawPath(qtfast.rects(x0[m], y[m] - 4, x1[m], y[m] + 4))
        dots = mine & (shapes != VAGUE) & ~bars
        if dots.any():
            styles = np.where(looks[dots] == SOLID, DotStyle.SOLID,
                              np.where(looks[dots] == DASHED, DotStyle.MAYBE, DotStyle.HOLLOW))
            draw_dots(painter, (x0[dots] + x1[dots]) / 2, y[dots], styles, base, colors.background,
                      POINT_R)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        denied = mine & (looks == DENIED)
        if denied.any():
            painter.setPen(cosmetic(base))
            painter.drawPath(qtfast.segments(x0[denied] - 1, y[denied] + 5, x1[denied] + 1, y[denied] - 5))
    if selected:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colors.selected, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for j in np.flatnonzero(np.isin(idx, selected)).tolist():
            painter.drawRoundedRect(QRectF(x0[j] - 3, y[j] - 8, x1[j] - x0[j] + 6, 16), 5, 5)


def _brackets(x0: np.ndarray, x1: np.ndarray, y: np.ndarray) -> QPainterPath:
    """'[' at each start and ']' at each end: the event is somewhere in between."""
    xs = np.concatenate([np.stack([x0 + 3, x0, x0, x0 + 3], 1), np.stack([x1 - 3, x1, x1, x1 - 3], 1)])
    yy = np.stack([y - 7, y - 7, y + 7, y + 7], 1)
    return qtfast.polylines(xs, np.concatenate([yy, yy]))


def _draw_labels(painter: QPainter, lane: LaneLayout, data: TimelineData, state: TimelineState,
                 colors: TimelineColors, fm: QFontMetricsF) -> None:
    if not lane.labels:
        return
    font = painter.font()
    italic = QFont(font)
    italic.setItalic(True)  # imprecise dates read as such even in the label
    texts, elided = state.texts, state.elided
    key = font.key()
    dy = fm.height() / 2
    painter.setPen(colors.text)
    later = []
    ringed = set(state.ringed())
    for label in lane.labels:
        slot = (label.index, math.ceil(label.width))
        text = elided.get(slot)
        if text is None:
            text = elided[slot] = fm.elidedText(data.titles[label.index], Qt.TextElideMode.ElideRight,
                                                math.ceil(label.width) + 1.0)
        if not text:
            continue
        if data.shapes[label.index] == VAGUE or label.index in ringed:
            later.append((label, text))
            continue
        painter.drawStaticText(QPointF(label.x, label.y - dy), texts.get(text, font, key))
    bold = QFont(font)
    bold.setBold(True)
    for label, text in later:
        vague = data.shapes[label.index] == VAGUE
        f = QFont(italic if vague else font)
        if label.index in ringed:  # bold in the text colour: orange text is hard to read
            f.setBold(True)
            text = QFontMetricsF(f).elidedText(data.titles[label.index], Qt.TextElideMode.ElideRight,
                                               math.ceil(label.width) + 1.0)
        painter.setFont(f)
        painter.drawStaticText(QPointF(label.x, label.y - dy), texts.get(text, f, f.key()))
    painter.setFont(font)


