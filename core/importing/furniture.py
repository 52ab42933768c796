"""Page furniture: the parts of a captured web page that are not the article.

Text copied from a browser carries comment forms, share buttons, photo
credits, "More in Politics" teasers for other stories and agency trailers.
They stay in ``Source.body`` (the user may want to read them and offsets must
stay stable) but their spans are listed in ``Source.furniture`` so the viewer
greys them out and the NLP never turns "Please enter your name here" or a
teaser about another story into actors or events.

Each rule is generic (the shape of such lines on news sites), works on whole
lines, and is cheap enough to run on a 2-million-character body.  Rules err on
the side of *not* flagging: losing a real sentence hurts extraction more than
keeping a stray widget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from core.models import Span

from .dates import DATE_RE
from .textlines import Line, iter_lines, merge_spans


def _full(*patterns: str) -> re.Pattern[str]:
    """A case-insensitive regex that must match a whole (stripped) line."""
    return re.compile(r"^(?:" + "|".join(patterns) + r")[\s.!:]*$", re.I)


SEPARATOR = re.compile(r"^(?:[_\-*=~•·#]\s*){3,}$")

COMMENT_FORM = _full(
    r"please enter your (?:comment|name|e-?mail(?: address)?|website)(?: here)?",
    r"you have entered an incorrect e-?mail address",
    r"leave a (?:reply|comment)(?: cancel reply)?",
    r"cancel reply",
    r"(?:post|submit|add) (?:a )?comment",
    r"(?:your )?e-?mail address will not be published.*",
    r"required fields are marked.*",
    r"save my name,? e-?mail,? and website in this browser.*",
    r"notify me of (?:follow-up comments|new (?:posts|comments)).*",
    r"\d* ?comments?",
    r"(?:log|sign) in to (?:comment|leave a comment|join the discussion)",
    r"join the (?:conversation|discussion)",
    r"be the first to comment",
    r"(?:view|show|hide|load) (?:all )?comments(?: \(\d+\))?",
    r"(?:name|e-?mail|website|comment)\s*\*",
)

_SHARE_WORD = (
    r"(?:share(?: this)?(?: article| story| page| post)?(?: on| via)?|tweet|e-?mail|print|"
    r"facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard|telegram|messenger|"
    r"copy link|link copied|save|comment)"
)
SHARE_WIDGET = re.compile(rf"^{_SHARE_WORD}(?:[\s|·•,/]+{_SHARE_WORD})*\s*:?$", re.I)

CHROME = _full(
    r"advertisement",
    r"story continues below(?: this)? advertisement",
    r"skip to (?:main )?content",
    r"(?:load|show|see|view) more(?: stories| articles| news)?",
    r"read more",
    r"sign up for (?:our|the) .{0,40}newsletters?.*",
    r"subscribe(?: now| today| to .{0,40})?",
    r"all rights reserved",
    r"(?:©|\(c\)).{0,80}",
    r"copyright\s+(?:©\s*)?\d{4}.{0,80}",
)

_CREDIT_ROLE = r"(?:additional )?(?:reporting|writing|editing|research)(?: and (?:reporting|writing|editing))?"
_NAMES = r"(?-i:[A-Z])[^.;]*"
TRAILER = re.compile(
    # "... contributed to this report." / "... contributed reporting from Moscow." at the end of a line
    r"\bcontributed (?:to )?this (?:report|story|article)\.?\s*$"
    r"|\bcontributed (?:additional )?reporting\b[^.]{0,80}\.?\s*$"
    # Reuters-style "Reporting by Jane Roe; Editing by John Doe"
    rf"|^{_CREDIT_ROLE} by {_NAMES}(?:[;,] ?{_CREDIT_ROLE} by {_NAMES})*\.?\s*$"
    r"|^this (?:story|article|report) (?:has been|was|will be) (?:updated|corrected)\b",
    re.I,
)
# "Updated on December 7, 2021, at 3:21 p.m. ET with the latest details."
DATE_STAMP = re.compile(
    r"^(?:last |first |originally )?(?:updated|published|posted|modified)(?:\s+on)?\s*:?\s*" + DATE_RE, re.I
)
MAX_STAMP_CHARS = 160
MAX_TRAILER_CHARS = 400

# Strong markers make a short line a credit on their own; weak ones only in "( ... )".
_CREDIT_STRONG = re.compile(
    r"getty ?images|shutterstock|\bap photo\b|\bvia ap\b|/ap\b|\bap/|/reuters\b|/afp\b|\bafp/|"
    r"/pool\b|\bpool/|\bphoto(?:graph)? (?:by|credit|courtesy)\b|\b(?:photo|photograph|image|credit|"
    r"picture)s?\s*:|\bcourtesy (?:of|photo)\b|\balamy\b|\bistock(?:photo)?\b|\bepa-efe\b",
    re.I,
)
_CREDIT_WEAK = re.compile(r"\b(?:photos?|pool|reuters|afp|ap|getty|file|handout|courtesy)\b", re.I)
_TRAILING_CREDIT = re.compile(
    r"\((?=[^()]*(?:AP Photo|via AP|Getty Images|/AP\b|/Reuters|/AFP|Photo by|[Pp]hoto:))[^()]{3,120}\)\s*$"
)
MAX_CREDIT_WORDS = 15
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\s)]+[(A-Z“\"]")

TEASER_HEADING = _full(
    r"more (?:in|from|on|about) [\w'’&\- ]{1,40}",
    r"more (?:stories|news|headlines|coverage|videos)",
    r"related(?: stories| articles| news| coverage| content| posts| reading| videos)?",
    r"recommended(?: for you| stories| reading| articles)?",
    r"you (?:may|might) (?:also )?(?:like|enjoy)",
    r"(?:read|watch|up) next",
    r"most (?:popular|read|viewed|shared)",
    r"trending(?: now| stories| news)?",
    r"(?:the )?latest(?: news| stories| headlines)",
    r"top (?:stories|news|headlines)",
    r"don['’]t miss",
    r"(?:also read|further reading|what to read next|around the web)",
    r"(?:sponsored|promoted)(?: content| stories| links)?",
)
MAX_HEADING_CHARS = 60
TEASER_MIN_POSITION = 0.4  # a teaser heading in the first 40% of a page is a section title
TEASER_MIN_POSITION_WITH_LOAD_MORE = 0.1


def is_photo_credit(line: str) -> bool:
    """A short line that only credits a picture ("Peter Klaunzer - Pool/Keystone Via Getty Images")."""
    if len(line.split()) > MAX_CREDIT_WORDS:
        return False
    if line.startswith("(") and line.endswith(")"):
        return bool(_CREDIT_WEAK.search(line) or _CREDIT_STRONG.search(line))
    if line.endswith((".", "!", "?", "”", '"')) or _SENTENCE_END.search(line):
        return False  # a caption sentence, perhaps with a credit: see _TRAILING_CREDIT
    return bool(_CREDIT_STRONG.search(line))


LineRule = Callable[[Line], bool]

LINE_RULES: dict[str, LineRule] = {
    "separator": lambda ln: bool(SEPARATOR.match(ln.text)),
    "comment form": lambda ln: len(ln.text) <= 120 and bool(COMMENT_FORM.match(ln.text)),
    "share widget": lambda ln: len(ln.text) <= 80 and bool(SHARE_WIDGET.match(ln.text)),
    "page chrome": lambda ln: len(ln.text) <= 120 and bool(CHROME.match(ln.text)),
    "trailer": lambda ln: len(ln.text) <= MAX_TRAILER_CHARS and bool(TRAILER.search(ln.text)),
    "date stamp": lambda ln: len(ln.text) <= MAX_STAMP_CHARS and bool(DATE_STAMP.match(ln.text)),
    "photo credit": lambda ln: is_photo_credit(ln.text),
}


def is_furniture_line(text: str) -> bool:
    """True if one line on its own is furniture by one of the line rules."""
    stripped = text.strip()
    return bool(stripped) and any(rule(Line(0, len(stripped), stripped)) for rule in LINE_RULES.values())


_LOAD_MORE = re.compile(r"^(?:load|show|see|view) more\b", re.I)


def find_teaser_block(text: str) -> Span | None:
    """The trailing block of teasers for other stories, if the page has one."""
    return _teaser_block(text, list(iter_lines(text)))


def _teaser_block(text: str, lines: list[Line]) -> Span | None:
    """From a "More In Politics"-style heading in the latter part of the page to the end.

    A heading early in the page is usually a section title, unless the page
    ends with a "Load More" button, the signature of a teaser list.
    """
    threshold = len(text) * TEASER_MIN_POSITION
    if lines and _LOAD_MORE.match(lines[-1].text):
        threshold = min(threshold, len(text) * TEASER_MIN_POSITION_WITH_LOAD_MORE)
    for line in lines:
        if line.start < threshold or len(line.text) > MAX_HEADING_CHARS:
            continue
        if TEASER_HEADING.match(line.text):
            return (line.start, len(text.rstrip()))
    return None


MIN_DUPLICATE_CHARS = 40


def _duplicates(lines: Iterable[Line]) -> list[Span]:
    """Second and later copies of a long paragraph (a caption repeated verbatim)."""
    seen: set[str] = set()
    spans: list[Span] = []
    for line in lines:
        if len(line.text) < MIN_DUPLICATE_CHARS:
            continue
        key = " ".join(line.text.split())
        if key in seen:
            spans.append((line.start, line.end))
        else:
            seen.add(key)
    return spans


def find_furniture(text: str, extra: Iterable[Span] = ()) -> list[Span]:
    """All furniture spans of ``text`` (plus ``extra`` ones), merged and sorted."""
    lines = list(iter_lines(text))
    spans: list[Span] = list(extra)
    for line in lines:
        if any(rule(line) for rule in LINE_RULES.values()):
            spans.append((line.start, line.end))
            continue
        credit = _TRAILING_CREDIT.search(line.text)
        if credit:
            spans.append((line.start + credit.start(), line.start + credit.end()))
    spans.extend(_duplicates(lines))
    block = _teaser_block(text, lines)
    if block:
        spans.append(block)
    return merge_spans(spans, text)
