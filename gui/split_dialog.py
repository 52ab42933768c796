"""``SplitDialog``: choose which reports of an event become an event of their own.

Merges (automatic or the user's) sometimes join reports of different
happenings; splitting undoes that one report at a time.  The reports of
every article but the first are ticked to start with, since a wrong merge
usually joined what different articles said.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from core.models import Event
from core.project import Project


def default_split(event: Event) -> list[int]:
    """Reports from articles other than the first; else every report after the first."""
    first = event.evidence[0].source_id
    others = [i for i, e in enumerate(event.evidence) if e.source_id != first]
    return others or list(range(1, len(event.evidence)))


class SplitDialog(QDialog):
    """A ticked list of the event's reports; OK needs some, but not all, ticked."""

    def __init__(self, event: Event, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitDialog")
        self.setWindowTitle("Split Event")
        self.list = QListWidget(objectName="splitReports")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        ticked = set(default_split(event))
        for i, evidence in enumerate(event.evidence):
            try:
                source = project.source(evidence.source_id)
                name = source.display_title()
            except KeyError:
                name = evidence.source_id
            text = " ".join(evidence.text.split())
            item = QListWidgetItem(f"{name}\n“{text[:160]}{'…' * (len(text) > 160)}”")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if i in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Split")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self._check())
        layout = QVBoxLayout(self)
        label = QLabel(f"Tick the reports to move out of “{event.title}” into a new event:")
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self._check()

    def chosen(self) -> list[int]:
        return [i for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _check(self) -> None:
        n = len(self.chosen())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(0 < n < self.list.count())
