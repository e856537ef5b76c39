"""Specs for an event told as what time is counted from ('the fifth day of strikes since the shooting of')."""

from __future__ import annotations

from datetime import date

import pytest
from builders import story_toll
from dating import resolve
from spacy.language import Language

MARCH = "Nurses marched in Arequipa on Monday, the fifth day of strikes since {} shooting of two guards."


@pytest.mark.parametrize(
    ("shooting", "trigger", "expected"),
    [
        # the day the sentence gives is the march's; the shooting came some time before it
        ("the", "shooting", None),
        ("the", "marched", date(2020, 10, 5)),
        # a day inside the phrase dates what the phrase holds
        ("Saturday's", "shooting", date(2020, 10, 3)),
    ],
)
def test_what_time_is_counted_from_is_not_dated_by_the_sentence(
    nlp: Language, shooting: str, trigger: str, expected: date | None
) -> None:
    """The earlier event stays undated, with why; the sentence's own act keeps its day."""
    found = resolve(nlp, MARCH.format(shooting), trigger, plover="ASSAULT")
    assert found.value == expected
    if expected is None:
        assert found.reason.startswith("unknown: an earlier event")


def test_a_death_counted_since_is_not_the_toll_of_the_act_told_beside_it(nlp: Language) -> None:
    """The dead the time is counted from belong to the earlier killing, not to the day's clashes."""
    text = (
        "Medics said 14 people were hurt on Monday, the fifth day of clashes since the killing of two guards."
    )
    toll = story_toll(nlp, text)
    assert (toll.fatalities, toll.injured) == (None, 14)
