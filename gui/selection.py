"""The selection shared by every view: events, one actor, one source.

Views never talk to each other directly; they set and observe this object,
which keeps the main window free of cross-wiring.  Several events can be
selected at once (Ctrl+click, to merge or delete them); ``event`` is the
current one, which single-event views (article, editor) show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SelectionModel(QObject):
    """Current event/actor/source ids; setting a value emits only on change."""

    eventChanged = Signal(object)  # str | None
    actorChanged = Signal(object)  # str | None
    sourceChanged = Signal(object)  # str | None
    eventsChanged = Signal(object)  # tuple[str, ...]: every selected event, current last

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event: str | None = None
        self._events: tuple[str, ...] = ()
        self._actor: str | None = None
        self._source: str | None = None

    @property
    def event(self) -> str | None:
        return self._event

    @property
    def events(self) -> tuple[str, ...]:
        return self._events

    @property
    def actor(self) -> str | None:
        return self._actor

    @property
    def source(self) -> str | None:
        return self._source

    def set_event(self, event_id: str | None) -> None:
        """Select just this event (or none)."""
        self.set_events([event_id] if event_id else [])

    def set_events(self, event_ids: list[str] | tuple[str, ...]) -> None:
        """Select these events; the last one becomes the current event."""
        events = tuple(dict.fromkeys(event_ids))
        current = events[-1] if events else None
        changed = events != self._events
        self._events = events
        if current != self._event:
            self._event = current
            self.eventChanged.emit(current)
        if changed:
            self.eventsChanged.emit(events)

    def toggle_event(self, event_id: str) -> None:
        """Ctrl+click: add the event to the selection, or take it out."""
        if event_id in self._events:
            self.set_events([e for e in self._events if e != event_id])
        else:
            self.set_events([*self._events, event_id])

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
