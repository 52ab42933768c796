"""Publication dates set from the GUI: built in a worker, applied once, undoable, rebuilt after a clash."""

from __future__ import annotations

import datetime as dt
import threading

from core import operations
from core.operations import Operation, State
from tests.gui_fixtures import window  # noqa: F401  (a fixture)


def undated(win):
    return next(s for s in win.project.sources() if s.published is None)


def test_a_date_is_set_in_a_worker_and_undone_in_one_step(window, qtbot):
    source = undated(window)
    with qtbot.waitSignal(window.source_dates.dateSet, timeout=20_000) as done:
        window.set_source_date(source.id, dt.date(2021, 12, 20))
    assert done.args == [source.id]
    assert window.project.source(source.id).published == dt.date(2021, 12, 20)
    assert window.undo_stack.count() == 1 and not window.source_dates.is_busy()
    window.undo_stack.undo()
    assert window.project.source(source.id).published is None


def test_an_edit_while_the_date_is_being_read_makes_it_read_again(window, qtbot, monkeypatch):
    source = undated(window)
    release, calls = threading.Event(), []

    def slow_set_date(project, source_id, published):  # runs in the worker
        calls.append(published)
        if len(calls) == 1:
            release.wait(10)
        old = project.source(source_id)
        return Operation(kind="set_source_date", text="Set date", before=State(sources={source_id: old}),
                         after=State(sources={source_id: old.model_copy(update={"published": published})}))

    monkeypatch.setattr(operations, "set_source_date", slow_set_date)
    with qtbot.waitSignal(window.source_dates.dateSet, timeout=10_000):
        window.set_source_date(source.id, dt.date(2021, 12, 20))
        qtbot.waitUntil(lambda: len(calls) == 1)
        window.source_dates.project_changed()  # another edit lands meanwhile
        release.set()
    assert len(calls) == 2  # built again from the new state, applied once
    assert window.undo_stack.count() == 1
    assert window.project.source(source.id).published == dt.date(2021, 12, 20)


def test_a_failure_is_reported_and_changes_nothing(window, qtbot, monkeypatch):
    source = undated(window)
    warnings = []

    def broken(project, source_id, published):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(operations, "set_source_date", broken)
    monkeypatch.setattr("gui.source_dates.QMessageBox.warning", lambda *args: warnings.append(args[2]))
    with qtbot.waitSignal(window.source_dates.idle, timeout=10_000):
        window.set_source_date(source.id, dt.date(2021, 12, 20))
    assert warnings and "disk on fire" in warnings[0] and "unchanged" in warnings[0]
    assert window.project.source(source.id).published is None and window.undo_stack.count() == 0
