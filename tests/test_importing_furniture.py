"""Page furniture and bylines: flagged in ``Source.furniture``, never deleted (issue 2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.importing import read_article
from core.importing.bylines import find_bios, find_bylines, parse_byline, split_author_field
from core.importing.furniture import find_furniture, is_photo_credit

STORY = [
    "President Joe Biden spoke with Russian President Vladimir Putin on Thursday for about 50 minutes.",
    "The White House said Biden urged Russia to de-escalate tensions with Ukraine.",
    "Senior officials from both countries are set to hold security talks in Geneva on Jan. 10.",
    "The Kremlin said Putin warned that new sanctions would be a colossal mistake.",
]


def flagged(text: str, spans) -> list[str]:
    return [text[s:e] for s, e in spans]


def inside(text: str, needle: str, spans, start: int = 0) -> bool:
    pos = text.index(needle, start)
    return any(s <= pos and pos + len(needle) <= e for s, e in spans)


def untouched(text: str, spans) -> None:
    for sentence in STORY:
        pos = text.index(sentence)
        assert not any(s < pos + len(sentence) and pos < e for s, e in spans), sentence


def article(*extra_before: str, after: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*extra_before, *STORY, *after])


def read(tmp_path: Path, text: str):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path)


# -- the rules one by one ----------------------------------------------------------------


def test_comment_form_lines(tmp_path):
    lines = [
        "Leave a Reply",
        "Please enter your comment!",
        "Please enter your name here",
        "You have entered an incorrect email address!",
        "Please enter your email address here",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Your email address will not be published. Required fields are marked *",
        "Post Comment",
    ]
    text = article(after=tuple(lines))
    spans = find_furniture(text)
    untouched(text, spans)
    for line in lines:
        assert inside(text, line, spans), line


def test_share_widgets_and_chrome():
    lines = ["Share:", "Share this article", "Facebook Twitter Email", "Tweet", "Advertisement", "Load More"]
    text = article(after=tuple(lines))
    spans = find_furniture(text)
    untouched(text, spans)
    for line in lines:
        assert inside(text, line, spans), line


def test_share_word_inside_a_sentence_is_text():
    text = article("Share prices fell on Thursday as investors weighed the call.")
    assert find_furniture(text) == []


def test_teaser_block_runs_to_the_end():
    teasers = (
        "More In Politics",
        "Florida Bill Bans Something",
        "Florida lawmakers have introduced a bill. State Senator Shevrin Jones joins us to discuss.",
        "Dave Chappelle Pushes to Cancel Housing Development",
        "Plans were squashed after comedian Dave Chappelle spoke out.",
        "Load More",
    )
    text = article(after=teasers)
    spans = find_furniture(text)
    untouched(text, spans)
    start = text.index("More In Politics")
    assert (start, len(text)) in spans


@pytest.mark.parametrize("heading", ["Related Stories", "Most Read", "You may also like", "More from World"])
def test_other_teaser_headings(heading):
    text = article(after=(heading, "Some other story about something else entirely"))
    spans = find_furniture(text)
    assert spans[-1] == (text.index(heading), len(text))


def test_teaser_heading_early_in_the_page_is_not_a_block():
    text = article("Related", after=("Closing paragraph of the real story, which goes on.",))
    spans = find_furniture(text)
    assert not inside(text, "Closing paragraph", spans)


@pytest.mark.parametrize(
    "credit",
    [
        "(Pool Photo)",
        "Peter Klaunzer - Pool/Keystone Via Getty Images",
        "(AP Photo/Evan Vucci)",
        "Photo: Mikhail Metzel/TASS",
        "Photograph by Jane Roe for The Example",
        "Image credit: Reuters",
    ],
)
def test_photo_credit_lines(credit):
    assert is_photo_credit(credit)
    text = article(credit)
    assert flagged(text, find_furniture(text)) == [credit]


@pytest.mark.parametrize(
    "line",
    [
        "Reuters reported that the call lasted 50 minutes.",
        "The photo op at the summit drew criticism",
        "A pool of reporters travelled with the president to Geneva on Wednesday.",
    ],
)
def test_sentences_mentioning_photos_are_not_credits(line):
    assert not is_photo_credit(line)


def test_trailing_credit_of_a_caption_is_flagged_alone():
    caption = "Biden speaks during the call in the Situation Room. (Adam Schultz/The White House via AP)"
    text = article(caption)
    assert flagged(text, find_furniture(text)) == ["(Adam Schultz/The White House via AP)"]


def test_duplicated_caption_second_copy_only():
    caption = "In this image provided by The White House, President Joe Biden speaks during a video call."
    text = article(after=(caption, caption, "Biden later spoke with reporters."))
    spans = find_furniture(text)
    first = text.index(caption)
    second = text.index(caption, first + 1)
    assert not inside(text, caption, spans)
    assert inside(text, caption, spans, second)
    untouched(text, spans)


def test_short_repeated_lines_are_not_duplicates():
    text = article(after=("He said no.", "He said no."))
    assert find_furniture(text) == []


@pytest.mark.parametrize(
    "trailer",
    [
        "The Associated Press contributed to this report.",
        "Litvinova reported from Moscow. Associated Press writers Vladimir Isachenkov in Moscow and "
        "Robert Burns in Washington contributed to this report.",
        "Reporting by Jane Roe; Editing by John Doe",
        "Updated on December 7, 2021, at 3:21 p.m. ET with the latest details.",
        "This story has been updated to correct the date of the call.",
        "___",
        "* * *",
    ],
)
def test_trailers_and_separators(trailer):
    text = article(after=(trailer,))
    spans = find_furniture(text)
    untouched(text, spans)
    assert flagged(text, spans) == [trailer]


# -- bylines and bios -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Aamer Madhani and Dasha Litvinova", ["Aamer Madhani", "Dasha Litvinova"]),
        ("Author: Dave DeCamp", ["Dave DeCamp"]),
        ("By JOHN SMITH, Associated Press", ["John Smith"]),
        ("By Jane Doe | Reuters", ["Jane Doe"]),
        ("By Mary O'Neil, Staff Writer", ["Mary O'Neil"]),
        ("By Lloyd J. Austin III and Jean-Luc de la Croix", ["Lloyd J. Austin III", "Jean-Luc de la Croix"]),
        ("Written by A. B. Smith, C. Jones & E. Brown", ["A. B. Smith", "C. Jones", "E. Brown"]),
        ("By Tuesday the troops had moved.", None),
        ("By the way, Biden said", None),
        ("By Air And Sea", None),
        ("by Joe Biden", None),
        ("Author: unknown", None),
        ("By Jane Doe | March 14, 2023", ["Jane Doe"]),
        ("By Jane Doe and John Roe, Reuters | Updated March 14, 2023", ["Jane Doe", "John Roe"]),
        ("Jane Doe · March 14, 2023 · 4 min read", ["Jane Doe"]),
        ("President Joe Biden, Dec. 7, 2021", None),  # a caption's date follows a comma
        ("President Joe Biden · Dec. 7, 2021", None),  # without "By" only with a reading time
        ("KYIV, UKRAINE | March 14, 2023", None),
        ("Biden Visits Kyiv | Feb. 20, 2023", None),
        ("By Tuesday, March 14, 2023, the troops had moved", None),
    ],
)
def test_parse_byline(line, names):
    assert parse_byline(line) == names


def test_split_author_field():
    assert split_author_field("Jane Roe; John Doe") == ["Jane Roe", "John Doe"]
    assert split_author_field(["By Jane Roe", {"name": "John Doe"}]) == ["Jane Roe", "John Doe"]
    assert split_author_field(None) == []


def test_bylines_and_bios_are_furniture_and_authors(tmp_path):
    text = "\n\n".join(
        [
            "By Aamer Madhani and Dasha Litvinova",
            *STORY,
            "Author: Dave DeCamp",
            "Dave DeCamp is the news editor of Example, follow him on Twitter @example.",
        ]
    )
    source = read(tmp_path, text)
    assert source.authors == ["Aamer Madhani", "Dasha Litvinova", "Dave DeCamp"]
    body = source.body
    for line in (
        "By Aamer Madhani and Dasha Litvinova",
        "Author: Dave DeCamp",
        "Dave DeCamp is the news editor of Example, follow him on Twitter @example.",
    ):
        assert inside(body, line, source.furniture), line
    untouched(body, source.furniture)


def test_a_byline_that_carries_the_date_gives_the_publication_date(tmp_path):
    text = "\n\n".join(["Jane Doe · March 14, 2023 · 4 min read", *STORY])
    source = read(tmp_path, text)
    assert source.authors == ["Jane Doe"]
    assert source.published == dt.date(2023, 3, 14)
    assert source.published_evidence == "Jane Doe · March 14, 2023 · 4 min read"
    assert inside(source.body, "Jane Doe · March 14, 2023 · 4 min read", source.furniture)


def test_only_a_byline_at_the_top_dates_the_article(tmp_path):
    text = "\n\n".join([*STORY, *STORY, *STORY, "More from Jane Doe", "Jane Doe · Jan. 3, 2019 · 4 min read"])
    assert read(tmp_path, text).published is None  # another story's date
    top = "\n\n".join(["By Jane Doe | March 14, 2023", *STORY, "Jan. 3, 2019"])
    assert read(tmp_path, top).published == dt.date(2023, 3, 14)  # the byline beats a bare date at the foot
    updated = "\n\n".join(["By Jane Doe | Updated March 14, 2023", *STORY])
    assert read(tmp_path, updated).published is None  # an update is no publication date


def test_bio_needs_an_author_name():
    text = article(after=("Jake Sullivan is the national security adviser.",))
    result = find_bylines(text)
    assert result.authors == []
    assert find_bios(text, result.authors) == []
    assert find_bios(text, ["Jane Roe"]) == []
    bio = "Roe covers the Kremlin for Example News."
    text = article(after=(bio,))
    assert flagged(text, find_bios(text, ["Jane Roe"])) == [bio]


def test_furniture_spans_are_sorted_merged_and_in_bounds(tmp_path):
    text = article(
        "Peter Klaunzer - Pool/Keystone Via Getty Images",
        after=("___", "The Associated Press contributed to this report.", "Share:", "More In Politics",
               "Another story", "Load More"),
    )
    source = read(tmp_path, "Some headline\n\n" + text)
    spans = source.furniture
    assert spans == sorted(spans)
    assert all(0 <= s < e <= len(source.body) for s, e in spans)
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))
    assert all(source.body[s:e] == source.body[s:e].strip() for s, e in spans)
    untouched(source.body, spans)


def test_long_teaser_list_after_a_short_story_ends_with_load_more():
    teasers = ["More In Politics"] + [f"Teaser headline number {i} about another story" for i in range(40)]
    text = article(after=(*teasers, "Load More"))
    spans = find_furniture(text)
    assert spans[-1] == (text.index("More In Politics"), len(text))
    untouched(text, spans)


def test_page_chrome_first_line_is_not_a_headline(tmp_path):
    source = read(tmp_path, "Skip to content\n\n" + "\n\n".join(STORY))
    assert source.title is None
    assert source.furniture[0] == (0, len("Skip to content"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Several agencies contributed to the report, which found Russia had massed troops.",
        "Published reports on Dec. 7, 2021 said the talks had stalled.",
        "Reporting by the Times showed that the call had been requested by Putin.",
        "Copyright law was not discussed during the call, officials said.",
        "Produced by the Kremlin, the draft treaties were published on Friday.",
        "Share prices in Moscow fell sharply after the call.",
        "Comments by Peskov suggested the Kremlin was not optimistic.",
        "Related talks will take place in Vienna next month.",
    ],
)
def test_real_sentences_are_not_furniture(sentence):
    text = article(after=(sentence,))
    assert find_furniture(text) == []
