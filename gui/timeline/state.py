"""What a timeline frame depends on: its state and its colours.

Shared by the painter, the bands and the widget; exporters build a
``TimelineState`` of their own and paint it with ``paint_timeline``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QPen

from core.timeaxis import TimeScale
from gui.timeline.data import TimelineData
from gui.timeline.qtfast import StaticTextCache

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
}


@dataclass
class TimelineColors:
    """Colours for one frame, derived from the system palette (light or dark)."""

    background: QColor
    text: QColor
    faint: QColor
    grid: QColor
    event: QColor
    selected: QColor
    highlight: QColor
    lane_alt: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> TimelineColors:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        # Opaque blends rather than alpha: filling opaque is several times faster.
        faint = blend(text, base, 0.6)
        grid = blend(text, base, 0.11)
        alt = blend(text, base, 0.035)
        return cls(
            background=base, text=text, faint=faint, grid=grid,
            event=QColor(OKABE_ITO["sky"] if dark else OKABE_ITO["blue"]),
            selected=QColor(OKABE_ITO["orange"]), highlight=QColor(OKABE_ITO["vermillion"]),
            lane_alt=alt,
        )


@dataclass
class TimelineState:
    """Everything a frame depends on; the widget owns one, exporters build one."""

    data: TimelineData
    scale: TimeScale
    selected: int | None = None  # event index of the current event
    marked: tuple[int, ...] = ()  # every selected event (Ctrl+click adds to it)
    show_published: bool = True
    show_overview: bool = True
    empty_text: str = ""  # shown when there are no events (the widget sets a hint)
    _overview_cache: dict = field(default_factory=dict, repr=False)
    texts: StaticTextCache = field(default_factory=StaticTextCache, repr=False)
    elided: dict = field(default_factory=dict, repr=False)  # (index, width) -> elided title

    def ringed(self) -> list[int]:
        """Indices drawn as selected: the marked events and the current one."""
        return sorted(set(self.marked) | ({self.selected} if self.selected is not None else set()))


def blend(fg: QColor, bg: QColor, amount: float) -> QColor:
    """``fg`` laid over ``bg`` at ``amount`` opacity, as an opaque colour."""
    return QColor.fromRgbF(*(f * amount + b * (1 - amount) for f, b in
                             zip(fg.getRgbF()[:3], bg.getRgbF()[:3])))


def cosmetic(color: QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A 1-pixel pen that takes Qt's fast line path at any transform."""
    pen = QPen(color, 1, style)
    pen.setCosmetic(True)
    return pen


def alpha(color: QColor, a: int) -> QColor:
    c = QColor(color)
    c.setAlpha(a)
    return c


