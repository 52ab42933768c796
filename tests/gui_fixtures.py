"""The main window on the demo project, shown: shared by the GUI test modules that import it."""

from __future__ import annotations

import pytest

from gui.demo_project import build_demo_project
from gui.mainwindow import MainWindow
from gui.settings import Settings


@pytest.fixture
def window(qtbot, tmp_path):
    build_demo_project(tmp_path / "demo.dateline").close()
    win = MainWindow(Settings(), settings_path=tmp_path / "settings.json")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(tmp_path / "demo.dateline")
    return win
