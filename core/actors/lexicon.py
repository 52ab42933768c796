"""Small, generic word lists the actor rules lean on.

Nothing here names a particular person or organisation: these are the closed
classes of news English (honorifics, job titles, country abbreviations) that
let simple rules recognise "President Biden", "Kremlin spokesman Peskov" or
"U.S." without a knowledge base.  Every word is lower case.
"""

from __future__ import annotations

HONORIFICS: frozenset[str] = frozenset(
    {
        "president", "vice", "mr", "mrs", "ms", "miss", "dr", "sen", "senator",
        "rep", "gov", "governor", "ayatollah", "pope", "king", "queen", "prince",
        "princess", "sheikh", "sheik", "chancellor", "premier", "gen",
        "adm", "admiral", "col", "lt", "sgt", "judge", "justice", "rev", "sir",
        "dame", "lord", "lady", "emperor", "empress", "sultan", "emir", "crown",
    }
)
"""Words that may stand right before a person's name and belong to how the
person is addressed ("President Biden", "Mr. Biden", "Ayatollah Ali Khamenei").
Person mentions are extended leftwards over them, and keys strip them."""

ADDRESS_ONLY: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "rev"})
"""Honorifics that say nothing about a job: never reported as a role."""

ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "president", "secretary", "minister", "spokesman", "spokeswoman",
        "spokesperson", "adviser", "advisor", "leader", "chief", "head", "director",
        "chairman", "chairwoman", "chair", "ambassador", "envoy", "general",
        "commander", "senator", "governor", "mayor", "representative", "official",
        "officer", "editor", "correspondent", "reporter", "analyst", "expert",
        "professor", "economist", "fellow", "attorney", "lawyer", "judge", "ceo",
        "founder", "king", "queen", "prince", "pope", "ayatollah", "chancellor",
        "premier", "figure", "activist", "aide", "strategist", "diplomat",
        "negotiator", "secretary-general", "undersecretary", "deputy", "counsel",
        "prosecutor", "candidate", "lawmaker", "congressman", "congresswoman",
        "speaker", "justice", "sheikh", "emir", "sultan", "monarch", "dictator",
        "premier", "vice-president", "commissioner", "administrator", "manager",
        "executive", "coordinator", "researcher", "scholar", "historian",
        "journalist", "columnist", "writer", "founder", "owner", "comedian",
    }
)
"""Head nouns of a job title ("Kremlin *spokesman*", "foreign *minister*")."""

TITLE_CONNECTORS: frozenset[str] = frozenset({"of", "for", "'s", "’s", "-", "and"})
"""Small words allowed inside a title phrase ("Secretary of State")."""

PORTFOLIOS: frozenset[str] = frozenset(
    {
        "state", "defense", "defence", "foreign", "interior", "treasury",
        "justice", "commerce", "energy", "health", "education", "labor",
        "labour", "agriculture", "transportation", "transport", "finance",
        "economy", "trade", "home", "homeland security", "foreign affairs",
        "war", "navy", "army", "culture", "environment",
    }
)
"""Government portfolios: "State" in "Secretary of State" or "Defense" in
"Defense Secretary" is part of a title, not an organisation the story is about."""

ORG_HEAD_WORDS: frozenset[str] = frozenset(
    {
        "ministry", "party", "council", "department", "agency", "bank", "army",
        "navy", "company", "corporation", "university", "court", "parliament",
        "government", "office", "committee", "union", "commission", "service",
        "forces", "guard", "house", "senate", "congress", "assembly", "group",
        "institute", "foundation", "news", "times", "post", "press", "treaty",
        "airlines", "inc", "ltd", "co", "club", "league", "federation", "fleet",
        "exchange", "region", "oblast", "province", "city", "river", "sea", "island",
        "islands", "republic", "peninsula", "coast", "valley", "square", "street",
        "bridge", "airport", "station", "palace", "mountains", "lake", "county",
    }
)
"""Words that make a capitalised run an organisation or a place, not a person's name."""

NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
"""Generational suffixes: "Lloyd J. Austin III" has surname Austin."""

ACRONYM_SKIP: frozenset[str] = frozenset({"of", "for", "and", "in", "the", "on", "to", "at", "&"})
"""Words long forms skip when they make an acronym ("Organization for Security
and Cooperation in Europe" -> OSCE)."""

ABBREVIATIONS: dict[str, str] = {
    "us": "United States",
    "u s": "United States",
    "usa": "United States",
    "u s a": "United States",
    "united states": "United States",
    "united states of america": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "u k": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "united kingdom": "United Kingdom",
    "eu": "European Union",
    "e u": "European Union",
    "european union": "European Union",
    "un": "United Nations",
    "u n": "United Nations",
    "united nations": "United Nations",
    "ussr": "Soviet Union",
    "soviet union": "Soviet Union",
    "uae": "United Arab Emirates",
    "united arab emirates": "United Arab Emirates",
}
"""Keys (see :func:`core.actors.normalize.name_key`) of common country and
union abbreviations, mapped to one display name so "U.S.", "US" and "the United
States" become one actor."""

US_STATES_AP: dict[str, str] = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ill": "Illinois",
    "kan": "Kansas", "ky": "Kentucky", "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan",
    "minn": "Minnesota", "mo": "Missouri", "mont": "Montana", "neb": "Nebraska", "nev": "Nevada",
    "n h": "New Hampshire", "n j": "New Jersey", "n m": "New Mexico", "n y": "New York",
    "n c": "North Carolina", "n d": "North Dakota", "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania",
    "r i": "Rhode Island", "s c": "South Carolina", "s d": "South Dakota", "tenn": "Tennessee",
    "vt": "Vermont", "va": "Virginia", "w va": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming",
}
"""US states in the Associated Press's abbreviations, as datelines write them
("WILMINGTON, Del."), so the state is one actor however it is written.  Only
the dotted form counts ("PA" is as often the Palestinian Authority).  Left
out: the ones that are also words or other names ("Ind.", "La.", "Miss.",
"Wash.", which would join Washington the capital; "Ga.", which would join
Georgia the country)."""

EVALUATIVE: frozenset[str] = frozenset(
    {"leading", "prominent", "top", "noted", "well-known", "renowned"}
)
"""Adjectives an apposition adds that are praise, not part of a role."""

CHROME_WORDS: frozenset[str] = frozenset(
    {
        "news", "breaking", "update", "updated", "watch", "read", "more", "share",
        "photo", "photos", "video", "live", "opinion", "analysis", "advertisement",
        "related", "subscribe", "sign", "menu", "home", "search", "comments",
    }
)
"""Single capitalised words of page chrome that the tagger likes to call ORG
when they start a line ("• News of the call ...")."""

ROLE_MODIFIERS: frozenset[str] = frozenset(
    {"acting", "former", "incoming", "outgoing", "interim", "deputy"}
)
"""Lower-case participles and adjectives allowed at the start of a title phrase."""
