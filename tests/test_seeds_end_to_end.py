"""Issue 2's acceptance on the real seed articles, through the real import pipeline.

Reads ../shared (skips where absent); compares with the hand-made gold reference.
"""

from __future__ import annotations

import json

import pytest

from core.pipeline import import_paths
from core.project import Project

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def imported(seeds_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("seeds") / "s.dateline"
    project = Project.create(path)
    report = import_paths(project, [seeds_dir])
    yield project, report
    project.close()


def _key(name: str) -> str:
    return " ".join(name.lower().replace("the ", "", 1).split()) if name else ""


def matches(actor, gold_actor) -> bool:
    names = {_key(n) for n in [actor.name, *actor.aliases]}
    return bool(names & {_key(n) for n in [gold_actor["name"], *gold_actor["aliases"]]})


def test_all_sources_with_meta_dates(imported, seeds_dir):
    project, report = imported
    meta = json.loads((seeds_dir / "meta.json").read_text(encoding="utf-8"))
    published = {s.file: s.published.isoformat() for s in project.sources()}
    assert published == {a["file"]: a["published"] for a in meta["articles"]}
    assert report.problems == []


def test_bylines_are_authors_not_actors(imported, gold):
    project, _ = imported
    by_file = {s.file: s for s in project.sources()}
    names = {_key(n) for a in project.actors() for n in [a.name, *a.aliases]}
    for file, authors in gold["authors"].items():
        if file == "about":
            continue
        assert by_file[file].authors == authors
        assert not {_key(a) for a in authors} & names


def test_actors_against_gold(imported, gold):
    project, _ = imported
    actors = project.actors()
    found = [g for g in gold["actors"] if any(matches(a, g) for a in actors)]
    assert len(found) >= 36, sorted(g["name"] for g in gold["actors"] if g not in found)
    for g in gold["actors"]:
        if g["kind"] == "PERSON":
            assert sum(matches(a, g) for a in actors) <= 1, f"{g['name']} split into several actors"


def test_no_furniture_names_as_actors(imported, gold):
    project, _ = imported
    names = " | ".join(n.lower() for a in project.actors() for n in [a.name, *a.aliases])
    for name in gold["not_actors"]["names"]:
        assert name.lower() not in names
        assert name.split()[-1].lower() not in names.split(" | ")
