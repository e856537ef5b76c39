"""The seed report's checklist: what an analyst expects from the canonical Moscow Times article."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from kronika.evaluation.common import Scorecard, shorten
from kronika.evaluation.report import DatasetResult
from kronika.evaluation.scoring import fold
from kronika.model import Event

DATASET: Final = "seed"
FILE: Final = "moscowtimes_2020-10-06.txt"
PUBLISHED: Final = date(2020, 10, 6)
MONDAY: Final = date(2020, 10, 5)
BACKGROUND_BEFORE: Final = date(2020, 9, 1)  # anything earlier is background to an October crisis

# Phrases of the site's closing appeal (my own short markers, not its text): evidence here is boilerplate.
BOILERPLATE_MARKERS: Final = (
    "favor to ask",
    "foreign agent",
    "support us",
    "independent journalism",
    "journalists of the moscow times",
)
BOILERPLATE_LINES: Final = frozenset({"continue", "read more"})


@dataclass(frozen=True)
class SeedCheck:
    """One expectation: a name and a test over all the seed's events."""

    name: str
    test: Callable[[Sequence[Event]], bool]


def _words(event: Event) -> str:
    """The event's evidence, folded, for word tests."""
    return fold(" ".join(e.text for e in event.evidence))


def _place(event: Event) -> str:
    """The folded place name and admin1 of the event's location."""
    place = event.location
    return fold(f"{place.name} / {place.admin1 or ''}") if place else ""


def _any(*tests: Callable[[Event], bool]) -> Callable[[Sequence[Event]], bool]:
    """A check that passes when some event passes every test."""
    return lambda events: any(all(t(e) for t in tests) for e in events)


def _typed(plover: str) -> Callable[[Event], bool]:
    """Test: the event has this PLOVER type."""
    return lambda e: e.type.plover == plover


def _on(day: date) -> Callable[[Event], bool]:
    """Test: the event is dated on this day."""
    return lambda e: e.date.value == day


def _mentions(*words: str) -> Callable[[Event], bool]:
    """Test: the evidence contains every one of these (folded) words or word stems."""
    return lambda e: all(w in _words(e) for w in words)


def _in(name: str) -> Callable[[Event], bool]:
    """Test: the location's name or admin1 contains this name."""
    return lambda e: fold(name) in _place(e)


def _by(country: str) -> Callable[[Event], bool]:
    """Test: some actor belongs to this country."""
    return lambda e: any(a.country == country for a in e.actors)


def _hurt(killed: int, least: int, most: int) -> Callable[[Event], bool]:
    """Test: exactly `killed` dead and between `least` and `most` injured."""
    return lambda e: e.casualties.fatalities == killed and least <= (e.casualties.injured or -1) <= most


def _acled(sub_type: str | None) -> Callable[[Event], bool]:
    """Test: the event carries this ACLED sub-event type (None: ACLED would not code it)."""
    return lambda e: e.type.acled_sub_event_type == sub_type


def _done_by(sector: str, country: str) -> Callable[[Event], bool]:
    """Test: some actor has this sector and country."""
    return lambda e: any(a.sector == sector and a.country == country for a in e.actors)


def _doers_named_in_evidence(event: Event) -> bool:
    """Test: every doer is implied (no text) or written in the event's own evidence, not borrowed from
    another sentence (the background about earlier uprisings names criminal gangs too)."""
    return all(not a.text or fold(a.text) in _words(event) for a in event.actors)


def _background_is_historical(events: Sequence[Event]) -> bool:
    """Nothing dated before September 2020 is presented as current."""
    return all(e.historical for e in events if e.date.value and e.date.value < BACKGROUND_BEFORE)


def _is_boilerplate(event: Event) -> bool:
    """Whether any evidence sentence is part of the site's appeal or its navigation."""
    return any(
        fold(e.text).strip(" .…") in BOILERPLATE_LINES or any(m in fold(e.text) for m in BOILERPLATE_MARKERS)
        for e in event.evidence
    )


CHECKS: Final = (
    SeedCheck("RETREAT (resign) on 2020-10-06", _any(_typed("RETREAT"), _mentions("resign"), _on(PUBLISHED))),
    SeedCheck("PROTEST in Bishkek on 2020-10-05", _any(_typed("PROTEST"), _in("Bishkek"), _on(MONDAY))),
    SeedCheck("unrest: 1 killed, 590-700 injured", _any(_hurt(1, 590, 700))),
    SeedCheck(
        "seizure of buildings in Bishkek", _any(_typed("COERCE"), _mentions("seiz", "build"), _in("Bishkek"))
    ),
    SeedCheck(
        "seizure of buildings typed Violent demonstration",
        _any(_typed("COERCE"), _mentions("seiz", "build"), _acled("Violent demonstration")),
    ),
    SeedCheck("MOBILIZE by Russia", _any(_typed("MOBILIZE"), _by("RUS"))),
    SeedCheck("MOBILIZE by the Russian military", _any(_typed("MOBILIZE"), _done_by("MIL", "RUS"))),
    SeedCheck("REQUEST by the USA", _any(_typed("REQUEST"), _by("USA"))),
    SeedCheck("event in Talas region", _any(_in("Talas"))),
    SeedCheck("event in Naryn region", _any(_in("Naryn"))),
    SeedCheck("COOPERATE", _any(_typed("COOPERATE"))),
    SeedCheck(
        "coordination council not ACLED-coded",
        _any(_typed("COOPERATE"), _mentions("coordination council"), _acled(None)),
    ),
    SeedCheck(
        "Naryn mine event has no borrowed doer",
        _any(_in("Naryn"), _mentions("mine"), lambda e: bool(e.actors), _doers_named_in_evidence),
    ),
    SeedCheck("parliament elects Japarov", _any(_mentions("japarov", "elected"), _done_by("LEG", "KGZ"))),
    SeedCheck("REJECT", _any(_typed("REJECT"))),
    SeedCheck("ACCUSE", _any(_typed("ACCUSE"))),
    SeedCheck(
        "parties' criticism of the presidency",
        _any(_typed("ACCUSE"), _mentions("critici", "presiden"), _done_by("PTY", "KGZ")),
    ),
    SeedCheck("court reversal on 2020-10-06", _any(_mentions("court", "revers"), _on(PUBLISHED))),
    SeedCheck("background (before 2020-09) is historical", _background_is_historical),
    SeedCheck("no evidence in boilerplate", lambda events: not any(_is_boilerplate(e) for e in events)),
)


def check_seed(events: Sequence[Event]) -> DatasetResult:
    """One pass/fail row per expectation (value 1 or 0, n 1); a failed check lists what came out."""
    card = Scorecard(DATASET)
    summary = "; ".join(
        f"{e.type.plover} {e.date.value} {shorten(e.evidence[0].text, 40)!r}" for e in events if e.evidence
    )
    for check in CHECKS:
        card.check(check.name, check.test(events), FILE, f"failed: {check.name}", shorten(summary, 400))
    return card.result(items=1)
