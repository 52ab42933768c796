"""Event extraction on the seed articles, scored against the gold events.

Run: ``.venv/bin/python -m tests.benchmarks.bench_events`` (from the repo root).

Prints found k/21, core k/12, multi-source merged k/5, total events, time per
article, the misses, and every extracted event so precision can be judged by eye.
The real ``core.importing`` / ``core.timex`` / ``core.actors`` are used whenever
they are importable; crude stand-ins (below, never in ``core/``) fill in only
while a component is still being written, and the output says which ran.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import json
import os
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from core import nlp  # noqa: E402
from core.models import (  # noqa: E402
    Actor, EntityKind, Event, Granularity, Mention, Source, Timex, TimexType,
)

SHARED = Path(os.environ.get("DATELINE_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"


def real(module: str, *names: str):
    """The real component module if it exists and exposes ``names``, else ``None``."""
    try:
        if importlib.util.find_spec(module) is None:
            return None
        mod = importlib.import_module(module)
    except Exception:  # a half-written module counts as absent
        return None
    return mod if all(hasattr(mod, n) for n in names) else None


def components() -> dict[str, object | None]:
    return {
        "importing": real("core.importing", "read_article", "load_sidecar"),
        "timex": real("core.timex", "tag"),
        "actors": real("core.actors", "find_mentions", "build_actors"),
    }


# -- stand-ins (dev only) -------------------------------------------------------

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "several": 3}
FUTURE = re.compile(r"\b(will|plans?|planning|scheduled|set to|set hold|expected|upcoming|next)\b", re.I)


def _month_of(word: str) -> int | None:
    w = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS, 1):
        if len(w) >= 3 and m.startswith(w):
            return i
    return None


def _interval(g: Granularity, start: dt.datetime) -> tuple[dt.datetime, dt.datetime, str]:
    if g is Granularity.YEAR:
        return start, start.replace(year=start.year + 1), f"{start.year}"
    if g is Granularity.MONTH:
        nxt = start.replace(year=start.year + (start.month == 12), month=start.month % 12 + 1)
        return start, nxt, f"{start:%Y-%m}"
    if g is Granularity.WEEK:
        return start, start + dt.timedelta(days=7), f"{start.isocalendar()[0]}-W{start.isocalendar()[1]:02d}"
    if g is Granularity.HOUR:
        return start, start + dt.timedelta(hours=1), f"{start:%Y-%m-%dT%H:%M}"
    return start, start + dt.timedelta(days=1), f"{start:%Y-%m-%d}"


def standin_timex(text: str, dct: dt.date | None, doc) -> list[Timex]:
    """spaCy DATE/TIME entities resolved crudely against the DCT (dev stand-in)."""
    out: list[Timex] = []
    if dct is None:
        return out
    base = dt.datetime.combine(dct, dt.time())
    for ent in doc.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        s = ent.text.lower()
        future = bool(FUTURE.search(ent.sent.text))
        g, start = None, None
        m = re.search(r"\b(1[89]\d\d|20\d\d)\b", s)
        mon = next((_month_of(w) for w in re.findall(r"[a-z]+\.?", s) if _month_of(w)), None)
        day = re.search(r"\b(\d{1,2})\b", re.sub(r"\b(1[89]\d\d|20\d\d)\b", "", s))
        wd = next((WEEKDAYS.index(w) for w in WEEKDAYS if w in s), None)
        if mon and day:
            year = int(m.group(1)) if m else dct.year
            start = dt.datetime(year, mon, int(day.group(1)))
            if not m and (start.date() - dct).days < -180:
                start = start.replace(year=year + 1)
            g = Granularity.DAY
        elif wd is not None:
            delta = (wd - dct.weekday()) % 7
            start = base + dt.timedelta(days=delta) if future and delta else base - dt.timedelta(days=(dct.weekday() - wd) % 7)
            g = Granularity.DAY
        elif mon:
            year = int(m.group(1)) if m else dct.year
            if not m and mon > dct.month and not future:
                year -= 1
            if not m and future and mon < dct.month:
                year += 1
            start, g = dt.datetime(year, mon, 1), Granularity.MONTH
        elif m and "ago" not in s:
            start, g = dt.datetime(int(m.group(1)), 1, 1), Granularity.YEAR
        elif "last month" in s:
            start, g = (base.replace(day=1) - dt.timedelta(days=1)).replace(day=1), Granularity.MONTH
        elif "this month" in s:
            start, g = base.replace(day=1), Granularity.MONTH
        elif "last year" in s:
            start, g = dt.datetime(dct.year - 1, 1, 1), Granularity.YEAR
        elif "next year" in s:
            start, g = dt.datetime(dct.year + 1, 1, 1), Granularity.YEAR
        elif (w := re.search(r"(\w+) weeks? ago", s)) and w.group(1) in NUMBERS:
            d = base - dt.timedelta(weeks=NUMBERS[w.group(1)])
            start, g = d - dt.timedelta(days=d.weekday()), Granularity.WEEK
        elif ent.label_ == "TIME" and (h := re.search(r"(\d{1,2})\s*(a\.m\.|p\.m\.)", s)):
            hour = int(h.group(1)) % 12 + (12 if h.group(2).startswith("p") else 0)
            start, g = base.replace(hour=hour), Granularity.HOUR
        elif s in {"today", "this morning", "tonight", "this evening"}:
            start, g = base, Granularity.DAY
        if start is None or g is None:
            continue
        s_, e_, value = _interval(g, start)
        out.append(Timex(start=ent.start_char, end=ent.end_char, text=ent.text,
                         type=TimexType.TIME if g is Granularity.HOUR else TimexType.DATE,
                         value=value, granularity=g, interval_start=s_, interval_end=e_, anchored=True))
    return out


KIND = {"PERSON": EntityKind.PERSON, "ORG": EntityKind.ORG, "GPE": EntityKind.GPE,
        "LOC": EntityKind.LOC, "NORP": EntityKind.NORP}


def standin_actors(sources: list[Source], docs: dict) -> tuple[dict[str, Actor], dict[str, list[Mention]]]:
    """PERSON/ORG/GPE/LOC entities grouped by last token (dev stand-in)."""
    groups: dict[tuple[str, EntityKind], list[Mention]] = defaultdict(list)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for src in sources:
        for ent in docs[src.id].ents:
            if ent.label_ not in KIND or ent.label_ == "NORP":
                continue
            text = re.sub(r"^(the|The)\s+", "", ent.text).removesuffix("'s").removesuffix("’s")
            start = ent.start_char + ent.text.find(text)
            m = Mention(source_id=src.id, start=start, end=start + len(text), text=text, label=KIND[ent.label_])
            groups[(text.split()[-1].lower(), m.label)].append(m)
            mentions[src.id].append(m)
    actors: dict[str, Actor] = {}
    for (_, kind), ms in groups.items():
        name = max((m.text for m in ms), key=len)
        a = Actor(name=name, kind=kind, aliases=sorted({m.text for m in ms}), mentions=len(ms))
        actors[a.id] = a
        for m in ms:
            m.actor_id = a.id
    return actors, mentions


# -- the run ----------------------------------------------------------------------


@dataclass
class Run:
    sources: dict[str, Source]
    actors: dict[str, Actor]
    reports: list[Event]
    events: list[Event]
    used: dict[str, str]
    seconds_per_article: float
    events_seconds_per_article: float
    timings: dict[str, float] = field(default_factory=dict)
    n_timexes: int = 0
    n_mentions: int = 0


def load_sources(seeds: Path, importing) -> list[Source]:
    meta = json.loads((seeds / "meta.json").read_text(encoding="utf-8"))
    dates = {a["file"]: dt.date.fromisoformat(a["published"]) for a in meta["articles"]}
    sidecar = importing.load_sidecar(seeds) if importing else {}
    sources = []
    for path in sorted(seeds.glob("*.txt")):
        if importing:
            src = importing.read_article(path, sidecar.get(path.name) if hasattr(sidecar, "get") else None)
        else:
            src = Source(file=path.name, path=str(path), body=path.read_text(encoding="utf-8"))
        src.published = dates.get(path.name, src.published)  # the DCTs that count come from meta.json
        sources.append(src)
    return sources


def run(seeds: Path = SEEDS) -> Run:
    from core.events import extract_events, merge_events

    comp = components()
    used = {k: ("real" if v else "stand-in") for k, v in comp.items()}
    pipeline = nlp.load()
    t0 = time.perf_counter()
    sources = load_sources(seeds, comp["importing"])
    docs = {s.id: doc for s, doc in zip(sources, pipeline.pipe(s.body for s in sources))}
    timexes = {}
    for s in sources:
        if comp["timex"]:
            timexes[s.id] = comp["timex"].tag(s.body, s.published, docs[s.id])
        else:
            timexes[s.id] = standin_timex(s.body, s.published, docs[s.id])
    if comp["actors"]:
        found = {s.id: comp["actors"].find_mentions(s, docs[s.id]) for s in sources}
        built = comp["actors"].build_actors(found, keep=[])
        # build_actors sets actor_id on the mentions in place; some drafts also return them
        actor_list, mentions = built if isinstance(built, tuple) else (built, found)
        actors = {a.id: a for a in actor_list}
    else:
        actors, mentions = standin_actors(sources, docs)
    t1 = time.perf_counter()
    reports: list[Event] = []
    for s in sources:
        reports += extract_events(s, docs[s.id], mentions.get(s.id, []), actors, timexes[s.id])
    events = merge_events(reports, actors)
    t2 = time.perf_counter()
    n = max(1, len(sources))
    return Run({s.id: s for s in sources}, actors, reports, events, used, (t2 - t0) / n, (t2 - t1) / n,
               n_timexes=sum(len(t) for t in timexes.values()),
               n_mentions=sum(len(m) for m in mentions.values()))


# -- scoring ------------------------------------------------------------------------


def _alias_sets(gold: dict) -> dict[str, set[str]]:
    out = {}
    for a in gold.get("actors", []):
        out[a["name"]] = {x.casefold() for x in [a["name"], *a.get("aliases", [])]}
    return out


def _names_of(event: Event, actors: dict[str, Actor]) -> set[str]:
    names: set[str] = set()
    for aid in event.actors:
        a = actors.get(aid)
        if a is not None:
            names |= {x.casefold() for x in [a.name, *a.aliases]}
    return names


def matches(event: Event, g: dict, actors: dict[str, Actor], aliases: dict[str, set[str]]) -> bool:
    """Gold rule: start date within [earliest, latest] and all gold actors among the event's."""
    if event.time.start is None:
        return False
    day = event.time.start.date()
    if not (dt.date.fromisoformat(g["earliest"]) <= day <= dt.date.fromisoformat(g["latest"])):
        return False
    names = _names_of(event, actors)
    return all(aliases.get(n, {n.casefold()}) & names for n in g["actors"])


def score(r: Run, gold: dict) -> dict:
    aliases = _alias_sets(gold)
    files = {sid: s.file[:3] for sid, s in r.sources.items()}
    found, core, merged, misses = 0, 0, 0, []
    matched: dict[str, list[str]] = {}  # event id -> gold ids it matches
    multi = [g for g in gold["events"] if len(g["sources"]) > 1]
    for g in gold["events"]:
        cands = [e for e in r.events if matches(e, g, r.actors, aliases)]
        for e in cands:
            matched.setdefault(e.id, []).append(g["id"])
        if cands:
            found += 1
            core += g["core"]
        else:
            misses.append(g)
        if len(g["sources"]) > 1 and any(set(g["sources"]) <= {files[s] for s in e.source_ids} for e in cands):
            merged += 1
    return {"found": found, "total_gold": len(gold["events"]), "core": core,
            "total_core": sum(g["core"] for g in gold["events"]), "merged": merged,
            "total_multi": len(multi), "events": len(r.events), "misses": misses, "matched": matched}


def describe(e: Event, r: Run) -> str:
    names = ", ".join(r.actors[a].name if a in r.actors else a for a in e.actors)
    srcs = ",".join(r.sources[s].file[:3] for s in e.source_ids)
    place = r.actors[e.place].name if e.place in r.actors else e.place
    flags = f"{e.type.value}/{e.modality.value}" + (f" [{','.join(e.tags)}]" if e.tags else "")
    return (f"{e.time.value:<16} {e.title[:70]:<70} | {names} | {srcs}"
            f"{' @' + place if place else ''} | {flags} imp={e.importance:.2f} n={len(e.evidence)}")


def main() -> int:
    if not (SEEDS / "meta.json").is_file() or not GOLD.is_file():
        print("shared seeds/gold not available")
        return 1
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    r = run()
    s = score(r, gold)
    print("components:", ", ".join(f"{k}={v}" for k, v in r.used.items()),
          f"({r.n_timexes} timexes, {r.n_mentions} mentions, {len(r.actors)} actors)")
    print(f"found {s['found']}/{s['total_gold']}")
    print(f"core {s['core']}/{s['total_core']}")
    print(f"multi-source merged {s['merged']}/{s['total_multi']}")
    print(f"total events {s['events']} (from {len(r.reports)} reports)")
    print(f"time per article {r.seconds_per_article * 1000:.0f} ms (events only {r.events_seconds_per_article * 1000:.1f} ms)")
    print("\nmisses:")
    for g in s["misses"]:
        print(f"  {g['id']}{'*' if g['core'] else ' '} {g['value']:<10} {g['title']} {g['actors']} {g['sources']}")
    beyond = [e for e in r.events if e.id not in s["matched"]]
    print(f"beyond the gold: {len(beyond)} events (marked '+'; judge them by eye, see README)")
    print("\nevents (gold ids they match, or + when beyond the gold):")
    for e in sorted(r.events, key=lambda e: (e.time.start or dt.datetime.min)):
        tag = ",".join(s["matched"].get(e.id, [])) or "+"
        print(f"  {tag:<8} " + describe(e, r))
    if "-v" in sys.argv:
        print("\nmerges:")
        for e in r.events:
            if e.merge_reason:
                print(f"  {e.title}: {e.merge_reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
