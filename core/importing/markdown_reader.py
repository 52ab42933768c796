"""Markdown: a YAML-ish front matter header, then text with its syntax removed.

Front matter (``---`` / ``key: value`` lines / ``---``) is parsed by hand: only
flat keys, quoted strings and simple lists are needed for title, date and
author, and a YAML dependency would buy nothing but attack surface.  Markdown
syntax is stripped just enough for the text to read like prose: the NLP should
see "Putin said" rather than "**Putin** said", and offsets point into what the
viewer shows.
"""

from __future__ import annotations

import re

from core.models import DateOrigin

from .bylines import split_author_field
from .dates import DateFinding, parse_date
from .draft import Draft

_FENCE = re.compile(r"^(?:---|\+\+\+)\s*$")
_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w\-]*)\s*:\s*(?P<value>.*)$")
_ITEM = re.compile(r"^\s+-\s+(?P<value>.*)$|^-\s+(?P<top>.*)$")

TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "pubdate", "publish_date", "published_at", "publishdate", "created")
AUTHOR_KEYS = ("author", "authors", "byline", "by")
MAX_FRONT_MATTER_LINES = 200


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _value(raw: str) -> str | list[str]:
    raw = raw.strip()
    if raw.startswith("[") and raw.endswith("]"):
        return [_unquote(v) for v in raw[1:-1].split(",") if v.strip()]
    return _unquote(raw)


def parse_front_matter(text: str) -> tuple[dict[str, str | list[str]], str, list[str]]:
    """``(fields, rest_of_text, warnings)``; no header gives ``({}, text, [])``.

    Keys are lower-cased.  A key with an empty value followed by ``- item``
    lines becomes a list.  Unparseable lines are skipped with one warning.
    """
    stripped = text.lstrip("\n")
    lines = stripped.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return {}, text, []
    fence = lines[0].strip()
    end = None
    for i in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)):
        if lines[i].strip() in (fence, "...") and (fence == "---" or lines[i].strip() == fence):
            end = i
            break
    if end is None:
        return {}, text, []  # a leading horizontal rule, not a header
    fields: dict[str, str | list[str]] = {}
    skipped = 0
    last_key: str | None = None
    sep = "=" if fence == "+++" else ":"
    for line in lines[1:end]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item and last_key is not None:
            current = fields.get(last_key)
            values = current if isinstance(current, list) else ([current] if current else [])
            values.append(_unquote(item.group("value") or item.group("top") or ""))
            fields[last_key] = values
            continue
        match = _KEY.match(line.replace(" = ", ": ", 1) if sep == "=" else line)
        if match:
            last_key = match.group("key").lower()
            fields[last_key] = _value(match.group("value"))
        else:
            skipped += 1
    warnings = [f"front matter: {skipped} line(s) not understood"] if skipped else []
    rest = "\n".join(lines[end + 1 :])
    return fields, rest, warnings


_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?-->", re.S), ""),  # HTML comments
    (re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I), ""),  # embedded code, never text
    (re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$", re.M), ""),  # reference definitions
    (re.compile(r"^\s{0,3}(?:```|~~~).*$", re.M), ""),  # code fences (content kept)
    (re.compile(r"^\s{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^\s{0,3}(?:>[ \t]?)+", re.M), ""),  # block quotes
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>\n]*>"), ""),  # inline HTML tags
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),  # backslash escapes
)
_H1 = re.compile(r"^\s{0,3}#[ \t]+(.*?)[ \t]*#*[ \t]*$")
_SETEXT_H1 = re.compile(r"^\s*=+\s*$")


def strip_markdown(text: str) -> str:
    """Markdown to readable plain text (syntax removed, words and lines kept)."""
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return re.sub(r"\n{3,}", "\n\n", text)


def _first_heading(text: str) -> tuple[str | None, str]:
    """A level-1 heading on the first non-empty line, and the text with it turned to plain."""
    lines = text.lstrip("\n").split("\n")
    if not lines:
        return None, text
    match = _H1.match(lines[0])
    if match and match.group(1).strip():
        return strip_markdown(match.group(1)).strip(), text
    if len(lines) > 1 and lines[0].strip() and _SETEXT_H1.match(lines[1]):
        rest = "\n".join([lines[0]] + lines[2:])
        return strip_markdown(lines[0]).strip(), rest
    return None, text


def _scalar(value: str | list[str] | None) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def read_markdown(text: str) -> Draft:
    """A Markdown article: front matter for title/date/authors, then plain text."""
    fields, rest, warnings = parse_front_matter(text)
    draft = Draft(body="", warnings=list(warnings))
    draft.title = next((_scalar(fields.get(k)) for k in TITLE_KEYS if _scalar(fields.get(k))), None)
    for key in DATE_KEYS:
        raw = _scalar(fields.get(key))
        if raw is None:
            continue
        found = parse_date(raw)
        if found is None:
            draft.warnings.append(f"front matter: unreadable {key} {raw!r} ignored")
            continue
        draft.date = DateFinding(found, DateOrigin.METADATA, f"front matter: {key}: {raw}")
        break
    for key in AUTHOR_KEYS:
        if fields.get(key):
            draft.authors = split_author_field(fields[key])
            break
    draft.heading, rest = _first_heading(rest)
    draft.body = strip_markdown(rest)
    return draft
