"""The distinctive words of an evidence sentence, which merging compares.

Two reports of different kinds (a call and a warning) may still tell one
happening when they share enough of these words ("interview", "killer").
"""

from __future__ import annotations

import re

from core.models import Actor

STOPWORDS = set(
    """about above after again against also among amid because been before being below between both
    could does doing down during each every from further have having here into itself just more most
    much other over same should since some such than that their them then there these they this those
    through under until very were what when where which while whom with would your will said says
    told according official officials president presidents leader leaders added noted early late last
    next week weeks month months year years time times today tonight morning evening afternoon monday
    tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december including including also only even still well part""".split()
)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def _stem(word: str) -> str:
    word = word.lower().removesuffix("'s").removesuffix("’s")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str, names: set[str]) -> set[str]:
    """Distinctive words of an evidence sentence (no names, dates or function words)."""
    out = set()
    for w in WORD.findall(text):
        low = w.lower()
        if len(low) < 4 or low in STOPWORDS or low in names:
            continue
        out.add(_stem(low))
    return out


def actor_words(actors: dict[str, Actor]) -> set[str]:
    """Every word of every actor's names, lower-cased: names are not content words."""
    names: set[str] = set()
    for a in actors.values():
        for n in [a.name, *a.aliases]:
            names.update(w.lower() for w in WORD.findall(n))
    return names
