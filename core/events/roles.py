"""Who fills which slot of a clause: subjects, objects and the phrases around them.

Parse geometry shared by the anchoring (:mod:`core.events.clauses`), the
titles and the relative-time events.  spaCy's small English model misparses
coordination and datelines often enough that some of these helpers repair
the parse locally (see :func:`subjects_of`).
"""

from __future__ import annotations

from spacy.tokens import Token

from core.events import lexicon

SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJ_DEPS = {"dobj", "dative", "attr", "oprd", "obj"}
WH_SUBJECTS = {"that", "which", "who", "whom"}
NOUNISH = {"PROPN", "NOUN", "DET", "ADJ", "CCONJ", "PART", "PUNCT", "NUM"}
VERBAL = {"VERB", "AUX"}


def segment(tok: Token) -> tuple[int, int]:
    """Token bounds of the line part of ``tok``'s sentence (blank lines end a sentence),
    and of its side of a semicolon: "closed its plant; two days later it announced a
    factory" is two statements, whatever the parse hangs under what."""
    sent = tok.sent
    lo, hi = sent.start, sent.end
    for t in sent:
        if "\n" in t.text or "\n" in t.whitespace_ or t.text == ";":
            if t.i < tok.i:
                lo = t.i + 1
            elif t.i >= tok.i:
                hi = t.i if t.text == ";" else t.i + 1
                break
    return lo, hi


def subjects_of(verb: Token) -> tuple[list[Token], bool]:
    """Subject heads of a verb, inherited through xcomp/conj/pcomp chains; and passivity."""
    tok = verb
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    for _ in range(4):
        subs = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
        if subs:
            # "WILMINGTON, Del. — President Joe Biden on Thursday spoke": the dateline
            # is parsed as a second subject; the real one is nearest the verb.
            subs = [min(subs, key=lambda s: abs(tok.i - s.i))]
            if subs[0].lower_ in WH_SUBJECTS and tok.dep_ == "relcl":
                subs = [tok.head]
            elif subs[0].lower_ == "they" and tok.dep_ == "advcl":
                subs = _plural_subject_of(tok.head) or subs  # "ministers will meet when they gather"
            return _misparsed_coordination(subs[0]) + with_conjuncts(subs), (
                passive or any(s.dep_ == "nsubjpass" for s in subs) and tok is verb)
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "Russia moved troops before announcing a pullback"
            continue
        if tok.dep_ in {"xcomp", "conj", "pcomp", "advcl", "acomp"} and tok.head.i != tok.i:
            tok = tok.head  # acomp: "officials are due to meet"
            continue
        if tok.dep_ == "relcl":  # "the call that Biden held" — the head noun is no subject
            return [], passive
        break
    return [], passive


def _misparsed_coordination(subject: Token) -> list[Token]:
    """Names coordinated with a titled subject that the parse hung under it as a
    modifier ("Secretary of State Antony Blinken and Defense Secretary Lloyd Austin
    met": Blinken, with the "and", becomes an ``nmod`` of Austin)."""
    if subject.pos_ != "PROPN":
        return []  # "Senior U.S. and Russian officials": one group of officials
    return [c for c in subject.lefts
            if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN" and any(g.dep_ == "cc" for g in c.children)]


def _plural_subject_of(verb: Token) -> list[Token]:
    """The plural noun subject of ``verb``, which a following "they" refers back to."""
    for c in verb.children:
        if c.dep_ in SUBJ_DEPS and c.pos_ in {"NOUN", "PROPN"} and (c.tag_ in {"NNS", "NNPS"} or c.conjuncts):
            return [c]
    return []


def with_conjuncts(heads: list[Token]) -> list[Token]:
    out: list[Token] = []
    for h in heads:
        out.append(h)
        out.extend(t for t in h.conjuncts if t not in out)
    return out


def relative_object(verb: Token) -> Token | None:
    """The noun a relative clause's missing object points to ("the case Biden made",
    "Crimea, which Moscow annexed")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if objs and objs[0].lower_ not in {"which", "that", "whom", "what"}:
        return None
    subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    if not subj or subj[0].lower_ in WH_SUBJECTS:
        return None  # the head noun is the subject, not the object
    return verb.head


def misparsed_object(verb: Token) -> tuple[Token, Token] | None:
    """"seized and annexed Ukraine's Crimean peninsula", parsed as "seized" and a noun
    phrase whose first word, the second verb, became an adjective: that noun is the
    object of both verbs.  Returns (object, second verb) or ``None``."""
    if verb.pos_ not in VERBAL or any(c.dep_ in OBJ_DEPS for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}:
            for first in c.lefts:
                before = verb.doc[first.i - 1] if first.i > 0 else None
                if (first.dep_ == "amod" and first.lower_.endswith("ed")
                        and before is not None and before.dep_ == "cc" and before.head.i == verb.i):
                    return c, first
    return None


def apposed_name(noun: Token) -> Token | None:
    """"spoke with his Ukrainian counterpart, Dmytro Kuleba, earlier this week": a
    person's name set off by commas right after a common noun is its apposition,
    even where the parse hung it elsewhere.  Returns the name's last token."""
    if noun.pos_ != "NOUN":
        return None
    doc = noun.doc
    i = noun.right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].ent_type_ != "PERSON":
        return None
    j = i + 1
    while j + 1 < len(doc) and doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].ent_iob_ == "I":
        j += 1
    after = doc[j + 1] if j + 1 < len(doc) else None
    if after is not None and after.text not in {",", ".", ";"}:
        return None
    if doc[j].head.i == noun.i:
        return None  # a proper apposition: the phrase already holds it
    return doc[j]


def name_tokens(last: Token) -> list[Token]:
    """The tokens of the entity that ends at ``last``."""
    start = last.i
    while start > 0 and last.doc[start].ent_iob_ == "I":
        start -= 1
    return list(last.doc[start:last.i + 1])


def objects_of(head: Token) -> list[Token]:
    """Direct objects and participant prepositional objects of a verb or noun."""
    out: list[Token] = []
    gap = relative_object(head) if head.pos_ in VERBAL else None
    if gap is not None:
        out.append(gap)
    misparsed = misparsed_object(head)
    if misparsed is not None:
        out.append(misparsed[0])
    for c in head.children:
        if c.dep_ in OBJ_DEPS and head.pos_ in VERBAL:
            if c.lower_ not in WH_SUBJECTS:
                out.extend(with_conjuncts([c]))
                out.extend(n for n in [apposed_name(c)] if n is not None)
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in lexicon.PARTICIPANT_PREPS):
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(with_conjuncts([p]))
                    out.extend(n for n in [apposed_name(p)] if n is not None)
        elif c.dep_ in {"poss", "compound"} and head.pos_ == "NOUN":
            out.append(c)
    return out


def pruned_subtree(tok: Token, bounds: tuple[int, int] | None = None, no_places: bool = False) -> list[Token]:
    """A phrase without its embedded clauses and context prepositions (for roles and titles).

    ``bounds`` (token indices) keeps the phrase inside one text segment: spaCy
    sometimes parses a caption line and the next paragraph as one sentence.
    ``no_places`` drops nested in/at phrases ("at the White House in Washington")
    so that places are not mistaken for participants.
    """
    lo, hi = bounds if bounds is not None else (tok.sent.start, tok.sent.end)
    keep: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        if not lo <= t.i < hi:
            continue
        keep.append(t)
        for c in t.children:
            if c.dep_ in {"relcl", "acl", "advcl", "ccomp", "parataxis"}:
                continue
            if c.dep_ == "appos" and c.pos_ != "PROPN":
                continue
            if no_places and c.dep_ == "prep" and c.lower_ in {"in", "at", "from", "near", "inside", "outside"}:
                continue
            if c.dep_ == "prep" and c.lower_ in lexicon.CONTEXT_PREPS:
                continue
            if c.dep_ == "npadvmod" or c.ent_type_ in {"DATE", "TIME"} and c.dep_ != "pobj" and not heads_an_of_phrase(c):
                continue
            stack.append(c)
    return sorted(keep, key=lambda t: t.i)


def heads_an_of_phrase(t: Token) -> bool:
    """A length that heads "of" ("three days of disruption"): what is faced, not when."""
    doc = t.doc
    end = t.i
    while end + 1 < len(doc) and doc[end + 1].ent_type_ == t.ent_type_ and doc[end + 1].ent_iob_ == "I":
        end += 1
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ == "of" and t.i <= nxt.head.i <= end \
        and any(c.dep_ == "pobj" for c in nxt.children)


def subject_left_of(verb: Token, lo: int) -> list[Token]:
    """Fallback when the parse put the subject in another line: the noun phrase
    that opens the segment right before the verb ("\n\nPresident Biden spoke")."""
    doc = verb.doc
    commas = [t.i for t in doc[lo:verb.i] if t.text == ","]
    if commas:  # "In his first call with Putin, Biden expressed ...": after the fronted phrase
        lo = commas[-1] + 1
    words = [t for t in doc[lo:verb.i]
             if not t.is_space and t.text not in {"•", "-", "—", "*"} and t.dep_ not in {"aux", "auxpass", "neg", "advmod"}
             and t.ent_type_ not in {"DATE", "TIME"}
             and not (t.dep_ == "prep" and all(c.ent_type_ in {"DATE", "TIME"} for c in t.children))]
    if not words or not all(t.pos_ in NOUNISH for t in words):
        return []
    nouns = [t for t in words if t.pos_ in {"PROPN", "NOUN"}]
    if not nouns:
        return []
    chain = [nouns[-1]]  # "President Joe Biden and Russian President Vladimir Putin spoke"
    while chain[0].dep_ == "conj" and lo <= chain[0].head.i < chain[0].i:
        chain.insert(0, chain[0].head)
    return chain
