"""find_mentions on small sentences: clean spans, furniture, bylines, titles."""

from __future__ import annotations

from core.actors import find_mentions
from core.models import EntityKind, Source


def mentions(nlp, body: str, **kw):
    source = Source(file="t.txt", body=body, **kw)
    return find_mentions(source, nlp(body))


def texts(nlp, body: str, **kw) -> list[str]:
    return [m.text for m in mentions(nlp, body, **kw)]


def test_offsets_point_into_the_body(nlp):
    body = "The White House said Joe Biden spoke with Vladimir Putin in Geneva."
    for m in mentions(nlp, body):
        assert body[m.start : m.end] == m.text


def test_leading_the_and_possessive_are_stripped(nlp):
    found = texts(nlp, "The White House said the Kremlin's statement was late.")
    assert "White House" in found
    assert "Kremlin" in found
    assert not any(t.lower().startswith("the ") or t.endswith("'s") for t in found)


def test_person_mentions_take_their_honorific(nlp):
    found = texts(nlp, "President Biden spoke on Tuesday with Mr. Putin about Ukraine.")
    assert "President Biden" in found
    assert "Mr. Putin" in found


def test_portfolio_words_in_titles_are_not_organisations(nlp):
    body = (
        "The announcement came as Secretary of State Antony Blinken "
        "and Defense Secretary Lloyd J. Austin III met."
    )
    found = texts(nlp, body)
    assert "State" not in found and "Defense" not in found
    assert "Antony Blinken" in found and "Lloyd J. Austin III" in found


def forced(nlp, body: str, *ents: tuple[str, str]) -> list[str]:
    """Mentions when the tagger is made to label ``ents`` (text, label) as given:
    the mislabel rules are tested whatever the model version tags."""
    doc = nlp(body)
    spans = []
    for text, label in ents:
        start = body.index(text)
        span = doc.char_span(start, start + len(text), label=label)
        assert span is not None, text
        spans.append(span)
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.ents = kept + spans
    return [m.text for m in find_mentions(Source(file="t.txt", body=body), doc)]


def test_bullet_words_are_not_organisations(nlp):
    body = "What You Need To Know\n\n  • News of the call comes amid tensions with Russia.\n"
    assert "News" not in forced(nlp, body, ("• News", "ORG"))
    assert "Russia" in forced(nlp, body, ("• News", "ORG"))


def test_known_mislabels_are_dropped(nlp):
    body = (
        "He noted the absence from the recent Group of 20 summit "
        "because of COVID-19 and anti-Ukraine talk."
    )
    found = forced(nlp, body, ("Group of", "ORG"), ("COVID-19", "PERSON"), ("anti-Ukraine", "NORP"))
    assert found == []


def test_mislabelled_person_after_a_job_noun_is_a_person(nlp):
    body = "Sanctions followed the jailing of Russian opposition figure Alexei Navalny last year."
    source = Source(file="t.txt", body=body)
    doc = nlp(body)
    start = body.index("Alexei")
    navalny = doc.char_span(start, start + len("Alexei Navalny"), label="ORG")
    doc.ents = [e for e in doc.ents if e.start_char < start] + [navalny]
    labels = {m.text: m.label for m in find_mentions(source, doc)}
    assert labels["Alexei Navalny"] is EntityKind.PERSON


def test_headline_verbs_are_trimmed(nlp):
    body = "Biden Speaks With Putin, Proposes an In-Person Meeting\n\nBiden spoke with Putin."
    found = texts(nlp, body)
    assert "Biden Speaks With" not in found
    assert "Biden" in found


def test_hyphenated_pairs_are_split(nlp):
    body = "Analysts say the U.S.-Russia relationship is at a low point, officials in Russia said."
    found = forced(nlp, body, ("U.S.-Russia", "GPE"))
    assert "U.S.-Russia" not in found
    assert "U.S." in found and "Russia" in found


def test_entities_in_furniture_are_skipped(nlp):
    article = "Joe Biden spoke with Vladimir Putin on Tuesday.\n\n"
    teaser = "More In Politics\nComedian Dave Chappelle joined Cheddar News to discuss Ohio.\n"
    body = article + teaser
    found = texts(nlp, body, furniture=[(len(article), len(body))])
    assert "Joe Biden" in found
    assert not any("Chappelle" in t or "Ohio" in t for t in found)


def test_bylines_are_not_mentions(nlp):
    body = (
        "By Aamer Madhani and Dasha Litvinova\n\n"
        "Joe Biden spoke with Vladimir Putin on Tuesday.\n\n"
        "Litvinova reported from Moscow.\n"
    )
    found = texts(nlp, body, authors=["Aamer Madhani", "Dasha Litvinova"])
    assert not any("Madhani" in t or "Litvinova" in t for t in found)
    assert "Joe Biden" in found and "Moscow" in found


def test_an_author_named_in_another_article_stays(nlp):
    body = "Dasha Litvinova met Joe Biden in Washington on Tuesday."
    assert "Dasha Litvinova" in texts(nlp, body, authors=["Someone Else"])


def test_kinds_are_entity_kinds(nlp):
    body = "Russian troops massed near Ukraine as NATO met in Brussels and Joe Biden called."
    kinds = {m.text: m.label for m in mentions(nlp, body)}
    assert kinds["Russian"] is EntityKind.NORP
    assert kinds["Joe Biden"] is EntityKind.PERSON
    assert kinds["NATO"] is EntityKind.ORG


def test_missed_person_after_possessive_country_is_recovered(nlp):
    body = "Critics say he did too little to counter leaders like China’s Xi Jinping and others."
    persons = {m.text for m in mentions(nlp, body) if m.label is EntityKind.PERSON}
    assert "Xi Jinping" in persons


def test_hyphenated_single_names_stay_whole(nlp):
    body = "Officials from Guinea-Bissau met in Lisbon."
    assert "Guinea-Bissau" in forced(nlp, body, ("Guinea-Bissau", "GPE"))


def test_a_surname_that_speaks_is_a_person_not_a_group(nlp):
    found = {m.text: m.label for m in mentions(
        nlp, "Importantly, Maynes notes, nobody at NATO is talking about it. Russians say the plan failed.")}
    assert found["Maynes"] == EntityKind.PERSON
    assert found["Russians"] == EntityKind.NORP  # a group speaks in the plural


def test_a_name_only_a_place_can_take_is_a_place(nlp):
    text = ("Russia built up forces in occupied Crimea. Troops marched into the Black Sea peninsula of "
            "Crimea and annexed it. NATO met in Brussels.")
    labels = [m.label for m in mentions(nlp, text) if m.text == "Crimea"]
    assert labels and all(label == EntityKind.GPE for label in labels)
    assert {m.label for m in mentions(nlp, text) if m.text == "NATO"} == {EntityKind.ORG}
    bank = ("Regulators seized Lehman Brothers on Monday. Russia invaded Lehman Brothers. "
            "Russia's central Supreme Court ruled on it.")
    assert {m.label for m in mentions(nlp, bank) if "Lehman" in m.text or "Court" in m.text} == {EntityKind.ORG}
    places = ("Troops remain in occupied Crimea, which hosts the Black Sea Fleet. Russian troops "
              "occupied Crimea, a peninsula in the Black Sea, in 2014. Moscow annexed Donetsk Oblast.")
    found = [(m.text, m.label) for m in mentions(nlp, places) if m.text in ("Crimea", "Donetsk Oblast")]
    assert found and all(label == EntityKind.GPE for _text, label in found)
