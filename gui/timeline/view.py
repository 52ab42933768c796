"""``TimelineView``: the interactive timeline widget.

A plain ``QWidget`` that keeps a ``TimelineState`` and repaints it with
``paint_timeline``; interaction only changes the ``TimeScale`` or the shared
selection.  Navigation: wheel zooms around the cursor (Shift+wheel or a
horizontal wheel pans), drag pans, pinch zooms, +/−/←/→/Home on the keyboard,
click or drag in the overview strip to jump.  Ctrl+click adds an event to the
selection (or takes it out); a right click asks for the event menu.
"""

from __future__ import annotations

import datetime as dt
import html

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QContextMenuEvent, QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QPaintEvent,
                           QResizeEvent, QWheelEvent)
from PySide6.QtWidgets import QToolTip, QWidget

from core.models import Modality
from core.timeaxis import DAY, TimeScale, to_seconds
from gui.formatting import format_time_value
from gui.selection import SelectionModel
from gui.timeline.data import TimelineData
from gui.timeline.layout import Frame
from gui.timeline.bands import overview_range
from gui.timeline.painter import TimelineColors, TimelineState, paint_timeline

WHEEL_ZOOM = 1.0015  # per wheel angle unit: one notch (120) zooms by ~20%
DRAG_THRESHOLD = 4
EMPTY_TEXT = "No dated events yet.\nImport articles with File ▸ Import Articles… or drop files here."


class TimelineView(QWidget):
    """The timeline; emits ``visibleRangeChanged`` whenever the window moves."""

    visibleRangeChanged = Signal(float, float)
    eventActivated = Signal(str)  # double-click on an event, or Return
    eventMenuRequested = Signal(object, QPoint)  # event id under the cursor (or None), global pos

    def __init__(self, selection: SelectionModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName("Timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.selection = selection or SelectionModel(self)
        self.selection.eventChanged.connect(self._on_selected)
        self.selection.eventsChanged.connect(self._on_marked)
        start = to_seconds(dt.datetime(2000, 1, 1))
        self._state = TimelineState(TimelineData.from_events([]), TimeScale(start, start + 3650 * DAY, 800),
                                    empty_text=EMPTY_TEXT)
        self._frame: Frame | None = None
        self._press: QPointF | None = None
        self._press_scale: TimeScale | None = None
        self._dragging = False
        self._in_overview = False
        self._colors: TimelineColors | None = None

    # -- data and state ------------------------------------------------------------

    @property
    def data(self) -> TimelineData:
        return self._state.data

    @property
    def state(self) -> TimelineState:
        return self._state

    @property
    def scale(self) -> TimeScale:
        return self._state.scale

    @property
    def frame(self) -> Frame | None:
        """The layout of the last painted frame (for hit tests and tests)."""
        return self._frame

    def set_data(self, data: TimelineData, fit: bool = True) -> None:
        self._state = TimelineState(data, self.scale, show_published=self._state.show_published,
                                    show_overview=self._state.show_overview, empty_text=EMPTY_TEXT)
        self._state.selected = data.index.get(self.selection.event) if self.selection.event else None
        self._state.marked = self._indices(self.selection.events)
        if fit:
            self.fit_focus()
        self.update()

    def refresh(self) -> None:
        """Repaint after the data's filters, highlights or lanes changed in place."""
        self._frame = None
        self.update()

    def set_scale(self, scale: TimeScale) -> None:
        scale = scale.with_width(max(1, self.width()))
        if scale != self._state.scale:
            self._state.scale = scale
            self.update()
            self.visibleRangeChanged.emit(scale.start, scale.end)

    # -- navigation ------------------------------------------------------------------

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        self.set_scale(self.scale.zoom(factor, anchor_x))

    def zoom_in(self) -> None:
        self.zoom(1.5)

    def zoom_out(self) -> None:
        self.zoom(1 / 1.5)

    def pan(self, dx: float) -> None:
        self.set_scale(self.scale.pan(dx))

    def fit_all(self) -> None:
        rng = self.data.range()
        if rng is not None:
            self.set_scale(TimeScale.fit(rng[0], rng[1], max(1, self.width())))

    def fit_focus(self) -> None:
        """The opening view: the articles' period (``TimelineData.focus_range``)."""
        rng = self.data.focus_range()
        if rng is not None:
            self.set_scale(TimeScale.fit(rng[0], rng[1], max(1, self.width())))

    def zoom_to_selection(self) -> None:
        i = self._state.selected
        if i is None:
            return
        start, end = float(self.data.starts[i]), float(self.data.ends[i])
        self.set_scale(TimeScale.fit(start, max(end, start + DAY), self.width(), margin=2.0))

    def step_selection(self, forward: bool) -> None:
        """Select the next (or previous) event in time; from nothing, the first one in view."""
        around = self.scale.start if forward else self.scale.end
        index = self.data.step(self._state.selected, forward, around)
        if index is not None:
            self.selection.set_event(self.data.ids[index])

    def ensure_visible(self, index: int) -> None:
        start, end = float(self.data.starts[index]), float(self.data.ends[index])
        if end < self.scale.start or start > self.scale.end:
            self.set_scale(self.scale.centred_on((start + end) / 2))

    def set_show_published(self, show: bool) -> None:
        self._state.show_published = show
        self.update()

    def set_show_overview(self, show: bool) -> None:
        self._state.show_overview = show
        self.update()

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        if self._colors is None:
            self._colors = TimelineColors.from_palette(self.palette())
        self._frame = paint_timeline(painter, QRectF(self.rect()), self._state, self._colors, self.font())
        if self.hasFocus():
            painter.setPen(self._colors.grid)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colors = None  # light/dark switch: rebuild colours from the palette
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._state.scale = self.scale.with_width(max(1, event.size().width()))
        self.visibleRangeChanged.emit(self.scale.start, self.scale.end)
        super().resizeEvent(event)

    # -- input ---------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta()
        pixels = event.pixelDelta()
        horizontal = delta.x() if abs(delta.x()) > abs(delta.y()) else 0
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not horizontal:
            horizontal = delta.y()
        if horizontal:
            self.pan(pixels.x() if not pixels.isNull() and pixels.x() else horizontal / 2)
        elif delta.y():
            self.zoom(WHEEL_ZOOM ** delta.y(), event.position().x())
        event.accept()

    def event(self, event: QEvent) -> bool:  # noqa: A003
        if event.type() == QEvent.Type.NativeGesture:
            assert isinstance(event, QNativeGestureEvent)
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom(1.0 + event.value(), event.position().x())
                return True
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()
            text = self.tooltip_at(pos.x(), pos.y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        step = self.width() / 8
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_selection(forward=key == Qt.Key.Key_Right)
        elif key == Qt.Key.Key_Left:
            self.pan(step)
        elif key == Qt.Key.Key_Right:
            self.pan(-step)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_Escape:
            self.selection.set_event(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selection.event:
            self.eventActivated.emit(self.selection.event)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._press = event.position()
        self._press_scale = self.scale
        self._dragging = False
        self._in_overview = self._overview_contains(event.position().y())
        if self._in_overview:
            self._jump_overview(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or self._press_scale is None:
            x, y = event.position().x(), event.position().y()
            over = self.event_at(x, y) is not None or self.source_at(x, y) is not None
            self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
            return
        if self._in_overview:
            self._jump_overview(event.position().x())
            return
        dx = event.position().x() - self._press.x()
        if abs(dx) >= DRAG_THRESHOLD or self._dragging:
            if not self._dragging:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self._dragging = True
            self.set_scale(self._press_scale.pan(dx))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None and not self._dragging and not self._in_overview:
            x, y = event.position().x(), event.position().y()
            source_id = self.source_at(x, y)
            if source_id is not None:
                self.selection.set_source(source_id)
            else:
                index = self.event_at(x, y)
                if index is not None and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.selection.toggle_event(self.data.ids[index])
                elif not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                    self.selection.set_event(self.data.ids[index] if index is not None else None)
        self._press = None
        self._dragging = False
        self.unsetCursor()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.event_at(event.position().x(), event.position().y())
        if index is not None:
            if self.data.ids[index] not in self.selection.events:
                self.selection.set_event(self.data.ids[index])
            self.eventActivated.emit(self.data.ids[index])

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        index = self.event_at(event.pos().x(), event.pos().y())
        event_id = self.data.ids[index] if index is not None else None
        if event_id is not None and event_id not in self.selection.events:
            self.selection.set_event(event_id)  # the menu acts on what is under the cursor
        self.eventMenuRequested.emit(event_id, event.globalPos())

    # -- helpers -------------------------------------------------------------------------

    def event_at(self, x: float, y: float) -> int | None:
        return self._frame.hit(x, y) if self._frame is not None else None

    def source_at(self, x: float, y: float, slop: float = 6.0) -> str | None:
        """The source whose publication diamond is under ``(x, y)``."""
        band = self._frame.bands.get("published") if self._frame else None
        if band is None or not (band[0] <= y <= band[1]) or not len(self.data.pub_times):
            return None
        t = float(self.scale.t(x)) - DAY / 2
        tolerance = slop * self.scale.span / self.scale.width
        i = int(np.searchsorted(self.data.pub_times, t - tolerance))
        if i < len(self.data.pub_times) and self.data.pub_times[i] <= t + tolerance:
            return self.data.pub_ids[i]
        return None

    def _overview_contains(self, y: float) -> bool:
        band = self._frame.bands.get("overview") if self._frame else None
        return band is not None and band[0] <= y <= band[1]

    def _jump_overview(self, x: float) -> None:
        rng = overview_range(self._state)
        if rng is not None:
            whole = TimeScale(rng[0], rng[1], max(1, self.width()))
            self.set_scale(self.scale.centred_on(float(whole.t(x))))

    def _on_selected(self, event_id: str | None) -> None:
        index = self.data.index.get(event_id) if event_id else None
        self._state.selected = index
        if index is not None and not self._dragging:
            self.ensure_visible(index)
        self.update()

    def _on_marked(self, event_ids: tuple[str, ...]) -> None:
        self._state.marked = self._indices(event_ids)
        self.update()

    def _indices(self, event_ids: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(i for i in (self.data.index.get(e) for e in event_ids) if i is not None)

    def tooltip_at(self, x: float, y: float) -> str:
        """Rich-text tooltip: title, date as written and normalised, sources."""
        source_id = self.source_at(x, y)
        if source_id is not None:
            source = self.data.sources[source_id]
            return (f"<b>{html.escape(source.display_title())}</b><br>Published "
                    f"{source.published.day} {source.published:%B %Y}" if source.published else "")
        index = self.event_at(x, y)
        if index is None:
            return ""
        event = self.data.event(index)
        title = html.escape(self.data.titles[index])
        if event is None:
            return f"<b>{title}</b>"
        lines = [f"<b>{title}</b>", f"{event.type.value.capitalize()}"
                 + (f" · <i>{event.modality.value}</i>" if event.modality != Modality.HAPPENED else "")]
        written = next((e.timex for e in event.evidence if e.timex), None)
        when = html.escape(format_time_value(event.time))
        lines.append(f"When: {when}" + (f" (written “{html.escape(written)}”)" if written else "")
                     + f" · <code>{html.escape(event.time.value)}</code>")
        for sid in event.source_ids[:6]:
            source = self.data.sources.get(sid)
            if source is not None:
                date = source.published.isoformat() if source.published else "date unknown"
                lines.append(f"· {html.escape(source.display_title())} ({date})")
        if len(event.source_ids) > 6:
            lines.append(f"· and {len(event.source_ids) - 6} more sources")
        return "<br>".join(lines)

    def visible_count(self) -> int:
        return int(len(self.data.visible(self.scale.start, self.scale.end)))

    def index_of(self, event_id: str) -> int | None:
        return self.data.index.get(event_id)
