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
