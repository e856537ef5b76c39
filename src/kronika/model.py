"""The records that flow between Kronika's stages: small, frozen, stdlib-only dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

InputKind = Literal["text", "html"]
DatePrecision = Literal["day", "week", "month", "year"]
PlacePrecision = Literal["point", "city", "admin1", "country"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "intended", "habitual"]


@dataclass(frozen=True, kw_only=True)
class Published:
    """What its input tells of an article besides its text, kept from reading through cleaning: its
    headline, day, address and outlet (keyword-only, so each record keeps its own fields first)."""

    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class RawDocument(Published):
    """One article as read from its input, before any cleaning."""

    id: str
    origin: str  # the input it came from: a file path, "path.jsonl:LINE" or "-"
    content: str  # plain text or HTML, as `kind` says
    kind: InputKind


@dataclass(frozen=True)
class InputError:
    """An input that could not be read or used; reported by name, the batch goes on."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class Article(Published):
    """A cleaned article: `text` is the text every evidence offset points into."""

    id: str
    text: str


@dataclass(frozen=True)
class Span:
    """A stretch of an article's cleaned text, by character offsets [start, end)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon, as the contract spells an actor."""

    name: str  # canonical name
    text: str  # as written in the evidence
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER sector code: GOV MIL COP JUD OPP REB CVL ...


@dataclass(frozen=True)
class Place:
    """Where an event happened, geocoded offline."""

    name: str
    country: str  # ISO 3166-1 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: PlacePrecision


@dataclass(frozen=True)
class EventDate:
    """When an event happened, and how that was worked out (`reason` is kept as evidence)."""

    value: date | None
    precision: DatePrecision | None
    reason: str  # e.g. "'Monday' before publication 2020-10-06", "unknown: no time expression"


@dataclass(frozen=True)
class Casualties:
    """People killed and injured in one event; None where the text says nothing."""

    fatalities: int | None = None
    injured: int | None = None

    @property
    def total(self) -> int:
        """Killed plus injured, an unknown count as none: the toll events are ranked by."""
        return (self.fatalities or 0) + (self.injured or 0)

    @property
    def counts(self) -> tuple[int, int]:
        """Killed and injured, an unknown count as none: two reports' tolls compare this way."""
        return (self.fatalities or 0, self.injured or 0)


@dataclass(frozen=True)
class EventType:
    """What kind of event: PLOVER type and mode, ACLED type and sub-type where ACLED would code it."""

    plover: str
    mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None


@dataclass(frozen=True)
class Detection:
    """An event trigger found in one sentence by the events stage, with the spans of its arguments."""

    sentence: Span
    trigger: Span
    type: EventType
    confidence: float
    modality: Modality = "asserted"
    actor_spans: tuple[Span, ...] = ()
    target_spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ArticleContext:
    """What the argument stages know about the whole article."""

    article: Article
    focus_country: str | None = None  # ISO alpha-3 of the country the article is mostly about
    dateline: Place | None = None
    # the one home country of the armed groups and peoples it names ('Mungiki members'), where it names
    # several or none, None: where an event is placed at all, not even in a focus country, it is there
    home_country: str | None = None


@dataclass(frozen=True)
class Evidence:
    """The sentence an event was read from, with offsets into the cleaned article text."""

    article: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, kw_only=True)
class Told:
    """What is told of one event, alike in one article's mention of it and in the event merged from them
    (keyword-only, so each record keeps its own fields first)."""

    type: EventType
    date: EventDate
    location: Place | None
    actors: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    casualties: Casualties
    historical: bool
    confidence: float
    # how likely a particular event took place at all, not a general remark, a state or a plan
    # (`events/realis.py`); None where not scored
    realis: float | None = None


@dataclass(frozen=True)
class EventMention(Told):
    """One event as one article reports it: a detection with all its arguments resolved."""

    article_id: str
    evidence: Evidence
    trigger: Span
    published: date | None = None  # its article's day, where known
    # where the story telling it starts in its article (`casualties.stories.story_start`): two stories of one
    # article on two days of their own are two incidents; not part of the record
    story: int | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Event(Told):
    """One real-world event, merged from all mentions of it within and across articles."""

    id: str
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    mentions: tuple[EventMention, ...] = field(default=(), compare=False, repr=False)
    # the days its articles came out, where known: not part of the record (the store keeps them with
    # its articles), but what tells a fresh undated report from a stale one when events are compared
    published: tuple[date, ...] = field(default=(), compare=False, repr=False)
