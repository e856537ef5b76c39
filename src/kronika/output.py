"""Formatting events for people and programs: JSON Lines records and a terminal table."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Sequence
from typing import TextIO

from kronika.model import Event
from kronika.records import event_record

_COLUMNS = ("type", "mode", "date", "place", "k", "inj", "actors", "evidence")


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """Write one contract record per line; returns how many were written."""
    count = 0
    for event in events:
        out.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")
        count += 1
    return count


def _place(event: Event) -> str:
    """A short place label: name, and admin1 when it differs."""
    loc = event.location
    if loc is None:
        return ""
    if loc.admin1 and loc.admin1 != loc.name:
        return f"{loc.name}, {loc.admin1} ({loc.country})"
    return f"{loc.name} ({loc.country})"


def _row(event: Event) -> tuple[str, ...]:
    """The table cells of one event."""
    day = event.date.value.isoformat() if event.date.value else "?"
    if event.historical:
        day += " (hist)"
    actors = "; ".join(a.name for a in event.actors)
    return (
        event.type.plover,
        event.type.mode or "",
        day,
        _place(event),
        "" if event.casualties.fatalities is None else str(event.casualties.fatalities),
        "" if event.casualties.injured is None else str(event.casualties.injured),
        actors,
        event.evidence[0].text.replace("\n", " ") if event.evidence else "",
    )


def format_table(events: Sequence[Event], width: int | None = None) -> str:
    """A fixed-width table, one line per event, the evidence cut to fit the terminal."""
    if not events:
        return "no events"
    width = width or shutil.get_terminal_size((160, 24)).columns
    rows = [_COLUMNS, *(_row(e) for e in events)]
    caps = (9, 12, 18, 34, 4, 5, 30)  # every column but the evidence has a maximum width
    widths = [min(cap, max(len(r[i]) for r in rows)) for i, cap in enumerate(caps)]
    lines = []
    for row in rows:
        cells = [cell[:w].ljust(w) for cell, w in zip(row, widths, strict=False)]
        line = "  ".join([*cells, row[-1]])
        lines.append(line[:width])
    return "\n".join(lines)
