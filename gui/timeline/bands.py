"""The bands around the events: publication dates, source links, overview."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPen

from core.timeaxis import DAY, TimeScale, to_seconds
from gui.timeline import qtfast
from gui.timeline.data import TimelineData
from gui.timeline.layout import Frame
from gui.timeline.state import TimelineColors, TimelineState, alpha, cosmetic

def smaller(font: QFont, factor: float) -> QFont:
    """``font`` scaled down, whether sized in points (the screen) or pixels (image exports)."""
    small = QFont(font)
    if font.pixelSize() > 0:
        small.setPixelSize(max(round(font.pixelSize() * factor), 8))
    else:
        small.setPointSizeF(max(font.pointSizeF() * factor, 6.0))
    return small


def draw_published(painter: QPainter, scale: TimeScale, data: TimelineData,
                    band: tuple[float, float], colors: TimelineColors, font: QFont) -> None:
    """A thin band with a diamond for each source's publication day."""
    y0, y1 = band
    painter.fillRect(QRectF(0, y0, scale.width, y1 - y0), colors.lane_alt)
    lo = int(np.searchsorted(data.pub_times, scale.start - DAY))
    hi = int(np.searchsorted(data.pub_times, scale.end))
    xs = np.unique(np.round(scale.x(data.pub_times[lo:hi] + DAY / 2)))
    small = smaller(font, 0.85)
    caption = QFontMetricsF(small).horizontalAdvance("published") + 16
    if not len(xs) or xs[0] > caption:  # the caption never hides a diamond
        painter.setFont(small)
        painter.setPen(colors.faint)
        painter.drawText(QRectF(6, y0, caption, y1 - y0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "published")
        painter.setFont(font)
    if not len(xs):
        return
    ym = np.full(len(xs), (y0 + y1) / 2)
    diamonds = qtfast.polylines(np.stack([xs, xs + 4, xs, xs - 4, xs], 1),
                                np.stack([ym - 5, ym, ym + 5, ym, ym - 5], 1))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(cosmetic(colors.text))
    painter.setBrush(colors.faint)
    painter.drawPath(diamonds)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def draw_links(painter: QPainter, frame: Frame, data: TimelineData, selected: int,
                band: tuple[float, float] | None, colors: TimelineColors) -> None:
    """Faint lines from the selected event to the days its sources were published."""
    event = data.event(selected)
    where = frame.position(selected)
    if band is None or event is None or where is None:
        return
    ym = (band[0] + band[1]) / 2
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(alpha(colors.selected, 150), 1.2, Qt.PenStyle.DashLine))
    for sid in event.source_ids:
        source = data.sources.get(sid)
        if source is None or source.published is None:
            continue
        x = float(frame.scale.x(to_seconds(source.published) + DAY / 2))
        painter.drawLine(QPointF(where[0], where[1] - 6), QPointF(x, ym + 5))


def overview_range(state: TimelineState) -> tuple[float, float] | None:
    """The whole data range shown by the overview strip, padded a little."""
    rng = state.data.range()
    if rng is None:
        return None
    pad = max((rng[1] - rng[0]) * 0.03, DAY)
    return rng[0] - pad, rng[1] + pad


def draw_overview(painter: QPainter, state: TimelineState, scale: TimeScale,
                   band: tuple[float, float], colors: TimelineColors, font: QFont) -> None:
    """Where the view sits within the whole range, over a tiny density chart."""
    y0, y1 = band[0] + 4, band[1] - 3
    painter.setPen(cosmetic(colors.grid))
    painter.setBrush(colors.lane_alt)
    painter.drawRect(QRectF(0, y0, scale.width - 1, y1 - y0))
    rng = overview_range(state)
    if rng is None:
        return
    whole = TimeScale(rng[0], rng[1], scale.width)
    key = (state.data.version, len(state.data), round(scale.width), round(y1 - y0), rng,
           colors.event.rgba())
    cache = state._overview_cache
    if cache.get("key") != key:  # the sparkline only changes with the data or the size
        cache.clear()
        cache.update(key=key, image=_overview_image(state.data, whole, int(y1 - y0), colors))
    painter.drawImage(QPointF(0, y0), cache["image"])
    a, b = float(whole.x(scale.start)), float(whole.x(scale.end))
    a, b = max(a, 0.0), min(b, scale.width)
    if b - a < 3:
        a, b = (a + b) / 2 - 1.5, (a + b) / 2 + 1.5
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(alpha(colors.background, 150))
    painter.drawRect(QRectF(0, y0, a, y1 - y0))
    painter.drawRect(QRectF(b, y0, scale.width - b, y1 - y0))
    painter.setPen(QPen(colors.selected, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(a, y0 + 1, b - a, y1 - y0 - 2))


def _overview_image(data: TimelineData, whole: TimeScale, height: int, colors: TimelineColors) -> QImage:
    width = max(1, int(whole.width))
    image = QImage(width, max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    bins = max(1, width // 2)
    counts = np.bincount(np.clip(((data.starts - whole.start) / whole.span * bins).astype(np.int64),
                                 0, bins - 1), minlength=bins)
    if len(data) and counts.max() > 0:
        nz = np.flatnonzero(counts)
        hs = np.log1p(counts[nz]) / math.log1p(counts.max()) * (height - 4)
        x = nz * 2.0
        painter = QPainter(image)
        painter.fillPath(qtfast.rects(x, height - 2 - hs, x + 1.5, np.full(len(nz), height - 2.0)),
                         alpha(colors.event, 150))
        painter.end()
    return image
