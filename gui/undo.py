"""One ``QUndoCommand`` for every core operation.

Core operations hold their before/after state and know their inverse, so
the command only applies one or the other to the project; views update from
the project's change notifications, never from the command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from core.operations import Operation
    from core.project import Project


class OperationCommand(QUndoCommand):
    """Wraps a core ``Operation``: redo applies it, undo applies its inverse."""

    def __init__(self, project: Project, operation: Operation) -> None:
        super().__init__(operation.text)
        self.project = project
        self.operation = operation

    def redo(self) -> None:
        self.project.apply(self.operation)

    def undo(self) -> None:
        self.project.apply(self.operation.inverse())


def push(stack: QUndoStack, project: Project, operation: Operation) -> None:
    """Apply ``operation`` now and make it undoable."""
    stack.push(OperationCommand(project, operation))
