"""Spec: a threat named as a danger is no threat made; one told with what it threatens, or whose, is."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected, rule
from spacy.language import Language


def _threats(nlp: Language, text: str) -> list[str]:
    """The trigger words of the THREATEN readings the default detector tells in one text."""
    return [d.trigger.text.lower() for d in asserted_only(detected(nlp, text)) if d.type.plover == "THREATEN"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "told"),
    [
        *rule(
            "a danger posed, faced or coming from somewhere, or graded by its words",
            ("Kessa said the hill clans posed the biggest threat to the valley.", False),
            ("The danger lies in the threat posed by the bandits of Orvan.", False),
            ("The market town of Tarn is under threat from the hill clans.", False),
            ("Kessa wants to reduce the Orvanian threat on its border.", False),
            ("Officials in Tarn discussed the terrorist threat to the dam.", False),
        ),
        *rule(
            "a threat made: what it threatens, or whose it is",
            ("The governor of Tarn repeated his threat to close the border on Monday.", True),
            ("A reporter in Kessa received a death threat from a militia commander.", True),
            ("The junta's threats against Tarn have raised tensions in the valley.", True),
        ),
    ],
)
def test_a_threat_named_as_a_danger_is_no_threat_made(nlp: Language, text: str, told: bool) -> None:
    assert bool(_threats(nlp, text)) is told
