"""The intermediate form between a regex match and a TIMEX3 value.

A ``Spec`` says *what* an expression means ("the weekday 2, direction from
tense", "one year back from the reference time") without yet knowing the DCT.
Keeping this step separate is what lets ``tag`` stay a pure function of
``(text, dct)``: the same specs resolve to X-placeholders without a DCT and to
full dates with one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from core.models import TimexType


@dataclass(frozen=True)
class Spec:
    """What an expression means before anchoring.

    kind:
      ``abs``      value is final (explicit dates, durations, sets, REFs)
      ``offset``   ``n`` ``unit`` steps from the anchor, value at ``unit`` granularity
      ``weekday``  ``weekday`` (ISO 1..7) near the anchor; ``direction`` or tense decides
      ``yearless`` ``suffix`` (e.g. ``-05-12``, ``-Q3``, ``-SU``) in a year chosen near the anchor
      ``quarter_ctx`` the quarter being discussed (``n`` years back) or, failing that, a year offset
      ``same_period`` the period last told of, ``n`` years away ("the same period last year")
      ``day_of_month`` day ``n`` of the month in view ("on the 5th")
    """

    type: TimexType
    kind: str = "abs"
    value: str | None = None
    unit: str | None = None
    n: int = 0
    anchor: str = "dct"  # "dct" or "ref" (the last explicit reference time)
    weekday: int | None = None
    suffix: str | None = None
    direction: int | None = None  # -1 past, 0 same, +1 future, None: from tense
    part: str | None = None  # appended to a day value: "TMO", "T10:00"
    mod: str | None = None
    explicit: bool = False  # an explicit date that may become the reference time
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def with_(self, **changes) -> "Spec":
        return replace(self, **changes)

    def with_extra(self, **extra) -> "Spec":
        return replace(self, extra={**self.extra, **extra})


@dataclass(frozen=True)
class Candidate:
    """A span proposed by a rule, with its meaning."""

    start: int
    end: int
    spec: Spec
    group: int = 0  # length of the whole match: longer matches win overlaps
    rule: str = ""
