"""Frame times of the real timeline widget, offscreen, at 1k/10k/100k events.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_render.py``.
Renders a 1600×1000 ``TimelineView`` with ``QWidget.render`` (the same
``paintEvent`` the screen uses) at several zoom levels, and prints median and
p95 frame times per size and zoom.  Frames of the three sizes are rendered
in turn, so a change in machine speed during the run touches them alike.  The last line is
``ratio_100k_to_1k=R``: the median over all zoom levels at 100k divided by the
same at 1k.  Culling and level of detail should keep R at or below 2.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint, QSize  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.timeaxis import DAY, YEAR, TimeScale  # noqa: E402
from gui.timeline.synthetic import START, synthetic_data  # noqa: E402
from gui.timeline.view import TimelineView  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
# Visible spans, from everything (35 years) down to a fortnight, all centred mid-range.
ZOOMS = {"35y": 37 * YEAR, "5y": 5 * YEAR, "1y": YEAR, "3mo": 91 * DAY, "2w": 14 * DAY}
WIDTH, HEIGHT = 1600, 1000
FRAMES = int(os.environ.get("BENCH_FRAMES", "25"))


def render_once(view: TimelineView, image: QImage) -> float:
    t0 = time.perf_counter()
    painter = QPainter(image)
    view.render(painter, QPoint(0, 0))
    painter.end()
    return time.perf_counter() - t0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    image = QImage(QSize(WIDTH, HEIGHT), QImage.Format.Format_ARGB32_Premultiplied)
    centre = START + 17.5 * YEAR
    views = {}
    for n in SIZES:
        views[n] = view = TimelineView()
        view.resize(WIDTH, HEIGHT)
        view.set_data(synthetic_data(n), fit=False)
    rows: dict[tuple[int, str], list[float]] = {}
    drawn: dict[tuple[int, str], int] = {}
    for name, span in ZOOMS.items():
        for view in views.values():
            view.set_scale(TimeScale(centre - span / 2, centre + span / 2, WIDTH))
            render_once(view, image)  # warm caches (fonts, label widths)
            render_once(view, image)
        # Round-robin over the sizes, so drifts in machine speed touch all alike.
        for _ in range(FRAMES):
            for n, view in views.items():
                rows.setdefault((n, name), []).append(render_once(view, image))
        for n, view in views.items():
            drawn[(n, name)] = view.frame.drawn if view.frame else 0
    print(f"{'events':>8} {'zoom':>5} {'drawn':>6} {'median ms':>10} {'p95 ms':>8}")
    medians: dict[int, list[float]] = {n: [] for n in SIZES}
    for n in SIZES:
        for name in ZOOMS:
            times = rows[(n, name)]
            med = statistics.median(times)
            medians[n].append(med)
            print(f"{n:>8} {name:>5} {drawn[(n, name)]:>6} {med * 1e3:>10.2f} {p95(times) * 1e3:>8.2f}")
    for view in views.values():
        view.deleteLater()
    app.processEvents()
    ratio = statistics.median(medians[100_000]) / statistics.median(medians[1_000])
    print(f"ratio_100k_to_1k={ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
