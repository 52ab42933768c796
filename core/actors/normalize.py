"""Comparison keys for names.

Clustering never compares raw surface forms: "President Biden", "Biden" and
"BIDEN" must meet on one key, and "U.S." must meet "the United States".  These
helpers turn a surface form into such keys; they are pure functions of the
text so that clustering stays deterministic.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.actors.lexicon import (
    ABBREVIATIONS,
    ACRONYM_SKIP,
    HONORIFICS,
    NAME_SUFFIXES,
    PORTFOLIOS,
    ROLE_NOUNS,
    US_STATES_AP,
)

PERSON_PREFIXES: frozenset[str] = HONORIFICS | ROLE_NOUNS | PORTFOLIOS

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"'s$|'$")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form ("Mélanie" == "Melanie")."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace(".", " ")
    text = re.sub(r"[^\w\s'-]", " ", text)
    return _SPACES.sub(" ", text).strip()


def strip_article(text: str) -> str:
    """Drop a leading "the" and a trailing possessive: "the Kremlin's" -> "Kremlin"."""
    text = text.translate(_APOSTROPHES).strip()
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    return _POSSESSIVE.sub("", text).strip()


def strip_titles(words: list[str]) -> list[str]:
    """Remove leading honorifics and job words from a person's name.

    "President Biden", "Mr. Biden" and "Secretary Blinken" (when the tagger
    includes the title in the entity) must meet "Biden" and "Blinken".  The
    last word always stays: "the President" alone is not a name, but a key is
    never empty.
    """
    out = list(words)
    while len(out) > 1 and fold(out[0]) in PERSON_PREFIXES:
        out.pop(0)
    return out


def bare_name(text: str, person: bool = False) -> str:
    """The surface form without article and possessive, and for a person
    without leading titles.  Places keep theirs: "Prince Edward Island"."""
    words = strip_article(text).split()
    return " ".join(strip_titles(words) if person else words)


@lru_cache(maxsize=1 << 16)
def name_key(text: str, person: bool = False) -> str:
    """Clustering key: folded bare name, with country abbreviations resolved."""
    key = fold(bare_name(text, person))
    canonical = ABBREVIATIONS.get(key) or (US_STATES_AP.get(key) if text.rstrip().endswith(".") else None)
    return fold(canonical) if canonical else key


def canonical_display(key: str) -> str | None:
    """Display name forced by the abbreviation map ("united states" -> "United States")."""
    return _DISPLAY.get(key)


_DISPLAY: dict[str, str] = {fold(display): display
                             for display in (*ABBREVIATIONS.values(), *US_STATES_AP.values())}


def name_tokens(key: str) -> list[str]:
    """A key's words without generational suffixes ("lloyd j austin iii" -> [..., "austin"])."""
    words = key.split()
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words


def surname(key: str) -> str:
    """Last name of a person key."""
    words = name_tokens(key)
    return words[-1] if words else key


def given_names(key: str) -> list[str]:
    """Everything before the surname ("lloyd j austin iii" -> ["lloyd", "j"])."""
    return name_tokens(key)[:-1]


def initials(text: str) -> str:
    """Acronym a long form would make: "Organization for Security and
    Cooperation in Europe" -> "OSCE"; "North Atlantic Treaty Organization" -> "NATO"."""
    words = bare_name(text).split()  # "Co-operation" gives one letter, as in OSCE
    return "".join(w[0].upper() for w in words if w.lower() not in ACRONYM_SKIP and w[0].isalpha())


def looks_like_acronym(text: str) -> bool:
    """All-capital short tokens such as "OSCE", "NATO", "EU" (dots allowed)."""
    letters = bare_name(text).replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()
