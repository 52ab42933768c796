"""``TimeEdit``: when an event happened, at the precision it is known.

A precision (undated, year, month, day, time) and two date fields.  Both
fields show the *last* unit inclusively ("April 2021 to May 2021"), the way
people say it; ``core.timevalues.typed_value`` turns that into the model's
half-open interval.  The widget only reads and validates; the event editor
decides when to commit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.models import Granularity, TimeValue, TimexType
from core.timevalues import editable_granularity, floor, typed_value

PRECISIONS = [
    (Granularity.UNKNOWN, "Undated"), (Granularity.YEAR, "Year"), (Granularity.MONTH, "Month"),
    (Granularity.DAY, "Day"), (Granularity.MINUTE, "Day and time"),
]
FORMATS = {
    Granularity.YEAR: "yyyy", Granularity.MONTH: "MMM yyyy", Granularity.DAY: "d MMM yyyy",
    Granularity.MINUTE: "d MMM yyyy HH:mm", Granularity.UNKNOWN: "d MMM yyyy",
}
UNDATED = TimeValue(value="XXXX", type=TimexType.DATE, granularity=Granularity.UNKNOWN)


UTC = QTimeZone(QTimeZone.Initialization.UTC)  # naive model times: no daylight-saving gaps


def _qt(moment: dt.datetime) -> QDateTime:
    day = QDate(moment.year, moment.month, moment.day)
    return QDateTime(day, QTime(moment.hour, moment.minute), UTC)


def _py(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class TimeEdit(QWidget):
    """Precision plus from/to fields; ``edited`` fires when the user finishes a change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.precision = QComboBox(objectName="eventPrecision")
        self.precision.setAccessibleName("Date precision")
        for granularity, text in PRECISIONS:
            self.precision.addItem(text, granularity)
        self.start = self._date_edit("eventStart", "From")
        self.end = self._date_edit("eventEnd", "To")
        self.to_label = QLabel("to")
        # Precision above the dates: on one line the row alone needed a 490 px
        # dock, which took the width from the timeline.
        top = QHBoxLayout()
        top.addWidget(self.precision)
        top.addStretch(1)
        dates = QHBoxLayout()
        dates.addWidget(self.start, 1)
        dates.addWidget(self.to_label)
        dates.addWidget(self.end, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(dates)
        self.precision.activated.connect(self._precision_chosen)
        self._default_day = dt.date.today()

    def _date_edit(self, name: str, accessible: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(objectName=name)
        edit.setAccessibleName(accessible)
        edit.setTimeZone(UTC)
        edit.setCalendarPopup(True)
        edit.editingFinished.connect(self.edited)
        return edit

    # -- reading and writing ------------------------------------------------------

    def granularity(self) -> Granularity:
        return Granularity(self.precision.currentData())  # Qt hands str-enums back as str

    def set_time(self, value: TimeValue, default_day: dt.date | None = None) -> None:
        """Show ``value``; an undated one offers ``default_day`` once a precision is chosen."""
        self._default_day = default_day or dt.date.today()
        granularity = editable_granularity(value.granularity) if value.placed else Granularity.UNKNOWN
        if value.placed and granularity == Granularity.UNKNOWN:
            granularity = Granularity.DAY  # placed but of unknown precision: show its days
        if value.placed:
            first = value.start
            last = max(value.end - dt.timedelta(microseconds=1), first)
        else:
            first = last = dt.datetime.combine(self._default_day, dt.time())
        self._show(granularity, first, last)

    def time(self) -> TimeValue:
        """The typed time; raises ``ValueError`` with a message for the user if it is not valid."""
        granularity = self.granularity()
        if granularity == Granularity.UNKNOWN:
            return UNDATED
        first, last = _py(self.start.dateTime()), _py(self.end.dateTime())
        if floor(last, granularity) < floor(first, granularity):
            raise ValueError(f"The end ({self.end.text()}) is before the start ({self.start.text()}).")
        return typed_value(granularity, first, last)

    def _show(self, granularity: Granularity, first: dt.datetime, last: dt.datetime) -> None:
        self.precision.setCurrentIndex(self.precision.findData(granularity))
        dated = granularity != Granularity.UNKNOWN
        for edit, moment in ((self.start, first), (self.end, last)):
            edit.setDisplayFormat(FORMATS[granularity])
            edit.setDateTime(_qt(moment))
            edit.setEnabled(dated)
        self.to_label.setEnabled(dated)

    def _precision_chosen(self, _index: int) -> None:
        """Re-show the same dates at the new precision, then report the change."""
        granularity = self.granularity()
        if self.start.isEnabled():
            first, last = _py(self.start.dateTime()), _py(self.end.dateTime())
        else:  # was undated: start from the article's day
            first = last = dt.datetime.combine(self._default_day, dt.time())
        self._show(granularity, first, last)
        self.edited.emit()
