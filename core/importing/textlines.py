"""Line helpers shared by the furniture and byline rules.

Page furniture is line-shaped (a "Share:" widget, a byline, a credit), so the
rules walk lines and report spans of the *visible* line content: leading and
trailing blanks are left out so the viewer greys exactly the words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from core.models import Span


class Line(NamedTuple):
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # the stripped line


def iter_lines(text: str) -> Iterator[Line]:
    """Non-empty lines of ``text`` with their stripped content and exact offsets."""
    pos = 0
    length = len(text)
    while pos <= length:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = length
        raw = text[pos:nl]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            yield Line(start, start + len(stripped), stripped)
        pos = nl + 1


def merge_spans(spans: Iterable[Span], text: str) -> list[Span]:
    """Sort and merge spans that overlap or are separated only by whitespace."""
    merged: list[list[int]] = []
    for start, end in sorted((s, e) for s, e in spans if e > s):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def covered(span: Span, spans: Iterable[Span]) -> bool:
    """True if ``span`` lies entirely inside one of ``spans``."""
    return any(s <= span[0] and span[1] <= e for s, e in spans)
