"""The direction a verb gives the time it governs, from its tag, auxiliaries and governors.

``tense.TenseOracle`` finds the verb an expression hangs from; this module says which way that
verb points: "spoke" back, "will speak" ahead, "was due to speak" either side, "told them to
return" ahead of the telling.  Directions as in ``tense``: ``-1``, ``+1``, ``0``, ``AROUND``, ``None``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PLAN_LEMMAS = {
    "plan", "schedule", "expect", "set", "intend", "aim", "hope", "prepare", "due", "want",
    "seek", "propose", "promise", "vow", "threaten", "go", "arrange", "slate", "hold", "will",
    "anticipate", "mean", "agree", "decide", "call", "invite", "offer", "look",
}
EVENT_VERBS = {  # present tense of these usually announces a scheduled event: "talks begin Monday"
    "begin", "start", "open", "meet", "arrive", "leave", "end", "close", "resume", "visit", "travel",
    "vote", "return", "face", "head", "fly", "convene", "take", "hold", "kick", "launch", "expire",
}
PLAN_STRONG = {"plan", "schedule", "expect", "set", "intend", "aim", "hope", "prepare", "due",
               "slate", "anticipate", "arrange", "propose", "promise", "vow", "forecast"}

RESCHEDULE_LEMMAS = {  # a past verb of these sets a date that may lie ahead: "called a vote for Jan. 9"
    "postpone", "delay", "defer", "reschedule", "move", "push", "adjourn", "bring", "extend", "call", "convene",
    "pencil",
}
CHOICE_LEMMAS = {"pick", "choose", "select", "declare", "name", "designate", "target", "earmark", "mark"}
SCHEDULED_NOUNS = {  # "announced a strike on Dec. 14": the date may be the strike's, still ahead
    "strike", "vote", "meeting", "talks", "election", "summit", "hearing", "rally", "protest", "referendum",
    "trial", "deadline", "visit", "trip", "conference", "session", "debate", "launch", "release", "sale",
    "auction", "ceremony", "march", "walkout", "shutdown", "deal", "agreement", "plan", "date", "call",
}
DEADLINE_LEMMAS = {"give", "grant", "allow", "have", "be"}  # "gave them until Monday", "had until Friday"
LASTING_LEMMAS = {  # "lasted until April", "worked until midnight": a stretch that reached that time
    "last", "take", "continue", "remain", "stay", "run", "wait", "persist", "linger", "drag", "work", "live",
    "serve", "rule", "reign", "govern", "survive",
}
DEED_LEMMAS = {  # "accused of", "jailed for", "credited with" a deed: one already done
    "accuse", "charge", "convict", "suspect", "arrest", "jail", "sentence", "indict", "fine", "blame", "sue",
    "acquit", "punish", "credit", "praise", "thank", "apologize", "apologise", "admit", "deny", "plead",
}
SETTING_LEMMAS = {  # verbs that may name a happening by the date it is set for ("called a strike on Dec. 14")
    "announce", "call", "confirm", "set", "plan", "schedule", "propose", "order", "threaten", "declare",
    "organize", "organise", "arrange", "approve", "authorize", "back", "unveil", "book", "request", "demand",
}
REPORTING_VERBS = {"say", "tell", "announce", "report", "confirm", "deny", "add", "state", "disclose",
                   "claim", "warn", "insist", "acknowledge", "admit", "reveal", "write"}
NOT_SCHEDULED = REPORTING_VERBS | {  # present tense of these is a state, not a coming event
    "be", "have", "know", "think", "believe", "seem", "appear", "remain", "need", "want", "include",
    "represent", "show", "indicate", "suggest", "consider", "continue", "contain", "mean", "cost",
    "own", "hope", "feel", "like", "see", "argue", "estimate", "expect",
}
AROUND = 5  # not ±2: those are "last"/"next" in a Spec's direction
MODALS = {"can", "may", "might", "should", "must", "ought", "ca"}  # not "could": as often past
PROSPECT_ADJ = {  # "is due to expire Friday", "are likely to meet Monday"
    "due", "likely", "unlikely", "set", "expected", "poised", "ready", "scheduled", "slated",
    "certain", "sure", "about", "bound", "eager", "willing", "prepared",
}
DIRECTIVE_LEMMAS = {"tell", "ask", "order", "instruct", "direct", "summon", "invite"}
APPEARING_LEMMAS = {  # "told them to return Monday": a coming back or turning up that the telling schedules;
    "return", "come", "appear", "report", "attend", "testify", "arrive", "reconvene", "resume",  # but the
}  # weekday of "ordered the company to pay $2 million Friday" dates the order, as wire copy writes it
FORECAST_ADJ = {"possible", "likely", "expected", "forecast", "predicted"}  # "storms were possible Tuesday"
COMING_EVENT_NOUNS = {"game", "match", "final", "election", "vote", "race", "debate", "meeting", "hearing", "summit",
                      "launch", "kickoff", "concert", "premiere", "parade", "deadline", "opener", "showdown"}
LOOKING_BACK_LEMMAS = {"see", "check", "look", "read", "watch", "take", "consider", "remember", "recall", "compare",
                       "note", "view", "listen", "revisit"}
SAME_PAST_FORM = {"hurt", "put", "set", "cut", "hit", "quit", "shut", "let", "spread", "cost", "beat",
                  "bid", "cast", "burst", "split", "read", "upset", "broadcast", "forecast"}


def _aux_direction(verb: "Token") -> int | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(c.lemma_ == "have" for c in auxes)
    for child in auxes:
        low = child.lower_
        if low in ("will", "'ll", "shall", "wo", "would", "'d", "going", "gon"):
            return 1
        if low in MODALS or low == "could":
            if perfect:
                return -1  # "might have met Tuesday"
            return 1 if low in MODALS else AROUND  # "could be found Wednesday" is often past
    return None


def is_past(verb: "Token") -> bool:
    """A simple past, or a passive/perfect whose auxiliary is past ("was scheduled")."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass")))


def _prospect_direction(verb: "Token") -> int | None:
    """The infinitive of "is due to", "was to", "are likely to": the copula's time decides."""
    head = verb.head
    if head.pos_ == "ADJ" and head.lemma_ in PROSPECT_ADJ and head.head is not head:
        cop = head.head
    elif head.lemma_ == "be" and head.pos_ in ("AUX", "VERB") and any(c.lower_ == "to" for c in verb.children):
        cop = head
    else:
        return None
    if cop.lemma_ != "be":
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in cop.children):
        return -1  # "had been due to expire Friday"
    if is_past(cop) or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in cop.children):
        return AROUND  # "was due to expire Friday": the day may be gone or still ahead
    return 1


def _imperative(verb: "Token") -> bool:
    """"Call us Monday", "use them, and be patient with us Wednesday": a bare verb with no subject
    (not one that points the reader back: "see our coverage from Monday")."""
    if verb.tag_ != "VB" or verb.lemma_ in LOOKING_BACK_LEMMAS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and _imperative(verb.head)


def verb_direction(verb: "Token", depth: int = 0) -> int | None:
    """Direction of a verb from its tag, auxiliaries and planning governors."""
    aux = _aux_direction(verb)
    if aux is not None:
        return aux
    if _imperative(verb):
        return 1
    tag = verb.tag_
    aux_tags = [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_lemmas = [c.lemma_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lemma_ in PLAN_STRONG and tag in ("VBZ", "VBP", "VBG"):
        return 1
    if verb.lemma_ in PLAN_STRONG and tag == "VBN" and any(t in ("VBZ", "VBP") for t in aux_tags):
        return 1  # "is scheduled", "are expected"
    to_vbn = tag == "VBN" and verb.dep_ == "xcomp" and any(c.lower_ == "to" for c in verb.children)
    if tag == "VB" or to_vbn or (tag == "VBG" and verb.dep_ in ("xcomp", "advcl", "pcomp")):
        head = verb.head
        prospect = _prospect_direction(verb) if tag == "VB" or to_vbn else None  # "was to be arraigned Friday"
        if prospect is not None:
            return prospect
        if is_deed(verb):
            return -1  # "is accused of setting fire on March 3": the deed is done
        if head.pos_ in ("ADP", "SCONJ") and verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX") \
                and depth < 3:
            return verb_direction(head.head, depth + 1)  # "moved troops before announcing a pullback in April"
        if head is not verb and depth < 3 and head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in head.children):
                return -1  # "had planned to visit Friday": a plan already in the past
            if head.lemma_ in PLAN_STRONG and is_past(head):
                return AROUND  # "was expected to vote Friday": told before, maybe not yet done
            if head.lemma_ in PLAN_LEMMAS:
                return 1
            if head.lemma_ in DIRECTIVE_LEMMAS and verb.lemma_ in APPEARING_LEMMAS and verb.dep_ == "xcomp" \
                    and not any(c.dep_ == "dobj" for c in verb.children) and verb_direction(head, depth + 1) == -1:
                # "told them to return at 9 a.m. Monday" looks ahead; "Smith, who was ordered to appear
                # Monday, pleaded not guilty" may be gone: the nearer; not "to return $5 million"
                return AROUND if head.dep_ in ("relcl", "acl", "advcl") else 1
            return verb_direction(head, depth + 1)
        if any(l in ("will", "shall", "would") for l in aux_lemmas):
            return 1
        return None
    if verb.lemma_ in PLAN_STRONG and is_past(verb) and not any(
            c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return AROUND  # "protesters planned a rally on Saturday"
    if tag == "VBD":
        return -1
    if tag == "VBN":
        if any(t == "VBD" for t in aux_tags) or "have" in aux_lemmas:
            return -1
        if verb.dep_ in ("acl", "amod") and depth < 3:
            return -1
        return -1 if not aux_tags else None
    if tag in ("VBZ", "VBP"):
        return 1 if verb.lemma_ in EVENT_VERBS else 0
    if tag == "VBG":
        if any(t in ("VBZ", "VBP") for t in aux_tags):
            return 1 if verb.lemma_ not in ("say", "tell") else 0  # "is meeting on Monday"
        if any(t == "VBD" for t in aux_tags):
            return -1
    return None


def is_deed(verb: "Token") -> bool:
    """"accused of setting fire", "jailed for robbing": a deed already done."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.lower_ in ("of", "for", "with") \
        and head.head.lemma_ in DEED_LEMMAS
