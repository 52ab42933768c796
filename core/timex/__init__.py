"""The temporal tagger: find TIMEX3 expressions in English news and normalise them.

``tag(text, dct)`` is a pure function of the text and the publication date
(DCT): run it again with a DCT to resolve what an unknown DCT left open.

Pipeline: ``finder`` (regex rules from ``patterns``, meanings from
``normalise``) -> ``anchoring`` (DCT, reference time, tense from ``tense``)
-> ``granularity`` (the interval the timeline draws).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from core.models import Timex
from core.timex.anchoring import Resolver
from core.timex.finder import find
from core.timex.tense import TenseOracle

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["tag", "to_json"]

log = logging.getLogger(__name__)


def tag(text: str, dct: dt.date | None, doc: "Doc | None" = None, *, parse: bool = True) -> list[Timex]:
    """Temporal expressions of ``text`` with TIMEX3 values anchored on ``dct``.

    ``doc`` is spaCy's parse of the same text if the caller has one; without it
    the shared pipeline parses lazily (only when a tense decision is needed;
    ``parse=False`` or very long texts use word cues instead).  Never raises:
    on an internal error the expressions found so far are returned.
    """
    if not isinstance(text, str) or not text:
        return []
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    elif isinstance(dct, str):
        try:
            dct = dt.date.fromisoformat(dct[:10])
        except ValueError:
            dct = None
    elif not isinstance(dct, dt.date):
        dct = None
    out: list[Timex] = []
    try:
        cands = find(text)
        resolver = Resolver(text, dct, TenseOracle(text, doc, parse=parse))
        for c in cands:
            try:
                t = resolver.resolve(c)
            except Exception:
                log.debug("could not resolve %r", text[c.start:c.end], exc_info=True)
                continue
            if t is not None:
                out.append(t)
    except Exception:
        log.exception("temporal tagger failed; returning %d expressions", len(out))
    return out


def to_json(timexes: list[Timex]) -> list[dict]:
    """The command line's view: ``{"start","end","text","type","value"}`` per expression."""
    return [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type.value, "value": t.value}
        for t in timexes
    ]
