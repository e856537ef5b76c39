"""ACLED-style CSV export: one row per event ACLED would code, in ACLED's column names and codes."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import Final, TextIO

from kronika.exports.common import ExportSummary, country_name
from kronika.model import Actor, Event

COLUMNS: Final = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "iso3", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "injured", "confidence",
)  # fmt: skip

# ACLED's time_precision: 1 the day is known, 2 a day within a week or so, 3 only the month (or less).
_TIME_PRECISION: Final = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED's geo_precision: 1 the town itself, 2 a part of a region near it, 3 only the larger region.
_GEO_PRECISION: Final = {"point": 1, "city": 1, "admin1": 3, "country": 3}
_STATE: Final = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
_CROWD: Final = frozenset({"CVL", "OPP", "LAB", "EDU"})
_STATE_LIKE: Final = frozenset({"IGO"})  # international bodies' forces count as external forces
_ARMED: Final = {"REB": 2, "UAF": 3, "CRM": 3}  # rebels; militias and armed gangs
_LEFT_OUT: Final = "not coded by ACLED (statements, resignations, talks) or background history"


def inter_code(actor: Actor | None, event: Event, *, doer: bool) -> int:
    """ACLED's actor kind ('inter') code for a doer (or a target) of this event; 0 where there is none.

    1 state forces, 2 rebels, 3 political militias, 5 rioters, 6 protesters, 7 civilians, 8 external
    forces (a state's forces or an international body acting outside their own country)."""
    if actor is None:
        return 0
    sector = actor.sector or ""
    home = event.location.country if event.location else None
    if sector in _STATE:
        return 8 if actor.country and home and actor.country != home else 1
    if sector in _ARMED:
        return _ARMED[sector]
    if sector in _STATE_LIKE:
        return 8
    return _crowd_code(sector, event, doer=doer)


def _crowd_code(sector: str, event: Event, *, doer: bool) -> int:
    """The inter code of an unarmed actor: protesters in a protest, rioters in a riot (a mob's victims
    and the people a riot is about stay civilians), a party acting alone a political militia, else 7."""
    kind = event.type.acled_event_type
    if kind == "Protests" and (doer or sector in _CROWD):
        return 6  # the protesters, whether they march or are the ones dispersed
    if kind == "Riots" and (doer or (sector in _CROWD and event.type.acled_sub_event_type != "Mob violence")):
        return 5
    if doer and sector in ("PTY", "OPP"):
        return 3
    return 7


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction: the two inter codes, smaller first; a lone actor's code times ten."""
    if inter2 == 0:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _names(actors: Sequence[Actor]) -> tuple[str, str]:
    """The main actor's name and the associated actors' names joined as ACLED joins them."""
    if not actors:
        return "", ""
    return actors[0].name, "; ".join(a.name for a in actors[1:])


def acled_row(event: Event) -> dict[str, object]:
    """The CSV row of one ACLED-codable event (fatalities 0 where no death is reported, as ACLED counts)."""
    day = event.date.value
    place = event.location
    actor1, assoc1 = _names(event.actors)
    actor2, assoc2 = _names(event.targets)
    inter1 = inter_code(event.actors[0] if event.actors else None, event, doer=True)
    inter2 = inter_code(event.targets[0] if event.targets else None, event, doer=False)
    return {
        "event_id_cnty": event.id,
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else "",
        "time_precision": _TIME_PRECISION.get(event.date.precision or "", ""),
        "event_type": event.type.acled_event_type,
        "sub_event_type": event.type.acled_sub_event_type or "",
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": interaction_code(inter1, inter2),
        "iso3": place.country if place else "",
        "country": country_name(place.country) if place else "",
        "admin1": (place.admin1 or "") if place else "",
        "admin2": "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": "" if place is None or place.lat is None else place.lat,
        "longitude": "" if place is None or place.lon is None else place.lon,
        "geo_precision": _GEO_PRECISION[place.precision] if place else "",
        "source": "; ".join(event.articles),
        "source_scale": "",
        "notes": " ".join(e.text.replace("\n", " ") for e in event.evidence[:1]),
        "fatalities": event.casualties.fatalities or 0,
        "injured": "" if event.casualties.injured is None else event.casualties.injured,
        "confidence": round(event.confidence, 3),
    }


def exported_to_acled(event: Event) -> bool:
    """Whether ACLED would code the event: it has an ACLED type and is news, not background history."""
    return event.type.acled_event_type is not None and not event.historical


def write_acled_csv(events: Iterable[Event], out: TextIO) -> ExportSummary:
    """Write a header and one row per codable event; the others are counted, not silently lost."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    written = left_out = 0
    for event in events:
        if not exported_to_acled(event):
            left_out += 1
            continue
        writer.writerow(acled_row(event))
        written += 1
    return ExportSummary(written=written, left_out=left_out, why_left_out=_LEFT_OUT if left_out else "")
