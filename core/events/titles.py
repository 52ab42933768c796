"""Short headline-style titles built from the clause structure.

"Biden and Putin hold a video call", not the whole sentence: subject, verb in
the present tense (headline style), object and the participant phrase, with
actors written by their short names (:mod:`core.events.naming`).  Titles are for the timeline label,
so they are capped in length; the sentence itself stays in the evidence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from core.events import lexicon
from core.headlines import clip_title
from core.events.clauses import Clause, direct_speech
from core.events.roles import (
    apposed_name,
    heads_an_of_phrase,
    misparsed_object,
    name_tokens,
    pruned_subtree,
    relative_object,
)
from core.models import Modality

DROP_LEADING = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those"}
ORPHAN_COMMA = re.compile(r"\b(to|with|by|for|of|from|on|in|at|against|between|and)\s*,\s*")
VERBS = {"VERB", "AUX"}
QUOTES = {'"', "“", "”", "‘", "’", "'", "``", "''"}


class NameMap:
    """Token index → canonical actor name, for the mentions that name an actor."""

    def __init__(self) -> None:
        self.name_at: dict[int, str] = {}
        self.first_of: dict[int, int] = {}  # token index → first token index of its mention
        self.last_of: dict[int, int] = {}  # token index → last token index of its mention
        self.actor_at: dict[int, str] = {}
        self.kind_at: dict[int, str] = {}

    def add(self, token_ids: range, name: str, actor_id: str, kind: str = "") -> bool:
        """Record one mention; a mention inside a longer one already added is ignored
        ("Europe" in "Organization for Security and Co-operation in Europe")."""
        if any(i in self.name_at for i in token_ids):
            return False
        first, last = token_ids.start, token_ids.stop - 1
        for i in token_ids:
            self.name_at[i] = name
            self.first_of[i] = first
            self.last_of[i] = last
            self.actor_at[i] = actor_id
            self.kind_at[i] = kind
        return True

    def with_tokens(self, extra: dict[int, tuple[str, str]]) -> NameMap:
        """A copy that also names single tokens (token index → (name, actor id)):
        resolved object pronouns ("join him" → "join Volodymyr Zelensky")."""
        out = NameMap()
        out.name_at, out.first_of, out.last_of = dict(self.name_at), dict(self.first_of), dict(self.last_of)
        out.actor_at, out.kind_at = dict(self.actor_at), dict(self.kind_at)
        for i, (name, actor_id) in extra.items():
            out.add(range(i, i + 1), name, actor_id)
        return out


def _title_modifiers(tokens: list[Token], names: NameMap) -> set[int]:
    """Tokens that only qualify a named person ("Russian President" before Putin)."""
    skip: set[int] = set()
    own = names.first_of
    for t in tokens:
        h = t
        for _ in range(5):
            if h.dep_ not in {"compound", "amod", "nmod", "poss", "case", "punct", "det", "prep", "pobj"} or h.head.i == h.i:
                break
            if any(c.dep_ == "cc" for c in h.children):
                break  # "Blinken and Austin" parsed as a modifier: a coordinated name, not a title
            h = h.head
            if h.i in names.name_at and own.get(h.i) != own.get(t.i, -1) and names.kind_at.get(h.i) == "PERSON":
                if t.i < h.i:
                    skip.add(t.i)
                    skip.update(c.i for c in t.children if c.dep_ == "case")  # "Ukraine’s"
                break
            if h.i in names.name_at and own.get(h.i) != own.get(t.i, -1):
                break
        # "Russia's president Vladimir Putin": the role noun carries the name as appos
        for c in t.children:
            if c.dep_ == "appos" and c.i in names.name_at and names.kind_at.get(c.i) == "PERSON" and t.i not in names.name_at:
                if t.pos_ == "NOUN":
                    skip.add(t.i)
                    for x in t.children:
                        if x.dep_ in {"poss", "det", "amod", "compound", "case"}:
                            skip.update(y.i for y in x.subtree)
    return skip


def render(tokens: list[Token], names: NameMap) -> str:
    """Text of ``tokens`` with actor mentions replaced by canonical names."""
    skip = _title_modifiers(tokens, names)
    parts: list[str] = []
    done: set[int] = set()
    for t in tokens:
        if t.i in skip or t.text in QUOTES and t.tag_ != "POS" or t.ent_type_ in {"DATE", "TIME"} and t.i not in names.name_at \
                and not heads_an_of_phrase(t):
            continue
        kids = list(t.children)
        if t.dep_ == "prep" and kids and all(c.ent_type_ in {"DATE", "TIME"} for c in kids):
            continue  # "on" of "on Monday" once the date itself is dropped
        if t.is_space or t.text in {"•", "(", ")", "[", "]"}:
            parts.append(" ")
            continue
        if t.i in names.name_at:
            first = names.first_of[t.i]
            if first in done:
                continue
            done.add(first)
            parts.append(names.name_at[t.i] + _space_after(t.doc, names.last_of[t.i]))
            continue
        parts.append(t.text_with_ws)
    text = "".join(parts)
    text = re.sub(r"\s+([,.;:]|['’]s\b)", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)  # a removed aside leaves two commas
    text = ORPHAN_COMMA.sub(r"\1 ", text)  # "handed to, Karen Donfried" once the role noun is skipped
    text = re.sub(r"\s+", " ", text).strip(" ,;:-—–")
    return text


def _space_after(doc: Doc, last: int) -> str:
    """The space after a mention: none before a hyphen ("NATO-Russia Council")."""
    ws = doc[last].whitespace_
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if ws or nxt is None or not nxt.text[:1].isalnum():
        return ws
    return " "  # the mention ended inside a token


def _plural(subjects: list[Token], names: NameMap) -> bool:
    if len(subjects) > 1:
        actors = {names.actor_at.get(s.i, s.i) for s in subjects}
        return len(actors) > 1
    if not subjects:
        return False
    s = subjects[0]
    return s.tag_ in {"NNS", "NNPS"} or s.lower_ in {"they", "we"}


_PARTICLES = {"out", "off", "up", "down", "away", "back"}  # "walked out", tagged an adverb


def _back_in_time(tok: Token) -> bool:
    """"warned back in March": "back" points at a time, not a direction ("hit back on
    Tuesday at NATO" keeps it)."""
    doc = tok.doc
    if tok.lower_ != "back" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in {"in", "during"}:
        return False
    prep = doc[tok.i + 1]
    objects = [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree]
    return bool(objects) and all(t.ent_type_ in {"DATE", "TIME"} or t.like_num or t.is_punct for t in objects)


def _verb_phrase(clause: Clause, plural: bool, modality: Modality) -> str:
    pred = clause.predicate
    assert pred is not None
    lemma = clause.ellipsis_lemma or pred.lemma_.lower()
    prt = " ".join(c.lower_ for c in pred.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == pred.i + 1 and c.lower_ in _PARTICLES and not _back_in_time(c)))
    maybe = any(c.dep_ == "aux" and c.lower_ in {"could", "might", "may"} for c in pred.children)
    if clause.passive:
        verb = ("to be " if modality is Modality.PLANNED else ("are " if plural else "is ")) + lexicon.participle(lemma, pred.text)
    elif maybe:  # "warning that Moscow could be preparing": a possibility, not a plan
        verb = "may " + lemma
    elif modality is Modality.PLANNED and clause.noun is not None and (
            lemma in {"announce", "confirm"} or lemma == "call" and clause.noun.dep_ in {"dobj", "obj"} and not prt):
        verb = "plan" if plural else "plans"  # "announced talks on March 28", told before: "Russia plans talks"
    elif modality is Modality.PLANNED:
        verb = "to " + lemma
    else:
        verb = lemma if plural else lexicon.third_singular(lemma)
    misparsed = misparsed_object(pred)
    second = lexicon.verb_of_participle(misparsed[1].lower_) if misparsed is not None else None
    if second is not None and not clause.passive:  # "seizes and annexes"
        verb += " and " + (second if plural or modality is Modality.PLANNED else lexicon.third_singular(second))
    return f"{verb} {prt}".strip()


def _complements(clause: Clause, place_prep: Token | None) -> list[list[Token]]:
    pred = clause.predicate
    assert pred is not None
    out: list[list[Token]] = []
    gap = relative_object(pred)
    if gap is not None:  # "Crimea, which Moscow annexed in 2014" → "Moscow annexes Crimea"
        out.append(pruned_subtree(gap, clause.bounds))
    misparsed = misparsed_object(pred)
    if misparsed is not None:  # "seized and annexed Ukraine's Crimean peninsula"
        out.append([t for t in pruned_subtree(misparsed[0], clause.bounds)
                    if t.i != misparsed[1].i and not (t.dep_ == "advmod" and t.tag_ == "WRB")])
    if clause.active_from_passive:  # "Talks were first reported by the FT" → "FT reports talks"
        stranded = [c for c in pred.children if c.dep_ == "prep" and not list(c.children)]  # "was called for by"
        lo, hi = clause.bounds
        found = {p.i: p for p in clause.patients}
        found.update({c.i: c for c in pred.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON" and lo <= c.i < hi})
        heads = [p for i, p in sorted(found.items()) if not (p.dep_ == "conj" and p.head.i in found)]
        for patient in heads:  # the passive subjects found within the line ("Daniel Reyes, ..., was convicted")
            out.append(stranded[:1] + pruned_subtree(patient, clause.bounds))  # with its "and" conjuncts
    for c in pred.children:
        if c.dep_ in {"dobj", "dative", "attr", "oprd", "obj", "acomp"}:
            if c.lower_ in {"which", "that", "whom", "what"} or _after_comma(pred, c):
                continue
            name = apposed_name(c)  # "met his counterpart, Dmytro Kuleba," → "meets Dmytro Kuleba"
            out.append(name_tokens(name) if name is not None else pruned_subtree(c, clause.bounds))
        elif c.dep_ == "agent" and clause.active_from_passive:
            continue
        elif c.dep_ in {"prep", "agent"} and c is not place_prep and c.lower_ not in lexicon.CONTEXT_PREPS:
            if any(p.dep_ == "pobj" and p.ent_type_ in {"DATE", "TIME"} for p in c.children):
                continue
            if c.i < pred.i and any(clause.timex.start <= t.idx < clause.timex.end for t in c.subtree):
                continue  # the fronted dated setting ("In his first December call with Putin, ...")
            out_of = c.lower_ in _PARTICLES and c.lower_ != "back" and any(p.dep_ == "prep" for p in c.children)
            # "walked out of the talks"
            if not out_of and not any(p.dep_ in {"pobj", "pcomp"} for p in c.children):
                continue  # "with Russia and NATO planning ...": a clause, not a participant
            if any(p.tag_ in {"WDT", "WP"} for p in c.children):
                continue  # "a year in which relations lurched": the relative's link, not a complement
            if any(p.lemma_ == "order" for p in c.children):
                continue  # "in order to ..."
            named = [apposed_name(p) for p in c.children if p.dep_ == "pobj"]
            if named and named[0] is not None:  # "with his counterpart, Dmytro Kuleba," → "with Dmytro Kuleba"
                out.append([c, *name_tokens(named[0])])
            else:
                out.append(pruned_subtree(c, clause.bounds))
        elif c.dep_ == "xcomp" and (lexicon.verb_type(pred.lemma_) is not None or pred.lemma_ in _DECIDING):
            out.append(pruned_subtree(c, clause.bounds))  # "voted to walk out", "decided to leave"
        elif c.dep_ == "ccomp" and c.pos_ == "ADJ":  # small clause: "made its demands public"
            out.append(pruned_subtree(c, clause.bounds))
    return out


def _what_was_said(clause: Clause, names: NameMap) -> str:
    """The content of a statement, so "Peskov says" tells what he said: the first
    clause of the "that"-complement of a saying verb, or the quotation, in quotes."""
    pred = clause.predicate
    assert pred is not None
    if clause.reported or pred.lemma_ not in lexicon.SAYING_VERBS:
        return ""
    if pred.lemma_ == "make" and not any(c.lower_ in {"clear", "plain"} for c in pred.children):
        return ""
    said = next((c for c in pred.subtree if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}
                 and (c.head.i == pred.i or c.head.head.i == pred.i and c.head.dep_ in {"acomp", "oprd", "advmod"})),
                None)  # "said that ...", "made clear that ..."; not "announced X, saying that ..."
    if said is None:
        return ""
    lo, hi = clause.bounds
    asides = {t.i for c in said.children if c.dep_ in {"advcl", "parataxis"} or c.dep_ == "conj" and c.pos_ in VERBS
              for t in c.subtree}  # "as it sees fit", "and that the deployments ..."
    asides |= {c.i for c in said.children if c.dep_ == "cc" and any(c.i < j for j in asides)}
    subject = min((c.i for c in said.children if c.dep_ in {"nsubj", "nsubjpass"}), default=said.i)
    asides |= {t.i for c in said.children if c.dep_ in {"advmod", "mark"} and c.i < subject for t in c.subtree}
    asides |= {t.i for c in said.children if c.dep_ in {"prep", "npadvmod"} and c.i < subject
               and any(clause.timex.start <= t.idx < clause.timex.end for t in c.subtree)
               for t in c.subtree}  # the saying's own "on Tuesday", hung here by the parse; not "in the event of"
    tokens = [t for t in said.subtree if t.i not in asides and lo <= t.i < hi]  # "obviously, ...", "that"
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    text = render(tokens, names)
    if direct_speech(said):
        return f"“{text}”" if text else ""
    if tokens and tokens[0].pos_ != "PROPN" and tokens[0].i not in names.name_at:
        text = text[:1].lower() + text[1:]  # "says the main goal ...", not "says The main goal"
    return text


def _after_comma(pred: Token, obj: Token) -> bool:
    """An "object" set off by a comma is an apposition to the clause ("spoke on
    Thursday, their second conversation this month"), not what the verb acts on."""
    return any(c.text == "," and pred.i < c.i < obj.i for c in pred.children)


def _subject_text(subject: Token, clause: Clause, names: NameMap) -> str:
    """The subject's own words; a parenthetical inside it is closed with a comma
    ("Seven countries, including the Baltic states, join")."""
    text = strip_leading(render(pruned_subtree(subject, clause.bounds), names))
    parenthetical = any(c.text == "," for c in subject.children) and not any(c.dep_ == "conj" for c in subject.children)
    return text + "," if parenthetical and "," in text and not text.endswith(",") else text


def strip_leading(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() in DROP_LEADING and rest else text


_DECIDING = frozenset("vote decide choose opt resolve elect move".split())


def _complement_text(tokens: list[Token], names: NameMap) -> str:
    """A complement's words; one that opened the sentence loses its capital ("The bill" → "the bill")."""
    text = render(tokens, names)
    opener = next((t for t in tokens[:2] if _opens_sentence(t)), None)
    common = opener is not None and (opener.pos_ != "PROPN" or not opener.ent_type_ and lexicon.noun_type(opener.lemma_))
    if common and opener.i not in names.name_at:  # "Talks ..." tagged a proper noun; not "Smith and Jones"
        at = text.find(opener.text)
        if at >= 0:
            text = text[:at] + text[at].lower() + text[at + 1:]
    return text


def _opens_sentence(t: Token) -> bool:
    return t.i == t.sent.start or t.doc[t.i - 1].is_space or t.doc[t.i - 1].text in {".", "\u201c", '"'}


def make_title(
    clause: Clause,
    names: NameMap,
    modality: Modality,
    subject_names: list[str],
    place_prep: Token | None,
    subject_text: str | None = None,
    hidden: set[int] | frozenset[int] = frozenset(),
) -> str:
    """Headline for one clause; ``subject_names`` are resolved pronoun subjects.

    ``subject_text`` replaces the subject's words ("first call" for "the first"),
    or, for a bare event noun, goes before it ("Biden–Putin" + "video summit",
    the noun phrase without its ``hidden`` possessor).
    """
    if clause.predicate is None:
        noun = clause.noun or clause.anchor
        tokens = [t for t in pruned_subtree(noun, clause.bounds) if t.i not in hidden]
        text = strip_leading(render(tokens, names))
        if subject_text:
            text = f"{subject_text} {text}"
        elif subject_names:
            text = f"{' and '.join(subject_names)}: {text}"
        return clip_title(text[:1].upper() + text[1:])
    if subject_text:
        subj = subject_text
    elif subject_names:
        subj = " and ".join(subject_names) if len(subject_names) < 3 else ", ".join(subject_names[:-1]) + " and " + subject_names[-1]
    elif clause.subjects:
        subj = _subject_text(clause.subjects[0], clause, names)
    else:
        subj = ""
    plural = _plural(clause.subjects, names) or len(subject_names) > 1
    parts = [subj, _verb_phrase(clause, plural, modality)]
    parts += [_complement_text(c, names) for c in _complements(clause, place_prep)]
    parts.append(_what_was_said(clause, names))
    text = " ".join(p for p in parts if p)
    text = re.sub(r"\s+", " ", text).strip()
    return clip_title(text[:1].upper() + text[1:])
