"""Build Qt geometry from numpy arrays in one C++ call.

Creating one ``QRectF``/``QPointF`` per marker costs microseconds of Python
each; for thousands of markers per frame that dominates painting.  Instead we
write the binary ``QDataStream`` form of a ``QPainterPath``/``QPolygonF``
with numpy and let Qt deserialise it (the trick pyqtgraph uses for its
curves), so drawing N markers costs a few vector ops plus one draw call.
"""

from __future__ import annotations

import struct

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainterPath, QPolygonF, QStaticText

MOVE, LINE = 0, 1
_ELEMENT = np.dtype([("c", ">i4"), ("x", ">f8"), ("y", ">f8")])


def path_from_elements(kinds: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> QPainterPath:
    """A path from parallel arrays of element kinds (MOVE/LINE) and coordinates."""
    n = len(kinds)
    path = QPainterPath()
    if n == 0:
        return path
    buffer = bytearray(4 + n * _ELEMENT.itemsize + 4)
    struct.pack_into(">i", buffer, 0, n)
    elements = np.frombuffer(buffer, dtype=_ELEMENT, count=n, offset=4)
    elements["c"], elements["x"], elements["y"] = kinds, xs, ys
    struct.pack_into(">i", buffer, 4 + n * _ELEMENT.itemsize, int(Qt.FillRule.WindingFill.value))
    QDataStream(QByteArray(bytes(buffer))) >> path
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


def polylines(xs: np.ndarray, ys: np.ndarray) -> QPainterPath:
    """Many polylines of equal length: ``xs``/``ys`` have shape (count, points)."""
    count, points = xs.shape
    kinds = np.tile(np.array([MOVE] + [LINE] * (points - 1), dtype=np.int32), count)
    return path_from_elements(kinds, xs.ravel(), ys.ravel())


def rects(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> QPainterPath:
    """Closed rectangles as one path (fill with ``fillPath``/``drawPath``)."""
    xs = np.stack([x0, x1, x1, x0, x0], axis=1)
    ys = np.stack([y0, y0, y1, y1, y0], axis=1)
    return polylines(xs, ys)


def segments(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> QPainterPath:
    """Separate straight lines as one path (stroke with ``drawPath``)."""
    return polylines(np.stack([x0, x1], axis=1), np.stack([y0, y1], axis=1))


def points(xs: np.ndarray, ys: np.ndarray) -> QPolygonF:
    """A ``QPolygonF`` of points, for ``drawPoints`` with a wide round-capped pen."""
    n = len(xs)
    polygon = QPolygonF()
    if n == 0:
        return polygon
    buffer = bytearray(4 + n * 16)
    struct.pack_into(">I", buffer, 0, n)
    coords = np.frombuffer(buffer, dtype=">f8", offset=4).reshape(n, 2)
    coords[:, 0], coords[:, 1] = xs, ys
    QDataStream(QByteArray(bytes(buffer))) >> polygon
    return polygon


class StaticTextCache:
    """Laid-out text reused across frames: shaping a string once, drawing it often."""

    def __init__(self, limit: int = 8000) -> None:
        self._items: dict[tuple, QStaticText] = {}
        self._limit = limit
        self.widths: dict[tuple[str, str], float] = {}

    def measure(self, font: QFont, font_key: str):
        """A cached ``horizontalAdvance`` for ``font``: axis labels repeat every frame."""
        metrics = QFontMetricsF(font)
        widths = self.widths
        if len(widths) > self._limit:
            widths.clear()

        def width(text: str) -> float:
            key = (text, font_key)
            w = widths.get(key)
            if w is None:
                w = widths[key] = metrics.horizontalAdvance(text)
            return w

        return width

    def get(self, text: str, font: QFont, font_key: str = "") -> QStaticText:
        """``font_key`` (``font.key()``, which is slow) should be computed once per frame."""
        key = (text, font_key or font.key())
        item = self._items.get(key)
        if item is None:
            if len(self._items) >= self._limit:
                self._items.clear()
            item = QStaticText(text)
            item.setTextFormat(Qt.TextFormat.PlainText)
            item.prepare(font=font)
            self._items[key] = item
        return item


def bars_image(heights: np.ndarray, height: int, color: QColor) -> QImage:
    """A histogram as an image built in numpy: one draw call however many bins.

    The image owns a copy of its pixels: paint engines such as SVG or PDF may
    keep it after the numpy buffer is gone.
    """
    rows = np.arange(height)[:, None]
    mask = rows >= (height - np.round(heights))[None, :]
    premultiplied = [int(round(c * color.alphaF())) for c in (color.blue(), color.green(), color.red())]
    pixel = np.uint32((color.alpha() << 24) | (premultiplied[2] << 16) | (premultiplied[1] << 8)
                      | premultiplied[0])
    buffer = np.where(mask, pixel, np.uint32(0)).astype(np.uint32)
    image = QImage(buffer.data, buffer.shape[1], buffer.shape[0], buffer.shape[1] * 4,
                   QImage.Format.Format_ARGB32_Premultiplied)
    return image.copy()
