"""The one exception the importer raises.

A batch import must never stop on a bad file, so every failure that makes a file
unusable is turned into an :class:`ImportProblem` whose message fits on one line
of the GUI's import report and names the file, e.g.
``"x.bin: not a text file (binary content)"``.
"""

from __future__ import annotations

from pathlib import Path


class ImportProblem(Exception):
    """A file that cannot be imported; the batch skips it and goes on."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        # One line only: the GUI lists these in a table.
        self.reason = " ".join(str(reason).split())
        super().__init__(f"{self.path.name}: {self.reason}")

    def __str__(self) -> str:  # explicit so subclasses/pickling keep the format
        return f"{self.path.name}: {self.reason}"
