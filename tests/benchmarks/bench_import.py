"""Import speed and memory: seconds per 100 articles, peak RSS, and cost over spaCy alone.

Run: ``.venv/bin/python tests/benchmarks/bench_import.py [N]`` (default 100 articles).
The corpus is the bundled sample plus the seed articles (when ../shared is present),
repeated with a distinguishing line until N files exist. The last line is
``ratio_to_spacy=R``: whole import time over ``nlp.pipe`` on the same bodies.
Also prints the temporal tagger's own time (``core.timex.tag``, timed in
place) as words per second and as a share of the import.
"""

from __future__ import annotations

import itertools
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import core.timex  # noqa: E402
from core import nlp  # noqa: E402
from core.pipeline import import_paths  # noqa: E402
from core.project import Project  # noqa: E402

SAMPLE = REPO / "resources" / "sample" / "articles"
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"


def build_corpus(folder: Path, count: int) -> None:
    originals = sorted(p for p in SAMPLE.iterdir() if p.suffix in {".md", ".html", ".txt"})
    meta = {"articles": []}
    if (SEEDS / "meta.json").is_file():
        seeds = sorted(SEEDS.glob("*.txt"))
        originals += seeds
        meta = json.loads((SEEDS / "meta.json").read_text(encoding="utf-8"))
    published = {a["file"]: a.get("published") for a in meta["articles"]}
    sidecar = []
    for k, path in zip(range(count), itertools.cycle(originals)):
        target = folder / f"{k:04d}_{path.name}"
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            text = text.replace("</body>", f"<p>Copy {k}.</p></body>")
        else:
            text += f"\n\nCopy {k}.\n"
        target.write_text(text, encoding="utf-8")
        if published.get(path.name):
            sidecar.append({"file": target.name, "published": published[path.name]})
    (folder / "meta.json").write_text(json.dumps({"articles": sidecar}), encoding="utf-8")


class TimedTagger:
    """Wraps ``core.timex.tag`` (looked up at call time by the pipeline) to add up its seconds."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.original = core.timex.tag

    def __call__(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.original(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    work = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    try:
        corpus = work / "articles"
        corpus.mkdir()
        build_corpus(corpus, count)
        pipeline = nlp.load()  # both timings start with a warm pipeline
        pipeline("Warm up.")
        tagger = core.timex.tag = TimedTagger()
        started = time.perf_counter()
        with Project.create(work / "bench.dateline") as project:
            report = import_paths(project, [corpus])
            bodies = [s.body for s in project.sources()]
            events, actors = len(project.events()), len(project.actors())
        import_seconds = time.perf_counter() - started
        core.timex.tag = tagger.original
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        for _ in pipeline.pipe(bodies):
            pass
        spacy_seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    words = sum(len(b.split()) for b in bodies)
    print(f"articles imported: {len(report.imported)} ({words} words); "
          f"problems: {len(report.problems)}; actors: {actors}; events: {events}")
    print(f"import: {import_seconds:.2f} s  = {import_seconds / len(bodies) * 100:.2f} s per 100 articles")
    print(f"spaCy nlp.pipe alone: {spacy_seconds:.2f} s")
    print(f"temporal tagger (parse given): {tagger.seconds:.2f} s = {100 * tagger.seconds / import_seconds:.1f}% "
          f"of the import, {words / tagger.seconds:,.0f} words/s")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")
    print(f"ratio_to_spacy={import_seconds / spacy_seconds:.2f}")


if __name__ == "__main__":
    main()
