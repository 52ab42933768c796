"""The guard against PySide6 stealing references to None."""

from __future__ import annotations

import subprocess
import sys

import gui  # noqa: F401 - importing gui applies the guard


def test_thousands_of_void_calls_do_not_abort_the_interpreter(qapp):
    from PySide6.QtCore import QPointF

    point = QPointF()
    for _ in range(200_000):
        point.setX(1.0)
    assert sys.getrefcount(None) > 1000


def test_importing_gui_does_not_import_qt():
    code = "import sys, gui, gui.launcher; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
