"""The five seed articles, read as the app would (skips when ../shared is absent)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from core.importing import collect_files, load_sidecar, read_all, read_article
from core.models import DateOrigin


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    sidecar = load_sidecar(seeds_dir)
    return {p.name: read_article(p, sidecar.get(p.name)) for p in collect_files([seeds_dir])}


def covered(source, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in source.furniture)


def overlaps(source, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in source.furniture)


def test_all_seeds_read_with_meta_json_dates(seeds_dir, seeds):
    meta = json.loads((seeds_dir / "meta.json").read_text(encoding="utf-8"))
    assert len(seeds) == len(meta["articles"]) == 5
    for entry in meta["articles"]:
        source = seeds[entry["file"]]
        assert source.published == dt.date.fromisoformat(entry["published"])
        assert source.published_from is DateOrigin.METADATA
        assert entry["published"] in source.published_evidence
        assert source.warnings == []
        if entry["title"]:
            assert source.title == entry["title"]
            assert not source.body.startswith(entry["title"])  # not duplicated in the body


def test_batch_reads_the_seed_folder(seeds_dir):
    report = read_all([seeds_dir])
    assert len(report.sources) == 5 and report.problems == [] and report.warnings == []


def test_authors_as_in_gold(seeds, gold):
    for name, authors in gold["authors"].items():
        if name == "about":
            continue
        assert seeds[name].authors == authors
    for name, source in seeds.items():
        if name not in gold["authors"]:
            assert source.authors == [], name


def test_author_names_only_in_furniture(seeds, gold):
    for name, authors in gold["authors"].items():
        if name == "about":
            continue
        source = seeds[name]
        for author in authors:
            start = source.body.find(author)
            while start >= 0:
                assert covered(source, start, start + len(author)), (name, author, start)
                start = source.body.find(author, start + 1)


def test_gold_boilerplate_strings_are_furniture(seeds, gold):
    checked = 0
    for name, strings in gold["boilerplate"].items():
        if name == "about":
            continue
        source = seeds[name]
        for text in strings:
            if text not in source.body:
                continue  # a description, not a verbatim string (see the caption test)
            start = source.body.index(text)
            assert covered(source, start, start + len(text)), (name, text)
            checked += 1
    assert checked >= 5


def test_not_actors_are_only_named_in_furniture(seeds, gold):
    for person in gold["not_actors"]["names"]:
        for name, source in seeds.items():
            start = source.body.find(person)
            while start >= 0:
                assert covered(source, start, start + len(person)), (name, person)
                start = source.body.find(person, start + 1)


def test_duplicated_caption_in_004_flagged_once(seeds):
    source = seeds["004_0ab5784b9f754ccc.txt"]
    body = source.body
    lines = [line for line in body.split("\n") if line.startswith("In this image provided by The White House")]
    assert len(lines) == 2 and lines[0] == lines[1]
    caption = lines[0]
    first = body.index(caption)
    second = body.index(caption, first + 1)
    assert covered(source, second, second + len(caption))
    # the first copy stays readable text: it describes the Dec. 7 call
    words = caption.index("(Adam Schultz")
    assert not overlaps(source, first, first + words)


REAL_SENTENCES = {
    "000_f03256b8ed8625cf.txt": [
        "President Biden spoke Tuesday morning with Russian President Vladimir Putin",
        "Russia seized Crimea from Ukraine in 2014",
        "In a news conference after that meeting, Trump blamed U.S. officials",
    ],
    "001_c26feeb0a20361a3.txt": [
        "President Biden is scheduled to hold a video call with Russian President Vladimir Putin",
        "Importantly, Maynes notes, nobody at NATO is talking about Ukraine joining the alliance",
    ],
    "002_4c33d4d735f32743.txt": [
        "President Biden spoke with Russian President Vladimir Putin by phone on Tuesday",
        "Moscow has said it is willing to discuss a revival of Open Skies if the US is willing.",
    ],
    "003_2c43c446ca734152.txt": [
        "Face to face for just over two hours, President Joe Biden and Russia’s Vladimir Putin",
        "Peskov characterized the Biden-Putin call as a “working conversation during a very difficult period,”",
        "Poland, Hungary and the Czech Republic were formally invited in 1997 and joined in 1999.",
    ],
    "004_0ab5784b9f754ccc.txt": [
        "WILMINGTON, Del. — President Joe Biden on Thursday spoke with Russia's president Vladimir Putin",
        "In his first December call with Putin, Biden \"expressed deep concerns\"",
        "as well as a broader meeting with Russia, the U.S. and European leaders on Jan. 13.",
    ],
}


def test_real_article_text_is_not_furniture(seeds):
    for name, sentences in REAL_SENTENCES.items():
        source = seeds[name]
        for sentence in sentences:
            start = source.body.index(sentence)
            assert not overlaps(source, start, start + len(sentence)), (name, sentence)


def test_furniture_is_a_small_part_of_each_real_article(seeds):
    for name, source in seeds.items():
        flagged = sum(e - s for s, e in source.furniture)
        limit = 0.35 if name.startswith("003") else 0.15  # 003 ends in a long teaser block
        assert flagged <= limit * len(source.body), name


def test_003_states_its_date_in_the_text(seeds_dir):
    source = read_article(seeds_dir / "003_2c43c446ca734152.txt")  # without meta.json
    assert source.published == dt.date(2021, 12, 7)
    assert source.published_from is DateOrigin.TEXT
    assert source.published_evidence == "Updated on December 7, 2021"


def test_seeds_without_meta_json_ask_for_a_date(seeds_dir):
    source = read_article(seeds_dir / "004_0ab5784b9f754ccc.txt")
    assert source.published is None  # the caption's "Dec. 7, 2021" is not the publication date
    assert "publication date unknown" in source.warnings
