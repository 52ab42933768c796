"""The headless command line, run as a user would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def dateline(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gui.launcher", *args], capture_output=True, text=True,
                          cwd=cwd, env={"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
                                        "PATH": "/usr/bin:/bin"}, timeout=300)


def test_version():
    result = dateline("--version")
    assert result.returncode == 0 and result.stdout.startswith("dateline ")


def test_errors_are_one_line(tmp_path):
    result = dateline("export", str(tmp_path / "missing.dateline"), "-o", str(tmp_path / "x.json"))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and result.stderr.startswith("error: ")
    assert "missing.dateline" in result.stderr


def test_import_rejects_missing_path(tmp_path):
    result = dateline("import", str(tmp_path / "nope"), "-o", str(tmp_path / "p.dateline"))
    assert result.returncode == 1 and "error: " in result.stderr
    assert not (tmp_path / "p.dateline").exists()


def test_export_refuses_a_text_file_as_project(tmp_path):
    fake = tmp_path / "notes.dateline"
    fake.write_text("not a project", encoding="utf-8")
    result = dateline("export", str(fake), "-o", str(tmp_path / "x.json"))
    assert result.returncode == 1 and "not a Dateline project" in result.stderr
    assert fake.read_text(encoding="utf-8") == "not a project"


def test_timex_prints_offsets_into_the_utf8_text(tmp_path):
    article = tmp_path / "a.txt"
    text = "Héllo — the talks are set for Jan. 10 in Geneva.\r\nThey spoke on Wednesday."
    article.write_bytes(text.encode("utf-8"))
    result = dateline("timex", str(article), "--dct", "2021-12-30")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    by_text = {t["text"]: t for t in found}
    assert by_text["Jan. 10"]["value"] == "2022-01-10"
    assert by_text["Wednesday"]["value"] == "2021-12-29"
    for item in found:
        assert text[item["start"]:item["end"]] == item["text"]
        assert set(item) == {"start", "end", "text", "type", "value"}


def test_timex_rejects_non_utf8(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes("Caf\xe9 on Tuesday".encode("latin-1"))
    result = dateline("timex", str(article), "--dct", "2021-12-30")
    assert result.returncode == 1 and result.stderr.startswith("error: ")


@pytest.mark.slow
def test_import_then_export_json(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "call.md").write_text(
        "---\ntitle: Leaders talk\ndate: 2021-12-30\nauthor: Ann Writer\n---\n\n"
        "President Joe Biden spoke with Russian President Vladimir Putin by phone on Thursday.\n\n"
        "Biden warned Putin that the United States would respond decisively.\n", encoding="utf-8")
    (folder / "junk.txt").write_bytes(b"\x00\x01\x02binary\x00")
    project = tmp_path / "s.dateline"
    result = dateline("import", str(folder), "-o", str(project))
    assert result.returncode == 0, result.stderr
    assert "junk.txt" in result.stderr  # the bad file is named, the batch goes on
    assert "imported 1 article" in result.stdout
    out = tmp_path / "s.json"
    assert dateline("export", str(project), "--format", "json", "-o", str(out)).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["sources"][0]["published"] == "2021-12-30"
    assert data["sources"][0]["authors"] == ["Ann Writer"]
    names = {a["name"] for a in data["actors"]}
    assert {"Joe Biden", "Vladimir Putin"} <= names and "Ann Writer" not in names
    assert any(e["start"] == "2021-12-30" for e in data["events"])
    for fmt, suffix in (("csv", "csv"), ("markdown", "md"), ("timelinejs", "json")):
        target = tmp_path / f"s.{fmt}.{suffix}"
        assert dateline("export", str(project), "--format", fmt, "-o", str(target)).returncode == 0
        assert target.stat().st_size > 0
