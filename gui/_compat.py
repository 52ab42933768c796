"""Work around a reference-counting defect in the installed PySide6.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every void method
(``QPainter.drawLine``, ``QWidget.update``, ...) without taking a reference.
Each call then steals one reference to ``None``; after a few thousand calls
(one busy paint) CPython aborts with "none_dealloc: deallocating None".
Python ≥ 3.12 makes ``None`` immortal, so the defect is harmless there.

Until the binding is fixed (or the project requires Python ≥ 3.12) we give
``None`` an enormous reference count, which is what 3.12 does by design.
The guard runs only when a probe shows the defect, so a fixed PySide6 makes
it a no-op.
"""

from __future__ import annotations

import ctypes
import sys

_HUGE = 1 << 60


def _steals_none_reference() -> bool:
    from PySide6.QtCore import QPointF

    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(64):
        point.setX(1.0)  # a void method
    return sys.getrefcount(None) < before - 32


def guard_none_refcount() -> bool:
    """Make ``None`` effectively immortal if the binding leaks its references.

    Returns True when the guard was applied.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not _steals_none_reference():
        return False
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcnt.value < _HUGE:
        refcnt.value += _HUGE
    return True
