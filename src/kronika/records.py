"""The contract's JSON event record, in both directions: Event -> dict and dict -> Event."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, cast

from kronika.model import (
    Actor,
    Casualties,
    DatePrecision,
    Event,
    EventDate,
    EventType,
    Evidence,
    Place,
    PlacePrecision,
)


def actor_record(actor: Actor) -> dict[str, object]:
    """The contract's actor object."""
    return {"name": actor.name, "text": actor.text, "country": actor.country, "sector": actor.sector}


def place_record(place: Place) -> dict[str, object]:
    """The contract's place object."""
    return {
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
    }


def evidence_record(evidence: Evidence) -> dict[str, object]:
    """The contract's evidence object."""
    return {"article": evidence.article, "text": evidence.text, "start": evidence.start, "end": evidence.end}


def event_record(event: Event) -> dict[str, object]:
    """The contract's JSON record of one event (plus `date_reason`, which explains the date, and `realis`, how
    likely a particular event took place at all)."""
    return {
        "id": event.id,
        "articles": list(event.articles),
        "type": event.type.plover,
        "mode": event.type.mode,
        "acled_event_type": event.type.acled_event_type,
        "acled_sub_event_type": event.type.acled_sub_event_type,
        "date": event.date.value.isoformat() if event.date.value else None,
        "date_precision": event.date.precision,
        "date_reason": event.date.reason,
        "historical": event.historical,
        "actors": [actor_record(a) for a in event.actors],
        "targets": [actor_record(a) for a in event.targets],
        "location": place_record(event.location) if event.location else None,
        "fatalities": event.casualties.fatalities,
        "injured": event.casualties.injured,
        "evidence": [evidence_record(e) for e in event.evidence],
        "confidence": event.confidence,
        "realis": event.realis,
    }


def _opt_str(value: object) -> str | None:
    """A string field that may be null."""
    return None if value is None else str(value)


def _opt_int(value: object) -> int | None:
    """An integer field that may be null."""
    return None if value is None else int(cast(Any, value))


def _opt_float(value: object) -> float | None:
    """A number field that may be null."""
    return None if value is None else float(cast(Any, value))


def actor_from_record(record: Mapping[str, object]) -> Actor:
    """An Actor from its contract object."""
    return Actor(
        name=str(record["name"]),
        text=str(record.get("text", record["name"])),
        country=_opt_str(record.get("country")),
        sector=_opt_str(record.get("sector")),
    )


def place_from_record(record: Mapping[str, object]) -> Place:
    """A Place from its contract object."""
    return Place(
        name=str(record["name"]),
        country=str(record["country"]),
        admin1=_opt_str(record.get("admin1")),
        lat=_opt_float(record.get("lat")),
        lon=_opt_float(record.get("lon")),
        precision=cast(PlacePrecision, record["precision"]),
    )


def evidence_from_record(record: Mapping[str, object]) -> Evidence:
    """An Evidence from its contract object."""
    return Evidence(
        article=str(record["article"]),
        text=str(record["text"]),
        start=int(cast(Any, record["start"])),
        end=int(cast(Any, record["end"])),
    )


def _mappings(value: object) -> Sequence[Mapping[str, object]]:
    """A list of JSON objects, or an empty list for null."""
    return cast(Sequence[Mapping[str, object]], value or [])


def _event_date(record: Mapping[str, object]) -> EventDate:
    """The EventDate held in a record's date, date_precision and date_reason fields."""
    day = record.get("date")
    return EventDate(
        value=date.fromisoformat(str(day)) if day else None,
        precision=cast(DatePrecision | None, record.get("date_precision")),
        reason=str(record.get("date_reason") or ""),
    )


def event_from_record(record: Mapping[str, object]) -> Event:
    """The Event a contract record describes; exact inverse of event_record (mentions are not kept)."""
    location = record.get("location")
    return Event(
        id=str(record["id"]),
        articles=tuple(str(a) for a in cast(Sequence[object], record["articles"])),
        type=EventType(
            plover=str(record["type"]),
            mode=_opt_str(record.get("mode")),
            acled_event_type=_opt_str(record.get("acled_event_type")),
            acled_sub_event_type=_opt_str(record.get("acled_sub_event_type")),
        ),
        date=_event_date(record),
        location=place_from_record(cast(Mapping[str, object], location)) if location else None,
        actors=tuple(actor_from_record(a) for a in _mappings(record.get("actors"))),
        targets=tuple(actor_from_record(a) for a in _mappings(record.get("targets"))),
        casualties=Casualties(_opt_int(record.get("fatalities")), _opt_int(record.get("injured"))),
        evidence=tuple(evidence_from_record(e) for e in _mappings(record.get("evidence"))),
        historical=bool(record.get("historical", False)),
        confidence=float(cast(Any, record.get("confidence", 0.0))),
        realis=_opt_float(record.get("realis")),
    )
