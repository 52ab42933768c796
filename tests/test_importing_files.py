"""Finding files, decoding them, and every kind of bad input (issue 2)."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
from pathlib import Path

import pytest

from core.importing import (
    ImportProblem,
    collect_files,
    load_sidecar,
    read_all,
    read_article,
)
from core.models import SourceFormat
from core.nlp import MAX_DOC_CHARS

ARTICLE = (
    "Biden and Putin talk again\n\n"
    "President Joe Biden spoke with Vladimir Putin on Thursday about Ukraine.\n\n"
    "The call lasted about 50 minutes, the White House said.\n"
)


def write(path: Path, text: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        path.write_bytes(text.encode(encoding))
    else:
        path.write_bytes(text)
    return path


# -- collect_files ---------------------------------------------------------------


def test_collect_files_walks_folders_by_extension_sorted(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.HTML", "sub/deeper/d.htm", "e.xhtml", "f.text", "g.markdown"]:
        write(tmp_path / name, ARTICLE)
    for name in ["image.png", "notes.pdf", "meta.json", ".hidden.txt", ".git/x.txt", "sub/.cache/y.md"]:
        write(tmp_path / name, "x")
    found = collect_files([tmp_path])
    names = [p.relative_to(tmp_path).as_posix() for p in found]
    assert names == sorted(names, key=lambda n: str(tmp_path / n))
    assert set(names) == {
        "b.txt", "a.md", "sub/c.HTML", "sub/deeper/d.htm", "e.xhtml", "f.text", "g.markdown",
    }
    assert all(p.is_absolute() for p in found)


def test_collect_files_mixes_files_and_folders_without_duplicates(tmp_path):
    a = write(tmp_path / "x" / "a.txt", ARTICLE)
    b = write(tmp_path / "b.md", ARTICLE)
    found = collect_files([tmp_path / "x", a, str(b), tmp_path / "missing.txt"])
    assert found == sorted([a.resolve(), b.resolve()])


def test_collect_files_keeps_explicit_files_of_unknown_type_but_not_meta_json(tmp_path):
    odd = write(tmp_path / "x.bin", b"\x00\x01")
    meta = write(tmp_path / "meta.json", "{}")
    assert collect_files([odd, meta]) == [odd.resolve()]


# -- basics of read_article --------------------------------------------------------


def test_source_identity_fields(tmp_path):
    path = write(tmp_path / "story.txt", ARTICLE)
    source = read_article(path)
    assert source.file == "story.txt"
    assert source.path == str(path.resolve())
    assert Path(source.path).is_absolute()
    assert source.format is SourceFormat.TEXT
    assert source.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_problem_message_is_one_line_naming_the_file(tmp_path):
    path = write(tmp_path / "x.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ImportProblem) as info:
        read_article(path)
    assert str(info.value) == "x.bin: not a text file (binary content)"
    assert "\n" not in str(info.value)
    assert info.value.path.name == "x.bin"


def test_missing_file_is_a_problem(tmp_path):
    with pytest.raises(ImportProblem, match=r"^nope\.txt: not found$"):
        read_article(tmp_path / "nope.txt")


# -- bad input ---------------------------------------------------------------------


def test_empty_file_is_a_problem(tmp_path):
    with pytest.raises(ImportProblem, match=r"^empty\.txt: empty file"):
        read_article(write(tmp_path / "empty.txt", b""))


def test_whitespace_only_file_is_a_problem(tmp_path):
    with pytest.raises(ImportProblem, match="empty file"):
        read_article(write(tmp_path / "blank.md", " \n\n\t\n"))


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n\x00\x00binary stream\x00\xff\xfe",
        bytes(range(256)) * 4,
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\x00" * 50,
    ],
    ids=["pdf", "all-bytes", "gzip"],
)
def test_binary_content_is_a_problem(tmp_path, data):
    with pytest.raises(ImportProblem, match="binary content"):
        read_article(write(tmp_path / "renamed.txt", data))


def test_control_characters_without_nul_are_binary(tmp_path):
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50 + b"some text"
    with pytest.raises(ImportProblem, match="binary content"):
        read_article(write(tmp_path / "ctl.txt", data))


def test_latin1_is_decoded_with_a_warning(tmp_path):
    text = "Café society\n\nThe naïve façade of the Élysée réunion was discussed on Tuesday.\n"
    source = read_article(write(tmp_path / "latin.txt", text, "latin-1"))
    assert "naïve façade of the Élysée réunion" in source.body
    assert source.title == "Café society"
    assert any("not UTF-8" in w for w in source.warnings)


def test_cp1252_smart_quotes_are_decoded(tmp_path):
    text = "Putin said: \u201cWe have red lines\u201d \u2014 and Biden replied.\n"
    source = read_article(write(tmp_path / "cp.txt", text, "cp1252"))
    assert "\u201cWe have red lines\u201d \u2014 and" in source.body
    assert any("not UTF-8" in w for w in source.warnings)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_byte_order_marks(tmp_path, encoding):
    text = "Kyiv and Москва\r\n\r\nZelenskyy spoke with Biden on Sunday — “finally”.\r\n"
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # these codecs write no BOM: add it
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    source = read_article(write(tmp_path / "bom.txt", data))
    assert source.title == "Kyiv and Москва"
    assert source.body == "Zelenskyy spoke with Biden on Sunday — “finally”."
    assert "\ufeff" not in source.body and "\r" not in source.body
    assert not any("UTF-8" in w for w in source.warnings)


def test_utf16_without_bom_is_recognised_not_rejected(tmp_path):
    source = read_article(write(tmp_path / "u16.txt", ARTICLE, "utf-16-le"))
    assert "Vladimir Putin on Thursday" in source.body
    assert any("byte-order mark" in w for w in source.warnings)


def test_invalid_utf8_bytes_in_mostly_utf8_text_do_not_crash(tmp_path):
    data = ARTICLE.encode() + b"Broken \xff\xfe tail, caf\xc3\xa9.\n"
    source = read_article(write(tmp_path / "mixed.txt", data))
    assert "Vladimir Putin" in source.body
    assert source.warnings


def test_huge_text_is_truncated_with_a_warning(tmp_path):
    path = tmp_path / "huge.txt"
    line = "Paragraph {:07d}: President Biden spoke with President Putin about Ukraine again.\n\n"
    with path.open("w", encoding="utf-8") as fh:
        written, i = 0, 0
        while written < 50 * 1024 * 1024:
            chunk = "".join(line.format(i + k) for k in range(1000))
            fh.write(chunk)
            written += len(chunk)
            i += 1000
    source = read_article(path)
    assert 0 < len(source.body) <= MAX_DOC_CHARS
    assert any("truncated" in w for w in source.warnings)
    assert source.body.startswith("Paragraph 0000000:")
    assert source.body.endswith("again.")  # cut at a line break, not mid-word
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    assert source.content_hash == digest.hexdigest()  # the hash covers the whole file


def test_huge_multibyte_text_is_cut_on_a_character_boundary(tmp_path):
    path = write(tmp_path / "cyr.txt", ("Путин и Байден говорили по телефону.\n" * 250_000))
    source = read_article(path)
    assert len(source.body) <= MAX_DOC_CHARS
    assert "\ufffd" not in source.body
    assert any("truncated" in w for w in source.warnings)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>Biden <b>spoke</p></div></span> with Putin <<<>>> &bogus; on Tuesday.",
        "<<<<<<>>>>>> <p>Biden spoke with Putin on Tuesday</p",
        "<html><head><title>T</title></head><body><table><tr><td>Biden spoke with Putin<td>on Tuesday",
        "<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'><body>"
        "<p>Biden spoke with Putin on Tuesday.</p></body></html>",
        "<p>" * 5000 + "Biden spoke with Putin on Tuesday." + "</div>" * 5000,
    ],
    ids=["unclosed", "junk-brackets", "unclosed-table", "xhtml-decl", "deep"],
)
def test_malformed_html_never_crashes(tmp_path, markup):
    source = read_article(write(tmp_path / "bad.html", markup))
    assert "Biden" in source.body and "Putin" in source.body
    assert not re.search(r"</?[a-z]", source.body)  # no markup left, only text


def test_html_without_any_text_is_a_problem(tmp_path):
    with pytest.raises(ImportProblem, match="no article text"):
        read_article(write(tmp_path / "empty.html", "<html><head><script>x()</script></head><body></body></html>"))


# -- sidecar -------------------------------------------------------------------------


def test_load_sidecar_reads_entries_with_missing_keys(tmp_path):
    write(
        tmp_path / "meta.json",
        json.dumps(
            {
                "articles": [
                    {"file": "a.txt", "published": "2021-12-07", "title": "A", "authors": ["X Y", "Z W"]},
                    {"file": "b.txt"},
                    {"file": "c.txt", "published": "not a date", "authors": "Jane Roe and John Doe"},
                    {"title": "no file"},
                ]
            }
        ),
    )
    sidecar = load_sidecar(tmp_path)
    assert sidecar["a.txt"].published.isoformat() == "2021-12-07"
    assert sidecar["a.txt"].title == "A"
    assert sidecar["a.txt"].authors == ("X Y", "Z W")
    assert sidecar["b.txt"].published is None and sidecar["b.txt"].title is None
    assert sidecar["c.txt"].published is None
    assert sidecar["c.txt"].authors == ("Jane Roe", "John Doe")
    assert len(sidecar.warnings) == 2  # the bad date, the entry without a file


def test_no_sidecar_is_an_empty_mapping(tmp_path):
    sidecar = load_sidecar(tmp_path)
    assert dict(sidecar) == {} and sidecar.warnings == []


@pytest.mark.parametrize(
    "content",
    [b"{not json", b'{"articles": 5}', b"[1, 2", b"\xff\xfe\x00garbage", b'"just a string"'],
    ids=["syntax", "wrong-type", "truncated", "binary", "scalar"],
)
def test_broken_sidecar_is_a_warning_not_a_crash(tmp_path, content):
    write(tmp_path / "meta.json", content)
    write(tmp_path / "a.txt", ARTICLE)
    sidecar = load_sidecar(tmp_path)
    assert dict(sidecar) == {}
    assert sidecar.warnings and all("meta.json" in w for w in sidecar.warnings)
    report = read_all([tmp_path])
    assert [s.file for s in report.sources] == ["a.txt"]
    assert report.warnings
    assert any("meta.json" in w for w in report.sources[0].warnings)


# -- the batch ------------------------------------------------------------------------


def test_bad_files_never_stop_the_batch(tmp_path):
    write(tmp_path / "01_good.txt", ARTICLE)
    write(tmp_path / "02_empty.txt", b"")
    write(tmp_path / "03_binary.txt", b"\x00\x01\x02" * 100)
    write(tmp_path / "04_latin.txt", "Caf\xe9 story\n\nA na\xefve sentence here.\n", "latin-1")
    write(tmp_path / "05_bad.html", "<html><p>Biden spoke with Putin</div>")
    write(tmp_path / "06_good.md", "---\ntitle: T\n---\n\nBiden spoke.\n")
    report = read_all([tmp_path])
    assert [s.file for s in report.sources] == ["01_good.txt", "04_latin.txt", "05_bad.html", "06_good.md"]
    assert sorted(str(p) for p in report.problems) == [
        "02_empty.txt: empty file",
        "03_binary.txt: not a text file (binary content)",
    ]


def test_batch_progress_and_cancel(tmp_path):
    for i in range(3):
        write(tmp_path / f"{i}.txt", ARTICLE)
    seen = []
    report = read_all([tmp_path], progress=lambda done, total, message: seen.append((done, total, message)),
                      cancelled=lambda: len(seen) >= 2)
    assert report.cancelled and len(report.sources) == 2
    assert seen == [(0, 3, "Reading 0.txt"), (1, 3, "Reading 1.txt")]
    seen.clear()
    report = read_all([tmp_path], progress=lambda *args: seen.append(args))
    assert not report.cancelled and len(report.sources) == 3
    assert seen[-1] == (3, 3, "Done")


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path):
    data = "Zelenskyy met Macron — “Кыiв” café.\n\n".encode() * 5 + b"A stray \x96 byte.\n"
    source = read_article(write(tmp_path / "stray.txt", data))
    assert "“Кыiв” café" in source.body
    assert "\ufffd" in source.body
    assert any("invalid UTF-8" in w for w in source.warnings)


def test_collect_files_survives_a_symlink_loop(tmp_path):
    write(tmp_path / "a" / "x.txt", ARTICLE)
    try:
        (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks here")
    assert collect_files([tmp_path]) == [(tmp_path / "a" / "x.txt").resolve()]


def test_a_folder_is_not_an_article(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(ImportProblem, match="not a regular file"):
        read_article(tmp_path / "dir.txt")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_is_a_problem(tmp_path):
    path = write(tmp_path / "locked.txt", ARTICLE)
    path.chmod(0)
    try:
        with pytest.raises(ImportProblem, match="cannot be read"):
            read_article(path)
    finally:
        path.chmod(0o644)


def test_huge_single_line_and_huge_html(tmp_path):
    one_line = write(tmp_path / "line.txt", "word " * 3_000_000)
    source = read_article(one_line)
    assert len(source.body) <= MAX_DOC_CHARS and any("truncated" in w for w in source.warnings)
    page = "<html><body>" + "<p>Biden spoke with Putin about Ukraine on Tuesday.</p>\n" * 60_000
    source = read_article(write(tmp_path / "big.html", page))
    assert len(source.body) <= MAX_DOC_CHARS and any("truncated" in w for w in source.warnings)


def test_random_bytes_never_crash(tmp_path):
    import random

    rng = random.Random(2)
    alphabet = [b"<p>", b"</p>", b"<", b">", b"&", b"\xc3", b"\xa9", b"\xff", b"\xfe", b"---\n", b"# ",
                b"By ", b"\n", b" ", b"Biden", b"\x00", b"\r", b"\xef\xbb\xbf", b"meta", b"\"", b"'"]
    for i in range(60):
        data = b"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        for ext in (".txt", ".md", ".html"):
            path = write(tmp_path / f"fuzz{i}{ext}", data)
            try:
                source = read_article(path)
            except ImportProblem as problem:
                assert str(problem).startswith(path.name + ": ")
                continue
            assert all(0 <= s < e <= len(source.body) for s, e in source.furniture)


def test_problem_names_are_printable_and_picklable(tmp_path):
    import pickle

    problem = ImportProblem(tmp_path / "bad\nname.txt", "empty\nfile")
    assert str(problem) == "bad?name.txt: empty file"
    assert str(pickle.loads(pickle.dumps(problem))) == str(problem)


def test_html_import_never_touches_the_network(tmp_path, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    markup = (
        "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' "
        "'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd'>"
        "<html><head><base href='https://example.org/'><link rel='stylesheet' href='https://cdn.example/x.css'>"
        "<link rel='canonical' href='https://example.org/story'>"
        "<script src='https://cdn.example/app.js'></script></head><body>"
        "<img src='https://img.example/p.jpg'><iframe src='https://ads.example/'></iframe>"
        "<p>President Joe Biden spoke with Vladimir Putin on Tuesday in a video call that lasted two hours.</p>"
        "</body></html>"
    )
    source = read_article(write(tmp_path / "remote.html", markup))
    assert "Vladimir Putin on Tuesday" in source.body
