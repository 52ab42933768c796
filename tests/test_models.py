"""Model helpers that the views rely on."""

from __future__ import annotations


def test_an_untitled_article_is_named_by_its_lead_not_its_file():
    from core.models import Source

    credit = "Photo by Ann Writer for the Example Wire Service"  # six words and more, but furniture
    body = f"{credit}\nWASHINGTON\nFace to face for two hours, the two leaders spoke about the border crisis.\n"
    untitled = Source(file="003_2c43.txt", body=body, furniture=[(0, len(credit))])
    assert untitled.display_title() == "Face to face for two hours, the two leaders…"
    assert Source(file="a.txt", title="A headline", body=body).display_title() == "A headline"
    assert Source(file="short.txt", body="Credits\nPhoto: AP\n").display_title() == "short.txt"
