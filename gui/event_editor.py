"""``EventEditor``: the selected event's fields, edited in place in the Event dock.

Every finished change (Return or leaving a field, choosing from a list) is
one ``core.operations.edit_event`` on the undo stack, so Edit ▸ Undo names
it and re-extraction keeps the event (``edit_event`` marks it edited).  The
editor never changes its own fields after an edit: it re-reads the event
when the project says the event changed, so undo and redo show up here too.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from core import operations
from core.models import EntityKind, Event, EventType, Modality
from core.project import Changes, Project
from gui.selection import SelectionModel
from gui.time_edit import TimeEdit
from gui.undo import push

PLACE_KINDS = {EntityKind.GPE, EntityKind.LOC}
MODALITY_TEXT = {Modality.HAPPENED: "Happened", Modality.PLANNED: "Planned",
                 Modality.HYPOTHETICAL: "Hypothetical", Modality.DENIED: "Denied"}
WARNING = "#D55E00"  # the palette's warning orange, as in the article header
REPORT_CHARS = 38  # an article's title in the list of reports: one line of the dock
MAX_REPORT_LINKS = 6  # lines of that list; an event told by forty articles must not push the fields away


def parse_tags(text: str) -> list[str]:
    """``"nato, Summit ,nato"`` → ``["nato", "Summit"]``: trimmed, no blanks or repeats."""
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def _completer(model: QStringListModel, parent: QWidget) -> QCompleter:
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class EventEditor(QWidget):
    """Title, time, modality, type, actors, place, tags and note of the current event."""

    evidenceRequested = Signal(str, int, int)  # source id, start, end: show this report in its article

    def __init__(self, selection: SelectionModel, undo_stack: QUndoStack,
                 project: Callable[[], Project | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventEditor")
        self.selection = selection
        self.undo_stack = undo_stack
        self._project = project
        self._event: Event | None = None

        self.header = QLabel(objectName="eventHeader", wordWrap=True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.linkActivated.connect(self._open_report)
        self.title = QLineEdit(objectName="eventTitle", placeholderText="What happened")
        self.when = TimeEdit()
        self.message = QLabel(objectName="eventMessage", wordWrap=True)
        self.message.setStyleSheet(f"color: {WARNING}")
        self.modality = QComboBox(objectName="eventModality")
        for modality, text in MODALITY_TEXT.items():
            self.modality.addItem(text, modality)
        self.type = QComboBox(objectName="eventType")
        for kind in EventType:
            self.type.addItem(kind.value.capitalize(), kind)
        self.actor_list = QListWidget(objectName="eventActors")
        self.actor_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.actor_list.setMaximumHeight(self.fontMetrics().height() * 5 + 8)
        self.add_actor = QLineEdit(objectName="eventAddActor", placeholderText="Add an actor…")
        self.remove_actor = QPushButton("Remove", objectName="eventRemoveActor")
        self.remove_actor.setToolTip("Take the chosen actors out of this event")
        self.place = QLineEdit(objectName="eventPlace", placeholderText="City, country or region")
        self.tags = QLineEdit(objectName="eventTags", placeholderText="Comma-separated")
        self.note = QPlainTextEdit(objectName="eventNote")
        self.note.setPlaceholderText("Your note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().height() * 3 + 12)
        self.note.setMaximumHeight(self.fontMetrics().height() * 8 + 12)  # leave room for Actors
        self._actor_names = QStringListModel(self)
        self._place_names = QStringListModel(self)
        self.add_actor.setCompleter(_completer(self._actor_names, self))
        self.place.setCompleter(_completer(self._place_names, self))
        self._lay_out()

        self.title.editingFinished.connect(self.commit_title)
        self.when.edited.connect(self.commit_time)
        # Qt hands str-enums back as plain str: turn them back into the model's enums
        self.modality.activated.connect(
            lambda _i: self._edit(modality=Modality(self.modality.currentData())))
        self.type.activated.connect(lambda _i: self._edit(type=EventType(self.type.currentData())))
        self.add_actor.returnPressed.connect(self.commit_add_actor)
        self.remove_actor.clicked.connect(self.commit_remove_actors)
        self.actor_list.itemSelectionChanged.connect(
            lambda: self.remove_actor.setEnabled(bool(self.actor_list.selectedItems())))
        self.place.editingFinished.connect(self.commit_place)
        self.tags.editingFinished.connect(self.commit_tags)
        self.note.installEventFilter(self)
        selection.eventChanged.connect(lambda _id: self.reload())
        self.reload()

    def _lay_out(self) -> None:
        actors = QVBoxLayout()
        actors.addWidget(self.actor_list)
        adding = QHBoxLayout()
        adding.addWidget(self.add_actor, 1)
        adding.addWidget(self.remove_actor)
        actors.addLayout(adding)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        actors_label = QLabel("Ac&tors")
        actors_label.setBuddy(self.add_actor)  # a layout has no buddy of its own
        for label, field in (("&Title", self.title), ("&When", self.when), ("", self.message),
                             ("&Status", self.modality), ("T&ype", self.type), (actors_label, actors),
                             ("&Place", self.place), ("Ta&gs", self.tags), ("&Note", self.note)):
            self.form.addRow(label, field)
        self.fields = QWidget(objectName="eventFields")  # hidden with no event: no stale values
        self.fields.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self._hide_message()

    # -- showing ---------------------------------------------------------------

    @property
    def event(self) -> Event | None:
        return self._event

    def on_changes(self, changes: Changes) -> None:
        """Project listener (on the UI thread): re-read what the editor shows."""
        shown = self._event.id if self._event else self.selection.event
        if changes.reset or changes.actors or (shown and shown in changes.events):
            self.reload()

    def reload(self) -> None:
        project = self._project()
        event_id = self.selection.event
        try:
            self._event = project.event(event_id) if project and event_id else None
        except KeyError:  # deleted (or its creation undone)
            self._event = None
        self._hide_message()
        event = self._event
        self.fields.setVisible(event is not None)
        for widget in self._fields():
            widget.setEnabled(event is not None)
        if event is None or project is None:
            self.header.setText("<i>No event selected. Click an event on the timeline, or select text "
                                "in an article and choose Event ▸ New Event from Selection.</i>")
            for line in (self.title, self.place, self.tags, self.add_actor):
                line.clear()
            self.note.setPlainText("")
            self.actor_list.clear()
            return
        self.header.setText(self._header_text(event, project))
        self._set_text(self.title, event.title)
        self.when.set_time(event.time, self._default_day(event, project))
        self.modality.setCurrentIndex(self.modality.findData(event.modality))
        self.type.setCurrentIndex(self.type.findData(event.type))
        self._show_actors(event, project)
        self._set_text(self.place, self._place_text(event, project))
        self._set_text(self.tags, ", ".join(event.tags))
        if self.note.toPlainText() != event.note:
            self.note.setPlainText(event.note)

    def _fields(self) -> list[QWidget]:
        return [self.title, self.when, self.modality, self.type, self.actor_list, self.add_actor,
                self.remove_actor, self.place, self.tags, self.note]

    @staticmethod
    def _set_text(line: QLineEdit, text: str) -> None:
        if line.text() != text:  # keeps the cursor where it is when nothing changed
            line.setText(text)
            line.setCursorPosition(0)

    def _header_text(self, event: Event, project: Project) -> str:
        sources = len(event.source_ids)
        parts = [f"{len(event.evidence)} report{'s' * (len(event.evidence) != 1)}"
                 f" in {sources} article{'s' * (sources != 1)}"]
        if event.edited:
            parts.append("edited by you (kept when articles are re-imported)")
        if len(self.selection.events) > 1:
            parts.insert(0, f"<b>{len(self.selection.events)} events selected</b>, showing the last one")
        return " · ".join(parts) + self._report_links(event, project)

    @staticmethod
    def _report_links(event: Event, project: Project) -> str:
        """One link per article (to its first report there), oldest first, so each can be
        read where it was found; at most ``MAX_REPORT_LINKS`` lines."""
        rows, seen = [], set()
        for n, evidence in enumerate(event.evidence):
            if evidence.source_id in seen:
                continue
            seen.add(evidence.source_id)
            try:
                source = project.source(evidence.source_id)
            except KeyError:
                continue  # no article to open
            name = source.display_title()
            date = f"{source.published.day}&nbsp;{source.published:%b}&nbsp;· " if source.published else ""
            short = name if len(name) <= REPORT_CHARS else name[:REPORT_CHARS - 1].rstrip() + "…"
            rows.append((source.published or dt.date.max, n,
                         f'{date}<a href="report:{n}">{html.escape(short)}</a>'))
        if len(rows) < 2:
            return ""
        rows.sort()
        links = [link for _d, _n, link in rows[:MAX_REPORT_LINKS]]
        if len(rows) > MAX_REPORT_LINKS:
            links.append(f"<i>and {len(rows) - MAX_REPORT_LINKS} more articles</i>")
        return "<br>" + "<br>".join(links)

    def _open_report(self, link: str) -> None:
        if self._event is None or not link.startswith("report:"):
            return
        n = int(link.removeprefix("report:"))
        if 0 <= n < len(self._event.evidence):
            evidence = self._event.evidence[n]
            self.evidenceRequested.emit(evidence.source_id, evidence.start, evidence.end)

    @staticmethod
    def _default_day(event: Event, project: Project) -> dt.date | None:
        for source_id in event.source_ids:
            try:
                published = project.source(source_id).published
            except KeyError:
                continue
            if published:
                return published
        return None

    def _show_actors(self, event: Event, project: Project) -> None:
        actors = project.actors()
        by_id = {a.id: a for a in actors}
        self.actor_list.clear()
        for actor_id in event.actors:
            actor = by_id.get(actor_id)
            item = QListWidgetItem(actor.name if actor else actor_id)
            item.setData(Qt.ItemDataRole.UserRole, actor_id)
            self.actor_list.addItem(item)
        self.remove_actor.setEnabled(False)
        self._actor_names.setStringList(sorted({a.name for a in actors if a.id not in event.actors},
                                               key=str.lower))
        self._place_names.setStringList(sorted({a.name for a in actors if a.kind in PLACE_KINDS},
                                               key=str.lower))

    @staticmethod
    def _place_text(event: Event, project: Project) -> str:
        if not event.place:
            return ""
        try:
            return project.actor(event.place).name
        except KeyError:
            return event.place  # free text

    # -- editing -----------------------------------------------------------------

    def _edit(self, **changes) -> bool:
        """Push one ``edit_event`` if anything differs from the stored event."""
        project, event = self._project(), self._event
        if project is None or event is None:
            return False
        changes = {k: v for k, v in changes.items() if getattr(event, k) != v}
        if not changes:
            return False
        self._hide_message()
        push(self.undo_stack, project, operations.edit_event(project, event.id, **changes))
        return True

    def _warn(self, text: str) -> None:
        self.message.setText(text)
        self.form.setRowVisible(self.message, True)

    def _hide_message(self) -> None:
        self.form.setRowVisible(self.message, False)

    def message_text(self) -> str:
        """The warning shown under the fields, or '' (for tests and accessibility)."""
        return self.message.text() if self.message.isVisibleTo(self) else ""

    def commit_title(self) -> bool:
        title = " ".join(self.title.text().split())
        if not title and self._event is not None:
            self._warn("An event needs a title; the old one is back.")
            self.title.setText(self._event.title)
            return False
        return self._edit(title=title)

    def commit_time(self) -> bool:
        """Apply the typed time, or explain why not and change nothing."""
        if self._event is None:
            return False
        try:
            time = self.when.time()
        except ValueError as exc:
            self._warn(f"{exc} Nothing was changed.")
            return False
        old = self._event.time
        if (old.granularity, old.start, old.end) == (time.granularity, time.start, time.end):
            self._hide_message()
            return False
        return self._edit(time=time)

    def commit_add_actor(self) -> bool:
        project, event = self._project(), self._event
        name = self.add_actor.text().strip()
        if project is None or event is None or not name:
            return False
        folded = name.casefold()
        actor = next((a for a in project.actors() if a.name.casefold() == folded), None) or next(
            (a for a in project.actors() if folded in (x.casefold() for x in a.aliases)), None)
        if actor is None:
            self._warn(f"No actor is called “{name}”. Pick one of the suggestions.")
            return False
        self.add_actor.clear()
        return self._edit(actors=list(dict.fromkeys([*event.actors, actor.id])))

    def commit_remove_actors(self) -> bool:
        if self._event is None:
            return False
        gone = {item.data(Qt.ItemDataRole.UserRole) for item in self.actor_list.selectedItems()}
        return self._edit(actors=[a for a in self._event.actors if a not in gone])

    def commit_place(self) -> bool:
        project = self._project()
        text = " ".join(self.place.text().split())
        if project is None:
            return False
        place = next((a.id for a in project.actors()
                      if a.kind in PLACE_KINDS and a.name.casefold() == text.casefold()), text)
        if self._event is not None and self._place_text(self._event, project) == text:
            return False  # unchanged, even when stored as an actor id
        return self._edit(place=place or None)

    def commit_tags(self) -> bool:
        return self._edit(tags=parse_tags(self.tags.text()))

    def commit_note(self) -> bool:
        return self._edit(note=self.note.toPlainText().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
        return super().eventFilter(watched, event)

    def focus_title(self) -> None:
        """Edit…: put the cursor in the title, ready to type over it."""
        self.title.setFocus()
        self.title.selectAll()
