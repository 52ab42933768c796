"""Actor extraction on the five seed articles, measured against the gold file.

Run: ``.venv/bin/python tests/benchmarks/bench_actors.py [--importer] [-v]``

Prints gold actors found (of 39), gold roles matched (of 16, lenient), gold
people split over several actors, furniture-only names and bylines that leaked
in as actors, and the misses.  ``tests/test_actors_seeds.py`` asserts the same
figures.  Until the importer lands, sources are built here ad hoc: body = file
text, furniture and authors from a few obvious markers of these pages;
``--importer`` reads them with ``core.importing`` instead.
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from core.actors.roles import role_tokens  # noqa: E402
from core.models import Actor, Source, Span  # noqa: E402

SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"

_TAIL_MARKERS = ("Please enter your comment", "Share:\nMore In Politics", "\nAuthor: ")
_BYLINE = re.compile(r"\ABy ([^\n]+)\n")
_AUTHOR_LINE = re.compile(r"^Author: ([^\n]+)$", re.M)
_CREDIT_BLOCK = re.compile(r"^_{3,}\n(?:.*\n)*?.*contributed to this report\.", re.M)
_CREDIT_LINE = re.compile(r"^[^\n]*contributed to this report\.?$", re.M)
_PHOTO_CREDIT = re.compile(r"^[^\n]*(?:Getty Images|Pool Photo)[^\n]*$", re.M)


def ad_hoc_source(path: Path) -> Source:
    """A seed file as a Source, with furniture and bylines found by markers."""
    body = path.read_text(encoding="utf-8")
    furniture: list[Span] = []
    tails = [body.find(marker) for marker in _TAIL_MARKERS if marker in body]
    if tails:
        furniture.append((min(tails), len(body)))
    authors: list[str] = []
    if m := _BYLINE.match(body):
        furniture.append((m.start(), m.end()))
        authors += [a.strip() for a in re.split(r",| and ", m.group(1)) if a.strip()]
    for m in _AUTHOR_LINE.finditer(body):
        authors.append(m.group(1).strip())
    for pattern in (_CREDIT_BLOCK, _CREDIT_LINE, _PHOTO_CREDIT):
        furniture += [(m.start(), m.end()) for m in pattern.finditer(body)]
    return Source(file=path.name, body=body, furniture=sorted(furniture), authors=authors)


def seed_sources(seeds_dir: Path = SEEDS) -> list[Source]:
    """The seeds as Sources built by :func:`ad_hoc_source`."""
    return [ad_hoc_source(p) for p in sorted(seeds_dir.glob("*.txt"))]


def imported_seed_sources(seeds_dir: Path = SEEDS) -> list[Source]:
    """The seeds as the real importer (``core.importing``) reads them."""
    from core.importing import load_sidecar, read_article

    sidecar = load_sidecar(seeds_dir)
    return [read_article(p, sidecar.get(p.name)) for p in sorted(seeds_dir.glob("*.txt"))]


# --- evaluation -------------------------------------------------------------

_DEMONYMS = {"russian": "russia", "ukrainian": "ukraine", "american": "us", "canadian": "canada"}


def _role_words(role: str) -> frozenset[str]:
    text = re.sub(r"(?i)\bthe united states\b|\bunited states\b|\bU\.S\.", "us", role)
    return frozenset(_DEMONYMS.get(w, w) for w in role_tokens(text))


def roles_match(predicted: str | None, gold_role: str) -> bool:
    """Lenient: same words once order, "of"/"'s" and demonyms are normalised
    ("Russian President" == "President of Russia"), or one contains the other
    (a bare "President" only counts when gold is that bare)."""
    if not predicted:
        return False
    p, g = _role_words(predicted), _role_words(gold_role)
    if not p or not g:
        return False
    if g <= p or (p <= g and len(p) >= 2):
        return True
    return len(p & g) / len(p | g) >= 0.6


def _forms(actor: Actor) -> set[str]:
    return {a.casefold().strip() for a in (actor.name, *actor.aliases)}


@dataclass
class Report:
    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    roles_ok: list[str] = field(default_factory=list)
    roles_missed: list[tuple[str, str, str | None]] = field(default_factory=list)
    split_persons: dict[str, list[str]] = field(default_factory=dict)
    furniture_leaks: list[str] = field(default_factory=list)
    byline_leaks: list[str] = field(default_factory=list)
    gold_actors: int = 0
    gold_roles: int = 0


def evaluate(actors: list[Actor], gold: dict) -> Report:
    """Compare extracted actors with the gold file's actors, not_actors and authors."""
    report = Report(gold_actors=len(gold["actors"]))
    for g in gold["actors"]:
        aliases = {a.casefold() for a in (g["name"], *g["aliases"])}
        matches = [a for a in actors if _forms(a) & aliases]
        (report.found if matches else report.missed).append(g["name"])
        if g["kind"] == "PERSON" and len(matches) > 1:
            report.split_persons[g["name"]] = [a.name for a in matches]
        if g.get("role"):
            report.gold_roles += 1
            if any(roles_match(a.role, g["role"]) for a in matches):
                report.roles_ok.append(g["name"])
            else:
                got = matches[0].role if matches else None
                report.roles_missed.append((g["name"], g["role"], got))
    not_actors = {n.casefold() for n in gold["not_actors"]["names"]}
    report.furniture_leaks = sorted(a.name for a in actors if _forms(a) & not_actors)
    bylines = {n.casefold() for k, names in gold["authors"].items() if k != "about" for n in names}
    report.byline_leaks = sorted(a.name for a in actors if _forms(a) & bylines)
    return report


def run(nlp=None, importer: bool = False) -> tuple[list[Actor], Report]:
    from core.actors import extract_actors

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    sources = imported_seed_sources() if importer else seed_sources()
    actors, _ = extract_actors(sources, nlp)
    return actors, evaluate(actors, gold)


def main() -> None:
    from core import nlp as nlp_module

    t0 = time.perf_counter()
    nlp = nlp_module.load()
    t1 = time.perf_counter()
    importer = "--importer" in sys.argv
    actors, r = run(nlp, importer)
    t2 = time.perf_counter()
    print(f"sources: {'core.importing' if importer else 'ad hoc furniture/bylines'}")
    print(f"actors extracted: {len(actors)}", end="   ")
    print(f"(model load {t1 - t0:.1f}s, extraction {t2 - t1:.1f}s)")
    print(f"gold actors found: {len(r.found)}/{r.gold_actors}")
    print(f"gold roles matched: {len(r.roles_ok)}/{r.gold_roles}")
    print(f"gold persons split over several actors: {len(r.split_persons)} {r.split_persons or ''}")
    print(f"furniture-only names as actors: {len(r.furniture_leaks)} {r.furniture_leaks or ''}")
    print(f"bylines as actors: {len(r.byline_leaks)} {r.byline_leaks or ''}")
    for name in r.missed:
        print(f"  MISSED actor: {name}")
    for name, gold_role, got in r.roles_missed:
        print(f"  MISSED role: {name}: gold {gold_role!r}, got {got!r}")
    if "-v" in sys.argv:
        for a in actors:
            line = f"  {a.mentions:3d} {a.kind.value:6s} {a.name!r:40s}"
            print(f"{line} role={a.role!r} aliases={a.aliases}")


if __name__ == "__main__":
    main()
