"""The town a body is named after (a university, a hospital, a village council), as the place of an event
held at it or done by its people, where a note names no better place.

A terse note may name no town, only a body: the one its event is held at ('students clashed at Kisumu
Polytechnic', 'a protest outside the Jaffna District Secretariat') or the one whose people act ('Nairobi
Aviation College students blocked a street', 'the Buttala Pradeshiya Sabha chairman scuffled with
police', 'students of Rajshahi University rallied in the campus'). Such a body is most often named after
the town it stands in (a province's council, the province), and coders place the event there. The bodies
and the ways notes name them are listed in `data/town_bodies.tsv`.

Two readings: `venue_town` reads a body spaCy tags that the sentence places its event at, in or near
(or whose own people act: 'students of Jaffna University'), its name ending in the body's word; 'taken
to Kisumu Hospital' tells where the hurt were brought, not where they were hurt. `member_town` reads a
body whose people act wherever the sentence names it, by its words alone: a university whose campus the
event is on, a local body, and a university, college or court named after a town, in the article's
country where one is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from kronika.gazetteer import Gazetteer, PlaceKind
from kronika.geo.local import hospital_town
from kronika.geo.resolve import resolve_name
from kronika.model import Place
from kronika.nlp import doc_text, entities
from kronika.tables import shipped_text, table_rows

TABLE = "data/town_bodies.tsv"

# One capitalised word of a town's name (one to three before the body's word) in the campus and local
# readings; the member readings take a curly apostrophe too: "the university’s Eldama Ravine campus"
_NAME = r"[A-Z][\w'-]*"
_NAME_CURLY = r"[A-Z][\w'’-]*"

# spaCy tags a town's office as a place as often as a body: 'outside [the Jaffna District Secretariat]'
_VENUE_LABELS = frozenset({"ORG", "FAC", "LOC"})
# 'at', 'in', 'outside', 'near' the body: the event took place there; 'Strike:At X' opens a note's text;
# 'students of X University' (or 'from' it): a body's own people act at it
_AT = re.compile(r"(?:^|[\s:;,(])(?:at|in|inside|outside|near|of|from)\s+(?:the\s+)?$", re.IGNORECASE)
MIN_NAME_WORDS = 2  # the town's name and at least the body's word
# 'in the campus', 'inside the university campus': the campus of the university the sentence names
_ON_CAMPUS = re.compile(
    r"\b(?:in|inside|on|at|within)\s+(?:the\s+|its\s+)?(?:university\s+|college\s+)?campus\b", re.IGNORECASE
)
# 'the Eldama Ravine campus': a campus is named after the town it stands in, not after its university
_NAMED_CAMPUS = re.compile(rf"((?:{_NAME_CURLY}\s+){{1,3}})campus\b")
# words a local body's name may open with that are no part of its town's: 'The Buttala Pradeshiya Sabha'
_LEADING = frozenset({"The", "A", "An", "Of", "At", "In", "On"})
# Words that open a body's name by its reach, not its town ('International Criminal Court', 'Supreme Court'),
# though the lists hold towns they name ('International City', Dubai).
_SCOPE_WORDS = frozenset(
    {
        "international", "national", "federal", "supreme", "central", "high", "constitutional", "islamic",
        "united", "european", "african", "royal", "general", "special", "criminal", "military", "regional",
        "provincial", "state", "global", "world",
    }
)  # fmt: skip


@dataclass(frozen=True)
class TownBody:
    """One line of the table: a body's words, the ways a note names it after its town (see the table's
    head), and the one country that has such a body, if only one does."""

    words: str
    readings: frozenset[str]
    country: str | None


@dataclass(frozen=True)
class _Readings:
    """The table made into what each reading matches: the venue words (lower case), the offices only one
    country has (lower case, with its alpha-3), and the patterns of bodies named with a town."""

    venue_words: frozenset[str]
    national: tuple[tuple[str, str], ...]
    campus: re.Pattern[str]  # group 1: the town before the body's word; group 3: the town after it
    town_first: re.Pattern[str]
    of_town: re.Pattern[str]
    local: re.Pattern[str]  # group 1: the town; group 2: the body's words
    regional: frozenset[str]


def read_town_bodies(text: str | None = None) -> tuple[TownBody, ...]:
    """The table's lines (`text` stands in for the shipped table in tests); columns: the body's words,
    its readings (comma-separated), and optionally its one country."""
    return tuple(_line(*row) for row in table_rows(shipped_text(TABLE) if text is None else text))


def _line(words: str, readings: str, country: str = "") -> TownBody:
    """One table line's columns as a body: the readings split on commas, a blank country as None."""
    named = frozenset(reading.strip() for reading in readings.split(",") if reading.strip())
    return TownBody(words.strip(), named, country.strip() or None)


def _town_first(name: str, bodies: str) -> str:
    """A pattern for one to three capitalised words (group 1) before a body's words (group 2)."""
    return rf"((?:{name}\s+){{1,3}})({bodies})\b"


def _local_body(bodies: str) -> str:
    """A pattern for a local body named after its town: one to three capitalised words (group 1), as few
    as make a name, before the body's words in any case (group 2). As few: 'the Jaipur Municipal
    Corporation' is Jaipur's 'Municipal Corporation', not a 'Corporation' of 'Jaipur Municipal'; any case:
    notes write 'the Hyderabad press club' and 'the Karachi chapter' as often."""
    return rf"((?:{_NAME}\s+){{1,3}}?)((?i:{bodies}))\b"


def _of_town(name: str, bodies: str) -> str:
    """A pattern for a body's words, 'of', then one or two capitalised words (the last group)."""
    return rf"\b(?:{bodies})\s+of\s+(?:the\s+)?({name}(?:\s+{name})?)"


@cache
def _readings() -> _Readings:
    """The shipped table made into each reading's words and patterns (read once: it never changes)."""
    bodies = read_town_bodies()

    def named(*readings: str) -> str:
        """The words of the bodies read in any of these ways, as alternatives in a pattern."""
        return "|".join(b.words for b in bodies if b.readings & set(readings))

    return _Readings(
        venue_words=frozenset(b.words.lower() for b in bodies if "venue" in b.readings),
        national=tuple((b.words.lower(), b.country) for b in bodies if b.country is not None),
        campus=re.compile(f"{_town_first(_NAME, named('campus'))}|{_of_town(_NAME, named('campus'))}"),
        town_first=re.compile(_town_first(_NAME_CURLY, named("member"))),
        of_town=re.compile(_of_town(_NAME_CURLY, named("member of"))),
        local=re.compile(rf"\b{_local_body(named('local', 'region'))}"),
        regional=frozenset(b.words.lower() for b in bodies if "region" in b.readings),
    )


def venue_town(sentence: Span, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The town (or region) the first body the sentence places its event at is named after, read as
    any name is (a town abroad must be sizeable); None where the sentence names no such body."""
    readings = _readings()
    text = doc_text(sentence.doc)  # spaCy joins `doc.text` token by token on every read
    for ent in entities(sentence.doc):
        if not (sentence.start_char <= ent.start_char < sentence.end_char):
            continue
        if ent.label_ not in _VENUE_LABELS or not _AT.search(text[sentence.start_char : ent.start_char]):
            continue
        words = _venue_words(ent, readings.venue_words) + _venue_word_after(ent, readings.venue_words)
        if len(words) < MIN_NAME_WORDS or words[-1].lower() not in readings.venue_words:
            continue
        # an office only one country has seeks its town there: 'Aranayaka Divisional Secretariat'
        country = focus or _national(words, readings.national)
        place = _named_place(_opening_runs(words[:-1]), gazetteer, country, abroad=True)
        if place is not None:
            return place
    return None


def member_town(sentence: Span, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The town (or region) of the first body whose people the sentence names, by the first reading that
    finds one: a university whose campus the event is on, a local body, then a university, college or
    court named after a town; in the article's country where one is known, else None."""
    return (
        _campus_town(sentence.text, gazetteer, focus)
        or _local_body_place(sentence.text, gazetteer, focus)
        or _named_body_town(sentence.text, gazetteer, focus)
    )


def _venue_words(ent: Span, venue_words: frozenset[str]) -> list[str]:
    """The entity's words without a leading article, in the town-first order ('University of Jaffna' ->
    'Jaffna University') and without what follows the body's word ('Khulna University of Engineering
    and Technology' -> 'Khulna University')."""
    words = ent.text.split()
    words = words[1:] if words and words[0].lower() == "the" else words
    if len(words) > 2 and words[0].lower() in venue_words and words[1].lower() == "of":
        return [*words[2:], words[0]]
    first = next((i for i, w in enumerate(words[1:], 1) if w.lower() in venue_words), None)
    return words[: first + 1] if first is not None and words[first + 1 : first + 2] == ["of"] else words


def _venue_word_after(ent: Span, venue_words: frozenset[str]) -> list[str]:
    """The word for a body written just after an entity that leaves it out ('at [Kapoeta North] jail',
    spaCy tagging the town alone as a group), else nothing."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    body = after is not None and after.lower_ in venue_words and ent[-1].lower_ not in venue_words
    return [after.text] if after is not None and body else []


def _national(words: list[str], national: tuple[tuple[str, str], ...]) -> str | None:
    """The one country whose own office the body's words end in ('Divisional Secretariat': LKA)."""
    written = " ".join(words).lower()
    return next((iso for body, iso in national if written.endswith(body)), None)


def _campus_town(text: str, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The town of the first university the sentence names, where it places its event on a campus
    ('students of Rajshahi University rallied in the campus', 'University of Dhaka')."""
    if not _ON_CAMPUS.search(text):
        return None
    for named in _readings().campus.finditer(text):
        # 'Bangladesh University' names no town, nor 'National University' the Dominican capital
        town = _named_place(_closing_runs((named.group(1) or named.group(3)).split()), gazetteer, focus)
        if town is not None:
            return town
    return None


def _local_body_place(text: str, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The place the first local body the sentence names is named after: a town, or for a province's
    council its province, the latter only where the article has a country ('Northern' alone names a
    province in many)."""
    readings = _readings()
    for body in readings.local.finditer(text):
        region = body.group(2).lower() in readings.regional
        if region and focus is None:
            continue
        # the town just before the body's word ('the Buttala Pradeshiya Sabha'), else opening its name
        # ('the Bengaluru Metropolitan Transport Corporation')
        words = body.group(1).split()
        runs = _closing_runs(words) + [run for run in _opening_runs(words) if run not in _closing_runs(words)]
        names = [name for name in runs if name.split()[0] not in _LEADING]
        # an office only one country has seeks its place there: 'the Ikinu MCA' is Kenya's ward
        country = focus or _national(body.group(2).split(), readings.national)
        place = _named_place(names, gazetteer, country, kind="admin1" if region else None)
        if place is not None:
            return place
    return None


def _named_body_town(text: str, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The town of the first campus named after its town ("the university's Eldama Ravine campus"), else
    of the first 'University of X', else of the first body whose name opens with a town ('Nairobi
    Aviation College', 'the Khartoum District Court'). A body named as a hospital's, or as where the hurt
    were taken, is skipped: 'taken to University of Louisville Hospital' and 'rushed to Augusta
    University Medical Center' tell where the hurt were treated, often a big town far from the scene."""
    readings = _readings()
    for pattern, closing in ((_NAMED_CAMPUS, True), (readings.of_town, False), (readings.town_first, False)):
        for named in pattern.finditer(text):
            if hospital_town(text, named.start(), named.end()):
                continue  # 'taken to University of Louisville Hospital': where the hurt were treated
            words = [w.removesuffix("'s").removesuffix("’s") for w in named.group(1).split()]
            if pattern is _NAMED_CAMPUS and words[-1].lower() in readings.venue_words:
                # 'the Kassala University campus' is the university's own, read by its town below; its
                # body's word is no town ('University', Florida)
                continue
            town = _named_place(_closing_runs(words) if closing else _opening_runs(words), gazetteer, focus)
            if town is not None:
                return town
    return None


def _opening_runs(words: list[str]) -> list[str]:
    """The names the runs of words from their start make, longest first: a body's name opens with its
    town ('Nairobi' of 'Nairobi Aviation')."""
    return [" ".join(words[:end]) for end in range(len(words), 0, -1)]


def _closing_runs(words: list[str]) -> list[str]:
    """The names the runs of words to their end make, longest first: a town is written just before the
    body's word ('Eldama Ravine' of "University's Eldama Ravine")."""
    return [" ".join(words[start:]) for start in range(len(words))]


def _named_place(
    names: list[str],
    gazetteer: Gazetteer,
    focus: str | None,
    *,
    abroad: bool = False,
    kind: PlaceKind | None = None,
) -> Place | None:
    """The place the first of the names names, read as any name is; never a country, and only one in
    the focus country where there is one unless the place may lie `abroad` (a venue's: one abroad must
    be sizeable to be read at all)."""
    country = None if abroad else focus
    for name in names:
        if name in _LEADING or name.lower().removeprefix("the ") in _SCOPE_WORDS:
            continue  # 'the International Criminal Court': no town called International, nor 'The'
        entry = resolve_name(gazetteer, name, focus, kind=kind)
        if entry is not None and entry.kind != "country" and entry.country == (country or entry.country):
            return entry.to_place()
    return None
