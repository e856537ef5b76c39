"""Specs for which of a sentence's detections is its event where it tells an act, then a threat: the act."""

from __future__ import annotations

import pytest
from builders import made_up_detection

from kronika.events.yielding import acts_first
from kronika.model import Detection

SHELLS = "The army shelled rebel trenches and threatened to burn down the camp nearby."
RAID = "Militiamen raided the village and threatened the elders with reprisals."
MARCH = "Students marched to the ministry and threatened to occupy it."
CAUSE = "The governor threatened reprisals after rebels shelled the town."
LATER = "The army shelled rebel trenches. Its commander threatened to burn down the camp."
SHELLING = "Shelling/artillery/missile attack"


def _main(detections: list[Detection]) -> str:
    """The trigger of the surest detection."""
    return max(detections, key=lambda d: d.confidence).trigger.text


@pytest.mark.parametrize(
    ("sentence", "threat", "act", "expected"),
    [
        # the act done, not the threat made beside it, is the sentence's event
        (SHELLS, ("threatened", None), ("shelled", "ASSAULT", SHELLING), "shelled"),
        (RAID, ("threatened", None), ("raided", "ASSAULT", "Attack"), "raided"),
        # a threat the classifier coded stands: its coding is the sentence's
        (SHELLS, ("threatened", "Attack"), ("shelled", "ASSAULT", SHELLING), "threatened"),
        # a threat told first is the sentence's news, the act told after it its cause
        (CAUSE, ("threatened", None), ("shelled", "ASSAULT", SHELLING), "threatened"),
        # a protest or an arrest is no act of violence to yield to
        (MARCH, ("threatened", None), ("marched", "PROTEST", "Peaceful protest"), "threatened"),
        (RAID, ("threatened", None), ("raided", "COERCE", "Arrests"), "threatened"),
    ],
)
def test_a_sentence_tells_its_act_before_its_threat(
    sentence: str, threat: tuple[str, str | None], act: tuple[str, str, str], expected: str
) -> None:
    """The surest detection of a sentence telling a threat and an act of violence is the act."""
    found = [
        made_up_detection(sentence, threat[0], "THREATEN", threat[1], confidence=0.9),
        made_up_detection(sentence, act[0], act[1], act[2], confidence=0.75),
    ]
    assert _main(acts_first(found)) == expected


def test_a_threat_told_in_its_own_sentence_stands() -> None:
    """A threat with no act in its own sentence keeps its confidence, whatever other sentences tell."""
    shelled = made_up_detection(
        "The army shelled rebel trenches.", "shelled", "ASSAULT", SHELLING, confidence=0.75, text=LATER
    )
    threat = made_up_detection(
        "Its commander threatened to burn down the camp.", "threatened", "THREATEN", text=LATER
    )
    assert acts_first([shelled, threat]) == [shelled, threat]
