"""Plain text, Markdown and HTML readers; titles; publication-date precedence (issue 2)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from core.importing import (
    DATE_UNKNOWN_WARNING,
    SidecarEntry,
    find_text_date,
    load_sidecar,
    parse_date,
    read_article,
)
from core.importing.markdown_reader import parse_front_matter, strip_markdown
from core.models import DateOrigin, SourceFormat

BODY = "President Joe Biden spoke with Vladimir Putin on Tuesday.\n\nThe call lasted two hours."


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def page(head: str = "", body: str = "", charset: str = "utf-8") -> str:
    paragraphs = "".join(
        f"<p>{p}</p>\n"
        for p in [
            "President Joe Biden spoke with Vladimir Putin on Tuesday in a secure video call that "
            "lasted just over two hours, the White House said in a statement afterwards.",
            "Biden warned that the United States and its allies would respond with strong economic "
            "measures if Russia invaded Ukraine, according to officials familiar with the call.",
            "Putin demanded guarantees that NATO would not expand eastward, the Kremlin said.",
        ]
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='{charset}'>{head}</head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/politics'>Politics</a></nav>"
        f"<article><h1>Biden and Putin hold video call</h1>{body}{paragraphs}</article>"
        "<footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>"
    )


# -- plain text ----------------------------------------------------------------------


def test_plain_text_headline_becomes_title_and_leaves_the_body(tmp_path):
    source = read_article(write(tmp_path / "a.txt", "Biden and Putin talk\n\n" + BODY + "\n"))
    assert source.title == "Biden and Putin talk"
    assert source.body == BODY
    assert source.format is SourceFormat.TEXT


@pytest.mark.parametrize(
    "first",
    [
        "President Joe Biden spoke with Vladimir Putin on Tuesday.",  # a sentence
        "By Aamer Madhani and Dasha Litvinova",  # a byline
        "WILMINGTON, Del. — President Joe Biden spoke",  # a dateline
        "December 7, 2021",  # a date
        "Peter Klaunzer - Pool/Keystone Via Getty Images",  # a credit
        "Biden, Putin, and the long winter of the Ukraine crisis as seen from Kyiv Moscow Washington "
        "Brussels Berlin Paris London Warsaw Vilnius Riga Tallinn Helsinki and beyond",  # too long
    ],
)
def test_first_lines_that_are_not_headlines_stay_in_the_body(tmp_path, first):
    source = read_article(write(tmp_path / "a.txt", first + "\n\n" + BODY))
    assert source.title is None
    assert source.body.startswith(first)


def test_single_line_text_is_body_not_title(tmp_path):
    source = read_article(write(tmp_path / "a.txt", "Biden and Putin talk"))
    assert source.title is None and source.body == "Biden and Putin talk"


def test_sidecar_title_wins_and_removes_a_duplicate_first_line(tmp_path):
    path = write(tmp_path / "a.txt", "Biden and Putin talk\n\n" + BODY)
    entry = SidecarEntry(file="a.txt", title="Biden And Putin Talk", authors=("Jane Roe",))
    source = read_article(path, entry)
    assert source.title == "Biden And Putin Talk"
    assert source.body == BODY
    assert source.authors == ["Jane Roe"]


def test_sidecar_title_different_from_first_line_keeps_the_line(tmp_path):
    path = write(tmp_path / "a.txt", "A kicker line\n\n" + BODY)
    source = read_article(path, SidecarEntry(file="a.txt", title="The real title"))
    assert source.title == "The real title"
    assert source.body.startswith("A kicker line")


def test_html_content_in_a_txt_file_is_read_as_html(tmp_path):
    source = read_article(write(tmp_path / "saved.txt", page()))
    assert source.format is SourceFormat.HTML
    assert "<p>" not in source.body
    assert any("HTML" in w for w in source.warnings)


# -- markdown --------------------------------------------------------------------------


MARKDOWN = """---
title: "Biden warns Putin: costs will be high"
date: 2021-12-07
author: [Jane Roe, John Doe]
tags:
  - russia
  - ukraine
---

# Biden warns Putin: costs will be high

President **Joe Biden** spoke with *Vladimir Putin* on Tuesday, [the White House](https://wh.gov) said.

> "We are ready," said `Jake Sullivan`.

![A photo](img.jpg)

- sanctions
- troops

Read the [full readout][1] and <https://example.org/x>.

[1]: https://example.org/readout
"""


def test_markdown_front_matter_and_syntax(tmp_path):
    source = read_article(write(tmp_path / "a.md", MARKDOWN))
    assert source.format is SourceFormat.MARKDOWN
    assert source.title == "Biden warns Putin: costs will be high"
    assert source.published == dt.date(2021, 12, 7)
    assert source.published_from is DateOrigin.METADATA
    assert source.published_evidence == "front matter: date: 2021-12-07"
    assert source.authors == ["Jane Roe", "John Doe"]
    body = source.body
    assert body.startswith("President Joe Biden spoke with Vladimir Putin on Tuesday, the White House said.")
    assert '"We are ready," said Jake Sullivan.' in body
    assert "- sanctions" in body
    assert "Read the full readout and https://example.org/x." in body
    for syntax in ("**", "](", "![", "[1]", "---", "`", "# ", "> "):
        assert syntax not in body, syntax


def test_markdown_heading_is_the_title_without_front_matter(tmp_path):
    source = read_article(write(tmp_path / "a.md", "# Biden *and* Putin\n\n" + BODY))
    assert source.title == "Biden and Putin"
    assert source.body == BODY


def test_markdown_setext_heading(tmp_path):
    source = read_article(write(tmp_path / "a.md", "Biden and Putin\n===============\n\n" + BODY))
    assert source.title == "Biden and Putin"
    assert source.body == BODY


def test_markdown_leading_rule_without_closing_fence_is_not_front_matter(tmp_path):
    source = read_article(write(tmp_path / "a.md", "---\n\n" + BODY))
    assert "Vladimir Putin" in source.body
    assert source.title is None


def test_front_matter_parser_details():
    fields, rest, warnings = parse_front_matter(
        "---\ntitle: 'Quoted: yes'\nauthors:\n  - A B\n  - C D\nnonsense line\n# comment\n---\nBody\n"
    )
    assert fields == {"title": "Quoted: yes", "authors": ["A B", "C D"]}
    assert rest == "Body\n"
    assert warnings == ["front matter: 1 line(s) not understood"]


def test_strip_markdown_drops_comments_and_scripts():
    text = "Biden <!-- editor: check\nthis --> spoke.\n<script>alert('x')</script>\n<b>Putin</b> replied."
    assert strip_markdown(text) == "Biden  spoke.\n\nPutin replied."


def test_strip_markdown_keeps_snake_case_and_arithmetic():
    assert strip_markdown("file_name_here and 2 * 3 * 4") == "file_name_here and 2 * 3 * 4"


def test_bad_front_matter_date_is_a_warning(tmp_path):
    source = read_article(write(tmp_path / "a.md", "---\ndate: sometime soon\n---\n" + BODY))
    assert source.published is None
    assert any("sometime soon" in w for w in source.warnings)
    assert DATE_UNKNOWN_WARNING in source.warnings


# -- html ----------------------------------------------------------------------------------


def test_html_metadata_and_main_text(tmp_path):
    head = (
        "<title>Biden and Putin hold video call | Example News</title>"
        "<meta property='og:title' content='Biden and Putin hold video call'>"
        "<meta name='author' content='Jane Roe'>"
        "<meta property='article:published_time' content='2021-12-07T15:30:00Z'>"
        "<script>document.body.innerHTML = 'HACKED'; fetch('https://evil.example/')</script>"
        "<style>p { color: red }</style>"
    )
    source = read_article(write(tmp_path / "a.html", page(head)))
    assert source.format is SourceFormat.HTML
    assert source.title == "Biden and Putin hold video call"
    assert source.authors == ["Jane Roe"]
    assert source.published == dt.date(2021, 12, 7)
    assert source.published_from is DateOrigin.METADATA
    assert "article:published_time" in source.published_evidence
    assert source.body.startswith("President Joe Biden spoke with Vladimir Putin on Tuesday")
    assert "Putin demanded guarantees" in source.body
    assert "\n\n" in source.body  # paragraphs stay paragraphs
    for junk in ("HACKED", "evil.example", "color: red", "Home", "All rights reserved", "<"):
        assert junk not in source.body, junk


def test_html_json_ld_and_byline_in_text(tmp_path):
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-04-13"}</script>'
    body = "<p class='x'>By Aamer Madhani and Dasha Litvinova</p>"
    source = read_article(write(tmp_path / "a.htm", page(head, body)))
    assert source.published == dt.date(2021, 4, 13)
    assert "datePublished" in source.published_evidence
    assert source.authors == ["Aamer Madhani", "Dasha Litvinova"]
    byline = source.body.index("By Aamer Madhani and Dasha Litvinova")
    assert (byline, byline + 36) in source.furniture


def test_html_title_falls_back_to_title_element(tmp_path):
    source = read_article(write(tmp_path / "a.xhtml", "<html><head><title>Only a title</title></head>"
                                "<body><p>Biden spoke with Putin.</p></body></html>"))
    assert source.title == "Only a title"
    assert "Biden spoke with Putin." in source.body


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
def test_html_declared_legacy_charset(tmp_path, charset):
    text = "The na\u00efve caf\u00e9 diplomacy of the \u00c9lys\u00e9e \u201cworked\u201d."
    path = tmp_path / "a.html"
    path.write_bytes(page("", f"<p>{text}</p>", charset=charset).encode("cp1252"))
    source = read_article(path)
    assert text in source.body
    assert any("not UTF-8" in w for w in source.warnings)


# -- publication date precedence --------------------------------------------------------------


SIDECAR = SidecarEntry(file="x", published=dt.date(2021, 3, 3), published_text="2021-03-03")
TEXT_DATE = "Published Dec. 7, 2021\n\n"


def test_html_meta_beats_everything(tmp_path):
    head = "<meta property='article:published_time' content='2021-01-01'>"
    source = read_article(write(tmp_path / "a.html", page(head, f"<p>{TEXT_DATE}</p>")), SIDECAR)
    assert source.published == dt.date(2021, 1, 1)
    assert source.published_from is DateOrigin.METADATA


def test_front_matter_beats_sidecar_and_text(tmp_path):
    md = "---\ndate: 2021-02-02\n---\n" + TEXT_DATE + BODY
    source = read_article(write(tmp_path / "a.md", md), SIDECAR)
    assert source.published == dt.date(2021, 2, 2)
    assert source.published_evidence.startswith("front matter")


def test_sidecar_beats_text(tmp_path):
    source = read_article(write(tmp_path / "a.txt", TEXT_DATE + BODY), SIDECAR)
    assert source.published == dt.date(2021, 3, 3)
    assert source.published_from is DateOrigin.METADATA
    assert source.published_evidence == 'meta.json: "published": "2021-03-03"'


def test_sidecar_fills_in_for_html_without_date(tmp_path):
    source = read_article(write(tmp_path / "a.html", page()), SIDECAR)
    assert source.published == dt.date(2021, 3, 3)


def test_text_date_when_nothing_else(tmp_path):
    source = read_article(write(tmp_path / "a.txt", "Some headline here\n\n" + BODY + "\n\n"
                                "Updated on December 9, 2021, at 3:21 p.m. ET with the latest details.\n"))
    assert source.published == dt.date(2021, 12, 9)
    assert source.published_from is DateOrigin.TEXT
    assert source.published_evidence == "Updated on December 9, 2021"
    assert DATE_UNKNOWN_WARNING not in source.warnings


def test_unknown_date_warns(tmp_path):
    source = read_article(write(tmp_path / "a.txt", BODY))
    assert source.published is None
    assert source.published_from is DateOrigin.UNKNOWN
    assert source.published_evidence is None
    assert DATE_UNKNOWN_WARNING in source.warnings


def test_sidecar_through_load_sidecar(tmp_path):
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "meta.json", json.dumps({"articles": [{"file": "a.txt", "published": "2021-12-30"}]}))
    source = read_article(tmp_path / "a.txt", load_sidecar(tmp_path).get("a.txt"))
    assert source.published == dt.date(2021, 12, 30)


# -- date parsing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-12-07", dt.date(2021, 12, 7)),
        ("2021-12-07T22:30:00+00:00", dt.date(2021, 12, 7)),
        ("December 7, 2021", dt.date(2021, 12, 7)),
        ("Dec. 7, 2021", dt.date(2021, 12, 7)),
        ("Tuesday, Dec. 7, 2021", dt.date(2021, 12, 7)),
        ("7 December 2021", dt.date(2021, 12, 7)),
        ("Sept. 30 2020", dt.date(2020, 9, 30)),
        ("2021/12/07", dt.date(2021, 12, 7)),
        ("Published: 14/03/2023", dt.date(2023, 3, 14)),
        ("03/14/2023", dt.date(2023, 3, 14)),
        ("14.03.2023", dt.date(2023, 3, 14)),
        ("03/04/2023", None),  # March 4 or April 3: better unknown than wrong
        ("Published on 14.03.2023.", dt.date(2023, 3, 14)),
        ("Version 1.2.2023", None),
        ("2021-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "date", "evidence"),
    [
        ("Title\n\nPublished Dec. 7, 2021\n\nBody.", dt.date(2021, 12, 7), "Published Dec. 7, 2021"),
        ("Body.\n\nUpdated on December 9, 2021\nPosted: 2021-12-07\n", dt.date(2021, 12, 7), "Posted: 2021-12-07"),
        ("MOSCOW, Dec. 7, 2021 (Reuters) — Putin said.", dt.date(2021, 12, 7), "MOSCOW, Dec. 7, 2021 (Reuters)"),
        ("Headline\n\nDecember 7, 2021 10:32 a.m.\n\nBody.", dt.date(2021, 12, 7), "December 7, 2021 10:32 a.m."),
        ("Headline\n\nMarch 14, 2023 at 3:45 p.m. EDT\n\nBody.", dt.date(2023, 3, 14), "March 14, 2023 at 3:45 p.m. EDT"),
        ("Headline\n\nPublished: 14/03/2023\n\nBody.", dt.date(2023, 3, 14), "Published: 14/03/2023"),
    ],
)
def test_find_text_date(text, date, evidence):
    found = find_text_date(text)
    assert found is not None
    assert (found.date, found.origin, found.evidence) == (date, DateOrigin.TEXT, evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Biden met Putin in the Situation Room, Tuesday, Dec. 7, 2021. More text follows here.",
        "The report was published on December 1, 2021, by the ministry.",
        "WILMINGTON, Del. — President Joe Biden on Thursday spoke with Putin.",
        "Body text.\n\nMarch 1, 2022 at 5 a.m. the first column crossed the border.",
    ],
)
def test_dates_inside_sentences_are_not_publication_dates(text):
    assert find_text_date(text) is None


def test_dates_in_teasers_for_other_stories_are_ignored(tmp_path):
    text = BODY + "\n\n" + BODY + "\n\nMore In Politics\n\nAnother story\n\nPublished Feb. 10, 2022\n\nLoad More\n"
    source = read_article(write(tmp_path / "a.txt", text))
    assert source.published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: 2021-12-07\n\nBody.", dt.date(2021, 12, 7)),
        ("Dated December 7, 2021, the letter said the talks would go on.", None),
    ],
)
def test_date_label_needs_a_colon(text, expected):
    found = find_text_date(text)
    assert (found.date if found else None) == expected
