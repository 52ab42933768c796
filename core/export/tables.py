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
from core.timevalues import day_label, describe
from core.models import Evidence, Source
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
    parts = [f"*{_md(source.title)}*" if source.title else _md(source.file)]
    if source.authors:
        parts.append(_md(", ".join(source.authors)))
    if source.published:
        parts.append(day_label(source.published))
    line = ", ".join(parts)
    return f"{line} ({_md(source.file)})" if source.title else line


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>"})


def _md(text: str) -> str:
    """Other people's words as Markdown text: no stray emphasis, links or live HTML."""
    return " ".join(text.split()).translate(_MD_SPECIAL)


def markdown_text(project: Project) -> str:
    """A chronology to read: dates at the precision they are known ("March 2021", "late January 2022"),
    each event citing its articles by number, and the articles listed at the end."""
    lines = [f"# Chronology: {_md(project.path.stem)}", ""]
    events = {e.id: e for e in project.events()}
    sources = {s.id: s for s in project.sources()}
    numbers: dict[str, int] = {}  # source id -> [n], in order of first citation
    for row in _rows(project):
        event = events[row["id"]]
        flag = "" if row["modality"] == "happened" else f" *({row['modality']})*"
        cited = "".join(f" [{numbers.setdefault(s, len(numbers) + 1)}]" for s in event.source_ids)
        lines.append(f"- **{describe(event.time)}** — {_md(row['title'])}{flag}{cited}")
        if row["actors"]:
            lines.append(f"  - Who: {_md(', '.join(a for a in row['actors'] if a))}")
        for evidence in event.evidence[:3]:
            lines.append(f"  - > {_md(evidence.text)}")
    if numbers:
        lines += ["", "## Sources", ""]
        for source_id, n in numbers.items():
            source = sources.get(source_id)
            lines.append(f"{n}. {_source_line(source) if source else _md(source_id)}")
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


def _tljs_evidence(evidence: Evidence, source: Source | None) -> str:
    """One supporting sentence and where it is from, as TimelineJS's HTML (escaped: the
    sentences are other people's text and may hold "<" or "&")."""
    where = evidence.source_id
    if source is not None:
        where = source.title or source.file
        if source.published:
            where += f", {day_label(source.published)}"
    sentence = " ".join(evidence.text.split())
    return f"<p>{html.escape(sentence)}<br><small>— {html.escape(where)}</small></p>"


def timelinejs_text(project: Project) -> str:
    """TimelineJS 3 JSON; the end is inclusive there, so day-long events get none."""
    items = []
    events = {e.id: e for e in project.events()}
    sources = {s.id: s for s in project.sources()}
    for row in _rows(project):
        if row["start"] is None:
            continue
        event = events[row["id"]]
        item = {
            "start_date": _tljs_date(row["start"]),
            "text": {"headline": html.escape(row["title"]),
                     "text": "".join(_tljs_evidence(e, sources.get(e.source_id)) for e in event.evidence[:3])},
            "group": row["type"],
        }
        if row["granularity"] not in {"day", "part_of_day", "hour", "minute", "second"}:
            item["end_date"] = _tljs_date(_inclusive(row["end"]))
            item["display_date"] = describe(event.time)
        items.append(item)
    data = {"title": {"text": {"headline": project.path.stem, "text": "Exported from Dateline"}},
            "events": items}
    return json.dumps(data, ensure_ascii=False, indent=2)


def export_csv(project: Project, target: Path) -> None:
    _write_atomic(target, csv_text(project))


def export_markdown(project: Project, target: Path) -> None:
    _write_atomic(target, markdown_text(project))


def export_timelinejs(project: Project, target: Path) -> None:
    _write_atomic(target, timelinejs_text(project))
