"""Roles from title phrases and appositions, and the choice of one role per actor."""

from __future__ import annotations

from core.actors import choose_role, extract_actors, find_mentions, find_role_hints
from core.actors.roles import RoleHint
from core.models import Source


def roles(nlp, body: str) -> dict[str, list[str]]:
    source = Source(file="t.txt", body=body)
    doc = nlp(body)
    found = find_mentions(source, doc)
    out: dict[str, list[str]] = {}
    for hint in find_role_hints(source, doc, found):
        out.setdefault(body[hint.start : hint.end], []).append(hint.text)
    return out


def test_title_phrase_before_the_name(nlp):
    body = "Kremlin spokesman Dmitry Peskov refused to comment on the allegations."
    assert roles(nlp, body)["Dmitry Peskov"] == ["Kremlin spokesman"]


def test_title_with_of(nlp):
    body = "The announcement came as Secretary of State Antony Blinken met Ukrainian officials."
    assert roles(nlp, body)["Antony Blinken"] == ["Secretary of State"]


def test_title_with_possessive_country(nlp):
    body = "Blinken also spoke with Canada's foreign minister Mélanie Joly on shared priorities."
    assert roles(nlp, body)["Mélanie Joly"] == ["Canada's foreign minister"]


def test_nationality_and_honorific(nlp):
    body = "President Biden spoke Tuesday with Russian President Vladimir Putin about Ukraine."
    found = roles(nlp, body)
    assert found["President Vladimir Putin"] == ["Russian President"]
    assert found["President Biden"] == ["President"]


def test_apposition_after_the_name(nlp):
    body = (
        "Philip T. Reeker, acting assistant secretary of state for Europe, who was accompanying "
        "Blinken in Brussels, said there will be costs."
    )
    expected = ["acting assistant secretary of state for Europe"]
    assert roles(nlp, body)["Philip T. Reeker"] == expected


def test_apposition_drops_article_and_praise(nlp):
    body = "“It is so,” said Fyodor Lukyanov, a leading Moscow-based policy expert."
    assert roles(nlp, body)["Fyodor Lukyanov"] == ["Moscow-based policy expert"]


def test_no_role_from_plain_context(nlp):
    body = "In an interview last month, Biden labeled Putin a killer, and Putin replied."
    assert roles(nlp, body) == {}


def test_no_role_from_a_list_of_names(nlp):
    body = "Leaders such as Joe Biden, Emmanuel Macron and Olaf Scholz spoke on Monday."
    assert "Joe Biden" not in roles(nlp, body)


def test_specific_role_backed_by_generic_mentions():
    texts = ["President", "President", "Russian President"]
    hints = [RoleHint("s", 0, 1, t, "title") for t in texts]
    assert choose_role(hints) == "Russian President"


def test_most_frequent_role_wins():
    texts = ["Secretary of State", "Secretary of State", "top diplomat"]
    assert choose_role(RoleHint("s", 0, 1, t, "title") for t in texts) == "Secretary of State"


def test_no_hints_no_role():
    assert choose_role([]) is None


def test_role_reaches_the_actor_end_to_end(nlp):
    body = (
        "White House press secretary Jen Psaki said Monday the call would go ahead. "
        "Psaki declined to give details."
    )
    actors, _ = extract_actors([Source(file="t.txt", body=body)], nlp)
    psaki = next(a for a in actors if a.name == "Jen Psaki")
    assert psaki.role == "White House press secretary"
    assert psaki.mentions == 2


def test_find_mentions_carries_role_hints_to_build_actors(nlp):
    from core.actors import build_actors

    body = "Kremlin spokesman Dmitry Peskov said the talks were useful."
    source = Source(file="t.txt", body=body)
    found = find_mentions(source, nlp(body))
    assert [h.text for h in found.role_hints] == ["Kremlin spokesman"]
    actors = build_actors({source.id: found})
    assert next(a for a in actors if a.name == "Dmitry Peskov").role == "Kremlin spokesman"


def test_apposition_ends_at_a_relative_clause(nlp):
    body = "Jake Sullivan, the national security adviser who briefed reporters, said so."
    assert roles(nlp, body)["Jake Sullivan"] == ["national security adviser"]
