"""The nouns of Dateline: sources, mentions, actors, time values and events.

Every model is a plain pydantic object so that scripts, the store, the exporters
and the GUI all speak the same language.  Character offsets are Python string
indices (code points) into ``Source.body``; the GUI converts to UTF-16 at its
own boundary.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]
"""A half-open ``[start, end)`` character range into a source's body."""


def new_id(prefix: str) -> str:
    """Short, unique, human-greppable ids (``src-1a2b3c4d``) that survive merges."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


class Model(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)


class DateOrigin(str, Enum):
    """Where a publication date came from, so the user knows how far to trust it."""

    METADATA = "metadata"  # HTML meta tags, front matter, a meta.json beside the files
    TEXT = "text"  # stated in the article ("Updated on December 7, 2021")
    USER = "user"  # typed in by the user
    UNKNOWN = "unknown"


class SourceFormat(str, Enum):
    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"


LEAD_WORDS = 9  # words of an untitled article's lead that name it on screen
LEAD_MIN_WORDS = 6  # shorter lines are datelines, credits or captions, not the lead
LEAD_SEARCH_LINES = 40


class Source(Model):
    """One imported article: its cleaned body and what we know about it."""

    id: str = Field(default_factory=lambda: new_id("src"))
    file: str  # file name as imported (no directories: projects move between machines)
    path: str = ""  # absolute path at import time, for "show in folder"
    format: SourceFormat = SourceFormat.TEXT
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: dt.date | None = None
    published_from: DateOrigin = DateOrigin.UNKNOWN
    published_evidence: str | None = None  # the text the date was read from
    body: str = ""
    furniture: list[Span] = Field(default_factory=list)  # page furniture inside body
    content_hash: str = ""  # sha256 of the raw file, to skip re-imports
    warnings: list[str] = Field(default_factory=list)

    def display_title(self) -> str:
        """What to call the article on screen: its title; for one that has none (text files
        often don't), the first words of its lead, which readers know it by, not by
        ``003_2c43c446.txt``; else the file name.  Data exports keep title or file name.
        Only the first ``LEAD_SEARCH_LINES`` lines are read: the lead is near the top."""
        if self.title:
            return self.title
        offset = 0
        for paragraph in self.body.split("\n", LEAD_SEARCH_LINES)[:LEAD_SEARCH_LINES]:
            start, offset = offset, offset + len(paragraph) + 1
            words = paragraph.split()
            in_furniture = any(a < start + len(paragraph) and start < b for a, b in self.furniture)
            if len(words) >= LEAD_MIN_WORDS and not in_furniture:
                return " ".join(words[:LEAD_WORDS]) + ("…" if len(words) > LEAD_WORDS else "")
        return self.file


class EntityKind(str, Enum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"  # countries, cities, states
    LOC = "LOC"  # non-political places: regions, seas
    NORP = "NORP"  # nationalities, religious and political groups


class Mention(Model):
    """A span of a source that names an actor."""

    source_id: str
    start: int
    end: int
    text: str
    label: EntityKind
    actor_id: str | None = None


class Actor(Model):
    """A real-world entity: all its names merged under one canonical name."""

    id: str = Field(default_factory=lambda: new_id("act"))
    name: str
    kind: EntityKind
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    mentions: int = 0
    hidden: bool = False
    edited: bool = False  # renamed/merged by the user: re-extraction keeps it


class TimexType(str, Enum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(str, Enum):
    """How precisely a time is known; the timeline draws each differently."""

    MILLENNIUM = "millennium"
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"
    UNKNOWN = "unknown"


class TimeValue(Model):
    """A normalised time: its TIMEX3 value and the interval the timeline draws.

    ``start``/``end`` form a half-open interval ``[start, end)`` of naive
    datetimes; both are ``None`` for values that cannot be placed (``PAST_REF``
    without an anchor, durations, sets).
    """

    value: str
    type: TimexType = TimexType.DATE
    granularity: Granularity = Granularity.UNKNOWN
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    mod: str | None = None  # TIMEX3 mod: EARLY, MID, LATE, APPROX, BEFORE, AFTER

    @property
    def placed(self) -> bool:
        return self.start is not None and self.end is not None


class Timex(Model):
    """A temporal expression found in a text, with its normalised value."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    granularity: Granularity = Granularity.UNKNOWN
    interval_start: dt.datetime | None = None
    interval_end: dt.datetime | None = None
    mod: str | None = None
    anchored: bool = False  # the value depends on the DCT or another reference time
    resolved: bool = True  # False when it needs a DCT that is unknown

    def time_value(self) -> TimeValue:
        return TimeValue(
            value=self.value,
            type=self.type,
            granularity=self.granularity,
            start=self.interval_start,
            end=self.interval_end,
            mod=self.mod,
        )


class EventType(str, Enum):
    """A small fixed vocabulary modelled on CAMEO/PLOVER top-level codes."""

    CONSULT = "consult"  # calls, meetings, talks, visits
    STATEMENT = "statement"  # said, announced, told reporters
    APPEAL = "appeal"  # urged, called on, requested
    THREATEN = "threaten"  # warned, threatened
    PROPOSE = "propose"  # proposed, offered, invited
    AGREE = "agree"  # agreed, signed, extended a treaty
    REJECT = "reject"  # refused, denied, withdrew from
    ACCESSION = "accession"  # joined, was admitted, was invited to join
    MILITARY = "military"  # troops massed, deployed, invaded, seized
    SANCTION = "sanction"  # sanctions, expulsions
    AID = "aid"  # military or economic assistance
    OTHER = "other"


class Modality(str, Enum):
    HAPPENED = "happened"
    PLANNED = "planned"  # planned, expected, scheduled, threatened
    DENIED = "denied"
    HYPOTHETICAL = "hypothetical"


class Evidence(Model):
    """The sentence of a source that supports an event."""

    source_id: str
    start: int
    end: int
    text: str
    timex: str | None = None  # the temporal expression as written in the sentence


class Event(Model):
    """Who did what, when and where, with every report that supports it."""

    id: str = Field(default_factory=lambda: new_id("evt"))
    title: str
    type: EventType = EventType.OTHER
    time: TimeValue
    actors: list[str] = Field(default_factory=list)  # actor ids, agent first
    place: str | None = None  # actor id of a place, or a free-text place
    evidence: list[Evidence] = Field(default_factory=list)
    importance: float = 0.0
    modality: Modality = Modality.HAPPENED
    tags: list[str] = Field(default_factory=list)
    note: str = ""
    edited: bool = False  # created or changed by the user: never overwritten
    merged_from: list[str] = Field(default_factory=list)  # ids of the reports merged
    merge_reason: str | None = None

    @property
    def source_ids(self) -> list[str]:
        """Distinct sources in evidence order."""
        return list(dict.fromkeys(e.source_id for e in self.evidence))
