"""From files on disk to a project's sources, actors, timexes and events.

Import has two phases.  *Reading and parsing* (the slow part: spaCy) works on
new files only and touches nothing in the project, so Cancel or a failure
leaves the project as it was.  *Integration* then rebuilds actors and events
over the whole project (cheap: stored spaCy docs are reused) and writes
everything in one transaction.  User-edited actors and events survive it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core import nlp
from core.models import Actor, Event, Mention, Source, Timex, TimexType
from core.project import Changes, Project

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)  # source ids
    duplicates: list[str] = field(default_factory=list)  # file names already in the project
    problems: list[str] = field(default_factory=list)  # one line per file that was skipped
    warnings: list[str] = field(default_factory=list)  # one line per kept file with an issue
    unknown_dates: list[str] = field(default_factory=list)  # source ids needing a date


@dataclass
class Analysis:
    """What the slow NLP pass produced for one source.  The doc's DATE/TIME entities
    are the tagger's timexes (see ``nlp.dates_as_entities``): set ``timexes`` through
    ``retime`` to keep them so."""

    source: Source
    doc: object  # spacy.tokens.Doc
    timexes: list[Timex]

    def __post_init__(self) -> None:
        self.retime(self.timexes)

    def retime(self, timexes: list[Timex]) -> None:
        self.timexes = timexes
        nlp.dates_as_entities(self.doc, ((t.start, t.end, t.type is TimexType.TIME) for t in timexes))


def _no_progress(done: int, total: int, message: str) -> None:
    pass


def _never() -> bool:
    return False


# -- phase 1: read and parse ---------------------------------------------------


def read_sources(
    paths: Iterable[str | Path], report: ImportReport, known_hashes: set[str],
    progress: Progress, cancelled: Cancelled,
) -> list[Source]:
    from core.importing import ImportProblem, collect_files, load_sidecar, read_article

    files = collect_files([Path(p) for p in paths])
    sidecars: dict[Path, dict] = {}
    sources: list[Source] = []
    for done, path in enumerate(files):
        if cancelled():
            raise ImportCancelled
        progress(done, len(files), f"Reading {path.name}")
        folder = path.parent
        if folder not in sidecars:
            try:
                sidecars[folder] = load_sidecar(folder)
            except ImportProblem as problem:
                report.warnings.append(str(problem))
                sidecars[folder] = {}
        try:
            source = read_article(path, sidecars[folder].get(path.name))
        except ImportProblem as problem:
            report.problems.append(str(problem))
            continue
        except Exception as exc:  # a reader bug must not stop the batch
            report.problems.append(f"{path.name}: could not be read ({type(exc).__name__}: {exc})")
            continue
        if source.content_hash in known_hashes:
            report.duplicates.append(path.name)
            continue
        known_hashes.add(source.content_hash)
        report.warnings += [f"{source.file}: {w}" for w in source.warnings]
        sources.append(source)
    return sources


def analyse(
    sources: Sequence[Source], progress: Progress = _no_progress, cancelled: Cancelled = _never
) -> list[Analysis]:
    from core.timex import tag

    analyses = []
    docs = nlp.parse_many(s.body for s in sources)  # in pieces: the window stays responsive
    for done, (source, doc) in enumerate(zip(sources, docs)):
        if cancelled():
            raise ImportCancelled
        progress(done, len(sources), f"Analysing {source.file}")
        analyses.append(Analysis(source, doc, tag(source.body, source.published, doc)))
    return analyses


# -- phase 2: integrate over the whole project -----------------------------------


@dataclass
class Extraction:
    actors: list[Actor]
    mentions: dict[str, list[Mention]]  # by source id
    events: list[Event]


def extract(analyses: Sequence[Analysis], keep_actors: list[Actor], keep_events: list[Event],
            previous: Sequence[Actor] = ()) -> Extraction:
    """Actors across all sources, then events across all sources, merged."""
    from core.actors import build_actors, find_mentions

    found = {a.source.id: find_mentions(a.source, a.doc) for a in analyses}
    actors = build_actors(found, keep=keep_actors)  # sets each mention's actor_id
    mentions = {source_id: list(found_here) for source_id, found_here in found.items()}
    _keep_ids_stable(actors, mentions, previous)
    events = extract_events_for(analyses, actors, mentions, keep_events)
    return Extraction(actors, mentions, events)


def extract_events_for(
    analyses: Sequence[Analysis], actors: Sequence[Actor],
    mentions: dict[str, list[Mention]], keep_events: list[Event],
) -> list[Event]:
    from core.events import extract_events, merge_events, reconcile

    by_id = {a.id: a for a in actors}
    reports: list[Event] = []
    for a in analyses:
        reports += extract_events(a.source, a.doc, mentions.get(a.source.id, []), by_id, a.timexes)
    headlines = {a.source.id: a.source.title for a in analyses if a.source.title}
    return reconcile(keep_events, merge_events(reports, by_id, headlines))


def _keep_ids_stable(actors: list[Actor], mentions: dict[str, list[Mention]],
                     previous: Sequence[Actor]) -> None:
    """Give a rebuilt actor the id it had before (same name and kind), so selections,
    filters and events in other views keep pointing at the same person."""
    old = {(a.name, a.kind): a.id for a in previous}
    taken = {a.id for a in actors}
    renamed: dict[str, str] = {}
    for actor in actors:
        old_id = old.get((actor.name, actor.kind))
        if old_id and old_id != actor.id and old_id not in taken:
            renamed[actor.id] = old_id
            taken.add(old_id)
            actor.id = old_id
    for source_mentions in mentions.values():
        for m in source_mentions:
            if m.actor_id in renamed:
                m.actor_id = renamed[m.actor_id]


def stored_analyses(project: Project, exclude: set[str] = frozenset()) -> list[Analysis]:
    """Rebuild analyses of sources already in the project from their stored docs."""
    from spacy.tokens import Doc

    vocab = nlp.load().vocab
    analyses = []
    for source in project.sources():
        if source.id in exclude:
            continue
        stored = project.doc_bytes(source.id)
        doc = Doc(vocab).from_bytes(stored[1]) if stored else nlp.load()(source.body)
        analyses.append(Analysis(source, doc, project.timexes(source.id)))
    return analyses


EXTRACTOR_KEY = "extracted_with"


@functools.cache
def extractor_fingerprint() -> str:
    """A short hash of the code that turns articles into timexes, actors and events.

    Stored with each import, so a caller can tell a project built by other
    rules (the bundled sample after an update) from one built by these.
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    files = [root / "pipeline.py", root / "nlp.py", root / "places.py", root / "headlines.py"]
    for package in ("importing", "actors", "timex", "events"):
        files += sorted((root / package).glob("*.py"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def write(project: Project, new: Sequence[Analysis], result: Extraction) -> None:
    pipeline_name = nlp.load().meta.get("name", "")
    with project.transaction():
        project.set_meta(EXTRACTOR_KEY, extractor_fingerprint())
        project.put_sources(a.source for a in new)
        for a in new:
            project.put_analysis(a.source.id, pipeline_name, a.doc.to_bytes(exclude=["tensor"]))
            project.replace_timexes(a.source.id, a.timexes)
        for source_id, mentions in result.mentions.items():
            project.replace_mentions(source_id, mentions)
        project.replace_extraction(result.actors, result.events)


def import_paths(
    project: Project, paths: Iterable[str | Path],
    progress: Progress = _no_progress, cancelled: Cancelled = _never,
) -> ImportReport:
    """Import files and folders into ``project``; all or nothing."""
    report = ImportReport()
    sources = read_sources(paths, report, project.content_hashes(), progress, cancelled)
    if not sources:
        return report
    new = analyse(sources, progress, cancelled)
    progress(len(sources), len(sources), "Finding actors and events")
    old = stored_analyses(project)
    if cancelled():
        raise ImportCancelled
    result = extract(
        old + new,
        keep_actors=[a for a in project.actors() if a.edited],
        keep_events=[e for e in project.events() if e.edited],
        previous=project.actors(),
    )
    if cancelled():
        raise ImportCancelled
    write(project, new, result)
    report.imported = [a.source.id for a in new]
    report.unknown_dates = [a.source.id for a in new if a.source.published is None]
    project.notify(Changes(sources=set(report.imported), reset=True))
    return report


def reresolve_source(project: Project, source: Source) -> tuple[list[Timex], dict, dict]:
    """New timexes for ``source`` under its (new) date, and the events that change.

    Returns ``(timexes, events_before, events_after)`` where the event dicts map
    ids to events (``None`` = absent) as ``core.operations.State`` expects.
    """
    from core.timex import tag

    analyses = stored_analyses(project)
    timexes: list[Timex] = []
    for a in analyses:
        if a.source.id == source.id:
            a.source = source
            timexes = tag(source.body, source.published, a.doc)
            a.retime(timexes)
    mentions = {a.source.id: project.mentions(source_id=a.source.id) for a in analyses}
    fresh = extract_events_for(analyses, project.actors(), mentions,
                               [e for e in project.events() if e.edited])
    before: dict[str, Event | None] = {e.id: e for e in project.events() if not e.edited}
    after: dict[str, Event | None] = {e.id: e for e in fresh if not e.edited}
    for event_id in before:
        after.setdefault(event_id, None)
    for event_id in after:
        before.setdefault(event_id, None)
    return timexes, before, after
