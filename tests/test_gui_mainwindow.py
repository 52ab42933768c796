"""Main window over a real project: open, filter by actor, undo, import, dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from core.operations import Operation, State
from core.pipeline import ImportReport
from core.project import Changes
from gui.actions import ACTIONS, shortcut_rows
from gui.actors_panel import NAME, ActorRole
from gui.mainwindow import MainWindow
from gui.settings import Settings
from tests.gui_fixtures import window  # noqa: F401  (a fixture)


def actor_id(win: MainWindow, name: str) -> str:
    return next(a.id for a in win.project.actors() if a.name == name)


def test_opens_a_project_into_every_view(window):
    assert window.windowTitle().startswith("demo")
    assert len(window.timeline.data) == 8  # the undated event is counted, not drawn
    assert "4 articles · 9 events (1 undated) · 6 actors" == window.counts.text()
    assert window.articles.source is not None
    assert window.actors.model.rowCount() == 6
    assert window.range.text()
    assert window.settings.last_project.endswith("demo.dateline")


def test_actions_are_built_from_the_registry(window):
    for spec in ACTIONS:
        assert spec.id in window.actions
    assert window.actions["file.open"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert not window.actions["file.quit"].shortcut().isEmpty()  # Ctrl+Q where the platform binds nothing
    assert window.actions["file.export"].isEnabled()  # a project is open (tests/test_gui_export.py)
    assert any("Zoom" in what for _keys, what in shortcut_rows(window.actions))
    assert window.findChild(object, "actorsDock") is window.actors_dock


def test_selecting_an_event_shows_its_source_with_evidence(window):
    event = next(e for e in window.project.events() if e.title == "Geneva summit")
    assert window.articles.source.id != event.evidence[0].source_id
    window.selection.set_event(event.id)
    assert window.articles.source.id == event.evidence[0].source_id
    marked = [s.cursor.selectedText() for s in window.articles.body.extraSelections()]
    assert event.evidence[0].text in marked
    assert window.timeline.state.selected == window.timeline.data.index[event.id]


def test_unchecking_actors_filters_the_timeline(window, qtbot):
    data = window.timeline.data
    appeal = data.index[next(e.id for e in window.project.events() if e.title == "Ukraine appeals to NATO")]
    assert appeal in data.visible(*data.range())
    window.actors.set_checked(actor_id(window, "Ukraine"), False)
    assert appeal in data.visible(*data.range())  # NATO still shown
    window.actors.set_checked(actor_id(window, "NATO"), False)
    assert appeal not in window.timeline.data.visible(*data.range())
    window.actors.set_checked(actor_id(window, "NATO"), True)
    assert appeal in window.timeline.data.visible(*data.range())


def test_selecting_an_actor_highlights_its_events(window):
    ukraine = actor_id(window, "Ukraine")
    window.selection.set_actor(ukraine)
    data = window.timeline.data
    highlighted = {data.titles[i] for i in range(len(data)) if data.highlight[i]}
    assert highlighted == {"Ukraine appeals to NATO"}
    row = window.actors.proxy.mapToSource(window.actors.table.currentIndex()).row()
    assert window.actors.model.actor(row).id == ukraine


def test_rename_is_undoable_and_views_follow(window, qtbot):
    biden = actor_id(window, "Joe Biden")
    window.actors.rename(biden, "President Biden")
    qtbot.waitUntil(lambda: window.project.actor(biden).name == "President Biden")
    names = {window.actors.model.actor(r).name for r in range(window.actors.model.rowCount())}
    assert "President Biden" in names
    assert window.actions["edit.undo"].isEnabled()
    assert "Rename" in window.actions["edit.undo"].text()
    window.actions["edit.undo"].trigger()
    assert window.project.actor(biden).name == "Joe Biden"
    qtbot.waitUntil(lambda: "Joe Biden" in {window.actors.model.actor(r).name
                                            for r in range(window.actors.model.rowCount())})
    window.actions["edit.redo"].trigger()
    assert window.project.actor(biden).name == "President Biden"


def test_merge_and_hide_are_undoable(window):
    putin, russia = actor_id(window, "Vladimir Putin"), actor_id(window, "Russia")
    window.actors.merge(russia, into=putin)
    assert all(a.id != russia for a in window.project.actors())
    window.undo_stack.undo()
    assert any(a.id == russia for a in window.project.actors())
    window.actors.set_hidden(russia, True)
    assert window.project.actor(russia).hidden
    assert window.actors.proxy.rowCount() == 5  # hidden actors are out of the list
    window.undo_stack.undo()
    assert window.actors.proxy.rowCount() == 6


def test_actor_search_uses_the_proxy(window):
    window.actors.search.setText("put")
    assert window.actors.proxy.rowCount() == 1
    assert window.actors.proxy.index(0, NAME).data(ActorRole) == actor_id(window, "Vladimir Putin")
    window.actors.search.clear()
    assert window.actors.proxy.rowCount() == 6


def test_import_runs_in_a_worker_then_asks_for_dates(window, qtbot, monkeypatch):
    from core import operations, pipeline

    undated = next(s for s in window.project.sources() if s.published is None)
    seen = {}

    def fake_import(project, paths, progress, cancelled):
        for i, p in enumerate(paths):
            progress(i, len(paths), f"Reading {p}")
        seen["cancelled"] = cancelled()
        project.notify(Changes(reset=True))  # listeners may run in this worker thread
        return ImportReport(imported=[undated.id], unknown_dates=[undated.id])

    def fake_set_date(project, source_id, published):  # core's version re-runs extraction
        old = project.source(source_id)
        return Operation(kind="set_source_date", text="Set date", before=State(sources={source_id: old}),
                         after=State(sources={source_id: old.model_copy(update={"published": published})}))

    monkeypatch.setattr(pipeline, "import_paths", fake_import)
    monkeypatch.setattr(operations, "set_source_date", fake_set_date)
    with qtbot.waitSignal(window.importFinished, timeout=10_000) as done:
        window.import_paths(["a.md", "b.md"])
    assert isinstance(done.args[0], ImportReport) and seen["cancelled"] is False
    dialog = window.findChild(object, "datesDialog")
    assert dialog is not None and undated.id in dialog.edits
    dialog.edits[undated.id].setDate(dt.date(2021, 12, 20))
    with qtbot.waitSignal(window.source_dates.dateSet, timeout=10_000):  # built in a worker
        qtbot.mouseClick(_button(dialog), Qt.MouseButton.LeftButton)
    assert window.project.source(undated.id).published == dt.date(2021, 12, 20)
    window.undo_stack.undo()
    assert window.project.source(undated.id).published is None
    dialog.close()


def _button(dialog):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Set")


def test_cancelled_import_reports_and_changes_nothing(window, qtbot, monkeypatch):
    from core import pipeline

    def slow_import(project, paths, progress, cancelled):
        while not cancelled():
            progress(0, 1, "Reading")
            QThreadSleep()
        raise pipeline.ImportCancelled

    monkeypatch.setattr(pipeline, "import_paths", slow_import)
    task = window.import_paths(["x.md"])
    with qtbot.waitSignal(window.importFinished, timeout=10_000) as done:
        task.cancel()
    assert isinstance(done.args[0], pipeline.ImportCancelled)
    assert len(window.project.sources()) == 4


def QThreadSleep() -> None:  # noqa: N802 - a tiny pause inside the worker thread only
    import time

    time.sleep(0.005)


def test_settings_remember_layout_and_recent(window, tmp_path):
    window.close()
    saved = Settings.load(tmp_path / "settings.json")
    assert saved.geometry and saved.window_state
    assert saved.recent and saved.recent[0].endswith("demo.dateline")
    again = MainWindow(saved, tmp_path / "settings.json")
    assert again.settings.last_project == saved.last_project
    again.close()


def test_first_start_docks_leave_a_narrow_window_its_timeline():
    from gui.mainwindow import FIRST_DOCK_WIDTHS, first_dock_widths

    assert first_dock_widths(1600) == list(FIRST_DOCK_WIDTHS)
    for width in (1000, 700):
        assert sum(first_dock_widths(width)) <= 0.55 * width  # the timeline keeps at least 45%


def test_a_narrow_actors_panel_hides_roles_so_names_keep_their_room(qtbot):
    from PySide6.QtGui import QUndoStack

    from gui.actors_panel import ROLE, ROLE_SHOWN_FROM, ActorsPanel
    from gui.selection import SelectionModel

    panel = ActorsPanel(SelectionModel(), QUndoStack())
    qtbot.addWidget(panel)
    panel.resize(ROLE_SHOWN_FROM + 120, 400)
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel.table.isColumnHidden(ROLE)
    panel.resize(ROLE_SHOWN_FROM - 80, 400)
    qtbot.waitUntil(lambda: panel.table.isColumnHidden(ROLE))
    assert panel.table.columnWidth(NAME) > 80  # no longer squeezed away


def test_the_actors_list_shows_one_kind_at_a_time(window):
    from core.models import EntityKind

    panel = window.actors
    everyone = panel.proxy.rowCount()
    panel.kind.setCurrentIndex(panel.kind.findText("People"))
    shown = [panel.proxy.index(r, NAME).data() for r in range(panel.proxy.rowCount())]
    people = {a.name for a in window.project.actors() if a.kind == EntityKind.PERSON}
    assert shown and set(shown) == people and len(shown) < everyone
    panel.kind.setCurrentIndex(0)
    assert panel.proxy.rowCount() == everyone


def test_show_only_one_actors_events_and_back(window, qtbot):
    putin = actor_id(window, "Vladimir Putin")
    everything = window.timeline.data.enabled.sum()
    window.actors.model.show_only(putin)
    data = window.timeline.data
    shown = [data.events[i] for i in range(len(data)) if data.enabled[i]]
    assert shown and all(putin in e.actors or not e.actors for e in shown)
    assert data.enabled.sum() < everything
    assert f"of {len(data)} on the timeline (filtered)" in window.counts.text()  # the status bar says so
    window.actors.model.show_only(None)
    assert window.timeline.data.enabled.sum() == everything
    assert "filtered" not in window.counts.text()


def test_about_names_the_versions_and_where_projects_live(window, monkeypatch, tmp_path):
    from gui.dialogs import about_html

    shown = []
    monkeypatch.setattr("gui.mainwindow.QMessageBox.about", lambda *args: shown.append(args[2]))
    window.actions["help.about"].trigger()
    assert "<b>Dateline</b>" in shown[0] and "spaCy 3." in shown[0] and "Projects and the sample:" in shown[0]
    assert "Qt 6." in shown[0] and "English pipeline 3." in shown[0]
    assert "<i>" not in about_html("1.0", tmp_path / "<i>")  # the folder is escaped


def test_a_deleted_event_is_no_longer_under_a_click_in_its_article(window):
    from core import operations
    from gui.article_view import Utf16Map
    from gui.undo import push

    event = next(e for e in window.project.events() if e.evidence)
    evidence = event.evidence[0]
    window.articles.show_source(evidence.source_id)
    inside = Utf16Map(window.articles.source.body).to_qt(evidence.start + 1)
    assert window.articles.event_at(inside) == event.id
    push(window.undo_stack, window.project, operations.delete_event(window.project, event.id))
    assert window.articles.event_at(inside) != event.id  # the main window told the view
    window.undo_stack.undo()
    assert window.articles.event_at(inside) == event.id


def test_the_actors_list_opens_sorted_by_events(window):
    from gui.actors_panel import EVENTS

    column = window.actors.proxy.sortColumn()
    counts = [window.actors.proxy.index(r, EVENTS).data() for r in range(window.actors.proxy.rowCount())]
    assert column == EVENTS and counts == sorted(counts, reverse=True)
