"""Property an armed group burnt, no one harmed, is looting/property destruction, never a riot; a crowd's
burning, or one that harms someone, is read as before."""

from __future__ import annotations

import pytest
from builders import made_up_detection, rule

from kronika.events.armed_arson import armed_arson
from kronika.events.taxonomy import LOOTING, MOB_VIOLENCE, VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("sentence", "read_as", "expected"),
    [
        *rule(
            "rebels, Maoists or militants burning property destroy it",
            ("Suspected Maoists set ablaze three trucks near the dam.", VIOLENT_DEMONSTRATION, LOOTING),
            ("Rebels torched a school in the village of Tarn.", MOB_VIOLENCE, LOOTING),
        ),
        *rule(
            "a crowd's burning, or burning that harms someone, stays as read",
            ("Protesters torched a police post in Tarn.", VIOLENT_DEMONSTRATION, VIOLENT_DEMONSTRATION),
            ("Militants torched a house, killing two people.", MOB_VIOLENCE, MOB_VIOLENCE),
        ),
    ],
)
def test_armed_arson(sentence: str, read_as: str, expected: str) -> None:
    trigger = sentence.split()[2] if sentence.startswith("Suspected") else sentence.split()[1]
    found = armed_arson(made_up_detection(sentence, trigger, "COERCE", read_as))
    assert found.type.acled_sub_event_type == expected
