"""Specs for 'allow', 'permit' and 'force' as what an event or a thing brought about, not a concession or
coercion someone made (`events/enabling.py`)."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language


def _triggers(nlp: Language, text: str) -> set[str]:
    """The trigger words of the asserted detections the default detector finds in one text."""
    return {d.trigger.text.lower() for d in asserted_only(detected(nlp, text))}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        # brought about by a thing, an event or a clause
        ("The offensive allowed the junta to tighten the blockade of Tarn.", "allowed", False),
        ("Chasing the militia from Vella allowed Orvan to boast of victory.", "allowed", False),
        ("That rare lapse allowed the spies to trace the commander.", "allowed", False),
        ("The floods destroyed the crops, forcing thousands to leave Kessa.", "forcing", False),
        ("The clans offered cash in return for allowing them to leave.", "allowing", False),
        # a hardship no one is said to force
        ("Three clinics in Tarn have been forced to close since March.", "forced", False),
        ("The council was forced to postpone the summit in Vella.", "forced", False),
        # done by someone
        ("The minister allowed the opposition to hold a rally in Tarn.", "allowed", True),
        ("The court permitted the candidate to stand in the election.", "permitted", True),
        ("Police forced the protesters to leave the square in Vella.", "forced", True),
        ("Troops swept through the valley of Tarn, forcing the rebels to surrender.", "forcing", True),
        ("Three clinics in Tarn were forced to close by the militia.", "forced", True),
        ("Hundreds of families were forced to leave Vella on Monday.", "forced", True),
    ],
)
def test_a_concession_or_coercion_needs_someone_to_make_it(
    nlp: Language, text: str, word: str, told: bool
) -> None:
    assert (word in _triggers(nlp, text)) is told
