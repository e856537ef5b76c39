"""GeoJSON export (RFC 7946): one Feature per event, a Point where it is placed, a null geometry where not."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from kronika.exports.common import ExportSummary
from kronika.model import Event
from kronika.records import event_record


def event_feature(event: Event) -> dict[str, object]:
    """The Feature of one event: its contract record as properties, its place as the geometry."""
    place = event.location
    geometry: dict[str, object] | None = None
    if place is not None and place.lat is not None and place.lon is not None:
        # GeoJSON orders positions longitude first.
        geometry = {"type": "Point", "coordinates": [place.lon, place.lat]}
    properties = event_record(event)
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": properties}


def write_geojson(events: Iterable[Event], out: TextIO) -> ExportSummary:
    """Write a FeatureCollection, one feature per line so that large exports stream; keeps every event
    (an unplaced one gets a null geometry, which RFC 7946 allows, rather than being dropped)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for event in events:
        if count:
            out.write(",\n")
        out.write(json.dumps(event_feature(event), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return ExportSummary(written=count)
