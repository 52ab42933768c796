"""Actors: the people, organisations, places and groups a project's news is about.

Two steps, so that the expensive one (parsing) runs per source and can be
cached, and the cheap one (clustering) runs over the whole project each time:

* :func:`find_mentions` reads one parsed source: cleaned entity spans outside
  page furniture and bylines, carrying (``.role_hints``) the job titles stated
  next to people (:func:`find_role_hints` alone gives just those);
* :func:`build_actors` clusters the mentions of all sources into actors
  (aliases merged, majority kind, one role, mention counts) and respects
  actors the user edited.

:func:`extract_actors` chains both for callers that have the sources at hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from core.actors.clustering import build_actors
from core.actors.mentions import SourceMentions, find_mentions
from core.actors.roles import RoleHint, choose_role, find_role_hints
from core.models import Actor, Mention, Source

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "RoleHint",
    "SourceMentions",
    "build_actors",
    "choose_role",
    "extract_actors",
    "find_mentions",
    "find_role_hints",
    "read_source",
]


def read_source(source: Source, doc: Doc) -> tuple[list[Mention], list[RoleHint]]:
    """Mentions and role hints of one source (``doc`` parses ``source.body``)."""
    mentions = find_mentions(source, doc)
    return list(mentions), list(mentions.role_hints)


def extract_actors(
    sources: Iterable[Source],
    nlp: Language | None = None,
    keep: Sequence[Actor] = (),
) -> tuple[list[Actor], dict[str, list[Mention]]]:
    """Parse every source, then cluster: the actors and each source's mentions.

    ``nlp`` defaults to the shared pipeline of :mod:`core.nlp`.
    """
    if nlp is None:
        from core import nlp as nlp_module

        nlp = nlp_module.load()
    found: dict[str, list[Mention]] = {}
    for source in sources:
        found[source.id] = find_mentions(source, nlp(source.body))  # role hints ride along
    return build_actors(found, keep=keep), found
