"""``dateline export PROJECT --format png|svg|pdf``: timeline images without a window.

``core.cli`` parses the command and owns the error contract but must not
import Qt, so ``gui.launcher`` hands it ``export_image`` as a callback.  This
module starts a ``QGuiApplication`` (offscreen when there is no display),
builds the timeline exactly as the main window does, opens on the same
period as the window would, and writes the file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.project import Project


def _ensure_app():
    """A GUI application for fonts and painting; offscreen on a machine without a display."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "dateline"])


def timeline_data(project: Project, lanes: str = "none"):
    """The ``TimelineData`` the main window shows for ``project`` (hidden actors filtered out)."""
    from gui.timeline.data import TimelineData

    actors = project.actors()
    data = TimelineData.from_events(project.events(), project.sources())
    data.set_lanes(lanes, {a.id: a.name for a in actors})
    data.set_enabled_actors({a.id for a in actors if a.hidden})
    return data


def export_image(project_path: Path, fmt: str, output: Path, size: tuple[int, int], fit: bool = False) -> Path:
    """Write the project's timeline as ``fmt`` to ``output``; raises on any failure.

    ``fit``: ``size`` is the width and the tallest height; the page ends below the events."""
    width, height = size
    app = _ensure_app()  # noqa: F841 - must outlive the painting below
    from core.timeaxis import TimeScale
    from gui.timeline.image_export import check_size, export_image as write, fit_height, focus_scale, make_job
    from gui.timeline.state import TimelineState

    check_size(width, height)
    with Project.open(project_path) as project:
        data = timeline_data(project)
        name = project.path.stem
    scale = focus_scale(data, width) or TimeScale(0.0, 365 * 86400.0, width)
    job = make_job(TimelineState(data, scale), name, width, height)
    return write(fit_height(job) if fit else job, fmt, output)
