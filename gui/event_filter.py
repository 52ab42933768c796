"""A search field over the timeline: show only the events that mention some words.

Typing narrows the timeline as you go (after a short pause, so 100,000 events
are searched once per word rather than once per key); Esc clears it.  The
words are matched in titles, actors, tags, notes and the evidence sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

DEBOUNCE_MS = 200


class EventFilterBar(QWidget):
    """The field and a count of what it lets through."""

    queryChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventFilterBar")
        self.field = QLineEdit(objectName="eventFilter")
        self.field.setPlaceholderText("Filter events by words in their titles, actors or articles…")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Filter events")
        self.field.installEventFilter(self)
        self.count = QLabel(objectName="eventFilterCount")
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.queryChanged.emit(self.query()))
        self.field.textChanged.connect(lambda _text: self._timer.start())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)

    def query(self) -> str:
        return self.field.text().strip()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_count(self, matching: int, total: int) -> None:
        self.count.setText(f"{matching} of {total} events" if self.query() else "")

    def clear(self) -> None:
        self._timer.stop()
        self.field.clear()
        self.queryChanged.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.field.text():
                self.clear()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._timer.stop()
                self.queryChanged.emit(self.query())
                return True
        return super().eventFilter(watched, event)
