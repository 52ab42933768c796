"""The timeline as a picture: PNG, SVG and PDF, painted by ``paint_timeline``.

Exports show what the user sees (same time window, lanes, actor filter,
highlight, selection and publication band; never the hover tooltip) on white
paper whatever the system theme, under a title line naming the project and the
period.  The overview strip is left out: it is an unlabelled navigation
control, and on paper the title line already says which period is shown.  Each
format is rendered into memory and written with ``write_atomic``, so a failed
export leaves no half file.  Rendering touches no widget and works on a
private copy of the timeline data, so it may run in a worker thread.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPageLayout, QPageSize,
                           QPainter, QPalette, QPdfWriter)
from PySide6.QtSvg import QSvgGenerator

from core.export.atomic import write_atomic
from core.timeaxis import TimeScale
from gui.formatting import format_range
from gui.timeline.data import TimelineData
from gui.timeline.layout import Frame
from gui.timeline.painter import paint_timeline
from gui.timeline.state import TimelineColors, TimelineState

IMAGE_FORMATS: dict[str, str] = {"png": "PNG image", "svg": "SVG drawing", "pdf": "PDF document"}
DEFAULT_SIZE = (1600, 1000)
MIN_SIZE = (480, 300)  # below this the axis, a lane and the title no longer fit
MAX_SIZE = (10000, 10000)
PNG_RATIO = 2  # PNGs carry twice the pixels of their layout size: crisp on high-DPI screens and in print
HEADER_H = 50.0
MARGIN = 16.0
FONT_PX = 13  # pixel sizes, so the layout is the same on every device (screen, SVG, PDF)
EMPTY_TEXT = "No dated events in this project."


class ImageExportError(Exception):
    """Qt could not render or encode the image (rare: out of memory, bad size)."""


@dataclass(frozen=True)
class ImageJob:
    """Everything one export needs, captured on the UI thread."""

    state: TimelineState
    title: str
    width: int
    height: int
    font: QFont


def light_colors() -> TimelineColors:
    """The light palette: exports are printed and pasted on white pages."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1d1d1f"))
    return TimelineColors.from_palette(palette)


def export_font(base: QFont | None = None) -> QFont:
    """The app's font family at a fixed pixel size (must be called on the UI thread)."""
    font = QFont(base if base is not None else QGuiApplication.font())
    font.setPixelSize(FONT_PX)
    return font


def check_size(width: int, height: int) -> None:
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise ValueError(f"image size {width}x{height} is outside {MIN_SIZE[0]}x{MIN_SIZE[1]}"
                         f" … {MAX_SIZE[0]}x{MAX_SIZE[1]}")


def snapshot(state: TimelineState, *, keep_selection: bool = True) -> TimelineState:
    """A private copy of ``state`` for painting elsewhere (another thread, another size).

    The painter measures label widths into the data's arrays, and the widget
    keeps painting its own: each gets its own copy of what is written to.
    """
    data = copy.copy(state.data)
    for name in ("enabled", "highlight", "lanes", "label_widths"):
        setattr(data, name, getattr(data, name).copy())
    data.lane_names = list(data.lane_names)
    return TimelineState(data, state.scale, selected=state.selected if keep_selection else None,
                         show_published=state.show_published, show_overview=False,
                         empty_text=EMPTY_TEXT)


def make_job(state: TimelineState, project_name: str, width: int, height: int, *,
             keep_selection: bool = True, font: QFont | None = None) -> ImageJob:
    """Capture the view for export at ``width``×``height`` (layout pixels)."""
    check_size(width, height)
    return ImageJob(snapshot(state, keep_selection=keep_selection), project_name, width, height,
                    export_font(font))


def fit_height(job: ImageJob) -> ImageJob:
    """The job cut to the height its events use, never taller: a chronology of
    forty events on a 1000-pixel page would otherwise be half white paper.

    Lays the events out at the job's full height first; rows fill from the
    top, so the same rows fit the shorter page.  Timelines split into lanes
    keep their height (each lane gets a share of it).
    """
    from gui.timeline.layout import ROW_H, layout_frame
    from gui.timeline.painter import AXIS_H, PUB_H, measure_in

    state = job.state
    if len(state.data.lane_names) > 1:
        return job
    measure_in(state, job.font)  # widths measured in the screen font would pack other rows
    scale = state.scale.with_width(float(job.width))
    top = AXIS_H + (PUB_H if state.show_published else 0.0)
    fm = QFontMetricsF(job.font)
    frame = layout_frame(state.data, scale, top, max(job.height - HEADER_H - top, 40.0),
                         measure=lambda i: fm.horizontalAdvance(state.data.titles[i]))
    rows = [float(lane.y.max()) for lane in frame.lanes if len(lane.y)]
    if not rows:
        return job
    strip_h = max(lane.strip[1] - lane.strip[0] for lane in frame.lanes) + 2.0
    used = HEADER_H + max(rows) + ROW_H / 2 + 8.0 + strip_h + MARGIN
    height = max(MIN_SIZE[1], min(job.height, math.ceil(used)))
    return replace(job, height=height)


def subtitle(state: TimelineState) -> str:
    """The period shown and how many events it holds, as the title line's second half."""
    scale = state.scale
    shown = len(state.data.visible(scale.start, scale.end))
    return f"{format_range(scale.start, scale.end)}  ·  {shown} event{'s' * (shown != 1)}"


def paint_page(painter: QPainter, job: ImageJob, colors: TimelineColors | None = None) -> Frame:
    """Title line, then the timeline below it, filling ``job.width``×``job.height``.

    Returns the timeline's layout, in coordinates that start below the title line
    (add ``HEADER_H`` to its y values for page coordinates)."""
    colors = colors or light_colors()
    w, h = float(job.width), float(job.height)
    painter.fillRect(QRectF(0, 0, w, h), colors.background)
    bold = QFont(job.font)
    bold.setPixelSize(round(FONT_PX * 1.4))
    bold.setBold(True)
    fm_bold, fm = QFontMetricsF(bold), QFontMetricsF(job.font)
    sub = subtitle(job.state)
    sub_w = fm.horizontalAdvance(sub)
    title_room = max(0.0, w - 2 * MARGIN - sub_w - 24)
    title = fm_bold.elidedText(job.title, Qt.TextElideMode.ElideRight, title_room)
    baseline = (HEADER_H + fm_bold.ascent() - fm_bold.descent()) / 2
    painter.setPen(colors.text)
    painter.setFont(bold)
    painter.drawText(QRectF(MARGIN, baseline - fm_bold.ascent(), title_room + 1, fm_bold.height()),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
    painter.setFont(job.font)
    painter.setPen(colors.faint)
    painter.drawText(QRectF(w - MARGIN - sub_w - 1, baseline - fm.ascent(), sub_w + 2, fm.height()),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, sub)
    painter.fillRect(QRectF(0, HEADER_H - 1, w, 1), colors.grid)
    state = job.state
    state.scale = state.scale.with_width(w)
    return paint_timeline(painter, QRectF(0, HEADER_H, w, h - HEADER_H), state, colors, job.font)


def render_png(job: ImageJob) -> bytes:
    image = QImage(job.width * PNG_RATIO, job.height * PNG_RATIO, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ImageExportError(f"not enough memory for a {job.width}x{job.height} image")
    image.setDevicePixelRatio(PNG_RATIO)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_page(painter, job)
    finally:
        painter.end()
    dots_per_metre = round(96 * PNG_RATIO / 0.0254)  # after painting: viewers that honour DPI
    image.setDotsPerMeterX(dots_per_metre)            # show the file at its layout size
    image.setDotsPerMeterY(dots_per_metre)
    return _encode(lambda buffer: image.save(buffer, "PNG"))


def render_svg(job: ImageJob) -> bytes:
    def write(buffer: QBuffer) -> bool:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(job.width, job.height))
        generator.setViewBox(QRect(0, 0, job.width, job.height))
        generator.setResolution(96)
        generator.setTitle(job.title)
        generator.setDescription(f"Timeline exported from Dateline: {subtitle(job.state)}")
        painter = QPainter()
        if not painter.begin(generator):
            return False
        try:
            paint_page(painter, job)
        finally:
            painter.end()
        return True

    return _with_generic_font(_encode(write))


def _with_generic_font(svg: bytes) -> bytes:
    """Qt names only the app's family ("Sans Serif" is a fontconfig alias, unknown to
    browsers, which would fall back to a serif): add the CSS generic after it."""
    return re.sub(rb'font-family="([^"]*)"', rb'font-family="\1, sans-serif"', svg)


def render_pdf(job: ImageJob) -> bytes:
    """One page the shape of the image (landscape when wider), 96 layout pixels an inch."""

    def write(buffer: QBuffer) -> bool:
        writer = QPdfWriter(buffer)
        writer.setTitle(job.title)
        writer.setCreator("Dateline")
        writer.setResolution(96)
        short, long = sorted((job.width * 0.75, job.height * 0.75))  # 96 px an inch = 0.75 pt a px
        orientation = (QPageLayout.Orientation.Landscape if job.width > job.height
                       else QPageLayout.Orientation.Portrait)
        layout = QPageLayout(QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "Timeline"),
                             orientation, QMarginsF(0, 0, 0, 0))
        if not writer.setPageLayout(layout):
            return False
        painter = QPainter()
        if not painter.begin(writer):
            return False
        try:
            # The writer's device may round the page by a pixel: scale the layout onto it exactly.
            painter.scale(writer.width() / job.width, writer.height() / job.height)
            paint_page(painter, job)
        finally:
            painter.end()
        return True

    return _encode(write)


RENDERERS = {"png": render_png, "svg": render_svg, "pdf": render_pdf}


def _encode(write) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = write(buffer)
    buffer.close()
    if not ok or data.isEmpty():
        raise ImageExportError("Qt could not encode the image")
    return bytes(data.data())


def render(job: ImageJob, fmt: str) -> bytes:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown image format {fmt!r} (use {', '.join(IMAGE_FORMATS)})") from None
    return renderer(job)


def export_image(job: ImageJob, fmt: str, target: str | Path) -> Path:
    """Render ``job`` as ``fmt`` and write it atomically to ``target``."""
    target = Path(target)
    write_atomic(target, render(job, fmt))
    return target


def focus_scale(data: TimelineData, width: int) -> TimeScale | None:
    """The opening view of a project (as ``TimelineView.fit_focus``) at ``width``."""
    rng = data.focus_range()
    return TimeScale.fit(rng[0], rng[1], max(1, width)) if rng is not None else None
