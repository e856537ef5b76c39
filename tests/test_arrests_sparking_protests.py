"""An arrest that set off protests ('arrested the former prime minister, sparking protests across the
country') is an arrest, however the passage telling both reads; an arrest of protesters is not."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, made_up_detection

from kronika.events.acled_rules import arrest_sparked
from kronika.events.taxonomy import ARRESTS, INTERVENTION


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police arrested the former prime minister of Tarn, sparking protests in six cities.", ARRESTS),
        ("The detention of the union leader triggered riots in Vella.", ARRESTS),
        # arrests made at a protest are the protest's intervention
        ("Police arrested 40 protesters at a march in Vella.", INTERVENTION),
    ],
)
def test_an_arrest_that_set_off_protests_is_an_arrest(sentence: str, expected: str) -> None:
    trigger = next(w for w in ("arrested", "detention") if w in sentence)
    detection = made_up_detection(sentence, trigger, "COERCE", INTERVENTION, mode="arrest")
    assert_sub_type(arrest_sparked(detection), expected)
