"""Per-source lookups: which actor a token names, and what a pronoun or a vague phrase refers to.

Titles must say who did what, but articles often name the doer only once and
then write "he", "it", "the two leaders", "their video summit" or "the
interview".  The rules here resolve those references with deliberately
simple, explainable heuristics (recency, subject position, how often a person
has been named so far) and give up rather than guess when nothing fits.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from core.events import lexicon
from core.events.metonymy import demonyms
from core.events.naming import title_names
from core.events.roles import subjects_of
from core.events.titles import NameMap, _title_modifiers
from core.models import Actor, EntityKind, Mention, Source

PRONOUNS = {"he", "she", "him", "his", "her"}
COMPANY_NOUNS = {  # "the company said": the organisation just named (not "bank", "carrier": central banks, ships)
    "company", "firm", "airline", "automaker", "carmaker", "retailer", "lender", "insurer",
    "manufacturer", "conglomerate", "startup", "corporation", "broadcaster", "utility", "chipmaker",
}
NOT_COMPANY_HEADS = {  # organisations that "the company" does not mean
    "union", "council", "court", "ministry", "police", "committee", "party", "government", "agency",
    "department", "board", "federation", "confederation", "association", "parliament", "senate", "congress", "army", "commission",
    "league", "university", "school", "church", "workers",
}
PROXY_NOUNS = {  # people one's possessive names but who act for themselves
    "client", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "family",
    "friend", "supporter", "supporters", "rival", "opponent", "successor", "predecessor", "partner",
    "deputy", "aide", "aides", "adviser", "lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson",
}
SPEAKING_FOR = {"lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "deputy"}


def _acts_alone(noun: Token) -> bool:
    """"his deputy resigned" is the deputy's act; "his spokesman said" speaks for him."""
    lemma = noun.lemma_.lower()
    if lemma not in PROXY_NOUNS:
        return False
    return not (lemma in SPEAKING_FOR and noun.head.lemma_ in lexicon.SAYING_VERBS)
OBJECT_DEPS = {"dobj", "pobj", "dative", "obj"}
PRONOUN_REACH = 1500  # characters back to look for the person a pronoun names
IT_REACH = 300  # "it" only for a country/organisation named as subject very recently
GROUP_REACH = 3000  # characters back for the people "the two leaders" means
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "pair": 2}
ORDINALS = frozenset("first second third fourth fifth sixth last latter former previous".split())
CALL_NOUNS = {"call", "conversation", "phone"}  # one call is also "the conversation"
LEADER_ROLES = ("president", "prime minister", "chancellor", "premier", "king", "queen", "leader", "emir",
                "sultan", "monarch", "head of state", "head of government")


class SourceContext:
    """Per-source lookups shared by every clause of that source."""

    def __init__(self, source: Source, doc: Doc, mentions: list[Mention], actors: dict[str, Actor]) -> None:
        self.source, self.doc, self.actors = source, doc, actors
        self.title_name = title_names(actors)  # "Biden", "US": how titles write each actor
        self.names = NameMap()
        self.person_mentions: list[tuple[int, str, bool]] = []  # (char start, actor id, is subject)
        self.org_mentions: list[tuple[int, str, bool]] = []  # the same for organisations
        self.org_heads: list[tuple[int, str, str]] = []  # (start, actor id, head noun) of organisations
        self.group_subjects: list[tuple[int, str]] = []  # countries/organisations in subject position
        self.kind_at: dict[int, EntityKind] = {}
        for m in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):  # longest first
            if m.source_id != source.id or not m.actor_id or m.actor_id not in actors:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            actor = actors[m.actor_id]
            if not self.names.add(range(span.start, span.end), self.title_name[actor.id], actor.id, actor.kind.value):
                continue
            for i in range(span.start, span.end):
                self.kind_at[i] = actor.kind
            subject = span.root.dep_ in {"nsubj", "nsubjpass"}
            if actor.kind is EntityKind.PERSON:
                self.person_mentions.append((m.start, actor.id, subject))
            if actor.kind is EntityKind.ORG and not self.in_furniture(m.start, m.end):  # not a byline's agency
                if span.root.dep_ not in {"compound", "amod"}:  # not "NATO officials"
                    self.org_mentions.append((m.start, actor.id, subject))
                # what "the <noun>" may call it later: "the bank" for Silicon Valley Bank, "the union"
                # for "the United Auto Workers union"
                head = span.root.head if span.root.dep_ == "compound" else span.root  # "Union" of "National Union of ..."
                self.org_heads.append((m.start, actor.id, head.lemma_.lower()))
            if subject and actor.kind in {EntityKind.GPE, EntityKind.ORG}:
                self.group_subjects.append((m.start, actor.id))
        self.person_mentions.sort()
        self.org_mentions.sort()
        self.org_heads.sort()
        self.group_subjects.sort()
        self.country_of = demonyms(actors)

    def in_furniture(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.source.furniture)

    # -- pronouns ------------------------------------------------------------

    def resolve_pronoun(self, tok: Token) -> str | None:
        """The actor a he/she/his (or a country's "it") pronoun names.

        A pronoun in a phrase fronted before its sentence's subject names that
        subject ("In his first call with Putin, Biden ..."); otherwise the most
        recent person in subject position, else the most recent person named.
        An object pronoun never names its own clause's subject ("Austin will
        join him": not Austin).
        """
        if tok.lower_ == "it" and tok.dep_ == "nsubj":
            return self._resolve_it(tok)
        if tok.pos_ == "NOUN":
            return self.resolve_definite(tok)
        if tok.lower_ not in PRONOUNS:
            return None
        own_subject = self._own_subjects(tok)
        sent = tok.sent
        if sent[0].pos_ == "ADP":  # fronted phrase: the subject after its comma
            comma = next((t for t in sent if t.i > tok.i and t.text == ","), None)
            if comma is not None:
                for t in sent[comma.i - sent.start + 1:]:
                    actor_id = self.names.actor_at.get(t.i)
                    if actor_id and self.actors[actor_id].kind is EntityKind.PERSON:
                        return actor_id
        for t in sent:
            if t.i > tok.i and t.dep_ in {"nsubj", "nsubjpass"} and t.head == sent.root:
                actor_id = self.names.actor_at.get(t.i)
                if actor_id and self.actors[actor_id].kind is EntityKind.PERSON:
                    return actor_id
                break
        last = last_subject = None
        for start, actor_id, subject in self.person_mentions:
            if start >= tok.idx:
                break
            if tok.idx - start <= PRONOUN_REACH and actor_id not in own_subject:
                last = actor_id
                if subject:
                    last_subject = actor_id
        return last_subject or last

    def resolve_definite(self, tok: Token) -> str | None:
        """"The company said ...": a subject "the company" (no other words) is the organisation
        last named as a subject nearby, else the one last named; "the union" or "the bank" is
        the one last named by that noun ("the United Auto Workers union", "Silicon Valley Bank")."""
        lemma = tok.lemma_.lower()
        if tok.tag_ != "NN" or tok.dep_ not in {"nsubj", "nsubjpass"}:
            return None  # "the companies said" is more than one
        named = [a for start, a, head in self.org_heads
                 if head == lemma and 0 < tok.idx - start <= PRONOUN_REACH]
        if not named and lemma not in COMPANY_NOUNS:
            return None
        words = [c for c in tok.children if c.dep_ not in {"punct"}]
        if [c.lower_ for c in words] != ["the"]:
            return None  # "a company", "the German company", "the company's chief"
        before = tok.doc[tok.sent.start:tok.i].text
        if sum(before.count(q) for q in ('"', "“", "”")) % 2:
            return None  # inside a quotation: "The company stole our designs," Acme said
        if named:
            return named[-1]
        last = last_subject = None
        not_firms = {actor_id for _s, actor_id, head in self.org_heads if head in NOT_COMPANY_HEADS}
        for start, actor_id, subject in self.org_mentions:
            if start >= tok.idx:
                break
            if tok.idx - start <= PRONOUN_REACH and actor_id not in not_firms:  # "the company" is no union
                last = actor_id
                if subject:
                    last_subject = actor_id
        return last_subject or last

    def _own_subjects(self, tok: Token) -> set[str]:
        if tok.dep_ not in OBJECT_DEPS:
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return set()
        return {self.names.actor_at[s.i] for s in subjects_of(verb)[0] if s.i in self.names.actor_at}

    def _resolve_it(self, tok: Token) -> str | None:
        """"anything Moscow faced after it took Crimea": a subordinate clause's "it" is the
        country or organisation that is the subject of the clause above it; else one
        named as a subject just before, when the verb is an action."""
        verb = tok.head
        for governor in list(verb.ancestors)[:4]:
            if governor.pos_ not in {"VERB", "AUX"}:
                continue
            for c in governor.children:
                if c.dep_ in {"nsubj", "nsubjpass"} and self.kind_at.get(c.i) in {EntityKind.GPE, EntityKind.ORG}:
                    return self.names.actor_at[c.i]
                if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN" and c.lemma_.lower() in COMPANY_NOUNS:
                    return self.resolve_definite(c)  # "the company said it would ...": that company, or unknown
            break
        if lexicon.verb_type(verb.lemma_) is None:
            return None
        near = [a for start, a in self.group_subjects if 0 < tok.idx - start <= IT_REACH]
        if near:
            return near[-1]
        for t in reversed(self.doc[max(0, tok.sent.start - 60):tok.i]):  # "the company closed ...; it announced"
            if tok.idx - t.idx > IT_REACH:
                break
            found = self.resolve_definite(t) if t.pos_ == "NOUN" else None
            if found is not None:
                return found
        return None

    def actors_in(self, tokens: list[Token]) -> list[str]:
        """Actor ids named (or pronoun-referred) in ``tokens``, NORP folded into countries."""
        skip = _title_modifiers(tokens, self.names)
        out: list[str] = []
        for t in tokens:
            if t.i in skip:
                continue
            if t.dep_ == "poss" and t.pos_ == "PRON" and _acts_alone(t.head):
                continue  # "her client would appeal", "his deputy resigned": not the possessor's act
            actor_id = self.names.actor_at.get(t.i) or self.resolve_pronoun(t)
            actor_id = self.country_of.get(actor_id, actor_id) if actor_id else None
            if actor_id and self.actors[actor_id].kind is EntityKind.LOC:
                continue  # seas and regions are places, not participants
            if actor_id and actor_id not in out:
                out.append(actor_id)
        return out

    # -- "the two leaders", "their video summit" --------------------------------

    def group(self, tok: Token) -> list[str]:
        """People a group phrase means ("the two leaders", "both men", "their" on an event).

        The ``n`` people named most often so far in this article (ties: the most
        recently named), among those with a leader's role when the phrase says
        leaders or presidents and enough such people are at hand.
        """
        n = self._group_size(tok)
        if n is None:
            return []
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for start, actor_id, _ in self.person_mentions:
            if start >= tok.idx:
                break
            if tok.idx - start <= GROUP_REACH:
                counts[actor_id] = counts.get(actor_id, 0) + 1
                last[actor_id] = start
        people = sorted(counts, key=lambda a: (-counts[a], -last[a]))
        if tok.lemma_.lower() in {"leader", "president"}:
            leaders = [a for a in people if any(r in (self.actors[a].role or "").lower() for r in LEADER_ROLES)]
            people = leaders if len(leaders) >= n else people
        if len(people) < n:
            return []
        return sorted(people[:n], key=lambda a: last[a])  # in the order the text met them

    def they(self, tok: Token) -> list[str]:
        """Who a subject "they" means: the plural subject just before it, when that
        subject names its members ("Biden and Putin met ... They agreed") or is a
        group phrase ("The two leaders ... They")."""
        if tok.lower_ != "they":
            return []
        for t in reversed(self._before(tok)):
            if t.dep_ not in {"nsubj", "nsubjpass"} or t.lower_ in {"they", "it", "he", "she"}:
                continue
            members = [t, *t.conjuncts]
            if len(members) > 1:
                named = [a for m in members for a in self.actors_in([m])]
                return list(dict.fromkeys(named)) if len(named) == len(members) else []
            return self.group(t) if t.tag_ in {"NNS", "NNPS"} else []
        return []

    def _group_size(self, tok: Token) -> int | None:
        """How many people a bare group phrase stands for, or ``None`` if it is no such phrase."""
        if tok.lower_ == "their":
            return 2
        if tok.lemma_.lower() not in lexicon.GROUP_NOUNS or tok.tag_ not in {"NNS", "NNPS"}:
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # "the leaders of France and Germany": they are named
        if any(t.i in self.names.actor_at for t in tok.subtree):
            return None
        words = {c.lower_ for c in tok.children if c.dep_ in {"det", "nummod", "predet", "amod"}}
        if not words & {"the", "both", *NUMBERS}:
            return None
        return next((NUMBERS[w] for w in words if w in NUMBERS), 2)

    # -- "the one that", "the first", "the interview" -----------------------------

    def antecedent(self, tok: Token) -> Token | None:
        """The noun an elliptical "one" or ordinal stands for ("recalls the one that ...",
        "It was the second call ... The first, in late January, ...")."""
        word = tok.lower_
        if word not in {"one", "ones"} and not (word in ORDINALS and tok.pos_ in {"ADJ", "NOUN", "NUM"}):
            return None
        if any(c.dep_ == "compound" for c in tok.children):
            return None
        candidates = [t for t in reversed(self._before(tok)) if t.pos_ == "NOUN" and t.lower_ not in {"one", "ones"}
                      and t.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos"}
                      and t.ent_type_ not in {"DATE", "TIME"}]
        if word in ORDINALS:  # "the first" after "the second call"
            ranked = [t for t in candidates if any(c.lower_ in ORDINALS for c in t.children)]
            if ranked:
                return ranked[0]
        events = [t for t in candidates if lexicon.noun_type(compound_text(t)) or lexicon.noun_type(t.lemma_)]
        return (events or candidates or [None])[0]

    def _before(self, tok: Token) -> list[Token]:
        """Tokens of the previous sentence and of this one up to ``tok``."""
        sent = tok.sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        start = prev.start if prev is not None else sent.start
        return list(self.doc[start:tok.i])

    def owners(self, noun: Token) -> list[str]:
        """Who an event noun with no named participant belongs to: its possessor
        ("their video summit", "the two leaders' call"), else, for a definite noun
        ("the interview", "Thursday's call"), the participants of its previous mention."""
        for c in noun.children:
            if c.dep_ == "poss":
                people = self.group(c) or self._own_names(c)
                if people:
                    return people
        definite = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in noun.children)
        if not definite:
            return []
        for earlier in reversed(list(self.doc[max(0, noun.sent.start - 200):noun.i])):
            if noun.idx - earlier.idx > PRONOUN_REACH:
                break
            if earlier.pos_ == "NOUN" and _same_happening(earlier, noun):
                found = self.participants_of_mention(earlier)
                if found:
                    return found
        return []

    def _own_names(self, tok: Token) -> list[str]:
        return [a for a in self.actors_in(list(tok.subtree)) if self.actors[a].kind is not EntityKind.LOC]

    def participants_of_mention(self, noun: Token) -> list[str]:
        """Named participants around an earlier mention of an event noun."""
        out: list[str] = []
        for c in noun.children:
            if c.dep_ in {"poss", "compound"}:
                out += self.group(c) or self._own_names(c)
            elif c.dep_ == "prep" and c.lower_ in {"with", "between"}:
                groups = [self.group(p) for p in c.children if p.dep_ == "pobj"]
                out += (groups[0] if groups else []) or self._own_names(c)
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in {"dobj", "obj"} else None
        taking_part = verb is not None and (  # "held a call", "agreed in an interview"; not "requested the call"
            verb.lemma_ in lexicon.LIGHT_VERBS or lexicon.verb_type(verb.lemma_) is lexicon.EventType.CONSULT
            or noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during", "at"})
        if verb is not None and verb.pos_ in {"VERB", "AUX"} and taking_part:
            for c in verb.children:
                if c.dep_ in {"nsubj", "nsubjpass"}:
                    out += self.group(c) or self._own_names(c)
                elif c.dep_ == "prep" and c.lower_ == "with":
                    out += self._own_names(c)
        return list(dict.fromkeys(out))


def compound_text(tok: Token) -> str:
    """A noun with its hyphenated or compound prefix ("build-up", "arms treaty")."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in {"compound", "punct"} and c.i < left.i and (c.dep_ == "compound" or c.text == "-"):
            left = min(left, c.left_edge, key=lambda t: t.i)
    return tok.doc[left.i:tok.i + 1].text


def _same_happening(a: Token, b: Token) -> bool:
    """Two event nouns that can name one happening ("phone call" and "Thursday's call",
    "the call" and "the conversation"; but "the talks" are not "the call")."""
    words = {a.lemma_.lower(), b.lemma_.lower()}
    return len(words) == 1 or words <= CALL_NOUNS
