"""Code-point offsets (Python, the models) ↔ UTF-16 positions (Qt text).

A character outside the Basic Multilingual Plane (most emoji, some CJK) is
one Python character but two UTF-16 units, so every highlight after it would
shift by one if offsets were passed to Qt unconverted.
"""

from __future__ import annotations

import numpy as np


class Utf16Map:
    """Converts offsets for one text in O(1) (to Qt) or O(log n) (from Qt)."""

    def __init__(self, text: str) -> None:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        extra = np.concatenate(([0], np.cumsum(codes > 0xFFFF)))
        self._qt = np.arange(len(codes) + 1) + extra  # qt position of each code-point offset
        self.simple = bool(extra[-1] == 0)  # no astral characters: offsets are equal

    def to_qt(self, offset: int) -> int:
        if self.simple:
            return offset
        return int(self._qt[min(max(offset, 0), len(self._qt) - 1)])

    def to_py(self, position: int) -> int:
        """The code-point offset at or before a Qt position (mid-surrogate rounds down)."""
        if self.simple:
            return position
        return int(np.searchsorted(self._qt, position, side="right") - 1)
