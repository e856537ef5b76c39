"""The realis screen: which of an article's readings are too unlikely to be a particular event to report.

Long articles of analysis tell far more than they report, and the grammar rules catch only what a sentence
says plainly ('could', 'refused to say', 'is held in'). The realis model (`events/realis.py`) scores the rest;
a reading it gives under `MIN_REALIS` is dropped, unless it is the article's most confident reading or counts
victims: a report is written because something happened, and its main reading is the one the rest of the
pipeline (and every evaluation of a single event per report) rests on, so the screen thins only what an
article tells besides; and a told toll marks a particular event however the clause around it reads ('police
are investigating an accidental shooting' that killed a boy). On the 349 judged readings the model never
learnt from, a floor of 0.15 drops 35 of 169 noise readings and 7 of 180 real ones (`docs/evaluation.md`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from kronika.model import EventMention

MIN_REALIS: Final = 0.15


def most_confident_index(mentions: Sequence[EventMention]) -> int | None:
    """The position of the reading the pipeline is surest of (the first of equals), None for no readings."""
    if not mentions:
        return None
    return max(range(len(mentions)), key=lambda i: mentions[i].confidence)


def counts_victims(mention: EventMention) -> bool:
    """Whether the reading tells people killed or hurt: a toll is the mark of a particular event."""
    return bool(mention.casualties.fatalities or mention.casualties.injured)


def screen_unlikely(mentions: Sequence[EventMention], min_realis: float = MIN_REALIS) -> list[EventMention]:
    """The article's readings without those scored under `min_realis`, keeping its most confident reading,
    every reading that counts victims and every reading with no score (no realis model loaded), in order."""
    main = most_confident_index(mentions)
    return [
        m
        for i, m in enumerate(mentions)
        if i == main or m.realis is None or m.realis >= min_realis or counts_victims(m)
    ]
