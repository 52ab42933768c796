"""The command-line entry point and the ``doc`` argument of ``tag``."""

from __future__ import annotations

import datetime as dt
import io
import json

from core.timex import tag
from core.timex.cli import main_timex


def test_main_timex_prints_json(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Biden on Thursday spoke with Putin; talks follow on Jan. 10.", encoding="utf-8")
    out = io.StringIO()
    assert main_timex(f, "2021-12-30", out=out) == 0
    got = json.loads(out.getvalue())
    assert got == [
        {"start": 9, "end": 17, "text": "Thursday", "type": "DATE", "value": "2021-12-30"},
        {"start": 52, "end": 59, "text": "Jan. 10", "type": "DATE", "value": "2022-01-10"},
    ]
    out = io.StringIO()
    assert main_timex(f, None, out=out) == 0
    assert json.loads(out.getvalue())[0]["value"] == "XXXX-WXX-4"


def test_main_timex_errors(tmp_path):
    assert main_timex(tmp_path / "missing.txt", "2021-12-30", out=io.StringIO()) == 2
    f = tmp_path / "a.txt"
    f.write_text("today", encoding="utf-8")
    assert main_timex(f, "30/12/2021", out=io.StringIO()) == 2


def test_doc_given_gives_the_same_result(nlp):
    text = "The White House plans to hold a call on Sunday. Biden spoke on Wednesday."
    doc = nlp(text)
    dct = dt.date(2021, 12, 30)
    assert tag(text, dct, doc=doc) == tag(text, dct)
    assert [t.value for t in tag(text, dct, doc=doc)] == ["2022-01-02", "2021-12-29"]
    # a doc of another text is ignored rather than trusted
    assert tag(text, dct, doc=nlp("Something else.")) == tag(text, dct)


def test_rule_only_mode_without_parse():
    text = "The White House plans to hold a call on Sunday. Biden spoke on Wednesday."
    got = [t.value for t in tag(text, dt.date(2021, 12, 30), parse=False)]
    assert got == ["2022-01-02", "2021-12-29"]
