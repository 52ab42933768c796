"""Why a project file could not be opened, in words a user can act on."""


class ProjectError(Exception):
    """Base for every project-file problem; ``str()`` is a one-line message."""


class NotAProjectError(ProjectError):
    pass


class CorruptProjectError(ProjectError):
    pass


class NewerProjectError(ProjectError):
    pass
