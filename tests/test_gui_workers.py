"""The worker helper and the undo command, each against bare Qt objects."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QUndoStack

from core import operations
from gui.demo_project import build_demo_project
from gui.undo import OperationCommand, push
from gui.workers import Task, run_task


def test_task_reports_progress_and_result_on_the_ui_thread(qtbot):
    ui = threading.get_ident()
    seen: list[tuple[int, int, str, int]] = []

    def work(progress, cancelled):
        for i in range(3):
            progress(i, 3, f"step {i}")
        return threading.get_ident()

    task = Task(work)
    task.progress.connect(lambda d, t, m: seen.append((d, t, m, threading.get_ident())))
    with qtbot.waitSignal(task.finished) as result:
        task.start()
    assert result.args[0] != ui  # the work ran elsewhere...
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert [s[:3] for s in seen] == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]
    assert {s[3] for s in seen} == {ui}  # ...but reports arrive on the UI thread
    qtbot.waitUntil(lambda: not task.is_running())


def test_task_delivers_exceptions(qtbot):
    def work(progress, cancelled):
        raise ValueError("bad file")

    errors = []
    task = Task(work)
    task.failed.connect(errors.append)
    with qtbot.waitSignal(task.done):
        task.start()
    assert isinstance(errors[0], ValueError) and "bad file" in str(errors[0])
    assert "ValueError" in task.traceback


def test_run_task_wires_callbacks(qtbot):
    results = []
    task = run_task(lambda p, c: 42, on_done=results.append)  # connected before it starts
    qtbot.waitUntil(lambda: results == [42])
    qtbot.waitUntil(lambda: not task.is_running())


def test_task_cancel_is_seen_by_the_work(qtbot):
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            started.wait(0.001)
        return "stopped"

    task = Task(work)
    with qtbot.waitSignal(task.finished) as result:
        task.start()
        started.wait(5)
        task.cancel()
    assert result.args == ["stopped"] and task.is_cancelled()


@pytest.fixture
def project(tmp_path):
    p = build_demo_project(tmp_path / "u.dateline")
    yield p
    p.close()


def test_operation_command_on_a_bare_undo_stack(project):
    stack = QUndoStack()
    actor = next(a for a in project.actors() if a.name == "NATO")
    push(stack, project, operations.rename_actor(project, actor.id, "The Alliance"))
    assert project.actor(actor.id).name == "The Alliance"
    assert stack.undoText() == "Rename “NATO” to “The Alliance”"
    stack.undo()
    assert project.actor(actor.id).name == "NATO"
    stack.redo()
    assert project.actor(actor.id).name == "The Alliance"
    assert isinstance(stack.command(0), OperationCommand)
