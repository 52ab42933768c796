"""Unknown DCT, re-resolution, the text's own reference time, robustness, seeds."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from core.timex import tag

THU = dt.date(2021, 12, 30)


def test_unknown_dct_leaves_relative_values_open():
    text = "He spoke on Wednesday. Talks on Jan. 10. Two weeks ago. Last year. At 2 a.m."
    got = {t.text: t for t in tag(text, None)}
    assert got["Wednesday"].value == "XXXX-WXX-3"
    assert got["Jan. 10"].value == "XXXX-01-10"
    assert got["Two weeks ago"].value == "XXXX-WXX"
    assert got["Last year"].value == "XXXX"
    assert all(not t.resolved and t.anchored for t in got.values())
    assert all(t.interval_start is None for t in got.values())


def test_tagging_again_with_a_dct_resolves():
    text = "He spoke on Wednesday and plans to call again on Sunday."
    first = tag(text, None)
    second = tag(text, THU)
    assert [(t.start, t.end) for t in first] == [(t.start, t.end) for t in second]
    assert [t.value for t in second] == ["2021-12-29", "2022-01-02"]
    assert all(t.resolved for t in second)
    assert tag(text, THU) == second  # pure function of (text, dct)


def test_reference_time_set_by_the_text():
    text = "The accord was signed on March 5, 1998. The next day, troops withdrew."
    got = {t.text: t.value for t in tag(text, THU)}
    assert got["The next day"] == "1998-03-06"
    # even without a DCT the text's own date anchors it
    assert {t.text: t.value for t in tag(text, None)}["The next day"] == "1998-03-06"


def test_quarter_context():
    text = "Profit rose in the third quarter of 1989 from $5 million a year earlier."
    got = {t.text: t.value for t in tag(text, dt.date(1989, 11, 2))}
    assert got["a year earlier"] == "1988-Q3"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "7" * 1_000_000,
        "🙂 日本語 ™ \u200b\ufeff" * 1000,
        "the 1990s",
        "2 a.m.",
        "FY2022",
        "Jan. 10-13",
        "from 1997 to 1999",
        "Feb. 30, 2021 and 31/02/2021 and 2021-02-30",
        "May may May. March march.",
        "12:99 p.m. 25:00 0 a.m. 13 p.m.",
        "the 0th century, the 99th century, 9999",
        "a" * 10000 + " Monday " + "b" * 10000,
        "\x00\x01 <html> Monday&nbsp;morning",
    ],
)
def test_never_raises(text):
    out = tag(text, THU)
    assert isinstance(out, list)
    for t in out:
        assert text[t.start:t.end] == t.text
    assert isinstance(tag(text, None), list)


def test_long_text_without_parse_is_rule_only():
    text = ("He spoke on Wednesday. " * 20000)
    out = tag(text, THU)
    assert len(out) == 20000 and out[0].value == "2021-12-29"


def test_seed_timex_samples(seeds_dir, gold):
    meta = json.loads((seeds_dir / "meta.json").read_text(encoding="utf-8"))
    dcts = {a["file"]: dt.date.fromisoformat(a["published"]) for a in meta["articles"]}
    wrong = []
    cache = {}
    for file, expr, expected in gold["timex_samples"]["items"]:
        if file not in cache:
            text = (seeds_dir / file).read_text(encoding="utf-8")
            cache[file] = (text, tag(text, dcts[file]))
        text, timexes = cache[file]
        spans = []
        i = text.find(expr)
        while i != -1:
            spans.append((i, i + len(expr)))
            i = text.find(expr, i + 1)
        assert spans, f"{expr!r} not in {file}"
        values = [t.value for t in timexes if any(t.start < e and s < t.end for s, e in spans)]
        if expected not in values:
            wrong.append((file, expr, expected, values))
    assert not wrong, wrong
