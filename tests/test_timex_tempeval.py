"""The TempEval scorer on a handwritten .tml, and a smoke run on real data."""

from __future__ import annotations

import datetime as dt

import pytest

from core.timex.tempeval import norm_value, parse_tml, score_doc
from tests.conftest import TEMPEVAL

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Prices &amp; wages <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2W" temporalFunction="false" functionInDocument="NONE">two weeks</TIMEX3> of gains in <TIMEX3 tid="t3" type="DATE" value="1998-W1" temporalFunction="true" functionInDocument="NONE">the first week</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_parse_tml():
    doc = parse_tml(TML)
    assert doc.dct == dt.date(1998, 1, 8)
    assert doc.text.startswith("\nPrices & wages fell yesterday")
    assert [(doc.text[t.start:t.end], t.type, t.value) for t in doc.timexes] == [
        ("yesterday", "DATE", "1998-01-07"),
        ("two weeks", "DURATION", "P2W"),
        ("the first week", "DATE", "1998-W1"),
    ]


def test_scores():
    doc = parse_tml(TML)
    g = doc.timexes
    pred = [
        (g[0].start, g[0].end, "DATE", "1998-01-07"),  # strict, right value
        (g[1].start, g[1].end - 2, "DURATION", "P2W"),  # relaxed only, right value
        (g[2].start + 4, g[2].end, "DATE", "1998-W01"),  # relaxed, right after week padding
        (1, 7, "DATE", "PRESENT_REF"),  # spurious "Prices"
    ]
    c, errors = score_doc(g, pred)
    assert (c.gold, c.pred, c.strict, c.relaxed, c.value) == (3, 4, 1, 3, 3)
    s = c.scores()
    assert s["strict"][0] == pytest.approx(25.0) and s["strict"][1] == pytest.approx(100 / 3)
    assert s["relaxed"][2] == pytest.approx(2 * 0.75 * 1.0 / 1.75 * 100)
    assert [k for k, _, _ in errors].count("spurious") == 1
    c, _ = score_doc(g, [])
    assert c.scores()["value"] == (0.0, 0.0, 0.0)


def test_one_prediction_matches_one_gold():
    doc = parse_tml(TML)
    g = doc.timexes
    c, _ = score_doc(g, [(g[0].start, g[2].end, "DATE", "1998-01-07")])
    assert c.relaxed == 1


def test_norm_value():
    assert norm_value("2000-W7") == norm_value("2000-W07")
    assert norm_value("199X") == norm_value("199")
    assert norm_value("2000-W07-WE") == "2000-W07-WE"


def test_tagger_on_one_real_document():
    path = TEMPEVAL / "TimeBank" / "ABC19980108.1830.0711.tml"
    if not path.is_file():
        pytest.skip("TempEval-3 data not available")
    from core.timex import tag
    from core.timex.tempeval import read_tml

    doc = read_tml(path)
    pred = [(t.start, t.end, t.type.value, t.value) for t in tag(doc.text, doc.dct)]
    c, _ = score_doc(doc.timexes, pred)
    assert c.relaxed >= c.gold // 2
