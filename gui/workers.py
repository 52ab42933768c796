"""Run a core callable off the UI thread, with progress, cancel and results.

Core functions take plain ``progress(done, total, message)`` and
``cancelled()`` callables; this module adapts them to Qt.  The worker thread
only calls those two callables and the function itself; every result,
exception and progress report reaches the UI thread through queued signals,
so no widget is ever touched from the worker.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QGuiApplication

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


class Task(QObject):
    """One piece of background work; connect to its signals, then ``start()``.

    ``finished(result)``, ``failed(exception)`` and ``progress(done, total,
    message)`` are emitted in the thread that owns the task (the UI thread).
    Exactly one of ``finished``/``failed`` fires, then ``done``.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread: _Runner | None = None
        self.traceback = ""

    def start(self) -> None:
        self._thread = _Runner(self)
        self._thread.finished.connect(self._release)
        self._thread.start()

    def _release(self) -> None:
        """Drop the thread once its ``run`` has returned (queued from its finished)."""
        if self._thread is not None:
            self._thread.wait()
            self._thread = None

    def cancel(self) -> None:
        """Ask the work to stop at its next ``cancelled()`` check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the thread ends (for shutdown); signals still arrive queued."""
        thread = self._thread
        return thread.wait(ms) if thread is not None else True

    def _run(self) -> None:  # worker thread
        try:
            result = self._work(self._report, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread
            self.traceback = traceback.format_exc()
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        self.done.emit()

    def _report(self, done: int, total: int, message: str = "") -> None:  # worker thread
        self.progress.emit(int(done), int(total), str(message))


class _Runner(QThread):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:  # noqa: D102
        self._task._run()


def run_task(work: Work, *, parent: QObject | None = None,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Progress | None = None) -> Task:
    """Start ``work`` in a thread and wire the callbacks; returns the task."""
    task = Task(work, parent)
    if on_done is not None:
        task.finished.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_progress is not None:
        task.progress.connect(on_progress)
    task.start()
    return task


def busy_cursor_while(task: Task, parent: QObject, delay_ms: int = 300) -> None:
    """A busy cursor while ``task`` runs, only once it has lasted ``delay_ms`` (no flicker)."""
    busy = QTimer(parent, singleShot=True, interval=delay_ms)
    busy.timeout.connect(lambda: QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor))
    task.done.connect(lambda: QGuiApplication.restoreOverrideCursor() if not busy.isActive() else None)
    task.done.connect(busy.stop)
    task.done.connect(busy.deleteLater)
    busy.start()
