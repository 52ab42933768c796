"""Word lists that map verbs and event nouns to :class:`EventType`.

Kept as plain data so that a reviewer can see (and extend) every decision the
extractor makes about what kind of happening a sentence reports.  The
vocabulary follows CAMEO/PLOVER top-level codes (see ``EventType``).
"""

from __future__ import annotations

from core.models import EventType

VERB_TYPES: dict[str, EventType] = {}


def _add(kind: EventType, words: str) -> None:
    for w in words.split():
        VERB_TYPES[w] = kind


_add(EventType.CONSULT, "meet talk confer discuss visit consult negotiate host attend call phone telephone")
_add(EventType.STATEMENT, "say announce tell state declare add note confirm report claim publish "
     "release describe characterize label brand write tweet reiterate reaffirm emphasize "
     "express voice acknowledge insist stress praise criticize blame condemn")
_add(EventType.THREATEN, "warn threaten caution")
_add(EventType.PROPOSE, "propose offer invite suggest request demand seek")
_add(EventType.AGREE, "agree sign extend ratify accept approve endorse renew pledge promise vow")
_add(EventType.ACCESSION, "join admit")
_add(EventType.MILITARY, "invade seize annex deploy mass amass march attack bomb shell occupy "
     "mobilize station fire strike capture build")
_add(EventType.SANCTION, "sanction expel impose ban freeze embargo")
_add(EventType.REJECT, "refuse deny withdraw reject decline veto oppose cancel suspend")
_add(EventType.APPEAL, "urge appeal ask implore press")
_add(EventType.AID, "supply arm fund send provide aid assist donate")

#: Nouns that name a happening; a time attached to them anchors an event
#: ("Thursday's call", "talks on Jan. 10", "a possible invasion early next year").
EVENT_NOUNS: dict[str, EventType] = {
    "call": EventType.CONSULT,
    "phone": EventType.CONSULT,
    "conversation": EventType.CONSULT,
    "meeting": EventType.CONSULT,
    "summit": EventType.CONSULT,
    "talk": EventType.CONSULT,
    "talks": EventType.CONSULT,
    "conference": EventType.CONSULT,
    "discussion": EventType.CONSULT,
    "dialogue": EventType.CONSULT,
    "negotiation": EventType.CONSULT,
    "visit": EventType.CONSULT,
    "consultation": EventType.CONSULT,
    "interview": EventType.STATEMENT,
    "statement": EventType.STATEMENT,
    "announcement": EventType.STATEMENT,
    "speech": EventType.STATEMENT,
    "briefing": EventType.STATEMENT,
    "invasion": EventType.MILITARY,
    "attack": EventType.MILITARY,
    "offensive": EventType.MILITARY,
    "annexation": EventType.MILITARY,
    "deployment": EventType.MILITARY,
    "buildup": EventType.MILITARY,
    "pullback": EventType.MILITARY,
    "build-up": EventType.MILITARY,
    "war": EventType.MILITARY,
    "sanction": EventType.SANCTION,
    "sanctions": EventType.SANCTION,
    "treaty": EventType.AGREE,
    "ceasefire": EventType.AGREE,
    "truce": EventType.AGREE,
    "armistice": EventType.AGREE,
    "agreement": EventType.AGREE,
    "deal": EventType.AGREE,
    "withdrawal": EventType.REJECT,
    "recall": EventType.REJECT,  # of an ambassador: relations cut back
    "invitation": EventType.PROPOSE,
    "proposal": EventType.PROPOSE,
    "warning": EventType.THREATEN,
    "threat": EventType.THREATEN,
}
#: Happenings of news beyond diplomacy: datable, but of no CAMEO type here ("announced a
#: strike on March 28", "Friday's hearing was postponed").  Weak: as the subject or object
#: of a verb that tells more ("the vote on Thursday approved the budget") the verb's
#: clause is the event, not the noun.
WEAK_EVENT_NOUNS = frozenset(
    "strike walkout protest rally demonstration boycott referendum vote ballot debate "
    "trial hearing verdict sentencing launch merger acquisition takeover layoff bankruptcy "
    "resignation inauguration ceremony funeral lockdown shutdown raid".split())
EVENT_NOUNS.update({noun: EventType.OTHER for noun in WEAK_EVENT_NOUNS if noun not in EVENT_NOUNS})

#: Nouns that name talks; two of them can name the same happening ("the call",
#: "their conversation").
TALK_NOUNS = frozenset("call conversation meeting summit talks talk discussion phone".split())
#: Becoming one of these is joining ("became members in 1999").
MEMBERSHIP_NOUNS = frozenset("member signatory".split())
#: Plural nouns that stand for people named before ("the two leaders", "both men").
GROUP_NOUNS = frozenset("leader president man woman".split())

#: Verbs whose meaning comes from their object ("hold talks", "take part in a call").
LIGHT_VERBS = frozenset(
    "hold have conduct participate take make give host join square begin start "
    "stage convene arrange schedule plan come".split()
)

#: Reporting verbs: the event is usually what was reported, not the reporting.
REPORTING_VERBS = frozenset(
    "say tell announce add note state confirm report claim declare write tweet "
    "describe characterize acknowledge insist".split()
)

#: Verbs whose "that"-clause is what a title should tell ("Peskov says it is too early").
SAYING_VERBS = REPORTING_VERBS | frozenset("warn caution insist argue stress emphasize reiterate make".split())

#: Governing words that make an embedded action planned / expected.
PLANNED_CUES = frozenset(
    "plan schedule expect intend hope prepare aim set propose seek want "
    "consider threaten prepare".split()
)
PLANNED_MODIFIERS = frozenset("possible potential upcoming planned proposed expected future prospective".split())
DENIAL_CUES = frozenset("deny dismiss reject refute".split())
#: Verbs that stop a happening named by their subject or object ("Friday's hearing was postponed").
CALLED_OFF_CUES = frozenset("postpone delay cancel scrap suspend scrub adjourn".split())
HYPOTHETICAL_MARKS = frozenset("if unless whether".split())

#: Prepositions whose object is context, not a participant ("after the call with Putin").
CONTEXT_PREPS = frozenset(
    "after before following since during amid despite ahead over until "
    "about regarding like than because per according".split()
)
#: Prepositions whose object is a participant ("met with Kuleba", "urged Russia to").
PARTICIPANT_PREPS = frozenset("with to against between by from into on beside alongside".split())
PLACE_PREPS = frozenset("in at from".split())

# Headline-style verb forms for irregular verbs.
IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
IRREGULAR_PARTICIPLE = {
    "hold": "held", "meet": "met", "seize": "seized", "invite": "invited", "speak": "spoken",
    "tell": "told", "say": "said", "take": "taken", "make": "made", "give": "given",
    "send": "sent", "sign": "signed", "withdraw": "withdrawn", "follow": "followed",
    "admit": "admitted", "set": "set", "build": "built", "begin": "begun", "write": "written",
}


def verb_type(lemma: str) -> EventType | None:
    """Event type for a verb lemma, or ``None`` when the verb says nothing typed."""
    return VERB_TYPES.get(lemma.lower())


def noun_type(lemma: str) -> EventType | None:
    return EVENT_NOUNS.get(lemma.lower())


def third_singular(lemma: str) -> str:
    """``hold`` → ``holds``: headline verbs are present tense."""
    lemma = lemma.lower()
    if lemma in IRREGULAR_3SG:
        return IRREGULAR_3SG[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def participle(lemma: str, text: str) -> str:
    """Past participle for passive headlines ("Poland is invited")."""
    lemma = lemma.lower()
    if text.lower().endswith(("ed", "en")) or lemma not in IRREGULAR_PARTICIPLE:
        return text.lower()
    return IRREGULAR_PARTICIPLE[lemma]


def verb_of_participle(word: str) -> str | None:
    """``annexed`` → ``annex`` when the verb is in the lexicon (the parse called it an adjective)."""
    irregular = {v: k for k, v in IRREGULAR_PARTICIPLE.items()}
    if word in irregular:
        return irregular[word]
    for stem in (word[:-1], word[:-2], word[:-3]):  # seized, annexed, occupied→occupi (no match)
        if stem in VERB_TYPES:
            return stem
    return None
