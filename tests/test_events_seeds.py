"""Acceptance on the five seed articles with the real importer, tagger and actors."""

from __future__ import annotations

import pytest

from tests.benchmarks import bench_events as bench


@pytest.fixture(scope="module")
def seeds_run(seeds_dir, gold, nlp):
    comp = bench.components()
    if comp["timex"] is None or comp["actors"] is None:
        pytest.skip("core.timex / core.actors are not available yet")
    run = bench.run(seeds_dir)
    return run, bench.score(run, gold)


def test_all_core_and_most_gold_events_found(seeds_run):
    _, s = seeds_run
    missed = [g["id"] for g in s["misses"]]
    assert s["core"] == s["total_core"] == 12, missed
    assert s["found"] >= 18, missed


def test_multi_source_events_are_merged(seeds_run):
    _, s = seeds_run
    assert s["merged"] == s["total_multi"] == 5


def test_timeline_is_not_flooded(seeds_run):
    _, s = seeds_run
    assert s["events"] < 60


def test_video_call_is_one_event_with_three_sources(seeds_run):
    run, _ = seeds_run
    calls = [e for e in run.events if e.time.value.startswith("2021-12-07") and len(e.source_ids) == 3]
    assert len(calls) == 1
    assert calls[0].merged_from and calls[0].merge_reason


def test_every_event_has_evidence_inside_its_source(seeds_run):
    run, _ = seeds_run
    for e in run.events:
        assert e.evidence and e.title
        for ev in e.evidence:
            body = run.sources[ev.source_id].body
            assert body[ev.start:ev.end] == ev.text
            assert not any(s < ev.end and ev.start < t for s, t in run.sources[ev.source_id].furniture)
