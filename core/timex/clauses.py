"""What the words before an expression say about its clause, read from the text alone.

The resolver asks these when the parse is silent or beside the point: where the sentence
began, whether the clause tells a habit ("typically"), a comparison ("down from 10.1% a year
ago"), or something in passing ("since May", "which fell in April", "After a drop in January,").
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<!\bNo)(?<!\bno)[.!?]\s+[\"“A-Z0-9]|\n")  # not "a.m. and", "U.S. officials", "No. 1"
_SINCE = re.compile(r"(?i)\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$")  # "ever since", "since early May"
_ENDPOINT = re.compile(r"(?i:\b(?:through|until|till|thru)\s+)$")
_IN = re.compile(r"(?i:\bin\s+)$")
_COMPARED = re.compile(  # "down from 10.1% a year ago", "compared with a loss in the year-ago quarter"
    r"(?i:\b(?:from|than|over|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?!to\b|and\b)[^\s,;]+\s+){0,3})$")
_LOOKS_BACK = re.compile(r"(?i:\b(?:after|since|of)\s+)$")
_WILL = re.compile(r"(?i:\b(?:will|would|shall|going\s+to)\b|['’]ll\b)")
_COORDINATED = re.compile(r"(?i:\band\b|\bbut\b|,)")
_HABITUAL = re.compile(r"(?i:\b(?:typically|usually|normally|generally|traditionally|ordinarily|customarily)\b)")
_OPEN_RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\b[^,]*$")
_OPEN_FRONTED = re.compile(r"\s*[\"“]?(?:After|Before|Following|Despite|Since|Unlike|While|Although|Until)\b[^,]*$")
_BIRTH = re.compile(  # "born in Dayton, Ohio, on June 4, 1950"; not "established in the 1950s, was sold on"
    r"(?i:\b(?:born|founded|established|incorporated)\b(?:(?!\b(?:was|were|is|are|has|had)\b)[^.;]){0,50}$)")
_PARAGRAPH = re.compile(r"\n\s*")


def sentence_before(text: str, start: int, reach: int = 200) -> str:
    """The text from the start of the sentence (at most ``reach`` characters back) to ``start``."""
    before = text[max(0, start - reach):start]
    ends = list(SENTENCE_END.finditer(before))
    return before[ends[-1].start() + 1:] if ends else before


def one_sentence(text: str, start: int, end: int) -> bool:
    return not SENTENCE_END.search(text[start:end])


def an_endpoint(text: str, start: int) -> bool:
    """"demand through 2030", "until 2027": a bound, not where the story is."""
    return bool(_ENDPOINT.search(text[max(0, start - 10):start]))


def after_since(text: str, start: int) -> bool:
    """"the seventh cut since May 1996": a starting point, not where the story is."""
    return bool(_SINCE.search(text[max(0, start - 20):start]))


def looks_back(text: str, start: int) -> bool:
    """"after the new year", "since", "of": words that may point at a time gone by."""
    return bool(_LOOKS_BACK.search(text[max(0, start - 8):start]))


def compared(text: str, start: int) -> bool:
    """The expression is what something is compared with ("up 6% from a year ago")."""
    return bool(_COMPARED.search(text[max(0, start - 40):start]))


def habitual(text: str, start: int) -> bool:
    """"the wet season typically runs from November": a habit, unless the clause moved on
    ("typically moves cautiously and is likely to cut rates in September") or looks ahead."""
    before = sentence_before(text, start, 80)
    habit = list(_HABITUAL.finditer(before))
    if not habit or _COORDINATED.search(before[habit[-1].end():]):
        return False
    return not _WILL.search(before)


def in_passing(text: str, start: int, bare_year: bool) -> bool:
    """A period told in passing, not the one its sentence reports on: "since May", a year an
    event happened "in", one inside a relative clause ("Sales, which fell in April, rose in
    May") or a fronted one ("After a drop in January, sales rose in February")."""
    before = sentence_before(text, start)
    if after_since(text, start) or bare_year and _IN.search(before[-4:]):
        return True
    return bool(_OPEN_RELATIVE.search(before) or _OPEN_FRONTED.match(before))


def birth_before(text: str, pos: int) -> bool:
    """A birth or founding date: no day for a later clock ("born on June 4, 1950. He died at 4 a.m.")."""
    return bool(_BIRTH.search(text[max(0, pos - 60):pos]))


def paragraphs_between(text: str, start: int, end: int) -> int:
    return len(_PARAGRAPH.findall(text[start:end]))
