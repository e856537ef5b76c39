"""Specs for issue 3's article rule, through the whole pipeline: a sentence that reports nothing (a forecast,
an opinion, a silence, a plan, a state, a habit, something called off) yields no event, while the same
article's reported acts each yield theirs. Each case is the second paragraph of a short report."""

from __future__ import annotations

from datetime import date

import pytest
from builders import types_told_after

from kronika.pipeline import Pipeline

LEAD = "Police arrested two traders in the port town of Vella on Monday, a spokesman said."


def _readings(pipeline: Pipeline, sentence: str) -> list[str]:
    """The PLOVER types the pipeline reads from the sentence, set after a lead that reports an arrest."""
    return types_told_after(pipeline, LEAD, sentence, date(2024, 5, 8))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        # forecasts and prospects
        "Analysts in Vella expect more protests in the coming weeks.",
        "Observers predict fresh clashes once the truce expires.",
        "Talks between the two clans are due to resume in Tarn on Thursday.",
        "The ruling party may hold a second vote next week.",
        "The army is expected to launch an offensive before the rains.",
        "It is unclear whether the rebels will accept the offer.",
        # called off, denied, withheld
        "The planned summit in Kessa was postponed indefinitely.",
        "The king postponed a state visit to Kessa that was due to begin on Sunday.",
        "No arrests have been made so far.",
        "There were no reports of violence in the valley.",
        "The spokesman would not say how many soldiers had been deployed.",
        "The mayor refused to say whether his party would join the talks.",
        # opinions, habits, states, plans
        "Critics say the bill will curb press freedom, a view many envoys share.",
        "Governments often use sanctions to punish their rivals.",
        "Protests like these are common in the capital every summer.",
        "Two fishermen from Vella are being held in a camp near Tarn.",
        "The government plans to deploy troops to the border.",
        "The unions called a new day of strikes and protests for Tuesday.",
        "A ceasefire would save thousands of lives.",
    ],
)
def test_a_sentence_that_reports_nothing_yields_no_event(pipeline: Pipeline, sentence: str) -> None:
    assert _readings(pipeline, sentence) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("Hundreds of students marched through the centre of Tarn on Saturday.", "PROTEST"),
        ("Security forces detained the editor of the Kessa Herald on Tuesday.", "COERCE"),
        ("The foreign ministers met in Tarn on Friday to discuss the crisis.", "CONSULT"),
        ("The government denied that police had used live ammunition.", "REJECT"),
        ("The rebels threatened to attack the capital.", "THREATEN"),
        ("A man from Vella is being held on suspicion of murder.", "COERCE"),
        ("Protests that began on Monday are expected to continue in Tarn.", "PROTEST"),
    ],
)
def test_a_reported_act_yields_its_event(pipeline: Pipeline, sentence: str, plover: str) -> None:
    assert plover in _readings(pipeline, sentence)
