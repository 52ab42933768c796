"""Timeline images: PNG, SVG and PDF from the same painter, and the headless command line."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from core.project import Project
from gui.demo_project import build_demo_project
from gui.export_cli import timeline_data
from gui.timeline.image_export import (HEADER_H, MIN_SIZE, PNG_RATIO, export_image, fit_height, focus_scale,
                                       light_colors, make_job, paint_page, render, snapshot)
from core.timeaxis import TimeScale
from gui.timeline.painter import paint_timeline
from gui.timeline.state import TimelineState
from gui.timeline.synthetic import synthetic_data

REPO = Path(__file__).resolve().parents[1]
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def demo(tmp_path) -> Path:
    build_demo_project(tmp_path / "demo.dateline").close()
    return tmp_path / "demo.dateline"


@pytest.fixture
def state(demo, qapp) -> TimelineState:
    with Project.open(demo) as project:
        data = timeline_data(project)
    return TimelineState(data, focus_scale(data, 1000))


def is_paper(color: QColor) -> bool:
    return color.red() > 245 and color.green() > 245 and color.blue() > 245


def test_png_has_the_requested_size_and_events_in_the_event_area(state, tmp_path):
    target = export_image(make_job(state, "demo", 1000, 640), "png", tmp_path / "t.png")
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1000 * PNG_RATIO, 640 * PNG_RATIO)
    # The event that opens the story is drawn where the layout put it, in the event colour.
    probe = QImage(1000, 640, QImage.Format.Format_RGB32)
    painter = QPainter(probe)
    frame = paint_page(painter, make_job(state, "demo", 1000, 640))
    painter.end()
    index = state.data.titles.index("Biden calls Putin")
    x, y = frame.position(index)
    assert y > frame.bands["events"][0]  # below the axis and the publication band...
    y += HEADER_H  # ...and the frame's coordinates start below the title line
    marker = image.pixelColor(round(x * PNG_RATIO), round(y * PNG_RATIO))
    assert not is_paper(marker) and marker.blue() > marker.red()  # Okabe–Ito blue
    # Events (labels and markers) fill part of the event area, which is otherwise paper.
    top, bottom = int((HEADER_H + frame.bands["events"][0]) * PNG_RATIO), image.height()
    inked = sum(not is_paper(image.pixelColor(px, py))
                for py in range(top, bottom, 6) for px in range(0, image.width(), 6))
    assert inked > 200
    assert is_paper(image.pixelColor(4, 4))  # white paper even if the system theme is dark


def test_fit_height_ends_the_page_below_the_last_row_and_never_grows(state):
    tall = make_job(state, "demo", 1000, 2000)
    fitted = fit_height(tall)
    assert MIN_SIZE[1] <= fitted.height < 2000 and fitted.width == 1000
    image = QImage(1000, fitted.height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    frame = paint_page(painter, fitted)
    painter.end()
    lane = frame.lanes[0]
    assert lane.total == len(lane.indices)  # every event still drawn
    assert HEADER_H + lane.y.max() < fitted.height  # the last row is on the page


def test_fit_height_measures_labels_in_the_export_font_and_never_grows(qapp):
    def state_of(data):
        end = data.range()[1]
        return TimelineState(data, TimeScale(end - 400 * 86400.0, end, 1000))

    fresh = fit_height(make_job(state_of(synthetic_data(120, seed=3)), "demo", 1000, 3000)).height
    state = state_of(synthetic_data(120, seed=3))
    small = QFont(QGuiApplication.font())
    small.setPixelSize(9)
    screen = QImage(1000, 900, QImage.Format.Format_RGB32)
    painter = QPainter(screen)
    paint_timeline(painter, QRectF(0, 0, 1000, 900), state, font=small)  # the view measured its labels
    painter.end()
    assert fit_height(make_job(state, "demo", 1000, 3000)).height == fresh  # measured again at 13 px
    short = make_job(state, "demo", 1000, MIN_SIZE[1])
    assert fit_height(short).height == MIN_SIZE[1]  # a page already too small stays as it is


def test_export_is_light_even_in_a_dark_theme(state):
    colors = light_colors()
    assert colors.background == QColor("#ffffff") and colors.text.lightness() < 60


def test_svg_is_valid_xml_with_event_titles_and_the_project_title(state, tmp_path):
    target = export_image(make_job(state, "Biden–Putin story", 1200, 700), "svg", tmp_path / "t.svg")
    root = ET.parse(target).getroot()
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 1200 700"
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "Biden calls Putin" in texts and "Geneva summit" in texts
    assert "Biden–Putin story" in texts
    assert all(p.get("d") for p in root.iter(f"{SVG}path"))  # no empty paths (invalid SVG)
    assert all(g.get("font-family", "x, sans-serif").endswith("sans-serif") for g in root.iter(f"{SVG}g"))


def test_pdf_is_one_landscape_page_of_the_image_shape(state, tmp_path):
    data = render(make_job(state, "demo", 1600, 1000), "pdf")
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") == 1
    # 1600x1000 layout pixels at 96 an inch, in points: wider than tall, the image's aspect.
    assert b"/MediaBox [0 0 1200.000000 750.000000]" in data


def test_snapshot_is_independent_of_the_view(state):
    state.selected = 0
    copy = snapshot(state, keep_selection=False)
    copy.data.highlight[:] = True
    copy.data.label_widths[:] = 5.0
    assert copy.selected is None and snapshot(state).selected == 0
    assert not state.data.highlight.any() and not (state.data.label_widths == 5.0).all()
    assert copy.show_overview is False  # a navigation control, not part of the picture


def test_a_failed_image_export_leaves_nothing(state, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OSError, match="is not a folder"):
        export_image(make_job(state, "demo", 800, 500), "png", blocker / "t.png")
    with pytest.raises(ValueError):
        make_job(state, "demo", 10, 10)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.dateline")) == ["file"]


# ------------------------------------------------------------------ command line


def dateline(*args: str) -> subprocess.CompletedProcess:
    """As a user runs it, with no display at all: the command must go offscreen by itself."""
    return subprocess.run([sys.executable, "-m", "gui.launcher", *args], capture_output=True, text=True,
                          cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=120)


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")])
def test_cli_writes_images(demo, tmp_path, fmt, magic):
    out = tmp_path / f"story.{fmt}"
    result = dateline("export", str(demo), "--format", fmt, "-o", str(out), "--size", "900x560")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out}"
    assert out.read_bytes().startswith(magic)
    if fmt == "png":
        assert QImage(str(out)).size().toTuple() == (900 * PNG_RATIO, 560 * PNG_RATIO)


def test_cli_image_without_a_size_is_as_tall_as_its_events(demo, tmp_path):
    out = tmp_path / "story.png"
    result = dateline("export", str(demo), "--format", "png", "-o", str(out))
    assert result.returncode == 0, result.stderr
    width, height = QImage(str(out)).size().toTuple()
    assert width == 1600 * PNG_RATIO and MIN_SIZE[1] * PNG_RATIO <= height < 1000 * PNG_RATIO


@pytest.mark.parametrize("case", ["bad folder", "not a project", "tiny size", "size for csv"])
def test_cli_image_errors_are_one_line(demo, tmp_path, case):
    fake = tmp_path / "notes.dateline"
    fake.write_text("not a project", encoding="utf-8")
    args = {
        "bad folder": (str(demo), "--format", "png", "-o", str(tmp_path / "missing" / "t.png")),
        "not a project": (str(fake), "--format", "svg", "-o", str(tmp_path / "t.svg")),
        "tiny size": (str(demo), "--format", "pdf", "-o", str(tmp_path / "t.pdf"), "--size", "20x20"),
        "size for csv": (str(demo), "--format", "csv", "-o", str(tmp_path / "t.csv"), "--size", "900x600"),
    }[case]
    result = dateline("export", *args)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and result.stderr.strip().count("\n") == 0
    assert {p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.dateline")} == {"notes.dateline"}
    assert fake.read_text(encoding="utf-8") == "not a project"


def test_cli_help_lists_the_image_formats():
    result = dateline("export", "--help")
    assert result.returncode == 0
    for word in ("png", "svg", "pdf", "--size", "csv", "timelinejs"):
        assert word in result.stdout
