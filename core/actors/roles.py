"""What people are: roles read from title phrases and appositions.

News English states a person's job in two places: a title phrase right before
the name ("Kremlin spokesman Dmitry Peskov", "Canada's foreign minister Mélanie
Joly", "Russian President Vladimir Putin") and an apposition right after it
("Philip T. Reeker, acting assistant secretary of state for Europe, said").
Both are read token by token with the tagger's parts of speech, which is more
robust on headlines and captions than the dependency tree (that attaches
"Joly" to "minister" in one sentence and "minister" to "Joly" in the next).
Each finding is a :class:`RoleHint` tied to one mention; :func:`choose_role`
later picks one role per actor from all its hints.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.actors.lexicon import ADDRESS_ONLY, EVALUATIVE, HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS
from core.actors.normalize import PERSON_PREFIXES, fold
from core.models import EntityKind, Mention, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_TITLE_TOKENS = 8
MAX_APPOSITION_TOKENS = 14
_STOP_ENTS = frozenset(
    {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_APPOS_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "ADP", "PART", "NUM", "CCONJ"})
_APPOS_ADP = frozenset({"of", "for", "in", "at", "to", "on"})
_ROLE_FILLER = frozenset({"of", "the", "a", "an", "'s", "s"})


@dataclass(frozen=True)
class RoleHint:
    """A role stated next to one mention (``start``/``end`` are the mention's)."""

    source_id: str
    start: int
    end: int
    text: str
    origin: str  # "title" (before the name) or "apposition" (after it)


def find_role_hints(source: Source, doc: Doc, mentions: Sequence[Mention]) -> list[RoleHint]:
    """Roles stated next to the person mentions of ``source``."""
    hints: list[RoleHint] = []
    for mention in mentions:
        if mention.label not in (EntityKind.PERSON, EntityKind.ORG):
            continue  # ORG too: people mislabelled ("Reeker said"); used for PERSON actors only
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        title = _title_before(doc, span.start, span.end)
        if title:
            hints.append(RoleHint(source.id, mention.start, mention.end, title, "title"))
        appos = _apposition_after(doc, span.end)
        if appos:
            hints.append(RoleHint(source.id, mention.start, mention.end, appos, "apposition"))
    return hints


def _title_before(doc: Doc, start: int, end: int) -> str | None:
    """"Russian President" for a mention "President Vladimir Putin" preceded by
    "Russian"; "Secretary of State" for "Secretary of State Antony Blinken"."""
    inner: list[Token] = []
    i = start
    while i < end - 1 and fold(doc[i].text) in PERSON_PREFIXES:
        inner.append(doc[i])  # titles inside the mention ("President" we extended over)
        i += 1
    outer: list[Token] = []
    j = start - 1
    while j >= 0 and len(outer) < MAX_TITLE_TOKENS:
        tok = doc[j]
        if tok.is_space and "\n" not in tok.text:
            j -= 1
            continue
        if "\n" in tok.whitespace_ or "\n" in tok.text or tok.ent_type_ in _STOP_ENTS:
            break
        if not _title_token(tok):
            break
        if tok.lower_ == "of" and (j == 0 or not _is_role_noun(doc[j - 1])):
            break  # "Secretary of State" yes; "jailing of ... figure" no
        outer.insert(0, tok)
        if tok.is_sent_start:
            break
        j -= 1
    while outer and (outer[0].lower_ in {"of", "-", "and"} or outer[0].tag_ == "POS"):
        outer.pop(0)
    words = outer + inner
    while words and fold(words[-1].text) in ADDRESS_ONLY:
        words.pop()
    if not words or not any(_is_role_noun(w) for w in words):
        return None
    if all(fold(w.text) in ADDRESS_ONLY for w in words):
        return None
    return _join(words)


def _title_token(tok: Token) -> bool:
    """Words a prefixed title is made of: nouns, adjectives, "of", "'s", and
    hyphens inside a word ("vice-president"), never a spaced dash ("Del. - President")."""
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    if tok.tag_ == "POS" or tok.lower_ == "of":
        return True
    if tok.lower_ in ROLE_MODIFIERS:
        return True
    return tok.pos_ in _TITLE_POS and tok.lower_ not in {"the", "a", "an"}


def _apposition_after(doc: Doc, end: int) -> str | None:
    """", acting assistant secretary of state for Europe," after a name."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    words: list[Token] = []
    k = end + 1
    while k < len(doc) and len(words) <= MAX_APPOSITION_TOKENS:
        tok = doc[k]
        if tok.text in {",", ".", ";", ":", "(", "—", "–"} or "\n" in tok.text:
            break
        if tok.lower_ in {"who", "whose", "which"} and words:
            break  # "the national security adviser who briefed reporters"
        if tok.pos_ == "ADP" and tok.lower_ not in _APPOS_ADP:
            return None
        if _apposition_token(tok):
            words.append(tok)
            k += 1
            continue
        return None  # a verb or clause: not an apposition
    if not words or len(words) > MAX_APPOSITION_TOKENS:
        return None
    while words and (words[0].pos_ == "DET" or words[0].lower_ in EVALUATIVE):
        words.pop(0)
    if not words or not any(_is_role_noun(w) for w in words):
        return None
    if not any(w.pos_ == "NOUN" for w in words):
        return None  # "Biden, Putin and Xi": a list of names, not a role
    return _join(words)


def _apposition_token(tok: Token) -> bool:
    """Words of a noun phrase, participles included ("acting", "Moscow-based")."""
    return (
        tok.pos_ in _APPOS_POS
        or tok.lower_ in ROLE_MODIFIERS
        or tok.text == "-"
        or tok.tag_ in {"VBN", "VBG"}
    )


def _is_role_noun(tok: Token) -> bool:
    word = fold(tok.text)
    return word in ROLE_NOUNS or (word in HONORIFICS and word not in ADDRESS_ONLY)


def _join(words: list[Token]) -> str:
    """Rebuild the phrase with its original spacing ("Moscow-based", "Ukraine’s")."""
    out = ""
    for idx, tok in enumerate(words):
        out += tok.text
        if idx < len(words) - 1:
            out += " " if tok.whitespace_ else ""
    return out.strip()


def role_tokens(role: str) -> frozenset[str]:
    """Comparable words of a role: folded, without "of", "the" and possessives."""
    words = fold(role.replace("'s", " ").replace("’s", " ")).replace("-", " ").split()
    return frozenset(w for w in words if w not in _ROLE_FILLER)


def choose_role(hints: Iterable[RoleHint]) -> str | None:
    """The most supported, most specific role of one actor.

    A generic hint supports every more specific one that contains it:
    "President" (x2) backs "Russian President" (x1), so an actor introduced
    once as "Russian President Vladimir Putin" and later called "President
    Putin" gets the specific role.  Ties go to the longer, then the
    alphabetically first phrase, so the choice is deterministic.
    """
    by_tokens: dict[frozenset[str], Counter[str]] = {}
    for hint in hints:
        toks = role_tokens(hint.text)
        if toks:
            by_tokens.setdefault(toks, Counter())[hint.text] += 1
    if not by_tokens:
        return None
    counts = {toks: sum(c.values()) for toks, c in by_tokens.items()}

    def support(toks: frozenset[str]) -> int:
        return sum(n for other, n in counts.items() if other <= toks)

    best = min(by_tokens, key=lambda t: (-support(t), -len(t), sorted(t)))
    surface = by_tokens[best]
    # same words, several spellings: the most frequent, then the one with
    # fewest capitals ("press secretary" over "press Secretary")
    return min(surface, key=lambda s: (-surface[s], sum(ch.isupper() for ch in s), s))
