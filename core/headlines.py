"""How long an event title may be, and where a longer one is cut.

Kept out of :mod:`core.events` (whose package loads spaCy) so that the GUI can
name a hand-made event without loading the NLP pipeline on its thread.
"""

from __future__ import annotations

MAX_WORDS = 14
MAX_CHARS = 90

CUT_BEFORE = frozenset({
    "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "after", "before",
    "to", "for", "of", "with", "in", "on", "at", "by", "from", "about", "into", "over", "against",
    "and", "but", "or", "as", "if", "since", "until",
})
"""Words a long title may be cut before: what follows them is a phrase of its own,
so "said it was too early to talk about the details…" does not end "of such a…"."""
MIN_CUT_WORDS = 6
CUT_REACH = 5  # words a cut may move back to find a phrase boundary


def clip_title(words: str) -> str:
    """Shorten to ``MAX_WORDS`` and ``MAX_CHARS``, at a phrase boundary when one is
    within ``CUT_REACH`` words of the limit."""
    tokens = words.split()
    words = " ".join(tokens)
    if len(tokens) <= MAX_WORDS and len(words) <= MAX_CHARS:
        return words
    keep = len(tokens)
    while keep > 1 and (keep > MAX_WORDS or len(" ".join(tokens[:keep])) > MAX_CHARS - 1):
        keep -= 1
    for k in range(keep, max(MIN_CUT_WORDS, keep - CUT_REACH) - 1, -1):
        if k < len(tokens) and (tokens[k].lower().strip("“\"'(") in CUT_BEFORE
                                or tokens[k - 1].endswith((",", ";", ":"))):
            keep = k
            break
    clipped = " ".join(tokens[:keep]).rstrip(",;:")
    if len(clipped) > MAX_CHARS - 1:  # one word longer than a title
        clipped = clipped[:MAX_CHARS - 1]
    return clipped + "…"
