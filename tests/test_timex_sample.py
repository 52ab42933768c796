"""Every date in our own sample articles, as checked by hand: modern news style end to end.

The TempEval data is 1990s newswire; these articles are written the way news is
written now (datelines, "Tuesday's call", "the week of", ET times).  A change of
rules that moves any value here is either a fix (update the file after checking
by hand) or a regression.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.importing.batch import read_all
from core.timex import tag

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((Path(__file__).parent / "data" / "sample_timexes.json").read_text(encoding="utf-8"))


def test_sample_articles_keep_their_checked_values():
    sources = read_all([ROOT / "resources" / "sample" / "articles"]).sources
    got = [{"file": s.file, "start": t.start, "end": t.end, "text": t.text, "type": t.type.value, "value": t.value}
           for s in sorted(sources, key=lambda s: s.file) for t in tag(s.body, s.published)]
    key = lambda t: (t["file"], t["start"])  # noqa: E731
    want = {key(t): t for t in GOLD["timexes"]}
    have = {key(t): t for t in got}
    assert [(want[k], have.get(k)) for k in want if have.get(k) != want[k]] == [], "changed or lost"
    assert [t for k, t in have.items() if k not in want] == [], "new expressions"
    assert len(want) > 100
