"""Set articles' publication dates without freezing the window.

A new date re-resolves the article's relative dates and re-extracts the events
of the whole project (reports merge across articles), which takes about a
second per hundred articles.  The operation is built in a worker, one request
at a time, then pushed on the undo stack on the UI thread.  If the project
changed while it was being built, it is built again from the new state, so
undo never restores a stale copy over another edit.
"""

from __future__ import annotations

import datetime as dt
from collections import deque

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from core.project import Project
from gui.undo import push
from gui.workers import Task, busy_cursor_while


class SourceDates(QObject):
    """Queue of (source, date) requests for the open project."""

    dateSet = Signal(str)  # source id, once the change is applied
    idle = Signal()

    def __init__(self, window: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = undo_stack
        self.project: Project | None = None
        self._queue: deque[tuple[str, dt.date | None]] = deque()
        self._task: Task | None = None
        self._edits = 0  # bumped by every change of the project

    def set_project(self, project: Project | None) -> None:
        self._queue.clear()
        self.project = project

    def project_changed(self) -> None:
        self._edits += 1

    def request(self, source_id: str, published: dt.date | None) -> None:
        self._queue.append((source_id, published))
        if self._task is None:
            self._next()

    def is_busy(self) -> bool:
        return self._task is not None

    def wait(self, ms: int = 30_000) -> bool:
        return self._task.wait(ms) if self._task is not None else True

    def _next(self) -> None:
        if not self._queue or self.project is None:
            self._task = None
            self.idle.emit()
            return
        source_id, published = self._queue[0]
        project, edits = self.project, self._edits
        from core import operations

        task = Task(lambda _progress, _cancelled: operations.set_source_date(project, source_id, published), self)
        task.finished.connect(lambda op: self._built(project, edits, source_id, op))
        task.failed.connect(lambda exc: self._failed(source_id, exc))
        self._task = task
        busy_cursor_while(task, self)
        task.start()

    def _built(self, project: Project, edits: int, source_id: str, operation) -> None:
        if project is not self.project:  # the window moved to another project meanwhile
            self._queue.clear()
        elif edits == self._edits:
            self._queue.popleft()
            push(self.undo_stack, project, operation)
            self.dateSet.emit(source_id)
        self._next()  # built again when another edit came in between

    def _failed(self, source_id: str, exc: BaseException) -> None:
        if self._queue:
            self._queue.popleft()
        QMessageBox.warning(self.window, "Publication Date",
                            f"The date could not be set; the project is unchanged.\n\n{type(exc).__name__}: {exc}")
        self._next()
