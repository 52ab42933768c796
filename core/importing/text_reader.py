"""Plain text: the body as captured, and a headline if the first line is one.

Text saved from a browser usually starts with the headline on its own line.  A
first line is taken for a headline only when it is short, has no final period
and is not a byline, credit, dateline or date, so an article that starts
straight with its first sentence keeps it.
"""

from __future__ import annotations

import re

from .bylines import parse_byline
from .dates import parse_date
from .draft import Draft
from .furniture import is_furniture_line

MAX_HEADLINE_CHARS = 160
MAX_HEADLINE_WORDS = 25
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][\w.' ]+)?\s*(?:\([\w. ]+\))?\s*[—–-]\s")


def first_line(text: str) -> tuple[str, str]:
    """The first non-empty line (stripped) and the text after it."""
    stripped = text.lstrip()
    head, _, rest = stripped.partition("\n")
    return head.strip(), rest


def looks_like_headline(line: str) -> bool:
    """Short, no final period, not a byline/credit/dateline/date."""
    words = line.split()
    if not line or len(line) > MAX_HEADLINE_CHARS or not 2 <= len(words) <= MAX_HEADLINE_WORDS:
        return False
    if line.endswith((".", ",", ";", ":", "…")):
        return False
    if not any(ch.isalpha() for ch in line):
        return False
    if parse_byline(line) or _DATELINE.match(line) or is_furniture_line(line):
        return False
    if parse_date(line) and len(words) <= 6:
        return False
    return True


def read_text(text: str) -> Draft:
    """A plain-text article; the headline candidate goes to ``Draft.heading``."""
    head, rest = first_line(text)
    heading = head if rest.strip() and looks_like_headline(head) else None
    return Draft(body=text, heading=heading)
