"""File ▸ Export…: the dialog, every format, Cancel, errors, overwrite, remembered choices."""

from __future__ import annotations

import csv
import errno
import json
import os
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from core import export
from core.export import atomic
from core.export.tables import CSV_COLUMNS
from core.timeaxis import DAY, TimeScale
from gui import export_actions
from gui.demo_project import build_demo_project
from gui.export_actions import ExportCancelled
from gui.export_dialog import FORMATS, ExportDialog, clamp_size, follow_format
from gui.mainwindow import MainWindow
from gui.settings import Settings
from gui.timeline import image_export
from tests.gui_fixtures import window  # noqa: F401  (a fixture)

SVG = "{http://www.w3.org/2000/svg}"


def open_dialog(window: MainWindow) -> ExportDialog:
    window.actions["file.export"].trigger()
    shown = [d for d in window.findChildren(ExportDialog) if d.isVisible()]  # closed ones go later
    assert len(shown) == 1
    return shown[0]


def run_export(window: MainWindow, qtbot, fmt: str, path: Path, whole: bool = False, fit: bool = False):
    """Fill the dialog as a user would, press Export, and wait for the outcome."""
    dialog = open_dialog(window)
    dialog.set_format(fmt)
    dialog.path.setText(str(path))
    (dialog.whole if whole else dialog.view).setChecked(True)
    dialog.fit.setChecked(fit)
    with qtbot.waitSignal(window.export_tools.exportFinished, timeout=20_000) as done:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    return done.args[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def svg_subtitle(path: Path) -> str:
    texts = ["".join(t.itertext()) for t in ET.parse(path).getroot().iter(f"{SVG}text")]
    return next(t for t in texts if " event" in t and "·" in t)


def test_cropping_keeps_the_width_and_ends_the_picture_below_the_events(window, qtbot, tmp_path):
    dialog = open_dialog(window)
    assert dialog.fit.isChecked() and "up to" in dialog.pixels.text()  # the default
    dialog.reject()
    target = run_export(window, qtbot, "png", tmp_path / "whole.png", whole=True, fit=True)
    width, height = QImage(str(target)).size().toTuple()
    assert width == image_export.DEFAULT_SIZE[0] * image_export.PNG_RATIO
    assert height < image_export.DEFAULT_SIZE[1] * image_export.PNG_RATIO  # nine events need far less


def test_export_is_enabled_only_while_a_project_is_open(qtbot, tmp_path):
    win = MainWindow(Settings(), settings_path=tmp_path / "settings.json")
    qtbot.addWidget(win)
    action = win.actions["file.export"]
    assert not action.isEnabled() and action.shortcut() == QKeySequence("Ctrl+E")
    build_demo_project(tmp_path / "demo.dateline").close()
    win.open_project(tmp_path / "demo.dateline")
    assert action.isEnabled() and "PNG" in action.statusTip()
    win.set_project(None)
    assert not action.isEnabled()


@pytest.mark.parametrize("fmt", [f.id for f in FORMATS])
def test_each_format_writes_a_valid_file(window, qtbot, tmp_path, fmt):
    target = tmp_path / "out" / f"story.{fmt}"
    target.parent.mkdir()
    dialog = open_dialog(window)
    dialog_size = (dialog.width_box.value(), dialog.height_box.value())
    dialog.reject()
    assert run_export(window, qtbot, fmt, target) == target
    data = target.read_bytes()
    if fmt == "png":
        size = QImage(str(target)).size().toTuple()
        assert size == (dialog_size[0] * image_export.PNG_RATIO, dialog_size[1] * image_export.PNG_RATIO)
    elif fmt == "svg":
        assert ET.fromstring(data).get("viewBox") == f"0 0 {dialog_size[0]} {dialog_size[1]}"
        assert "Geneva summit" in data.decode("utf-8")
    elif fmt == "pdf":
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    elif fmt == "json":
        loaded = json.loads(data)
        assert loaded["format"] == "dateline" and len(loaded["events"]) == 9
    elif fmt == "timelinejs":
        loaded = json.loads(data)
        assert loaded["title"]["text"]["headline"] == "demo" and len(loaded["events"]) == 8  # dated only
    elif fmt == "csv":
        rows = list(csv.DictReader(target.open(encoding="utf-8")))
        assert list(rows[0]) == CSV_COLUMNS and len(rows) == 9
    else:
        text = data.decode("utf-8")
        assert text.startswith("# Chronology: demo") and "- **16 Jun 2021** — Geneva summit" in text
    assert leftovers(target.parent) == []
    assert window.actions["file.export"].isEnabled()  # ready for the next one


def test_the_file_name_follows_the_format(window, tmp_path):
    dialog = open_dialog(window)
    assert Path(dialog.path.text()) == tmp_path / "demo.png"  # the project's folder and name
    dialog.width_box.setValue(1600)
    assert dialog.pixels.text().startswith("PNG: up to 3200 × ")  # PNGs carry twice the pixels
    names = {}
    for f in FORMATS:
        dialog.set_format(f.id)
        names[f.id] = Path(dialog.path.text()).name
        assert dialog.image_box.isEnabled() == f.image
    assert names == {"png": "demo.png", "svg": "demo.svg", "pdf": "demo.pdf", "csv": "demo.csv",
                     "timelinejs": "demo-timelinejs.json", "markdown": "demo.md", "json": "demo.json"}
    dialog.path.setText(str(tmp_path / "story.json"))
    dialog.set_format("csv")
    assert dialog.path.text() == str(tmp_path / "story.csv")  # the user's name, the new extension
    assert follow_format(Path("notes.v2"), "csv", "markdown", "demo") == Path("notes.v2.md")
    dialog.path.setText("")
    assert not dialog.ok.isEnabled()
    dialog.path.setText("relative.csv")
    assert dialog.request().path == tmp_path / "relative.csv"  # a bare name goes in the shown folder
    dialog.reject()


def test_current_view_or_the_whole_timeline(window, qtbot, tmp_path):
    dialog = open_dialog(window)
    view = window.timeline
    assert (dialog.width_box.value(), dialog.height_box.value()) == clamp_size(view.width(), view.height())
    assert "(" in dialog.view.text() and "(" in dialog.whole.text()  # each names its period
    dialog.whole.setChecked(True)  # the whole story gets the roomier default of the command line
    assert (dialog.width_box.value(), dialog.height_box.value()) == image_export.DEFAULT_SIZE
    dialog.view.setChecked(True)
    assert (dialog.width_box.value(), dialog.height_box.value()) == dialog.view_size
    dialog.width_box.setValue(900)  # typed by the user: kept whatever the scope
    dialog.whole.setChecked(True)
    assert dialog.width_box.value() == 900
    dialog.reject()
    call = next(e.id for e in window.project.events() if e.title == "Video call with warnings")
    call = view.data.index[call]
    start = float(view.data.starts[call])  # 7 Dec; Ukraine appeals to NATO on 8 Dec
    view.set_scale(TimeScale(start - 2 * DAY, start + 3 * DAY, view.width()))
    for name in ("Ukraine", "NATO"):  # a filter on screen hides the appeal
        window.actors.set_checked(next(a.id for a in window.project.actors() if a.name == name), False)
    run_export(window, qtbot, "svg", tmp_path / "view.svg")
    assert svg_subtitle(tmp_path / "view.svg").endswith("1 event")
    run_export(window, qtbot, "svg", tmp_path / "whole.svg", whole=True)
    assert svg_subtitle(tmp_path / "whole.svg").endswith("8 events")  # every dated event, first to last
    assert view.scale.start == start - 2 * DAY  # exporting did not move the view


@pytest.mark.parametrize("fmt", ["csv", "png"])
def test_cancel_leaves_no_file(window, qtbot, tmp_path, monkeypatch, fmt):
    gate = threading.Event()
    real = export.RENDERERS["csv"] if fmt == "csv" else image_export.render

    def slow(*args):
        gate.wait(10)
        return real(*args)

    if fmt == "csv":
        monkeypatch.setitem(export.RENDERERS, "csv", slow)
    else:
        monkeypatch.setattr(image_export, "render", slow)
    target = tmp_path / f"cancelled.{fmt}"
    dialog = open_dialog(window)
    dialog.set_format(fmt)
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    tools = window.export_tools
    assert tools.is_running() and not window.actions["file.export"].isEnabled()
    progress = tools.progress
    qtbot.waitUntil(progress.isVisible)  # it lasts, so the progress dialog comes up
    with qtbot.waitSignal(tools.exportFinished, timeout=20_000) as done:
        qtbot.mouseClick(next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"),
                         Qt.MouseButton.LeftButton)
        gate.set()
    assert isinstance(done.args[0], ExportCancelled)
    assert not target.exists() and leftovers(tmp_path) == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.findChild(QMessageBox, "exportFailed") is None  # Cancel is not an error
    assert window.actions["file.export"].isEnabled()


class FullDisk:
    """``os`` for ``write_atomic`` on a disk that fills up mid-write."""

    def __getattr__(self, name: str):
        return getattr(os, name)

    @staticmethod
    def fdopen(fd: int, mode: str = "r"):
        os.close(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_shows_a_message_and_keeps_the_existing_file(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "story.csv"
    target.write_text("my old export", encoding="utf-8")
    monkeypatch.setattr(atomic, "os", FullDisk())
    dialog = open_dialog(window)
    dialog.set_format("csv")
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    replace = dialog.findChild(QMessageBox, "exportReplace")  # typed, so nobody asked yet
    assert replace is not None and "already exists" in replace.text()
    with qtbot.waitSignal(window.export_tools.exportFinished, timeout=20_000) as done:
        replace_button = next(b for b in replace.buttons() if b.text() == "Replace")
        qtbot.mouseClick(replace_button, Qt.MouseButton.LeftButton)
    assert isinstance(done.args[0], OSError)
    box = window.findChild(QMessageBox, "exportFailed")
    assert box is not None and box.isVisible() and "story.csv" in box.text()
    assert "No space left on device" in box.informativeText() and "left as it was" in box.informativeText()
    assert target.read_text(encoding="utf-8") == "my old export" and leftovers(tmp_path) == []
    box.close()


@pytest.mark.parametrize("where", ["missing folder", "file as folder"])
def test_an_unwritable_destination_is_reported(window, qtbot, tmp_path, where):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    folder = tmp_path / ("missing" if where == "missing folder" else "notes.txt")
    result = run_export(window, qtbot, "png", folder / "story.png")
    assert isinstance(result, OSError)
    box = window.findChild(QMessageBox, "exportFailed")
    assert box is not None and box.informativeText().startswith(str(folder))  # no repeated file name
    assert "Nothing was written." in box.informativeText()
    assert window.statusBar().currentMessage() == "Export of story.png failed."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.dateline", "notes.txt"]
    box.close()


def test_replacing_asks_and_cancel_keeps_the_dialog(window, qtbot, tmp_path):
    target = tmp_path / "story.md"
    target.write_text("keep me", encoding="utf-8")
    dialog = open_dialog(window)
    dialog.set_format("markdown")
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    replace = dialog.findChild(QMessageBox, "exportReplace")
    replace.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and window.export_tools.task is None
    assert target.read_text(encoding="utf-8") == "keep me"
    dialog.reject()


def test_browse_uses_the_save_dialog_which_asks_about_replacing(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "chosen.svg"
    target.write_text("old", encoding="utf-8")
    asked = []

    def save_dialog(parent, title, start, filters):
        asked.append((start, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    dialog = open_dialog(window)
    dialog.set_format("svg")
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportBrowse"), Qt.MouseButton.LeftButton)
    assert asked == [(str(tmp_path / "demo.svg"), "SVG image (*.svg)")]
    assert dialog.path.text() == str(target)
    with qtbot.waitSignal(window.export_tools.exportFinished, timeout=20_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # no second question
    assert target.read_bytes().startswith(b"<?xml")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "noext"), a[-1]))
    dialog = open_dialog(window)
    dialog.browse()
    assert dialog.path.text() == str(tmp_path / "noext.svg")  # the extension follows the format
    dialog.reject()


def test_an_empty_project_says_there_is_nothing_to_export(window, tmp_path):
    window.new_project(tmp_path / "empty.dateline")
    assert window.actions["file.export"].isEnabled()
    window.actions["file.export"].trigger()
    box = window.findChild(QMessageBox, "exportEmpty")
    assert box is not None and box.isVisible() and "Nothing to export" in box.text()
    assert not [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    box.close()


def test_success_names_the_file_and_offers_its_folder(window, qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(export_actions.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    run_export(window, qtbot, "pdf", tmp_path / "story.pdf")
    assert window.statusBar().currentMessage() == f"Exported story.pdf to {tmp_path}"
    link = window.export_tools.folder_link
    assert link.isVisible()
    link.linkActivated.emit("folder")
    assert opened == [str(tmp_path)]
    window.statusBar().showMessage("Something else")
    assert not link.isVisible()  # the link goes with its message


def test_format_and_folder_are_remembered(window, qtbot, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    run_export(window, qtbot, "markdown", folder / "chronology.md")
    assert (window.settings.export_format, window.settings.export_folder) == ("markdown", str(folder))
    dialog = open_dialog(window)
    assert dialog.format.currentData() == "markdown" and dialog.path.text() == str(folder / "demo.md")
    dialog.reject()
    window.close()
    saved = Settings.load(tmp_path / "settings.json")
    assert (saved.export_format, saved.export_folder) == ("markdown", str(folder))


def test_the_sample_project_does_not_export_into_the_app_data_folder(window, monkeypatch, tmp_path):
    monkeypatch.setattr(export_actions, "data_dir", lambda: tmp_path)
    folder = window.export_tools.default_folder()
    assert folder != tmp_path and folder.is_dir()
