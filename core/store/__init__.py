"""The project file: schema, migrations and safe transactions over SQLite."""

from core.store.errors import CorruptProjectError, NewerProjectError, NotAProjectError, ProjectError

__all__ = ["CorruptProjectError", "NewerProjectError", "NotAProjectError", "ProjectError"]
