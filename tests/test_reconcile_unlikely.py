"""The realis screen: an article's readings too unlikely to be events go, its main reading always stays."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from builders import made_up_mention

from kronika.model import Article, Casualties, EventDate, EventMention, EventType
from kronika.pipeline import Pipeline
from kronika.reconcile.unlikely import MIN_REALIS, most_confident_index, screen_unlikely

PROTEST = EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest")


NO_TOLL = Casualties()


def reading(name: str, confidence: float, realis: float | None, toll: Casualties = NO_TOLL) -> EventMention:
    """A made-up reading told by sentence `name`, typed `confidence`, scored `realis`, counting `toll`."""
    made = made_up_mention(PROTEST, toll, name, EventDate(None, None, "unknown: no time expression"))
    return dataclasses.replace(made, confidence=confidence, realis=realis)


def told(mentions: list[EventMention]) -> list[str]:
    """The sentences of the readings kept, in order."""
    return [m.evidence.text for m in mentions]


@pytest.mark.parametrize(
    ("readings", "floor", "kept"),
    [
        pytest.param(
            [("main", 0.9, 0.8), ("remark", 0.5, 0.05), ("news", 0.5, 0.6)],
            MIN_REALIS,
            ["main", "news"],
            id="a remark beside the news goes",
        ),
        pytest.param(
            [("remark", 0.5, 0.05), ("main", 0.9, 0.1)],
            MIN_REALIS,
            ["main"],
            id="the most confident reading stays however unlikely",
        ),
        pytest.param([("only", 0.3, 0.01)], MIN_REALIS, ["only"], id="a lone reading stays"),
        pytest.param(
            [("main", 0.9, 0.9), ("unscored", 0.4, None)],
            MIN_REALIS,
            ["main", "unscored"],
            id="a reading with no score stays",
        ),
        pytest.param(
            [("main", 0.9, 0.9), ("at the floor", 0.4, MIN_REALIS)],
            MIN_REALIS,
            ["main", "at the floor"],
            id="a score at the floor stays",
        ),
        pytest.param(
            [("main", 0.9, 0.9), ("remark", 0.4, 0.01)], 0.0, ["main", "remark"], id="floor 0 keeps all"
        ),
        pytest.param(
            [("first", 0.7, 0.05), ("second", 0.7, 0.05)],
            MIN_REALIS,
            ["first"],
            id="of equally confident readings the first is the main one",
        ),
        pytest.param([], MIN_REALIS, [], id="no readings"),
    ],
)
def test_screen_unlikely(
    readings: list[tuple[str, float, float | None]], floor: float, kept: list[str]
) -> None:
    mentions = [reading(*r) for r in readings]
    assert told(screen_unlikely(mentions, floor)) == kept


@pytest.mark.parametrize(
    ("main_toll", "toll", "kept"),
    [
        pytest.param(NO_TOLL, Casualties(fatalities=1), ["main", "toll"], id="dead no one else counts"),
        pytest.param(NO_TOLL, Casualties(injured=3), ["main", "toll"], id="hurt no one else counts"),
        pytest.param(Casualties(1, 3), Casualties(1, 3), ["main"], id="a toll the main reading counts too"),
        pytest.param(Casualties(2, None), Casualties(1, 3), ["main", "toll"], id="more hurt than any kept"),
        pytest.param(NO_TOLL, Casualties(0, 0), ["main"], id="a toll of none"),
    ],
)
def test_the_screen_never_loses_a_toll(main_toll: Casualties, toll: Casualties, kept: list[str]) -> None:
    mentions = [reading("main", 0.9, 0.9, main_toll), reading("toll", 0.4, 0.05, toll)]
    assert told(screen_unlikely(mentions)) == kept


def test_main_reading_is_what_evaluations_pick() -> None:
    """The screen's main reading is the first most confident one, as `max` (and every evaluation) picks it."""
    mentions = [reading("a", 0.5, 0.9), reading("b", 0.8, 0.9), reading("c", 0.8, 0.9)]
    main = most_confident_index(mentions)
    assert main is not None and mentions[main] is max(mentions, key=lambda m: m.confidence)
    assert most_confident_index([]) is None


ARTICLE = (
    "Riot police fired tear gas at farmers who marched on the council offices in Vellamo on Tuesday, "
    "injuring twelve.\n\n"
    "Governments that impose sanctions rarely see them work. The ministry supports dialogue."
)


@pytest.mark.slow
def test_the_pipeline_screens_general_remarks_beside_the_news(pipeline: Pipeline) -> None:
    article = Article("screened", ARTICLE, published=date(2024, 3, 6))
    screened = {m.type.plover for m in pipeline.mentions(article)}
    every = {m.type.plover for m in dataclasses.replace(pipeline, min_realis=0.0).mentions(article)}
    assert "ASSAULT" in screened
    assert {"SANCTION", "SUPPORT"} <= every - screened
