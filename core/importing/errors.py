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
        # One line only: the GUI lists these in a table, and file names may hold anything.
        self.reason = " ".join(str(reason).split())
        self.name = "".join(ch if ch.isprintable() else "?" for ch in self.path.name)
        super().__init__(path, reason)

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"

    def __reduce__(self):  # picklable across worker processes with the same message
        return (type(self), (str(self.path), self.reason))
