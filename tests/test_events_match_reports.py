"""A match report's shots, strikes and fight-backs are play; its fans arrested and stewards hurt are news."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline

pytestmark = pytest.mark.slow

MATCH = (
    "Harbour City beat Vella Rovers 2-1 in the cup final at the Old Quay on Saturday.\n\n"
    "Rovers took control early, their striker firing home from a corner in the ninth minute.\n\n"
    "City fought back after half-time, and substitute Tom Adair struck in the 88th minute to win it.\n\n"
    "Police said three fans were arrested after a brawl outside the ground before kick-off. The league will "
    "review the referee's penalty decision."
)
# a protest outside the ground is news in a match report too
PROTESTED = MATCH.replace(
    "Police said three fans were arrested after a brawl outside the ground before kick-off.",
    "Before the match, about 200 refugees staged a protest outside the ground against the regime.",
)
# a score in news of another kind, with none of a game's words, is no match report
VOTE = (
    "Lawmakers in Vella passed the budget 52-48 on Saturday.\n\n"
    "Hours later, gunmen fired on a bus in the capital, wounding two passengers."
)


def _types(pipeline: Pipeline, text: str) -> list[str]:
    article = Article(id="m", text=text, published=date(2023, 4, 3))
    return sorted(e.type.plover for e in pipeline.extract_articles([article]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MATCH, ["COERCE"]),  # the arrests alone
        (PROTESTED, ["PROTEST"]),
        (VOTE, ["ASSAULT"]),
    ],
)
def test_play_in_a_match_report_is_no_event(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert _types(pipeline, text) == expected
