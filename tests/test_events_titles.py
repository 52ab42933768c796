"""Title rendering: names, punctuation and which words a headline keeps."""

from __future__ import annotations

from core.models import EntityKind, Mention, Source
from tests.test_events_helpers import World, extract


class Wider(World):
    FORMS = {
        **World.FORMS,
        "Organization for Security and Co-operation in Europe": (
            EntityKind.ORG, ["Organization for Security and Co-operation in Europe"]),
        "Europe": (EntityKind.LOC, ["Europe"]),
    }

    def mentions(self, source: Source) -> list[Mention]:
        """Also the nested mention an entity tagger may give ("Europe" inside the OSCE)."""
        out = super().mentions(source)
        europe = self.by_name["Europe"]
        start = source.body.find("Europe")
        if start != -1 and not any(m.start == start for m in out):
            out.append(Mention(source_id=source.id, start=start, end=start + 6, text="Europe",
                               label=EntityKind.LOC, actor_id=europe.id))
        return sorted(out, key=lambda m: m.start)


def title(nlp, text: str, *timexes: tuple[str, str], world: World | None = None) -> str:
    events, _, _ = extract(nlp, text, list(timexes), world)
    assert len(events) == 1, [e.title for e in events]
    return events[0].title


def test_a_name_keeps_its_hyphen(nlp):
    got = title(nlp, "The NATO-Russia Council will meet in Geneva on Jan. 12.", ("Jan. 12", "2022-01-12"))
    assert got.startswith("NATO-Russia Council"), got


def test_a_name_inside_a_longer_name_is_not_repeated(nlp):
    got = title(nlp, "Poland hosted a meeting of the Organization for Security and Co-operation in Europe on Monday.",
                ("Monday", "2021-12-06"), world=Wider())
    assert got == "Poland hosts a meeting of the Organization for Security and Co-operation in Europe"


def test_no_comma_is_left_where_a_role_noun_was_dropped(nlp):
    got = title(nlp, "The drafts were given to a visiting envoy, Blinken, on Monday.", ("Monday", "2021-12-06"))
    assert got == "Drafts are given to Blinken"


def test_an_apposition_after_a_comma_is_no_object(nlp):
    got = title(nlp, "Zelensky and Biden spoke for an hour on Friday, their first conversation since January.",
                ("Friday", "2021-12-03"))
    assert got == "Zelensky and Biden speak"


def test_the_link_of_a_relative_clause_stays_out(nlp):
    got = title(nlp, "Russia remembers a winter in which Poland joined NATO in 1999.", ("1999", "1999"))
    assert got == "Poland joins NATO"


def test_a_parenthetical_in_the_subject_is_closed(nlp):
    got = title(nlp, "Four more nations, including the two Nordic states, joined in 2019.", ("2019", "2019"))
    assert got == "Four more nations, including the two Nordic states, join"


def test_a_statement_says_what_was_said(nlp):
    got = title(nlp, "Peskov said on Thursday that Russia moves its forces as it sees fit and that the "
                     "deployments threaten no one.", ("Thursday", "2021-12-02"))
    assert got == "Peskov says Russia moves its forces"  # the first clause, without its asides


def test_making_clear_says_what_was_made_clear(nlp):
    got = title(nlp, "Biden made clear to Putin on Tuesday that an invasion would bring heavy costs.",
                ("Tuesday", "2021-12-07"))
    assert got.startswith("Biden makes clear to Putin an invasion would bring heavy costs"), got


def test_a_participle_aside_is_not_what_was_announced(nlp):
    got = title(nlp, "The ministry announced the recall on Wednesday, saying Moscow wanted a review.",
                ("Wednesday", "2021-12-01"))
    assert got == "Ministry announces the recall"


def test_a_quotation_is_quoted(nlp):
    got = title(nlp, '"We have no plans to invade," Peskov said on Thursday.', ("Thursday", "2021-12-02"))
    assert got == "Peskov says “We have no plans to invade”"


def test_a_possibility_is_not_written_as_a_plan(nlp):
    got = title(nlp, "Officials warned that Russia could be preparing for a possible invasion this winter.",
                ("this winter", "2021-12"))
    assert got == "Russia may prepare for a possible invasion"


def test_what_was_said_starts_in_lower_case(nlp):
    got = title(nlp, "A senior official said on Thursday that the main goal of the call was to set the tone.",
                ("Thursday", "2021-12-02"))
    assert got == "Senior official says the main goal of the call was to set the tone"


def test_long_titles_are_cut_before_a_phrase_not_inside_one():
    from core.headlines import MAX_CHARS, MAX_WORDS, clip_title

    cut = clip_title("Peskov says it was too early to talk about the details of such a meeting between the leaders")
    assert cut == "Peskov says it was too early to talk about the details…"
    assert clip_title("Biden calls Putin") == "Biden calls Putin"
    long_words = clip_title(" ".join(["Internationalisation"] * 8))
    assert len(long_words) <= MAX_CHARS and long_words.endswith("…")
    five_long = clip_title(" ".join(["Supercalifragilisticexpialidocious"] * 5))  # few words, too many letters
    assert len(five_long) <= MAX_CHARS and five_long.endswith("…")
    assert len(clip_title(" ".join(["word"] * 30)).split()) <= MAX_WORDS
    assert clip_title("Biden  and  Putin   spoke " + " " * 80) == "Biden and Putin spoke"  # spaces are no cut
    far = clip_title("Officials said that " + " ".join(["word"] * 20))  # the only boundary is 10 words back
    assert len(far.split()) == MAX_WORDS


def test_a_particle_tagged_as_an_adverb_stays_with_its_verb(nlp):
    got = title(nlp, "Russian diplomats walked out of the talks on Tuesday.", ("Tuesday", "2021-12-07"))
    assert "walk out" in got, got
    workers = title(nlp, "Russian diplomats walked out late on Tuesday.", ("Tuesday", "2021-12-07"))
    assert "walk out" in workers, workers
    back = title(nlp, "Biden warned back in March that Russia would attack.", ("March", "2021-03"))
    assert "back" not in back, back  # a time, not a direction
    assert "hits back" in title(nlp, "Putin hit back on Tuesday at NATO.", ("Tuesday", "2021-12-07"))
    warned = title(nlp, "Biden warned on Tuesday that in the event of an invasion, Russia would pay a price.",
                   ("Tuesday", "2021-12-07"))
    assert "in the event of an invasion" in warned, warned  # the condition belongs to what was said


def test_talks_announced_for_a_coming_day_are_planned_talks(nlp):
    import datetime as dt

    events, _, _ = extract(nlp, "Russia announced talks on March 28.", [("March 28", "2023-03-28")],
                           dct=dt.date(2023, 3, 15))
    assert [e.title for e in events] == ["Russia plans talks"]  # not "Russia to announce talks"
    events, _, _ = extract(nlp, "Russia announced the talks on March 10.", [("March 10", "2023-03-10")],
                           dct=dt.date(2023, 3, 15))
    assert [e.title for e in events] == ["Russia announces the talks"]
