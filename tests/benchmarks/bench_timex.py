"""Benchmark of the temporal tagger on TempEval-3 training data (TBAQ-cleaned).

Run: ``.venv/bin/python tests/benchmarks/bench_timex.py [--errors SPLIT] [--limit N]``

TimeBank (1989 Wall Street Journal heavy) was the first development split.
AQUAINT (general 1998-2000 newswire, closer to what Dateline imports) is cut in
two by alternating its sorted files: ``AQUAINT-dev`` has been studied since
December 2026; ``AQUAINT-test`` is held out -- its errors are never printed
(``--errors`` refuses it), so its figures are the honest estimate.  ``TE3-platinum`` is
TempEval-3's own test set, on which HeidelTime's published figures were measured; it is not in
``../shared`` -- ``fetch_te3_platinum.py`` puts it beside the repository (or set
``DATELINE_TE3_PLATINUM``) -- and it is held out the same way.  ``Ours`` is 94 articles we wrote and annotated
(``tests/data/timeml_ours``): 1998-2000 wire copy, Xinhua reports, British and US web news of
2022-2026, sport, culture and obituaries, Asian and African English-language news, courts,
markets and forecasts, and features that move through story time.  Scores are TempEval-3 Task A style (see
``core.timex.tempeval``).  Also prints the tagger's speed and the 16
``timex_samples`` of the seed gold file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from core import nlp as nlp_module  # noqa: E402
from core.timex import tag  # noqa: E402
from core.timex.tempeval import Counts, read_tml, score_doc  # noqa: E402
from tests.conftest import GOLD, SEEDS, TEMPEVAL  # noqa: E402

PLATINUM = Path(os.environ.get("DATELINE_TE3_PLATINUM", REPO.parent / "te3-platinum"))
OURS = REPO / "tests" / "data" / "timeml_ours"
SPLITS = (("TimeBank", "dev (tuned on)"), ("AQUAINT-dev", "dev (tuned on)"), ("Ours", "dev (tuned on)"),
          ("AQUAINT-test", "HELD-OUT (never studied)"), ("TE3-platinum", "HELD-OUT (TempEval-3 test)"))
HELD_OUT = {"AQUAINT-test", "TE3-platinum"}


def split_files(name: str) -> list[Path]:
    """The split's documents: a folder, or alternate halves of AQUAINT's sorted files."""
    if name == "TE3-platinum":
        return sorted(PLATINUM.glob("*.tml"))
    if name == "Ours":
        return sorted(OURS.glob("*/*.tml"))
    folder, _, half = name.partition("-")
    files = sorted((TEMPEVAL / folder).glob("*.tml"))
    if half:
        files = files[0::2] if half == "dev" else files[1::2]
    return files


def bootstrap(docs: list[Counts], rounds: int = 2000, seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% intervals of the F1 scores over documents drawn with replacement: how
    much a split of this size alone moves the figures."""
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {"strict": [], "relaxed": [], "value": []}
    for _ in range(rounds):
        total = Counts()
        for _i in range(len(docs)):
            total.add(rng.choice(docs))
        scores = total.scores()
        for key, values in samples.items():
            values.append(scores[key][2])
    out = {}
    for key, values in samples.items():
        values.sort()
        out[key] = (values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1])
    return out


def run_split(name: str, limit: int | None, show_errors: bool) -> tuple[Counts, int, float, float, list[Counts]]:
    nlp = nlp_module.load()
    files = split_files(name)[:limit]
    docs = [read_tml(f) for f in files]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe([d.text for d in docs], disable=["ner"]))
    parse_s = time.perf_counter() - t0
    total = Counts()
    per_doc: list[Counts] = []
    words = 0
    tag_s = 0.0
    for d, sp in zip(docs, parsed):
        words += len(d.text.split())
        t0 = time.perf_counter()
        pred = tag(d.text, d.dct, doc=sp)
        tag_s += time.perf_counter() - t0
        c, errors = score_doc(d.timexes, [(t.start, t.end, t.type.value, t.value) for t in pred])
        total.add(c)
        per_doc.append(c)
        if show_errors:
            for kind, g, p in errors:
                gs = f"{g.text!r} {g.type} {g.value}" if g else ""
                ps = f"{d.text[p[0]:p[1]]!r} {p[2]} {p[3]}" if p else ""
                print(f"  {d.name} dct={d.dct} {kind:8s} gold: {gs:45s} pred: {ps}")
    return total, words, tag_s, parse_s, per_doc


def values_for(text: str, timexes: list, expr: str) -> list[str]:
    """Values of the timexes overlapping any occurrence of ``expr`` ("in January" holds "January")."""
    spans = []
    i = text.find(expr)
    while i != -1:
        spans.append((i, i + len(expr)))
        i = text.find(expr, i + 1)
    return [t.value for t in timexes if any(t.start < e and s < t.end for s, e in spans)]


def seeds_check() -> tuple[int, int, list[str]]:
    if not GOLD.is_file() or not (SEEDS / "meta.json").is_file():
        return 0, 0, ["seed data absent"]
    items = json.loads(GOLD.read_text(encoding="utf-8"))["timex_samples"]["items"]
    meta = json.loads((SEEDS / "meta.json").read_text(encoding="utf-8"))
    dcts = {a["file"]: dt.date.fromisoformat(a["published"]) for a in meta["articles"]}
    cache: dict[str, list] = {}
    ok, notes = 0, []
    for file, expr, value in items:
        if file not in cache:
            text = (SEEDS / file).read_text(encoding="utf-8")
            cache[file] = (text, tag(text, dcts[file]))
        found = values_for(*cache[file], expr)
        if value in found:
            ok += 1
        else:
            notes.append(f"{file} {expr!r}: want {value}, got {found}")
    return ok, len(items), notes


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", help="print errors of this development split (never the held-out one)")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--split", help="run only this split")
    args = ap.parse_args()
    if args.errors in HELD_OUT:
        print(f"{args.errors} is held out: its errors are not printed")
        return 2
    if not TEMPEVAL.is_dir():
        print(f"TempEval-3 data not found at {TEMPEVAL}")
        return 1
    overall = Counts()
    intervals: list[str] = []
    total_words = 0
    total_tag = total_parse = 0.0
    print(f"{'split':12s} {'role':24s} {'gold':>5s} {'pred':>5s}  strict P/R/F1        relaxed P/R/F1       value P/R/F1         type F1")
    for name, role in SPLITS:
        if args.split and name != args.split:
            continue
        if not split_files(name):
            print(f"{name:12s} absent: run tests/benchmarks/fetch_te3_platinum.py (or set DATELINE_TE3_PLATINUM)")
            continue
        c, words, tag_s, parse_s, per_doc = run_split(name, args.limit, args.errors == name)
        ci = bootstrap(per_doc)
        intervals.append(f"  {name:12s} strict {ci['strict'][0]:.1f}–{ci['strict'][1]:.1f}   "
                         f"relaxed {ci['relaxed'][0]:.1f}–{ci['relaxed'][1]:.1f}   "
                         f"value {ci['value'][0]:.1f}–{ci['value'][1]:.1f}   ({len(per_doc)} documents)")
        overall.add(c)
        total_words += words
        total_tag += tag_s
        total_parse += parse_s
        s = c.scores()
        fmt = lambda t: f"{t[0]:5.1f}/{t[1]:5.1f}/{t[2]:5.2f}"  # noqa: E731
        print(f"{name:12s} {role:24s} {c.gold:5d} {c.pred:5d}  {fmt(s['strict'])}  {fmt(s['relaxed'])}  "
              f"{fmt(s['value'])}  {s['type'][2]:5.2f}")
    s = overall.scores()
    print(f"{'overall':12s} {'':24s} {overall.gold:5d} {overall.pred:5d}  strict F1 {s['strict'][2]:.2f}  "
          f"relaxed F1 {s['relaxed'][2]:.2f}  value F1 {s['value'][2]:.2f}")
    print("95% intervals of F1 (bootstrap over documents, 2000 rounds):")
    print("\n".join(intervals))
    print("HeidelTime on the same texts (make bench-heideltime, Dec 2026): TimeBank 85.34/91.94/79.64, "
          "AQUAINT-dev 82.45/92.38/71.85, AQUAINT-test 80.14/92.67/77.64, TE3-platinum 81.78/90.71/78.07 "
          "(published: 81.34/90.30/77.61); targets: value >= 80, strict >= 82 held-out")
    print("(until 2026-12-02 all of AQUAINT was held out: 82.34 / 92.22 / 76.99 then)")
    if total_tag:
        print(f"speed: {total_words} words; tagger with doc given {total_words / total_tag:,.0f} words/s; "
              f"with spaCy parsing included (tagger+parser, no NER, as tag() parses) {total_words / (total_tag + total_parse):,.0f} words/s "
              f"(parse {total_parse:.1f}s, tag {total_tag:.1f}s)")
    ok, n, notes = seeds_check()
    print(f"seed timex_samples: {ok}/{n}")
    for line in notes:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
