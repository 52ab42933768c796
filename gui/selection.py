"""The selection shared by every view: one event, one actor, one source.

Views never talk to each other directly; they set and observe this object,
which keeps the main window free of cross-wiring.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SelectionModel(QObject):
    """Current event/actor/source ids; setting a value emits only on change."""

    eventChanged = Signal(object)  # str | None
    actorChanged = Signal(object)  # str | None
    sourceChanged = Signal(object)  # str | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event: str | None = None
        self._actor: str | None = None
        self._source: str | None = None

    @property
    def event(self) -> str | None:
        return self._event

    @property
    def actor(self) -> str | None:
        return self._actor

    @property
    def source(self) -> str | None:
        return self._source

    def set_event(self, event_id: str | None) -> None:
        if event_id != self._event:
            self._event = event_id
            self.eventChanged.emit(event_id)

    def set_actor(self, actor_id: str | None) -> None:
        if actor_id != self._actor:
            self._actor = actor_id
            self.actorChanged.emit(actor_id)

    def set_source(self, source_id: str | None) -> None:
        if source_id != self._source:
            self._source = source_id
            self.sourceChanged.emit(source_id)

    def clear(self) -> None:
        self.set_event(None)
        self.set_actor(None)
        self.set_source(None)
