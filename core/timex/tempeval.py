"""Read TimeML ``.tml`` files and score a tagger TempEval-3 Task A style.

Dev-time only (the data is never shipped), but kept in the package so the
benchmark and the tests share one scorer.

* The DCT is the TIMEX3 with ``functionInDocument="CREATION_TIME"``.
* The text is the content of ``<TEXT>`` with tags removed and XML entities
  decoded; gold spans are character offsets into that text.
* Scores: strict extent (identical span), relaxed extent (overlap, one-to-one),
  value (relaxed match with the same value) as precision/recall/F1.  Values are
  compared after normalising week padding (``2000-W7`` == ``2000-W07``) and
  trailing-X decade/century forms (``199X`` == ``199``).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

_TOKEN = re.compile(r"<[^>]*>|&[A-Za-z#0-9]+;|[^<&]+|&")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TmlDoc:
    name: str
    dct: dt.date | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def parse_tml(source: str, name: str = "") -> TmlDoc:
    """Parse one TimeML document given as a string."""
    dct = None
    m = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', source)
    if m:
        vm = re.search(r'value="(\d{4})-(\d\d)-(\d\d)', m.group())
        if vm:
            dct = dt.date(int(vm[1]), int(vm[2]), int(vm[3]))
    tm = re.search(r"<TEXT>(.*?)</TEXT>", source, re.S)
    body = tm.group(1) if tm else ""
    out: list[str] = []
    pos = 0
    stack: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    for tok in _TOKEN.finditer(body):
        s = tok.group()
        if s.startswith("<"):
            if s.startswith("<TIMEX3"):
                attrs = dict(_ATTR.findall(s))
                if s.endswith("/>"):
                    continue
                stack.append((pos, attrs))
            elif s.startswith("</TIMEX3") and stack:
                start, attrs = stack.pop()
                text = "".join(out)[start:pos]
                timexes.append(GoldTimex(start, pos, text, attrs.get("type", ""), attrs.get("value", "")))
            continue
        if s.startswith("&"):
            s = html.unescape(s)
        out.append(s)
        pos += len(s)
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start:t.end]
    timexes.sort(key=lambda t: t.start)
    return TmlDoc(name or "", dct, text, timexes)


def read_tml(path: Path) -> TmlDoc:
    return parse_tml(path.read_text(encoding="utf-8"), path.stem)


def norm_value(v: str) -> str:
    v = (v or "").strip()
    v = re.sub(r"-W(\d)(?!\d)", r"-W0\1", v)
    m = re.fullmatch(r"(\d{1,3})X+", v)
    if m:
        v = m.group(1)
    return v


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: "Counts") -> None:
        for f in ("gold", "pred", "strict", "relaxed", "value", "type"):
            setattr(self, f, getattr(self, f) + getattr(other, f))

    @staticmethod
    def _f(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = hit / pred if pred else 0.0
        r = hit / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f

    def scores(self) -> dict[str, tuple[float, float, float]]:
        return {k: self._f(getattr(self, k), self.pred, self.gold) for k in ("strict", "relaxed", "value", "type")}


def score_doc(gold: list[GoldTimex], pred: list[tuple[int, int, str, str]]) -> tuple[Counts, list]:
    """Count matches of ``pred`` ``(start, end, type, value)`` against ``gold``.

    Returns the counts and a list of ``(kind, gold|None, pred|None)`` errors
    for inspection: ``missed``, ``spurious``, ``value``.
    """
    c = Counts(gold=len(gold), pred=len(pred))
    errors: list = []
    used: set[int] = set()
    for g in gold:
        best = None
        for i, p in enumerate(pred):
            if i in used or p[1] <= g.start or p[0] >= g.end:
                continue
            exact = p[0] == g.start and p[1] == g.end
            if best is None or exact:
                best = i
                if exact:
                    break
        if best is None:
            errors.append(("missed", g, None))
            continue
        used.add(best)
        p = pred[best]
        c.relaxed += 1
        if p[0] == g.start and p[1] == g.end:
            c.strict += 1
        else:
            errors.append(("extent", g, p))
        if p[2] == g.type:
            c.type += 1
        if norm_value(p[3]) == norm_value(g.value):
            c.value += 1
        else:
            errors.append(("value", g, p))
    for i, p in enumerate(pred):
        if i not in used:
            errors.append(("spurious", None, p))
    return c, errors
