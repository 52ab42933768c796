"""Actor quality on the five seed articles against the hand-made gold file.

Thresholds of issue 2: >= 36 of 39 gold actors, every gold person one actor,
>= 13 of 16 gold roles (lenient match), no furniture-only name and no byline as
an actor.  Runs on two sets of Sources: built ad hoc (furniture and bylines
from page markers, see ``tests/benchmarks/bench_actors.py``) and read by the
real importer.  Each set is parsed once per module.
"""

from __future__ import annotations

import pytest

from core.actors import extract_actors
from tests.benchmarks.bench_actors import Report, evaluate, imported_seed_sources, seed_sources

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=["ad_hoc", "importer"])
def extracted(request, seeds_dir, gold, nlp):
    read = seed_sources if request.param == "ad_hoc" else imported_seed_sources
    sources = read(seeds_dir)
    actors, mentions = extract_actors(sources, nlp)
    return actors, mentions, evaluate(actors, gold)


def test_gold_actors_found(extracted):
    *_, report = extracted
    assert isinstance(report, Report)
    assert len(report.found) >= 36, f"missed: {report.missed}"


def test_each_gold_person_is_one_actor(extracted):
    *_, report = extracted
    assert report.split_persons == {}


def test_gold_roles(extracted):
    *_, report = extracted
    assert report.gold_roles == 16
    assert len(report.roles_ok) >= 13, f"missed: {report.roles_missed}"


def test_no_furniture_names_or_bylines_as_actors(extracted, gold):
    actors, _, report = extracted
    assert report.furniture_leaks == []
    assert report.byline_leaks == []
    surnames = {n.split()[-1].casefold() for n in gold["not_actors"]["names"]}
    forms = {f.casefold() for a in actors for f in (a.name, *a.aliases)}
    assert not surnames & forms


def test_every_mention_belongs_to_an_actor(extracted):
    actors, mentions, _ = extracted
    ids = {a.id for a in actors}
    counted = {a.id: a.mentions for a in actors}
    seen: dict[str, int] = {}
    for ms in mentions.values():
        for m in ms:
            assert m.actor_id in ids
            seen[m.actor_id] = seen.get(m.actor_id, 0) + 1
    assert seen == {k: v for k, v in counted.items() if v}
