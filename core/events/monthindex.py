"""Clusters indexed by calendar month, so merging compares a report only with
clusters it could share a time with (projects grow to thousands of reports)."""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

from core.models import Event

C = TypeVar("C")


class MonthIndex(Generic[C]):
    """Clusters (any objects) by the calendar months their first report covers."""

    WIDE = 24  # months; wider intervals (decades, unplaced) are checked against everything

    def __init__(self) -> None:
        self.by_month: dict[tuple[int, int], list[C]] = {}
        self.wide: list[C] = []
        self.order: dict[int, int] = {}

    @staticmethod
    def _months(e: Event) -> list[tuple[int, int]] | None:
        t = e.time
        if not t.placed:
            return None
        last = t.end - dt.timedelta(microseconds=1)  # type: ignore[operator]
        y, m = t.start.year, t.start.month  # type: ignore[union-attr]
        out = []
        while (y, m) <= (last.year, last.month):
            out.append((y, m))
            if len(out) > MonthIndex.WIDE:
                return None
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def add(self, cluster: C, e: Event) -> None:
        self.order[id(cluster)] = len(self.order)
        months = self._months(e)
        if months is None:
            self.wide.append(cluster)
        else:
            for key in months:
                self.by_month.setdefault(key, []).append(cluster)

    def near(self, e: Event) -> list[C]:
        months = self._months(e)
        if months is None:
            found = {id(c): c for cs in self.by_month.values() for c in cs}
        else:
            found = {id(c): c for key in months for c in self.by_month.get(key, [])}
        found.update((id(c), c) for c in self.wide)
        return sorted(found.values(), key=lambda c: self.order[id(c)])  # creation order: stable ties
