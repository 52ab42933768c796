"""The custom-painted timeline: data arrays, frame layout, painter and widget."""

from gui.timeline.data import LaneMode, Shape, TimelineData
from gui.timeline.painter import TimelineColors, TimelineState, paint_timeline

__all__ = ["LaneMode", "Shape", "TimelineColors", "TimelineData", "TimelineState", "paint_timeline"]
