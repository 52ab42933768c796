"""Entity mentions of one source, cleaned up from spaCy's named entities.

The small English pipeline is good at finding names but sloppy at their edges
and labels in news copy: "the White House", "Biden Speaks With" (a headline),
"Peter Klaunzer - Pool" (a photo credit), "• News" (a bullet), "State" from
"Secretary of State".  This module keeps the spans of real names, trims their
edges, extends people leftwards over honorifics ("President Biden") so titled
forms become aliases, and drops what sits in page furniture or names the
article's own authors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.actors.lexicon import (
    ABBREVIATIONS,
    CHROME_WORDS,
    HONORIFICS,
    ORG_HEAD_WORDS,
    PORTFOLIOS,
    ROLE_NOUNS,
)
from core.actors.normalize import fold, name_key, name_tokens
from core.actors.roles import RoleHint, find_role_hints
from core.models import EntityKind, Mention, Source, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

KINDS: frozenset[str] = frozenset(kind.value for kind in EntityKind)

_TRAILING_POS = frozenset(
    {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET", "PART", "PUNCT", "SYM", "SPACE", "PRON"}
)
_LEADING_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PUNCT", "SYM", "SPACE", "PRON", "X"})
_BREAK_TOKENS = frozenset(
    {"/", "(", ")", "|", "—", "–", "[", "]", "•", ":", ";", "\"", "“", "”"}
)
_HYPHEN_COMPOUND = re.compile(r"(?<=[\w.])-(?=[A-Z])")
_TEXT_NOISE = re.compile(r"^[^\w]+|[^\w.]+$")
_ABBREVIATED = frozenset(fold(display) for display in ABBREVIATIONS.values())


class SourceMentions(list[Mention]):
    """What :func:`find_mentions` returns: a plain list of mentions that also
    carries the role hints read from the same parse.

    Callers that only pass mentions on (``build_actors(found)``) still get
    roles, without keeping the doc around or threading a second argument.
    """

    def __init__(
        self, mentions: Iterable[Mention] = (), role_hints: Iterable[RoleHint] = ()
    ) -> None:
        super().__init__(mentions)
        self.role_hints: list[RoleHint] = list(role_hints)


@dataclass(frozen=True)
class _Candidate:
    start: int  # token indices, half-open
    end: int
    label: str


def find_mentions(source: Source, doc: Doc) -> SourceMentions:
    """Mentions of people, organisations, places and groups in ``source``,
    in text order, with the role hints of its people attached.

    ``doc`` must be the pipeline's parse of ``source.body`` (offsets are
    shared).  Entities overlapping ``source.furniture`` are skipped, and so are
    the names of ``source.authors`` (a byline is metadata, not a participant).
    """
    if doc.text != source.body:
        raise ValueError("doc is not a parse of source.body")
    authors = _author_keys(source.authors)
    names = {name_key(ent.text) for ent in doc.ents if ent.label_ in KINDS}
    found: dict[tuple[int, int], Mention] = {}
    candidates = [c for ent in doc.ents if ent.label_ in KINDS for c in _clean(doc, ent)]
    candidates += _untagged_names(doc)
    for cand in candidates:
        start, end = cand.start, cand.end
        if cand.label == "PERSON":
            start = _extend_over_honorifics(doc, cand)
        char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if _in_furniture((char_start, char_end), source.furniture):
            continue
        for piece_start, piece_end in _split_compound(source.body, char_start, char_end, names):
            text = source.body[piece_start:piece_end]
            if not _keepable(text) or _is_author(text, authors):
                continue
            found.setdefault(
                (piece_start, piece_end),
                Mention(
                    source_id=source.id,
                    start=piece_start,
                    end=piece_end,
                    text=text,
                    label=EntityKind(cand.label),
                ),
            )
    mentions = [found[span] for span in sorted(found)]
    return SourceMentions(mentions, find_role_hints(source, doc, mentions))


def _clean(doc: Doc, ent: SpacySpan) -> list[_Candidate]:
    """Trim an entity's edges; return nothing when it is a known mislabel."""
    start, end = ent.start, ent.end
    for i in range(ent.start, ent.end):  # cut photo credits "Peter Klaunzer - Pool/Keystone"
        tok = doc[i]
        spaced_dash = tok.text == "-" and i > 0 and bool(doc[i - 1].whitespace_)
        if tok.text in _BREAK_TOKENS or spaced_dash:
            end = i
            break
    leading_symbol = False
    while start < end and _leading_noise(doc[start]):
        leading_symbol |= not doc[start].text[0].isalnum()
        start += 1
    cut_connector = False
    while end > start and (doc[end - 1].pos_ in _TRAILING_POS or doc[end - 1].tag_ == "POS"):
        if doc[end - 1].text == "." and end - start > 1 and doc[end - 2].text.isupper():
            break  # keep "U.S." style abbreviations whole
        cut_connector |= doc[end - 1].lower_ in {"of", "for", "and", "the"}
        end -= 1
    if start >= end or (cut_connector and end - start == 1):
        return []  # nothing left, or a name cut mid-way ("Group of" [20])
    label = ent.label_
    words = [t for t in doc[start:end]]
    first = words[0].text
    if not first[0].isalpha() or first[0].islower():
        return []  # "anti-Ukraine", "national security council"
    if len(words) == 1 and (leading_symbol or words[0].lower_ in CHROME_WORDS):
        return []  # "• News" at the head of a bullet
    if label == "PERSON" and any(ch.isdigit() for ch in doc[start:end].text):
        return []  # "COVID-19"
    if _is_title_part(doc, start, end):
        return []
    if label != "PERSON" and _after_role_noun(doc, start) and _looks_like_person(words):
        label = "PERSON"  # "opposition figure Alexei Navalny" tagged ORG
    if label == "NORP" and len(words) == 1 and _lone_speaker(words[0]):
        label = "PERSON"  # "Maynes notes": a group does not speak in the singular
    if label == "PERSON" and len(words) > 1 and words[-1].lower_ in COMPANY_ENDINGS:
        label = "ORG"  # "Northline Rail", "Castell Builders", "Harlow Bank": no one's surname
    if label == "ORG" and _place_context(doc[start:end].root) \
            and not any(w.lower_ in ORGANISATION_WORDS for w in doc[start:end]):
        label = "GPE"  # "the peninsula of Crimea", "occupied Crimea", "annexed Crimea"
    if label == "ORG":
        end = _extend_long_form(doc, start, end)
    return [_Candidate(start, end, label)]


SPEECH_LEMMAS = frozenset({"say", "note", "tell", "add", "write", "explain", "argue", "warn", "report"})
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch")


def _lone_speaker(tok: Token) -> bool:
    """A singular proper noun, with no article, that says something: a surname,
    not a nationality ("Republicans said" is plural, "an American says" has an article)."""
    return (tok.tag_ == "NNP" and tok.dep_ == "nsubj" and tok.head.lemma_ in SPEECH_LEMMAS
            and not any(c.dep_ == "det" for c in tok.children)
            and not tok.lower_.endswith(DEMONYM_ENDINGS))


GEO_NOUNS = frozenset({"peninsula", "region", "province", "territory", "city", "town", "village", "capital",
                       "island", "coast", "state", "republic", "enclave", "oblast", "county", "district"})
PLACE_ADJECTIVES = frozenset({"occupied", "annexed", "eastern", "western", "northern", "southern", "central",
                              "war-torn", "breakaway", "rebel-held"})
TAKING_VERBS = frozenset({"annex", "invade", "liberate", "reoccupy"})  # not "seize": regulators seize banks
PLACE_WORDS = GEO_NOUNS | {"coast", "islands", "lake", "mountains", "river", "sea", "valley", "square",
                           "street", "bridge", "airport", "station", "palace"}
ORGANISATION_WORDS = (ORG_HEAD_WORDS - PLACE_WORDS) | {"brothers", "corp", "bureau", "fund", "association",
                                                       "holdings"}
"""Words that make a name an organisation whatever its context ("Lehman Brothers", "the Supreme Court")."""
COMPANY_ENDINGS = frozenset({
    "rail", "railways", "railway", "airways", "airlines", "motors", "builders", "construction", "media",
    "partners", "capital", "labs", "systems", "technologies", "pharma", "pharmaceuticals", "foods", "industries",
    "insurance", "telecom", "mining", "logistics", "shipping", "entertainment", "software", "networks",
    "resources", "investments", "securities", "holdings", "corp", "inc", "ltd", "group", "bank", "brothers",
})
"""Last words of a company's name that no person's name ends with ("Northline Rail" tagged a person);
not "Steel", "Power", "Gas" or "Post", which are surnames too."""


def _place_context(tok: Token) -> bool:
    """Words around a name that only a place takes: what an organisation cannot be
    ("the peninsula of X", "X, a peninsula", "occupied X", "annexed X")."""
    if any(c.dep_ == "amod" and c.lower_ in PLACE_ADJECTIVES for c in tok.children):
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in GEO_NOUNS for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in GEO_NOUNS:
        return True
    return tok.dep_ == "dobj" and head.lemma_.lower() in TAKING_VERBS


def _is_title_part(doc: Doc, start: int, end: int) -> bool:
    """"State" in "Secretary of State", "Defense" in "Defense Secretary"."""
    if fold(doc[start:end].text) not in PORTFOLIOS:
        return False
    before = doc[start - 2 : start] if start >= 2 else None
    if before is not None and before[1].lower_ == "of" and before[0].lower_ in ROLE_NOUNS:
        return True
    return end < len(doc) and doc[end].lower_ in ROLE_NOUNS


def _after_role_noun(doc: Doc, start: int) -> bool:
    """The entity follows a lower-case job noun directly ("figure Alexei Navalny")."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return prev.is_lower and prev.lower_ in ROLE_NOUNS


def _looks_like_person(words: list[Token]) -> bool:
    """Two or three capitalised name-like words with no organisation word."""
    return 2 <= len(words) <= 4 and all(
        w.text[:1].isupper() and w.lower_ not in ORG_HEAD_WORDS and w.pos_ == "PROPN" for w in words
    )


def _extend_long_form(doc: Doc, start: int, end: int) -> int:
    """Finish long organisation names spaCy cuts short:
    "Organization for Security and Cooperation" + " in Europe"."""
    inner = {t.lower_ for t in doc[start:end]}
    if end - start < 3 or not inner & {"for", "of", "and"}:
        return end
    if end + 1 < len(doc) and doc[end].lower_ in {"in", "of", "for"}:
        nxt = doc[end + 1]
        if nxt.ent_iob_ == "B" and nxt.ent_type_ in {"LOC", "GPE"}:
            ent_end = end + 2
            while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
                ent_end += 1
            return ent_end
    return end


def _leading_noise(tok: Token) -> bool:
    """Articles, prepositions, bullets and spaces an entity should not start with."""
    return tok.pos_ in _LEADING_POS or not tok.text.strip() or tok.lower_ == "the"


def _free_proper_noun(tok: Token) -> bool:
    """A capitalised proper noun outside every entity."""
    return tok.ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _extend_over_honorifics(doc: Doc, cand: _Candidate) -> int:
    """New start of a person mention grown leftwards over "President", "Mr." and the like."""
    start = cand.start
    while start > 0:
        prev = doc[start - 1]
        word = prev.text.rstrip(".")
        if not word[:1].isupper() or fold(word) not in HONORIFICS or "\n" in prev.whitespace_:
            break
        start -= 1
    return start


def _untagged_names(doc: Doc) -> list[_Candidate]:
    """People the tagger missed after a possessive place: "China's Xi Jinping".

    A run of two to four capitalised proper nouns outside any entity, right
    after "<GPE>'s", is a person in news English ("Iran's Ayatollah Ali
    Khamenei", "Turkey's Recep Tayyip Erdogan") unless it contains an
    organisation word ("Russia's Defense Ministry").
    """
    out: list[_Candidate] = []
    for i in range(2, len(doc)):
        if doc[i - 1].tag_ != "POS" or doc[i - 2].ent_type_ != "GPE" or doc[i].ent_iob_ != "O":
            continue
        j = i
        while j < len(doc) and j - i < 4 and _free_proper_noun(doc[j]):
            j += 1
        words = list(doc[i:j])
        if j - i >= 2 and _looks_like_person(words) and not any(_is_title_word(w) for w in words):
            out.append(_Candidate(i, j, "PERSON"))
    return out


def _is_title_word(token: Token) -> bool:
    """Job and address words never begin or make up an untagged name."""
    word = fold(token.text)
    return word in ROLE_NOUNS or word in HONORIFICS or word in PORTFOLIOS


def _split_compound(body: str, start: int, end: int, names: set[str]) -> list[Span]:
    """Split hyphenated pairs of names: "U.S.-Russia" -> "U.S.", "Russia".

    Only when every part is a name on its own, in this document or as a
    country abbreviation, so "Guinea-Bissau" and "Rolls-Royce" stay whole.
    """
    text = body[start:end]
    cuts = [m.start() for m in _HYPHEN_COMPOUND.finditer(text)]
    if not cuts:
        return [(start, end)]
    lefts = [0, *(cut + 1 for cut in cuts)]  # each piece starts after a hyphen
    rights = [*cuts, len(text)]
    pieces = [(start + a, start + b) for a, b in zip(lefts, rights)]
    for s, e in pieces:
        key = name_key(body[s:e])  # "U.S." -> "united states"
        if key not in names and key not in _ABBREVIATED:
            return [(start, end)]
    return pieces


def _keepable(text: str) -> bool:
    """Last sanity check on a cleaned surface form."""
    stripped = _TEXT_NOISE.sub("", text)
    return bool(stripped) and stripped[0].isupper() and stripped == text


def _author_keys(authors: list[str]) -> tuple[set[str], set[str]]:
    """Full-name keys and surname keys of the bylines."""
    full = {name_key(a, person=True) for a in authors if a.strip()}
    last = {name_tokens(k)[-1] for k in full if len(name_tokens(k)) > 1}
    return full, last


def _is_author(text: str, authors: tuple[set[str], set[str]]) -> bool:
    """The byline's names ("Dasha Litvinova", or "Litvinova" alone) in the same source."""
    full, last = authors
    key = name_key(text, person=True)
    return key in full or (len(key.split()) == 1 and key in last)


def _in_furniture(span: Span, furniture: list[Span]) -> bool:
    start, end = span
    return any(start < f_end and f_start < end for f_start, f_end in furniture)
