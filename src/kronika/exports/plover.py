"""PLOVER JSON export: a JSON array of event records named as the PLOVER coding schema names its fields."""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib.metadata import version
from typing import TextIO

from kronika.exports.common import ExportSummary
from kronika.model import Actor, Event
from kronika.records import place_record


def _actor(actor: Actor) -> dict[str, object]:
    """A PLOVER actor: the words as written, our canonical name, the country code and the sector."""
    return {"actorText": actor.text, "actor": actor.name, "code": actor.country, "sector": actor.sector}


def plover_record(event: Event, coder: str) -> dict[str, object]:
    """One event as a PLOVER record; casualty fields appear only where the text gave a figure."""
    record: dict[str, object] = {
        "id": event.id,
        "date": event.date.value.isoformat() if event.date.value else None,
        "datePrecision": event.date.precision,
        "source": [_actor(a) for a in event.actors],
        "target": [_actor(a) for a in event.targets],
        "event": event.type.plover,
        "mode": event.type.mode,
        "eventLoc": place_record(event.location) if event.location else None,
        "text": event.evidence[0].text if event.evidence else "",
        "articles": list(event.articles),
        "historical": event.historical,
        "confidence": event.confidence,
        "realis": event.realis,
        "language": "en",
        "coder": coder,
    }
    if event.casualties.fatalities is not None:
        record["dead"] = event.casualties.fatalities
    if event.casualties.injured is not None:
        record["injured"] = event.casualties.injured
    return record


def write_plover(events: Iterable[Event], out: TextIO) -> ExportSummary:
    """Write every event as one JSON array (the shape of PLOVER's gold-standard files), one record a line."""
    coder = f"Kronika {version('kronika')}"
    out.write("[\n")
    count = 0
    for event in events:
        if count:
            out.write(",\n")
        out.write(json.dumps(plover_record(event, coder), ensure_ascii=False))
        count += 1
    out.write("\n]\n")
    return ExportSummary(written=count)
