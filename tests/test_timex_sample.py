"""Every date in our own sample articles and in the seed articles, as checked by hand.

The TempEval data is 1990s newswire; these articles are written the way news is
written now (datelines, "Tuesday's call", captions, ET times).  A change of
rules that moves any value here is either a fix (update the file after checking
by hand) or a regression.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from core.importing.batch import read_all
from core.timex import tag

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"


def _compare(gold: list[dict], got: list[dict]) -> None:
    fields = ("start", "end", "type", "value")
    key = lambda t: (t["file"], t["start"])  # noqa: E731
    want = {key(t): {f: t[f] for f in fields} for t in gold}
    have = {key(t): {f: t[f] for f in fields} for t in got}
    assert [(k, want[k], have.get(k)) for k in want if have.get(k) != want[k]] == [], "changed or lost"
    assert [(k, t) for k, t in have.items() if k not in want] == [], "new expressions"


def _found(file: str, text: str, dct: dt.date | None) -> list[dict]:
    return [{"file": file, "start": t.start, "end": t.end, "type": t.type.value, "value": t.value}
            for t in tag(text, dct)]


def test_sample_articles_keep_their_checked_values():
    gold = json.loads((DATA / "sample_timexes.json").read_text(encoding="utf-8"))["timexes"]
    sources = read_all([ROOT / "resources" / "sample" / "articles"]).sources
    _compare(gold, [t for s in sources for t in _found(s.file, s.body, s.published)])
    assert len(gold) > 100


def test_seed_articles_keep_their_checked_values(seeds_dir):
    gold = json.loads((DATA / "seed_timexes.json").read_text(encoding="utf-8"))["timexes"]
    meta = json.loads((seeds_dir / "meta.json").read_text(encoding="utf-8"))
    dcts = {a["file"]: dt.date.fromisoformat(a["published"][:10]) for a in meta["articles"]}
    got = [t for f in sorted(seeds_dir.glob("*.txt")) for t in _found(f.name, f.read_text(encoding="utf-8"),
                                                                        dcts[f.name])]
    _compare(gold, got)
    assert len(gold) > 80
