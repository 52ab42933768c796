"""``ActorsPanel``: who is in the project; filters and highlights the timeline.

A table model over the project's actors with a filter proxy (search text,
hidden actors).  The checkbox in the name column says whether an actor's
events show on the timeline; selecting a row selects the actor everywhere.
Rename, merge and hide are core operations pushed on the undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel,
                            Qt, Signal)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QInputDialog,
                               QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget)

from core import operations
from core.models import Actor, EntityKind, Event
from gui.palette import KIND_NAMES, kind_icon
from gui.selection import SelectionModel
from gui.undo import push

NAME, ROLE, MENTIONS, EVENTS = range(4)
KIND_PLURALS = {EntityKind.PERSON: "People", EntityKind.ORG: "Organisations", EntityKind.GPE: "Countries/cities",
                EntityKind.LOC: "Places", EntityKind.NORP: "Groups"}
HEADERS = ["Name", "Role", "Refs", "Events"]
ActorRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ActorsModel(QAbstractTableModel):
    """Actors with their event counts and a per-actor 'show on timeline' check."""

    filterChanged = Signal()  # the set of unchecked actors changed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._actors: list[Actor] = []
        self._events: dict[str, int] = {}
        self.unchecked: set[str] = set()

    def set_actors(self, actors: list[Actor], events: list[Event]) -> None:
        self.beginResetModel()
        self._actors = sorted(actors, key=lambda a: (-a.mentions, a.name.lower()))
        counts: dict[str, int] = {}
        for event in events:
            for actor_id in set(event.actors):
                counts[actor_id] = counts.get(actor_id, 0) + 1
        self._events = counts
        self.unchecked &= {a.id for a in actors}
        self.endResetModel()

    def actor(self, row: int) -> Actor:
        return self._actors[row]

    def row_of(self, actor_id: str) -> int:
        return next((i for i, a in enumerate(self._actors) if a.id == actor_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._actors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return ["Name (tick to show its events)", "Role", "Mentions in the articles",
                    "Events it takes part in"][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        actor = self._actors[index.row()]
        column = index.column()
        if role == ActorRole:
            return actor.id
        if role == Qt.ItemDataRole.DisplayRole:
            return [actor.name, actor.role or "", actor.mentions, self._events.get(actor.id, 0)][column]
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return kind_icon(actor.kind)
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME:
            return Qt.CheckState.Unchecked if actor.id in self.unchecked else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            kind = KIND_NAMES.get(actor.kind, actor.kind.value)  # name and role too: a narrow dock hides them
            said = f" · {actor.role}" if actor.role else ""
            return f"{actor.name} · {kind}{said}" + (" · also: " + ", ".join(actor.aliases) if actor.aliases else "")
        if role == Qt.ItemDataRole.ToolTipRole and column == ROLE:
            return actor.role
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MENTIONS, EVENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and actor.hidden:
            return Qt.GlobalColor.gray
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != NAME:
            return False
        actor_id = self._actors[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.unchecked.discard(actor_id)
        else:
            self.unchecked.add(actor_id)
        self.dataChanged.emit(index, index, [role])
        self.filterChanged.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def show_only(self, actor_id: str | None) -> None:
        """Tick only ``actor_id`` (its events alone stay on the timeline), or every actor for ``None``."""
        self.unchecked = {a.id for a in self._actors if a.id != actor_id} if actor_id else set()
        if self._actors:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self._actors) - 1, NAME),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.filterChanged.emit()

    def hidden_ids(self) -> set[str]:
        """Actors whose events the timeline should not show."""
        return set(self.unchecked) | {a.id for a in self._actors if a.hidden}


class ActorsProxy(QSortFilterProxyModel):
    """Search over names and aliases; hidden actors only when asked for."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._show_hidden = False
        self._kind: EntityKind | None = None
        self.setSortRole(Qt.ItemDataRole.DisplayRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_hidden(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_hidden = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: EntityKind | None) -> None:
        """Only actors of this kind (people, organisations...); ``None`` for all."""
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, ActorsModel)
        actor = model.actor(row)
        if actor.hidden and not self._show_hidden:
            return False
        if self._kind is not None and actor.kind != self._kind:
            return False
        if not self._text:
            return True
        return any(self._text in name.casefold() for name in [actor.name, *actor.aliases, actor.role or ""])


ROLE_SHOWN_FROM = 330  # table widths below this hide the Role column so names keep their room


class ActorsPanel(QWidget):
    """Search box, table, and a context menu of undoable edits."""

    filterChanged = Signal(object)  # set of actor ids whose events are hidden

    def __init__(self, selection: SelectionModel, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actorsPanel")
        self.selection = selection
        self.undo_stack = undo_stack
        self.project = None
        self.model = ActorsModel(self)
        self.proxy = ActorsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(placeholderText="Search actors…", objectName="actorSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.show_hidden = QCheckBox("Show hidden")
        self.show_hidden.toggled.connect(self.proxy.set_show_hidden)
        self.kind = QComboBox(objectName="actorKind")
        self.kind.setToolTip("Show only actors of one kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(8)  # the search field keeps the room; the list opens wider
        self.kind.addItem("All kinds", None)
        for kind, name in KIND_NAMES.items():
            self.kind.addItem(KIND_PLURALS.get(kind, name), kind)
        self.kind.currentIndexChanged.connect(  # Qt hands str-enums back as plain str
            lambda _i: self.proxy.set_kind(EntityKind(self.kind.currentData()) if self.kind.currentData() else None))
        self.table = QTableView(objectName="actorsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Those taking part in most events first (ties: most mentioned, the model's order):
        # "Russian" named 35 times in no event is less use at the top than Joe Biden.
        self.table.sortByColumn(EVENTS, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ROLE, 80)
        header.setMinimumSectionSize(36)
        self.table.setWordWrap(False)
        # Fixed widths from the font: ResizeToContents would read every row's data
        # on each change, which after a large import stalls the window.
        # Each as wide as its title plus the sort arrow, so names get the rest.
        metrics = header.fontMetrics()
        for column in (MENTIONS, EVENTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            width = max(metrics.horizontalAdvance(HEADERS[column]), metrics.horizontalAdvance("0000"))
            header.resizeSection(column, width + 26)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.filterChanged.connect(lambda: self.filterChanged.emit(self.model.hidden_ids()))
        selection.actorChanged.connect(self._select_row)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.show_hidden)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.table.setColumnHidden(ROLE, self.table.width() < ROLE_SHOWN_FROM)

    def set_project(self, project) -> None:
        self.project = project
        self.reload()

    def reload(self) -> None:
        before = self.model.hidden_ids()
        if self.project is None:
            self.model.set_actors([], [])
        else:
            self.model.set_actors(self.project.actors(), self.project.events())
        self._select_row(self.selection.actor)
        if self.model.hidden_ids() != before:
            self.filterChanged.emit(self.model.hidden_ids())

    # -- selection ------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.selection.set_actor(current.data(ActorRole))

    def _select_row(self, actor_id: str | None) -> None:
        row = self.model.row_of(actor_id) if actor_id else -1
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if index.isValid() and index != self.table.currentIndex():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def set_checked(self, actor_id: str, checked: bool) -> None:
        row = self.model.row_of(actor_id)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.model.setData(self.model.index(row, NAME), state.value, Qt.ItemDataRole.CheckStateRole)

    # -- edits -------------------------------------------------------------------

    def _menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid() or self.project is None:
            return
        actor = self.project.actor(index.data(ActorRole))
        menu = QMenu(self)
        menu.addAction("Show Only Its Events", lambda: self.model.show_only(actor.id))
        everyone = menu.addAction("Show Every Actor's Events", lambda: self.model.show_only(None))
        everyone.setEnabled(bool(self.model.unchecked))
        menu.addSeparator()
        menu.addAction("Rename…", lambda: self.rename(actor.id))
        menu.addAction("Merge with…", lambda: self.merge(actor.id))
        menu.addAction("Show" if actor.hidden else "Hide", lambda: self.set_hidden(actor.id, not actor.hidden))
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()  # one menu per right-click: do not keep them all

    def rename(self, actor_id: str, name: str | None = None) -> None:
        actor = self.project.actor(actor_id)
        if name is None:
            name, ok = QInputDialog.getText(self, "Rename Actor", "Name:", text=actor.name)
            if not ok:
                return
        if name.strip() and name.strip() != actor.name:
            push(self.undo_stack, self.project, operations.rename_actor(self.project, actor_id, name))

    def merge(self, actor_id: str, into: str | None = None) -> None:
        """Merge ``actor_id`` into another actor, which keeps its name."""
        if into is None:
            others = [a for a in self.project.actors() if a.id != actor_id]
            others.sort(key=lambda a: a.name.lower())
            names = [f"{a.name} ({KIND_NAMES.get(a.kind, a.kind.value)})" for a in others]
            choice, ok = QInputDialog.getItem(self, "Merge Actors",
                                              f"Merge “{self.project.actor(actor_id).name}” into:",
                                              names, 0, False)
            if not ok or choice not in names:
                return
            into = others[names.index(choice)].id
        push(self.undo_stack, self.project, operations.merge_actors(self.project, into, [actor_id]))

    def set_hidden(self, actor_id: str, hidden: bool) -> None:
        push(self.undo_stack, self.project, operations.set_actor_hidden(self.project, actor_id, hidden))
