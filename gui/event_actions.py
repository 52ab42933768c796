"""The Event menu's behaviour: create, edit, merge, split and delete events.

``install(window)`` adds the Event dock (the editor) and connects the
``event.*`` actions of ``gui.actions`` to core operations on the undo stack,
so the main window only calls it once.  Actions are enabled from the shared
selection: Merge needs two events, Split an event with several reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QMenu

from core import operations
from core.project import Changes
from gui.docks import add_dock
from gui.event_editor import EventEditor
from gui.split_dialog import SplitDialog, default_split
from gui.undo import push

if TYPE_CHECKING:
    from gui.mainwindow import MainWindow


class EventActions(QObject):
    """Owns the event editor and the handlers of the ``event.*`` actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.selection = window.selection
        self.editor = EventEditor(window.selection, window.undo_stack, lambda: window.project)
        self.editor.evidenceRequested.connect(
            lambda source_id, start, end: window.articles.show_source(source_id, (start, end)))
        self.dock = add_dock(window, "eventDock", self.editor)
        window.splitDockWidget(window.actors_dock, self.dock, Qt.Orientation.Vertical)
        if not window.settings.window_state:  # first run: the actors list keeps half the height
            QTimer.singleShot(0, lambda: window.resizeDocks([window.actors_dock, self.dock], [1, 1],
                                                            Qt.Orientation.Vertical))
        window.menus["View"].addAction(self.dock.toggleViewAction())
        a = window.actions
        a["event.new_from_selection"].triggered.connect(self.new_from_selection)
        a["event.edit"].triggered.connect(self.edit)
        a["event.merge"].triggered.connect(self.merge)
        a["event.split"].triggered.connect(lambda: self.split())
        a["event.delete"].triggered.connect(self.delete)
        # Del deletes events only from the timeline: in text fields it deletes text.
        a["event.delete"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.timeline.addAction(a["event.delete"])
        window.articles.context_actions.append(a["event.new_from_selection"])
        window.timeline.eventActivated.connect(lambda _id: self.edit())
        window.timeline.eventMenuRequested.connect(self.show_menu)
        window.bridge.changed.connect(self._on_changes)
        window.articles.body.selectionChanged.connect(self.update_actions)
        self.selection.eventsChanged.connect(lambda _ids: self.update_actions())
        self.update_actions()

    # -- state -----------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        """Drop deleted events from the selection, then refresh the editor and actions."""
        project = self.window.project
        if project is not None and self.selection.events:
            alive = [i for i in self.selection.events if self._exists(i)]
            if len(alive) != len(self.selection.events):
                self.selection.set_events(alive)
        self.editor.on_changes(changes)
        self.update_actions()

    def _exists(self, event_id: str) -> bool:
        try:
            self.window.project.event(event_id)
        except KeyError:
            return False
        return True

    def update_actions(self) -> None:
        a, project = self.window.actions, self.window.project
        events = [i for i in self.selection.events if project is not None and self._exists(i)]
        current = project.event(self.selection.event) if self.selection.event in events else None
        a["event.new_from_selection"].setEnabled(self.window.articles.selected_span() is not None)
        a["event.edit"].setEnabled(current is not None)
        a["event.merge"].setEnabled(len(events) >= 2)
        a["event.split"].setEnabled(current is not None and len(current.evidence) >= 2)
        a["event.delete"].setEnabled(bool(events))
        a["event.delete"].setText("&Delete Events" if len(events) > 1 else "&Delete Event")

    # -- commands --------------------------------------------------------------

    def new_from_selection(self) -> str | None:
        """The selected article text becomes an event, dated by a date inside it."""
        project, span = self.window.project, self.window.articles.selected_span()
        if project is None or span is None:
            return None
        op = operations.create_event_from_text(project, *span)
        push(self.window.undo_stack, project, op)
        event_id = next(iter(op.after.events))
        self.selection.set_event(event_id)
        self.edit()
        return event_id

    def edit(self) -> None:
        """Show the Event dock with the cursor in the title."""
        self.dock.show()
        self.dock.raise_()
        self.editor.focus_title()

    def merge(self) -> str | None:
        """Merge the selected events into the first one selected."""
        project, ids = self.window.project, list(self.selection.events)
        if project is None or len(ids) < 2:
            return None
        push(self.window.undo_stack, project, operations.merge_events(project, ids))
        self.selection.set_event(ids[0])
        return ids[0]

    def split(self, evidence_index: list[int] | None = None) -> str | None:
        """Move some reports of the current event into a new event (asks which)."""
        project, event_id = self.window.project, self.selection.event
        if project is None or not event_id:
            return None
        event = project.event(event_id)
        if len(event.evidence) < 2:
            return None
        if evidence_index is None:
            dialog = SplitDialog(event, project, self.window)
            if not dialog.exec():
                return None
            evidence_index = dialog.chosen()
        op = operations.split_event(project, event_id, evidence_index or default_split(event))
        push(self.window.undo_stack, project, op)
        part = next(i for i in op.after.events if i != event_id)
        self.selection.set_events([event_id, part])
        return part

    def delete(self) -> None:
        """Delete every selected event, as one undo step."""
        project, ids = self.window.project, list(self.selection.events)
        if project is None or not ids:
            return
        stack = self.window.undo_stack
        stack.beginMacro(f"Delete {len(ids)} events" if len(ids) > 1 else
                         operations.delete_event(project, ids[0]).text)
        for event_id in ids:
            push(stack, project, operations.delete_event(project, event_id))
        stack.endMacro()
        self.selection.set_events([])

    def show_menu(self, event_id: str | None, where: QPoint) -> QMenu | None:
        """Right click on the timeline: what can be done to the event(s) under it."""
        if event_id is None:
            return None
        self.update_actions()
        a = self.window.actions
        menu = QMenu(self.window.timeline)
        menu.setObjectName("eventMenu")
        for action_id in ("event.edit", "event.merge", "event.split", "event.delete"):
            menu.addAction(a[action_id])
        menu.addSeparator()
        menu.addAction(a["view.zoom_selection"])
        menu.popup(where)
        return menu


def install(window: MainWindow) -> EventActions:
    return EventActions(window)
