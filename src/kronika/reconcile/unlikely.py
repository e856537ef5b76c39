"""The realis screen: which of an article's readings are too unlikely to be a particular event to report.

Long articles of analysis tell far more than they report, and the grammar rules catch only what a sentence
says plainly ('could', 'refused to say', 'is held in'). The realis model (`events/realis.py`) scores the rest;
a reading it gives under `MIN_REALIS` is dropped, unless it is the article's most confident reading or counts
victims no reading kept counts: a report is written because something happened, and its main reading is the
one the rest of the pipeline (and every evaluation of a single event per report) rests on, so the screen thins
only what an article tells besides; and a number of dead or hurt is the record's most sought fact, so the
screen never loses one ('police are investigating an accidental shooting' that killed a boy keeps its toll
even where the clause reads as no event). On the 349 judged readings the model never
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


def toll_of(mention: EventMention) -> tuple[int, int]:
    """The people the reading counts killed and hurt (unknown counts as none)."""
    return (mention.casualties.fatalities or 0, mention.casualties.injured or 0)


def toll_told_elsewhere(mention: EventMention, kept: Sequence[EventMention]) -> bool:
    """Whether a reading kept counts at least as many killed and as many hurt as this one."""
    killed, hurt = toll_of(mention)
    return any(other[0] >= killed and other[1] >= hurt for other in map(toll_of, kept))


def screen_unlikely(mentions: Sequence[EventMention], min_realis: float = MIN_REALIS) -> list[EventMention]:
    """The article's readings without those scored under `min_realis`, in order, keeping its most confident
    reading, every reading with no score (no realis model loaded) and every reading whose toll no reading kept
    counts: the screen drops readings, never a number of dead or hurt."""
    main = most_confident_index(mentions)
    likely = [i == main or m.realis is None or m.realis >= min_realis for i, m in enumerate(mentions)]
    kept = [m for m, ok in zip(mentions, likely, strict=True) if ok]
    return [
        m
        for m, ok in zip(mentions, likely, strict=True)
        if ok or (toll_of(m) != (0, 0) and not toll_told_elsewhere(m, kept))
    ]
