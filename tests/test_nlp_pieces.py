"""Parsing in pieces keeps the window responsive and must not change the analysis."""

from __future__ import annotations

from core import nlp as nlp_module

ARTICLE = "\n\n".join(
    f"Paragraph {k}: President Joe Biden spoke with Vladimir Putin in Geneva on Tuesday, "
    "officials said, and both sides agreed to meet again next month." for k in range(12)
) + "\n"


def test_pieces_join_to_the_text_exactly():
    for text in (ARTICLE, "", "one line", "a\r\n\r\nb\n", "\n\n\nx " * 300, "word " * 500):
        pieces = nlp_module.split_pieces(text, words=40)
        assert "".join(pieces) == text
        assert all(pieces) or text == ""


def test_pieces_cut_only_after_line_breaks():
    pieces = nlp_module.split_pieces(ARTICLE, words=40)
    assert len(pieces) > 3
    assert all(p.endswith("\n") for p in pieces)


def test_parse_many_gives_the_whole_text_with_entities_and_sentences(nlp):
    whole = nlp(ARTICLE)
    (joined,) = list(nlp_module.parse_many([ARTICLE]))
    assert joined.text == ARTICLE
    assert {(e.start_char, e.end_char, e.label_) for e in joined.ents} == {
        (e.start_char, e.end_char, e.label_) for e in whole.ents}
    assert [s.start_char for s in joined.sents] == [s.start_char for s in whole.sents]
    assert joined.to_bytes(exclude=["tensor"])  # storable like a one-piece doc


def test_the_taggers_dates_replace_spacys(nlp):
    text = "Acme Corp announced a walkout on March 28. The Jan. 6 Committee met Smith at 9 a.m."
    doc = nlp(text)
    committee = doc.char_span(text.index("Jan. 6"), text.index(" met"), label="ORG")
    doc.ents = [e for e in doc.ents if e.end <= committee.start or e.start >= committee.end] + [committee]
    spans = [(text.index(s), text.index(s) + len(s), s == "9 a.m.") for s in ("March 28", "Jan. 6", "9 a.m.")]
    nlp_module.dates_as_entities(doc, spans)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("March 28", "DATE"), ("9 a.m.", "TIME"), ("Jan. 6 Committee", "ORG")} <= ents
    assert not any("walkout" in text for text, _ in ents)  # spaCy's "a walkout on" is gone
    assert ("Jan. 6", "DATE") not in ents  # a date inside a name stays the name's
