"""CSV, Markdown chronology and TimelineJS exports, all built from the same event rows."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from pathlib import Path

from core.export.atomic import write_atomic as _write_atomic
from core.export.dateline_json import project_to_dict
from core.timevalues import describe
from core.models import Source
from core.project import Project

CSV_COLUMNS = ["start", "end", "granularity", "title", "type", "modality", "actors", "place",
               "sources", "importance", "tags", "note", "evidence"]


def _rows(project: Project) -> list[dict]:
    """Events in time order, undated last, with names in place of ids."""
    events = project_to_dict(project)["events"]
    return sorted(events, key=lambda e: (e["start"] is None, e["start"] or "", -e["importance"]))


def csv_text(project: Project) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in _rows(project):
        writer.writerow({
            **row,
            "actors": "; ".join(a for a in row["actors"] if a),
            "sources": "; ".join(row["sources"]),
            "tags": "; ".join(row["tags"]),
            "evidence": " | ".join(" ".join(e["text"].split()) for e in row["evidence"]),
        })
    return out.getvalue()


def _source_line(source: Source) -> str:
    """"*Title*, Ann Writer, 30 Dec 2021 (file.txt)": how a reader finds the article again."""
    parts = [f"*{_md_escape(source.title)}*" if source.title else source.file]
    if source.authors:
        parts.append(", ".join(source.authors))
    if source.published:
        parts.append(f"{source.published.day} {source.published:%b %Y}")
    line = ", ".join(parts)
    return f"{line} ({source.file})" if source.title else line


def _md_escape(text: str) -> str:
    return text.replace("*", "\\*").replace("_", "\\_")


def markdown_text(project: Project) -> str:
    """A chronology to read: dates at the precision they are known ("March 2021", "late January 2022"),
    each event citing its articles by number, and the articles listed at the end."""
    lines = [f"# Chronology: {project.path.stem}", ""]
    times = {e.id: e.time for e in project.events()}
    sources = {s.file: s for s in project.sources()}
    numbers: dict[str, int] = {}  # file -> [n], in order of first citation
    for row in _rows(project):
        when = describe(times[row["id"]]) if row["id"] in times else row["value"]
        flag = "" if row["modality"] == "happened" else f" *({row['modality']})*"
        cited = "".join(f" [{numbers.setdefault(f, len(numbers) + 1)}]" for f in row["sources"])
        lines.append(f"- **{when}** — {row['title']}{flag}{cited}")
        if row["actors"]:
            lines.append(f"  - Who: {', '.join(a for a in row['actors'] if a)}")
        for evidence in row["evidence"][:3]:
            lines.append(f"  - > {' '.join(evidence['text'].split())}")
    if numbers:
        lines += ["", "## Sources", ""]
        for file, n in numbers.items():
            source = sources.get(file)
            lines.append(f"{n}. {_source_line(source) if source else file}")
    return "\n".join(lines) + "\n"


def _tljs_date(iso: str | None) -> dict | None:
    if not iso:
        return None
    date, _, time = iso.partition("T")
    parts = dict(zip(("year", "month", "day"), date.split("-")))
    if time:
        parts["hour"], parts["minute"] = time.split(":")[:2]
    return {k: str(int(v)) for k, v in parts.items()}


def _inclusive(iso: str | None) -> str | None:
    """Our intervals are half-open; TimelineJS shows the last day included."""
    if not iso or "T" in iso:
        return iso
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def _tljs_evidence(evidence: dict, source: Source | None) -> str:
    """One supporting sentence and where it is from, as TimelineJS's HTML (escaped: the
    sentences are other people's text and may hold "<" or "&")."""
    where = evidence["source"]
    if source is not None:
        where = source.title or source.file
        if source.published:
            where += f", {source.published.day} {source.published:%b %Y}"
    sentence = " ".join(evidence["text"].split())
    return f"<p>{html.escape(sentence)}<br><small>— {html.escape(where)}</small></p>"


def timelinejs_text(project: Project) -> str:
    """TimelineJS 3 JSON; the end is inclusive there, so day-long events get none."""
    events = []
    times = {e.id: e.time for e in project.events()}
    sources = {s.file: s for s in project.sources()}
    for row in _rows(project):
        if row["start"] is None:
            continue
        item = {
            "start_date": _tljs_date(row["start"]),
            "text": {"headline": html.escape(row["title"]),
                     "text": "".join(_tljs_evidence(e, sources.get(e["source"])) for e in row["evidence"][:3])},
            "group": row["type"],
        }
        if row["granularity"] not in {"day", "part_of_day", "hour", "minute", "second"}:
            item["end_date"] = _tljs_date(_inclusive(row["end"]))
            item["display_date"] = describe(times[row["id"]]) if row["id"] in times else row["value"]
        events.append(item)
    data = {"title": {"text": {"headline": project.path.stem, "text": "Exported from Dateline"}},
            "events": events}
    return json.dumps(data, ensure_ascii=False, indent=2)


def export_csv(project: Project, target: Path) -> None:
    _write_atomic(target, csv_text(project))


def export_markdown(project: Project, target: Path) -> None:
    _write_atomic(target, markdown_text(project))


def export_timelinejs(project: Project, target: Path) -> None:
    _write_atomic(target, timelinejs_text(project))
