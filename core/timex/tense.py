"""Which way does a relative expression point: past, future or now?

"spoke on Wednesday" is the Wednesday before the DCT, "plans to hold a call on
Sunday" the Sunday after.  The direction comes from the verb that governs the
expression in spaCy's dependency parse; when there is no parse (no model,
very long text) a look at the words around the expression decides.

Directions: ``-1`` past, ``+1`` future, ``0`` present, ``AROUND`` either side
(a plan told in the past, a deadline: the nearest occurrence wins), ``None``
unknown.  This module finds the verb and reads the words around the expression;
``verb_tense`` says which way a verb points.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.timex.clauses import after_since
from core.timex.verb_tense import (
    AROUND,
    CHOICE_LEMMAS,
    COMING_EVENT_NOUNS,
    DEADLINE_LEMMAS,
    EVENT_VERBS,
    FORECAST_ADJ,
    LASTING_LEMMAS,
    NOT_SCHEDULED,
    PLAN_STRONG,
    PROSPECT_ADJ,
    REPORTING_VERBS,
    RESCHEDULE_LEMMAS,
    SAME_PAST_FORM,
    SCHEDULED_NOUNS,
    SETTING_LEMMAS,
    is_deed,
    is_past,
    verb_direction,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_RANGE_PREPS = {"from", "through", "thru", "until", "till"}
_RANGE_END_AFTER = re.compile(r"(?i)[^.;]*?\b(?:through|thru|to|until|till)\b")
_FUTURE_WORDS = re.compile(
    r"(?i)\b(?:will|'ll|shall|plans?\s+to|planning\s+to|planned\s+for|scheduled|is\s+set\s+to|are\s+set\s+to|"
    r"expected\s+to|due\s+to|going\s+to|to\s+be\s+held|upcoming|would|next|intends?\s+to|aims?\s+to)\b"
)
_PAST_WORDS = re.compile(
    r"(?i)\b(?:[a-z]+ed|said|was|were|had|did|met|spoke|told|made|took|came|went|gave|held|began|"
    r"left|ago|won|lost|sold|bought|rose|fell|paid|got|saw|thought|became|ran|brought|sent|wrote|"
    r"struck|hit|put|set|cut|quit|shut|led|fought|sought|caught|felt|kept|meant|announced)\b"
)
_BOUNDARY = re.compile(r"[.!?\n]")
_SOONEST = re.compile(r"(?i)\b(?:as\s+(?:early|soon|late)\s+as|no\s+later\s+than|not\s+until)\s+(?:on\s+|this\s+)?$")
_CAUSAL_SINCE_BEFORE = re.compile(r"(?:^|[.!?\"“]\s*)Since\s+$")
_CAUSAL_SINCE_AFTER = re.compile(r"\s+(?:is|was|are|were|will|has|had|would)\b")
_AS_EARLY_AS = re.compile(r"(?i)\bas\s+early\s+as\s+(?:on\s+)?$")
_DEADLINE = re.compile(r"(?i)\b(?:until|till|by|before)\s+(?:on\s+)?$")


def cue_direction(text: str, start: int) -> int | None:
    """Words right before the expression that fix its side whatever the tense.

    "as early as Tuesday" is ahead; "until Tuesday" / "by Tuesday" is a
    deadline that a past verb may have set for a coming day or a gone one.
    """
    before = text[max(0, start - 30):start]
    if after_since(text, start):
        return -1  # "has been following him since March": a start gone by
    if _SOONEST.search(before):
        return 1
    if _DEADLINE.search(before):
        return AROUND
    return None


def regex_direction(text: str, start: int, end: int) -> int | None:
    """Fallback without a parse: tense cues in the clause around the expression."""
    lo = max(0, start - 120)
    before = text[lo:start]
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    before = before[cut:]
    after = text[end:end + 60]
    m = _BOUNDARY.search(after)
    if m:
        after = after[:m.start()]
    window = before[-80:] + " " + after[:40]
    if _FUTURE_WORDS.search(window):
        return 1
    if _PAST_WORDS.search(window):
        return -1
    return None


class TenseOracle:
    """Direction for spans of one text; parses lazily, only when asked.

    ``doc`` may be given by the caller (the import pipeline parses anyway);
    otherwise the shared pipeline parses the text on first need, in chunks, and
    texts above ``max_parse_chars`` use only the regex fallback.
    """

    def __init__(self, text: str, doc: "Doc | None" = None, parse: bool = True,
                 max_parse_chars: int = 200_000) -> None:
        self.text = text
        self._chunks: list[tuple[int, "Doc"]] | None = None
        if doc is not None and doc.text == text:
            self._chunks = [(0, doc)]
        elif not parse or len(text) > max_parse_chars:
            self._chunks = []
        self.parse = parse

    def _ensure(self) -> list[tuple[int, "Doc"]]:
        if self._chunks is None:
            self._chunks = []
            try:
                from core import nlp as nlp_module

                nlp = nlp_module.load()
                pieces = list(_chunk_offsets(self.text, 20_000))
                disable = [p for p in ("ner",) if p in nlp.pipe_names]
                texts = (self.text[a:b] for a, b in pieces)
                for (a, _b), doc in zip(pieces, nlp.pipe(texts, disable=disable)):
                    self._chunks.append((a, doc))
            except Exception:  # no model, out of memory...: regex fallback
                self._chunks = []
        return self._chunks

    def direction(self, start: int, end: int, scheduled: bool = False) -> int | None:
        """``scheduled``: a simple present means a coming event ("votes Sunday"), as for weekdays."""
        cue = cue_direction(self.text, start)
        causal = _CAUSAL_SINCE_BEFORE.search(self.text[max(0, start - 8):start]) \
            and _CAUSAL_SINCE_AFTER.match(self.text[end:end + 8])
        if cue == -1 and not causal:
            return cue  # "since March", "sales since Christmas are down"; not "Since Friday is a holiday, ..."
        if cue == -1:
            cue = None
        found = self._chunk_at(start, end) if cue != 1 or _AS_EARLY_AS.search(self.text[max(0, start - 20):start]) else None
        result = self._from_doc(found[1], start - found[0], end - found[0], scheduled) if found else None
        if cue == 1:  # "could arrive as early as Tuesday"; but "fans had lined up as early as 6 a.m. Tuesday"
            return -1 if result == -1 else cue
        if result is None:
            result = regex_direction(self.text, start, end)
        prep = _deadline_prep(self._span_at(start, end)) if cue == AROUND and found else None
        if prep is not None and result == -1 and (_reached_by_then(prep) or _negated(prep.head)):
            return -1  # "the repairs lasted until April", "the lake did not freeze until Jan. 12": over
        if prep is not None and _granted_until(prep):
            return 1  # "gave him until Monday to respond": a time granted runs ahead
        if cue == AROUND and result != 1:
            return AROUND  # "extended the deadline until Tuesday"; but "will double by August"
        return result

    def future_adverbial(self, start: int, end: int) -> bool:
        """Whether the expression is the own time of a "will" verb (see ``_future_path``)."""
        span = self._span_at(start, end)
        return span is not None and _future_path(span)

    def own_future(self, start: int, end: int) -> bool:
        """The verb the expression hangs from is itself future ("snow will begin overnight"),
        not a clause around it ("set to open lower after falling overnight")."""
        if self._chunk_at(start, end) is None:
            return bool(_FUTURE_WORDS.search(self.text[max(0, start - 40):start]))
        span = self._span_at(start, end)
        if span is None:
            return False
        verb = _governor(span)
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBG" and verb.dep_ == "pcomp":
            return False  # "set to open lower after falling overnight": the falling is done
        return verb_direction(verb) == 1  # "will begin overnight", "is expected overnight"

    def adverbial(self, start: int, end: int) -> bool:
        """Whether the expression modifies its verb directly ("exports fell in March", "agreed
        on the night of March 3") rather than through a noun ("announced a March 3 vote",
        "declared a dividend payable Dec. 15"): only then does a past verb surely mean a past
        date.  False when there is no parse (or the text is too long to parse)."""
        span = self._span_at(start, end)
        return span is not None and _adverbial_path(span)

    def _span_at(self, start: int, end: int) -> "Span | None":
        """The parsed tokens of ``[start, end)``, if the text was parsed."""
        found = self._chunk_at(start, end)
        if found is None:
            return None
        offset, doc = found
        span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
        return span if span is not None and len(span) > 0 else None

    def _chunk_at(self, start: int, end: int) -> tuple[int, "Doc"] | None:
        """The parsed chunk holding ``[start, end)`` and its offset, if the text was parsed."""
        for offset, doc in self._ensure():
            if offset <= start and end <= offset + len(doc.text):
                return offset, doc
        return None

    @staticmethod
    def _from_doc(doc: "Doc", start: int, end: int, scheduled: bool = False) -> int | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        if any(t.lower_ == "ago" for t in span):
            return -1
        prev = span.start - 1
        if prev >= 0 and doc[prev].lower_ == "on":
            prev -= 1
        if prev >= 0 and doc[prev].tag_ == "VBD" and doc[prev].lemma_ in REPORTING_VERBS:
            return -1  # "said on Monday it would ...": the date belongs to the saying
        if span.root.dep_ == "poss":  # "Friday's purchases": a possessive weekday is almost always past,
            gov = _governor(span)  # but not "will set the times after Sunday night's final game"
            will = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in gov.children)
            coming = span.root.head.lemma_.lower() in COMING_EVENT_NOUNS  # not "will review Monday's decision"
            return 1 if will and coming else -1
        tok = _governor(span)
        if tok.pos_ not in ("VERB", "AUX"):
            before = doc[span.start - 1] if span.start > 0 else None
            if scheduled and before is not None and before.tag_ == "NNS" and before.dep_ == "ROOT" \
                    and before.lemma_ in EVENT_VERBS and before.i > before.sent.start:
                return 1  # "The Senate votes Thursday on the bill": a verb the parse took for a noun
            return None
        result = verb_direction(tok)
        prep = doc[span.start - 1] if span.start else None
        if result == 0 and prep is not None and prep.lower_ in _RANGE_PREPS and tok.lemma_ not in REPORTING_VERBS \
                and (tok.lemma_ != "be" or any(c.dep_ == "prep" and c != prep for c in tok.children)) \
                and (prep.lower_ != "from" or _RANGE_END_AFTER.match(doc.text[span.end_char:span.end_char + 40])):
            return 1  # "a watch is in effect from Sunday evening through Tuesday"; not "is from Monday",
            # "rates are unchanged from Friday", "the data is accurate through Friday"
        if result == -1 and prep is not None and prep.lower_ in ("to", "until", "till") and tok.lemma_ in RESCHEDULE_LEMMAS:
            return AROUND  # "the matches were pushed to Tuesday": a new date, gone or to come
        if result == -1 and tok.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_ in FORECAST_ADJ for c in tok.children):
            return AROUND  # "forecasters warned that storms were possible Tuesday": a forecast
        if result == 0 and _present_be_of(span, tok):
            return 1  # "the final is on Saturday", "results are due Friday", "Election Day is Nov. 5"
        if result == 0 and scheduled and tok.tag_ in ("VBZ", "VBP") and tok.lemma_ not in NOT_SCHEDULED \
                and tok.lower_ not in SAME_PAST_FORM and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            return 1  # "voters go to the polls Sunday"
        return result




def _present_be_of(span: "Span", verb: "Token") -> bool:
    """A present "is"/"are" whose own complement or subject is the date ("is on Saturday",
    "is Nov. 5", "are due on Friday", "Wednesday is a holiday"): a timetable, which looks ahead."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    tok = span.root
    if tok.head.i == verb.i and (tok.dep_ == "nsubj" or tok.dep_ == "npadvmod" and tok.i == tok.sent.start
                                 and verb.i == tok.i + 1):
        return True  # "Wednesday is a holiday", "Friday is the deadline"
    if tok.dep_ == "pobj":
        if tok.head.lower_ not in ("on", "in", "at", "for", "until", "till"):
            return False  # "the report is from Monday"
        tok = tok.head
    if tok.head.pos_ == "ADJ" and tok.head.lemma_ in PROSPECT_ADJ:
        tok = tok.head  # "are due on Friday"
    if tok.head.i != verb.i or tok.dep_ not in ("prep", "attr", "npadvmod", "acomp", "tmod"):
        return False
    others = [c for c in verb.children if c.i != tok.i and c.dep_ in (
        "attr", "acomp", "prep", "dobj", "npadvmod", "tmod", "oprd", "advmod", "xcomp", "ccomp")
        and not _where_or_when(c)]
    return not others  # not "inflation is 3.2% in February", "oil is at $80 on Friday"


def _where_or_when(prep: "Token") -> bool:
    """"at Wembley", "in Geneva", "at noon": a place or a clock beside the date, not another complement."""
    if prep.dep_ != "prep" or prep.lower_ not in ("at", "in"):
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "TIME") or o.lower_ in ("noon", "midnight")
                                 or o.pos_ == "PROPN" for o in objects)


def _governor(span: "Span") -> "Token":
    """The verb an expression hangs from (at most five steps up), else the last token reached."""
    tok = span.root
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
            break
        if tok.head is tok:
            break
        tok = tok.head
    return tok


def _deadline_prep(span: "Span | None") -> "Token | None":
    """The "until"/"by" whose object the expression is ("by [dawn] Thursday")."""
    if span is None:
        return None
    objects = [t for t in span if t.dep_ == "pobj" and t.head.i < span.start]
    return objects[0].head if objects else None


def _negated(verb: "Token") -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _granted_until(prep: "Token") -> bool:
    """"gave him until Monday to respond": time granted to someone, to do something."""
    verb = prep.head
    if prep.lower_ not in ("until", "till") or verb.lemma_ not in {"give", "grant"}:
        return False
    granted = any(c.dep_ in ("dative", "dobj") and c.pos_ in ("PRON", "PROPN") for c in verb.children)  # "gave him"
    end = max(t.i for t in prep.subtree) + 1
    to_do = any(t.tag_ == "TO" for t in prep.doc[end:end + 3])  # "... until Monday to respond"
    perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
    return granted and to_do and not perfect


def _reached_by_then(prep: "Token") -> bool:
    """A past verb of lasting with "until" ("lasted until April"), or one that sets no deadline
    with "by" ("took the town by dawn Thursday"), tells of a time gone by; "extended the
    deadline until Tuesday", "issued a warning until 10am Wednesday" or "gave them until
    Monday" may point ahead."""
    verb = prep.head
    bare_participle = verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)  # "The repairs lasted" tagged as a participle
    if verb.pos_ != "VERB" or not (is_past(verb) or bare_participle):
        return False  # "told residents to stay indoors until Friday": the staying is ahead
    if prep.lower_ in ("until", "till"):  # "lasted until April"; not "issued a warning until 10am Wednesday"
        return verb.lemma_ in LASTING_LEMMAS
    return prep.lower_ == "by" and verb.lemma_ not in RESCHEDULE_LEMMAS | PLAN_STRONG | SETTING_LEMMAS | DEADLINE_LEMMAS


TRANSPARENT_NOUNS = {  # "the night of March 3", "the end of June": still the verb's own time
    "night", "morning", "afternoon", "evening", "weekend", "week", "day", "end", "beginning", "start",
    "middle", "course", "part", "close", "half", "rest", "remainder",
}


ADVERBIAL_PREPS = {"in", "on", "during", "at", "throughout", "over", "between", "since"}  # not "for", "from"
PLAN_FORMS = {"slated", "scheduled", "planned", "set", "due", "expected", "timetabled", "penciled", "pencilled"}


def _adverbial_path(span: "Span") -> bool:
    """The date is the time of its past verb (see ``_own_verb``)."""
    verb = _own_verb(span)
    return verb is not None and (is_past(verb) or verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")
                                 or is_deed(verb))  # not "had been set to expire Nov. 6"


def _future_path(span: "Span") -> bool:
    """The date is the own time of a "will" verb with nothing in between ("the store will
    close on Dec. 30"), not of an object ("will appeal (against) the ruling on Jan. 5")."""
    verb = _own_verb(span)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo") for c in verb.children):
        return False
    own = next((t for t in [span.root, *span.root.ancestors] if t.head.i == verb.i), None)  # "on" of "on Dec. 30"
    return not any(c.dep_ in ("dobj", "obj", "prep", "dative") and c.i < span.start and (own is None or c.i != own.i)
                   for c in verb.children)  # "will appeal against the ruling on Dec. 29": the ruling's date


def _own_verb(span: "Span") -> "Token | None":
    """The verb whose time the date is: the object of "in"/"on"/... on the verb, or a bare
    "Nov. 28" (AP style), perhaps inside "the night of" -- not a date the verb chose, set or
    aimed at ("picked Jan. 20 for the rally", "cut flights for January")."""
    tok = span.root
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in TRANSPARENT_NOUNS:
        tok = tok.head.head  # "the night of March 3"
    if tok.dep_ == "pobj" and tok.head.lower_ in ADVERBIAL_PREPS and tok.head.dep_ == "prep":
        verb = tok.head.head
        if verb.lemma_ in SETTING_LEMMAS and any(
                o.dep_ == "dobj" and o.lemma_.lower() in SCHEDULED_NOUNS and o.i < tok.head.i for o in verb.children):
            return None  # "announced a strike on Dec. 14": the parse cannot tell whose date it is
    elif tok.dep_ in ("npadvmod", "tmod", "obl:tmod") and not (span.start <= tok.head.i < span.end):
        verb = tok.head
        if verb.lemma_ in CHOICE_LEMMAS:
            return None  # "organizers picked Jan. 20 for the rally": the date is what was chosen
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "amod":
        return None
    if verb.lemma_ in PLAN_STRONG or verb.lemma_ in RESCHEDULE_LEMMAS or verb.lower_ in PLAN_FORMS:
        return None  # "talks scheduled for March 3", "the launch was slated for Jan. 9"
    return verb


def _chunk_offsets(text: str, size: int):
    """Split at paragraph or sentence ends near ``size`` so sentences stay whole."""
    i, n = 0, len(text)
    while i < n:
        j = min(n, i + size)
        if j < n:
            k = text.rfind("\n", i + size // 2, j)
            if k == -1:
                k = text.rfind(". ", i + size // 2, j)
            if k != -1:
                j = k + 1
        yield i, j
        i = j
