"""Who a clause is about when its subject does not name them.

A timeline label must say who did what.  Subjects like "the two leaders",
"the one that ...", "the first" or "the interview", and bare event nouns like
"Thursday's call" or "their video summit", are resolved here to the people or
things they stand for (see :class:`core.events.context.SourceContext` for the
resolution rules).  The result feeds the title and the participants.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from core.events import lexicon
from core.events.clauses import Clause
from core.events.context import ORDINALS, SourceContext, compound_text
from core.events.roles import pruned_subtree
from core.events.titles import render, strip_leading


@dataclass
class Who:
    """What a clause's vague subject or bare event noun was resolved to."""

    ids: list[str] = field(default_factory=list)  # participants it adds
    names: list[str] = field(default_factory=list)  # canonical names to write as the subject
    text: str | None = None  # words to write instead of the subject / before the event noun
    hidden: set[int] = field(default_factory=set)  # tokens of the noun phrase the text replaces


def refer(clause: Clause, ctx: SourceContext, participants: list[str]) -> Who:
    """Resolve the subject of a verbal clause, or the owners of a nominal one."""
    if clause.predicate is None:
        return _owners_of_noun(clause, ctx) if not participants else Who()
    if len(clause.subjects) != 1:
        return Who()
    subject = clause.subjects[0]
    people = ctx.group(subject) or ctx.they(subject)
    if people:  # "The two men last met in Geneva in June"; "Biden and Putin met ... They agreed"
        return Who(ids=people, names=[ctx.title_name[a] for a in people])
    noun = ctx.antecedent(subject)
    if noun is not None:  # "the one that alarmed Washington", "The first, in late January, ..."
        owners = ctx.participants_of_mention(noun)  # "the second call between the two leaders"
        words = compound_text(noun).lower()
        words = f"{label(owners, ctx)} {words}" if owners else words
        return Who(ids=owners, text=f"{subject.lower_} {words}" if subject.lower_ in ORDINALS else words)
    if lexicon.noun_type(subject.lemma_) and not ctx.actors_in(pruned_subtree(subject, clause.bounds)):
        owners = ctx.owners(subject)  # "The interview was broadcast on Wednesday"
        if owners:
            hidden = _possessors(subject)
            tokens = [t for t in pruned_subtree(subject, clause.bounds) if t.i not in hidden]
            words = strip_leading(render(tokens, ctx.names)).lower()
            return Who(ids=owners, text=f"{label(owners, ctx)} {words}")
    return Who()


def _owners_of_noun(clause: Clause, ctx: SourceContext) -> Who:
    noun = clause.noun or clause.anchor
    owners = ctx.owners(noun)
    if not owners:
        return Who()
    return Who(ids=owners, text=label(owners, ctx), hidden=_possessors(noun))


def _possessors(noun: Token) -> set[int]:
    return {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}


def label(actor_ids: list[str], ctx: SourceContext) -> str:
    """A compact owner label: "Biden–Putin", "US–Russia"."""
    return "–".join(ctx.title_name[a] for a in actor_ids)
