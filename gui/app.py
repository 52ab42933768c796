"""Entry point: ``python -m gui [PROJECT.dateline | ARTICLES...]`` or ``dateline``.

With no arguments: reopen the last project, or on first run build the
bundled sample project (imported in the worker, with progress).  A
``.dateline`` argument opens it; other paths are imported into a new project.
``--demo N`` shows N synthetic events (no project) for trying the timeline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
SAMPLE_ARTICLES = RESOURCES / "sample" / "articles"
ICON = RESOURCES / "icons" / "dateline.svg"


def app_icon() -> QIcon:
    """The window and task-bar icon (an empty icon if the file is missing: never fatal)."""
    return QIcon(str(ICON)) if ICON.is_file() else QIcon()


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dateline", description="Dateline timeline explorer")
    parser.add_argument("paths", nargs="*", help="a .dateline project, or article files/folders to import")
    parser.add_argument("--demo", type=int, metavar="N", help="show N synthetic events, no project")
    parser.add_argument("--settings", type=Path, help="settings file (default: platform config dir)")
    return parser.parse_args(argv)


def run(argv: list[str] | None = None) -> int:
    """Start the GUI; returns the process exit code."""
    args = parse(list(sys.argv[1:] if argv is None else argv))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Dateline")
    app.setOrganizationName("Dateline")
    app.setDesktopFileName("dateline")  # Wayland and task bars match the window to packaging/dateline.desktop
    app.setWindowIcon(app_icon())

    from gui.mainwindow import MainWindow
    from gui.settings import Settings, data_dir

    settings = Settings.load(args.settings)
    window = MainWindow(settings, args.settings)
    window.show()
    if args.demo:
        from gui.timeline.synthetic import synthetic_data

        window.timeline.set_data(synthetic_data(args.demo))
    else:
        open_initial(window, args.paths, settings, data_dir())
    return app.exec()


def open_initial(window, paths: list[str], settings, data: Path) -> None:
    """What to show at start-up, as described in the module docstring."""
    projects = [p for p in paths if p.endswith(".dateline")]
    if projects:
        window.open_project(projects[0])
        return
    if paths:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        data.mkdir(parents=True, exist_ok=True)
        window.new_project(data / f"Imported {stamp}.dateline")
        window.import_paths(paths)
        return
    sample = data / "Sample.dateline"
    last = settings.last_project
    if last and Path(last).is_file() and window.open_project(last) and not stale_sample(window.project, sample):
        return
    if not (sample.is_file() and sample.stat().st_size and window.open_project(sample)) \
            or stale_sample(window.project, sample):
        data.mkdir(parents=True, exist_ok=True)
        window.new_project(sample)
    if not window.project.sources() and SAMPLE_ARTICLES.is_dir():  # first run, or a failed one
        window.import_paths([SAMPLE_ARTICLES], ask_dates=False)


def stale_sample(project, sample: Path) -> bool:
    """The bundled sample, built by older extraction rules and never edited: worth building again.

    A sample the user annotated is kept as it is; so is any other project.
    """
    from core.pipeline import EXTRACTOR_KEY, extractor_fingerprint

    if project is None or project.path.resolve() != sample.resolve():
        return False
    return project.meta(EXTRACTOR_KEY) != extractor_fingerprint() and not project.journal()
