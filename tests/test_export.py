"""Exports: the documented JSON shape, CSV, Markdown and TimelineJS, written atomically."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from core import export
from core.models import Actor, Event, Evidence, Granularity, Modality, Source, TimeValue
from core.project import Project
from core.timevalues import day_value


@pytest.fixture
def project(tmp_path):
    project = Project.create(tmp_path / "story.dateline")
    source = Source(file="a.txt", title="Call", authors=["Ann Writer"], published=dt.date(2021, 12, 30),
                    published_from="metadata", body="Biden spoke with Putin on Thursday.",
                    furniture=[(0, 0)], content_hash="h")
    biden = Actor(name="Joe Biden", kind="PERSON", aliases=["Biden"], mentions=1)
    call = Event(title="Biden speaks with Putin", type="consult", time=day_value(dt.date(2021, 12, 30)),
                 actors=[biden.id], importance=0.8,
                 evidence=[Evidence(source_id=source.id, start=0, end=35, text=source.body)])
    crimea = Event(title="Russia seizes Crimea", type="military", modality=Modality.HAPPENED,
                   time=TimeValue(value="2014", granularity=Granularity.YEAR,
                                  start=dt.datetime(2014, 1, 1), end=dt.datetime(2015, 1, 1)))
    talks = Event(title="Talks in Geneva", modality=Modality.PLANNED,
                  time=TimeValue(value="2022-01-10T10:00", type="TIME", granularity=Granularity.HOUR,
                                 start=dt.datetime(2022, 1, 10, 10), end=dt.datetime(2022, 1, 10, 11)))
    with project.transaction():
        project.put_sources([source])
        project.put_actors([biden])
        project.put_events([call, crimea, talks])
    yield project
    project.close()


def test_json_shape(project, tmp_path):
    target = tmp_path / "out.json"
    export.export_json(project, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("dateline", 1)
    assert data["sources"][0] == {"id": data["sources"][0]["id"], "file": "a.txt", "title": "Call",
                                  "authors": ["Ann Writer"], "published": "2021-12-30",
                                  "published_from": "metadata", "furniture": [[0, 0]]}
    assert data["actors"][0]["name"] == "Joe Biden" and data["actors"][0]["aliases"] == ["Biden"]
    events = {e["title"]: e for e in data["events"]}
    call = events["Biden speaks with Putin"]
    assert (call["start"], call["end"], call["granularity"]) == ("2021-12-30", "2021-12-31", "day")
    assert call["actors"] == ["Joe Biden"] and call["sources"] == ["a.txt"]
    assert call["evidence"] == [{"source": "a.txt", "start": 0, "end": 35, "text": "Biden spoke with Putin on Thursday."}]
    assert events["Talks in Geneva"]["start"] == "2022-01-10T10:00"
    assert set(call) >= {"id", "title", "type", "start", "end", "granularity", "actors", "place", "sources",
                         "evidence", "importance", "modality", "tags", "note", "edited"}
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_csv_in_time_order(project, tmp_path):
    target = tmp_path / "out.csv"
    export.export_csv(project, target)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["title"] for r in rows] == ["Russia seizes Crimea", "Biden speaks with Putin", "Talks in Geneva"]
    assert rows[1]["actors"] == "Joe Biden" and rows[1]["evidence"].startswith("Biden spoke")


def test_markdown_chronology(project, tmp_path):
    target = tmp_path / "out.md"
    export.export_markdown(project, target)
    text = target.read_text(encoding="utf-8")
    assert text.index("Russia seizes Crimea") < text.index("Biden speaks with Putin")
    assert "*(planned)*" in text and "> Biden spoke with Putin on Thursday." in text
    assert "- **2014** — Russia seizes Crimea" in text  # a year-long event reads as its year, not 2014-01-01
    assert "- **30 Dec 2021** — Biden speaks with Putin [1]" in text  # articles cited by number...
    assert text.endswith("## Sources\n\n1. *Call*, Ann Writer, 30 Dec 2021 (a.txt)\n")  # ...and listed at the end


def test_timelinejs(project, tmp_path):
    target = tmp_path / "tl.json"
    export.export_timelinejs(project, target)
    events = {e["text"]["headline"]: e for e in json.loads(target.read_text(encoding="utf-8"))["events"]}
    crimea = events["Russia seizes Crimea"]
    assert crimea["start_date"] == {"year": "2014", "month": "1", "day": "1"}
    assert crimea["end_date"] == {"year": "2014", "month": "12", "day": "31"}
    assert crimea["display_date"] == "2014"  # written for people, not an ISO code
    assert events["Biden speaks with Putin"]["text"]["text"] == (
        "<p>Biden spoke with Putin on Thursday.<br><small>— Call, 30 Dec 2021</small></p>")
    assert events["Talks in Geneva"]["start_date"]["hour"] == "10"
    assert "end_date" not in events["Biden speaks with Putin"]


@pytest.mark.parametrize("name", ["json", "csv", "markdown", "timelinejs"])
def test_failed_export_leaves_no_file(project, tmp_path, name):
    folder = tmp_path / "taken"
    folder.mkdir()
    with pytest.raises(OSError):
        getattr(export, f"export_{name}")(project, folder)  # the target is a folder
    with pytest.raises(OSError):
        getattr(export, f"export_{name}")(project, tmp_path / "missing" / "out.txt")
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.dateline", "taken"]


def test_export_replaces_an_existing_file_readable_by_others(project, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    export.export_csv(project, target)
    assert target.read_text(encoding="utf-8").startswith("start,end,")
    assert target.stat().st_mode & 0o044  # not the 0600 of a private temp file


@pytest.mark.parametrize("name", ["json", "csv", "markdown", "timelinejs"])
def test_renderers_build_exactly_what_the_exporters_write(project, tmp_path, name):
    target = tmp_path / f"out.{name}"
    getattr(export, f"export_{name}")(project, target)
    text = export.RENDERERS[name](project)
    assert "Biden speaks with Putin" in text
    assert target.read_bytes() == text.encode("utf-8")


def test_articles_text_is_escaped_and_articles_with_one_file_name_stay_apart(tmp_path):
    project = Project.create(tmp_path / "story.dateline")
    first = Source(file="index.html", title="First <b>story</b>", published=dt.date(2021, 12, 1), body="x")
    second = Source(file="index.html", title="Second_story", published=dt.date(2021, 12, 2), body="y")
    events = [Event(title=f"Event {n}", time=day_value(dt.date(2021, 12, n)),
                    evidence=[Evidence(source_id=s.id, start=0, end=1, text="Profits <fell> & *rose*")])
              for n, s in ((1, first), (2, second))]
    with project.transaction():
        project.put_sources([first, second])
        project.put_events(events)
    text = export.RENDERERS["markdown"](project)
    assert "Event 1 [1]" in text and "Event 2 [2]" in text  # one number per article, not per file name
    assert "1. *First \\<b\\>story\\</b\\>*, 1 Dec 2021 (index.html)" in text
    assert "2. *Second\\_story*, 2 Dec 2021 (index.html)" in text
    assert "> Profits \\<fell\\> & \\*rose\\*" in text  # no live HTML, no stray emphasis
    tl = json.loads(export.RENDERERS["timelinejs"](project))["events"]
    assert tl[0]["text"]["text"] == ("<p>Profits &lt;fell&gt; &amp; *rose*<br>"
                                     "<small>— First &lt;b&gt;story&lt;/b&gt;, 1 Dec 2021</small></p>")
    assert "Second_story, 2 Dec 2021" in tl[1]["text"]["text"]
    project.close()
