"""Work around a reference-counting defect in the installed PySide6.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every void method
(``QPainter.drawLine``, ``QWidget.update``, ...) without taking a reference.
Each call then steals one reference to ``None``; after a few thousand calls
(one busy paint) CPython aborts with "none_dealloc: deallocating None".
Python ≥ 3.12 makes ``None`` immortal, so the defect is harmless there.

We do what 3.12 does by design: give ``None`` an enormous reference count.
That is safe whatever the binding does (``None`` is never legitimately
freed), needs no Qt import (``gui.launcher`` must start headless commands
without Qt), and costs nothing.  ``steals_none_reference`` is a probe for
tests and diagnostics.
"""

from __future__ import annotations

import ctypes
import sys

_HUGE = 1 << 60


def steals_none_reference() -> bool:
    """True when a void PySide6 call drops a reference to ``None`` (imports Qt)."""
    from PySide6.QtCore import QPointF

    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(64):
        point.setX(1.0)  # a void method
    return sys.getrefcount(None) < before - 32


def guard_none_refcount() -> bool:
    """Make ``None`` effectively immortal on CPython < 3.12; True if applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcnt.value < _HUGE:
        refcnt.value += _HUGE
    return True
