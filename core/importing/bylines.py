"""Bylines and author bios: who wrote the article, so nobody mistakes them for actors.

A byline names the reporters ("By Aamer Madhani and Dasha Litvinova",
"Author: Dave DeCamp"); a bio describes one ("Dave DeCamp is the news editor
of ...").  Both are metadata, not story: their names go to ``Source.authors``
and their lines are flagged as furniture so entity extraction skips them.

Recognition is deliberately strict: the *whole* line must be a byline and every
name in it must look like a personal name (capitalised words, initials,
particles).  "By Tuesday the troops had moved." therefore stays article text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from core.models import DateOrigin, Span

from .dates import DATE_RE, DateFinding, parse_date
from .textlines import iter_lines

_BY = re.compile(r"^(?:by|written by|words by|story by|text by)\s+(?P<names>.+)$", re.I)
_LABEL = re.compile(r"^(?:authors?|byline|writers?|written by)\s*:\s*(?P<names>.+)$", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*", re.I)

# Words that make a byline part an organisation or a role, not a person.
_ORG_WORDS = frozenset(
    """press associated news staff writer writers reporter reporters correspondent
    correspondents editor editors agency agencies reuters bloomberg afp ap times post
    journal network media service wire wires team desk newsroom contributor
    contributors columnist bureau magazine herald tribune daily online report
    senior special chief political national international foreign""".split()
)
_NOT_NAME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december the a an this that
    these those his her their its our my your with from into after before during
    then now today tomorrow yesterday""".split()
)
_PARTICLES = frozenset("de da del della der den di du la le van von al el bin ibn st.".split())
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.\-]*|[A-Z]\.|Mc[A-Z]\w*|O['’][A-Z]\w*)$")
_SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|II|III|IV)$")

MAX_BYLINE_CHARS = 120
# "By Jane Doe | March 14, 2023", "Jane Doe · March 14, 2023 · 4 min read": a date after the names
_DATED_TAIL = re.compile(
    r"\s*(?P<sep>[|·•—–]|,)\s*(?:(?P<label>published|posted|updated)(?:\s+on)?:?\s*)?(?P<date>" + DATE_RE + r")"
    r"(?:\s*,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)?"
    r"(?P<read>\s*[|·•]\s*\d+\s*min(?:ute)?s?\s+read)?\s*$",
    re.I,
)
_ENDS_WITH_INITIAL = re.compile(r"\b[A-Z]\.$|\b(?:Jr|Sr)\.$")


def _is_org(part: str) -> bool:
    words = re.findall(r"[A-Za-z]+", part.lower())
    return bool(words) and any(w in _ORG_WORDS for w in words)


def looks_like_name(part: str) -> bool:
    """2–5 capitalised tokens (particles, initials and Jr./III allowed)."""
    tokens = part.split()
    if not 2 <= len(tokens) <= 5:
        return False
    for token in tokens:
        bare = token.strip(",")
        if bare.lower() in _NOT_NAME_WORDS:
            return False
        if bare.lower() in _PARTICLES or _SUFFIX.match(bare):
            continue
        if not _NAME_TOKEN.match(bare):
            return False
    return True


def parse_byline(line: str) -> list[str] | None:
    """Author names if ``line`` is a byline, else ``None``.  A date after the names
    ("| March 14, 2023") is allowed; with a reading time, one name needs no "By"
    ("Jane Doe · March 14, 2023 · 4 min read")."""
    line = line.strip()
    if len(line) > MAX_BYLINE_CHARS or not line[:1].isupper():
        return None  # "by Joe Biden" inside a sentence broken over lines is not a byline
    tail = _DATED_TAIL.search(line)
    if tail is not None and tail.start() > 0:
        line = line[:tail.start()].strip()
    if line.endswith((".", "!", "?")) and not _ENDS_WITH_INITIAL.search(line):
        return None  # a sentence ("By Tuesday the troops had moved.")
    match = _BY.match(line) or _LABEL.match(line)
    if not match:
        # without "By" only a blog's "Jane Doe · March 14, 2023 · 4 min read": captions, headlines and
        # table rows ("President Joe Biden · Dec. 7", "KYIV, UKRAINE | March 14") look alike otherwise
        dated_name = tail is not None and bool(tail.group("read")) and looks_like_name(line) and not _is_org(line)
        return [normalise_name(line)] if dated_name else None
    names_text = re.sub(r"\([^)]*\)", " ", match.group("names"))  # "(AP)", "(Reuters)"
    names: list[str] = []
    for part in _SPLIT.split(names_text):
        part = part.strip(" .-—–")
        if not part:
            continue
        if looks_like_name(part) and not _is_org(part):
            names.append(normalise_name(part))
        elif _is_org(part):
            continue  # "Associated Press", "Staff Writer"
        else:
            return None  # something that is neither a name nor an outlet: not a byline
    return names or None


def normalise_name(name: str) -> str:
    """Collapse blanks and title-case ALL-CAPS bylines ("BY JOHN SMITH")."""
    name = " ".join(name.split())
    if name.isupper():
        name = " ".join(w.capitalize() if len(w) > 2 else w for w in name.split())
    return name


def split_author_field(value: object) -> list[str]:
    """Authors from a metadata field: a list, or a string "A; B", "A and B", "A, B"."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        out: list[str] = []
        for item in value:
            out.extend(split_author_field(item))
        return out
    if isinstance(value, dict):
        return split_author_field(value.get("name"))
    text = re.sub(r"^\s*by\s+", "", str(value), flags=re.I).strip()
    if not text:
        return []
    parts = [p.strip(" .") for p in _SPLIT.split(text)]
    names = [normalise_name(p) for p in parts if p and not (_is_org(p) and not looks_like_name(p))]
    return names


def merge_authors(*groups: Iterable[str]) -> list[str]:
    """Union in order, case-insensitively, keeping the first spelling."""
    seen: dict[str, str] = {}
    for group in groups:
        for name in group:
            key = " ".join(name.lower().split())
            if key and key not in seen:
                seen[key] = name
    return list(seen.values())


@dataclass
class BylineResult:
    authors: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    date: DateFinding | None = None  # from the first byline that carries one


BYLINE_DATE_LINES = 8  # only a byline among the first lines dates the article, not "More from Jane Doe"


def find_bylines(text: str) -> BylineResult:
    """Every byline line of ``text``: the names it gives and its span; and the
    publication date a byline near the top carries (not an "Updated" one)."""
    result = BylineResult()
    for n, line in enumerate(iter_lines(text)):
        if len(line.text) > MAX_BYLINE_CHARS:
            continue
        names = parse_byline(line.text)
        if names:
            result.authors = merge_authors(result.authors, names)
            result.spans.append((line.start, line.end))
            tail = _DATED_TAIL.search(line.text) if result.date is None and n < BYLINE_DATE_LINES else None
            if tail is None or (tail.group("label") or "").lower() == "updated":
                continue
            found = parse_date(tail.group("date"))
            if found is not None:
                result.date = DateFinding(found, DateOrigin.TEXT, line.text.strip())
    return result


_BIO_VERBS = r"(?:is|was|has been|covers|writes|reports|reported|edits|joined|lives)\b"
_FOLLOW = re.compile(
    r"\bfollow (?:him|her|them|me|us)\b.{0,40}\b(?:twitter|x|instagram|facebook|mastodon|bluesky|threads)\b"
    r"|\b(?:email|e-mail|contact) (?:him|her|them) at\b",
    re.I,
)
MAX_BIO_CHARS = 500


def find_bios(text: str, authors: Iterable[str]) -> list[Span]:
    """Lines about the authors ("Dave DeCamp is the news editor of ...").

    A line counts when it starts with an author's full name or surname followed
    by a bio verb, or when it invites readers to follow someone on social media.
    """
    names: set[str] = set()
    for author in authors:
        names.add(author)
        tokens = author.split()
        if len(tokens) > 1 and len(tokens[-1]) > 2:
            names.add(tokens[-1])
    name_re = (
        re.compile(
            r"^(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\s+"
            + _BIO_VERBS
        )
        if names
        else None
    )
    spans: list[Span] = []
    for line in iter_lines(text):
        if len(line.text) > MAX_BIO_CHARS:
            continue
        if (name_re and name_re.match(line.text)) or _FOLLOW.search(line.text):
            spans.append((line.start, line.end))
    return spans
