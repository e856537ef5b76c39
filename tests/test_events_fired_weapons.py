"""Specs for 'fire' and 'call' read by what goes with them (`events/rules.py`, the lexicon): a weapon fired is
an attack and shots into the air no dismissal; a call with someone is a phone call, a call for something a
request."""

from __future__ import annotations

import pytest
from builders import plover_by_trigger
from spacy.language import Language


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "plover"),
    [
        ("Mortars fired by the militia rained down on Tarn.", "fired", "ASSAULT"),
        ("The guard was hit by a rocket, fired by rebels, near Vella.", "fired", "ASSAULT"),
        ("The soldiers fired into the air to hurry the families along.", "fired", None),
        ("A passenger fired a gun into the air as the car left Tarn.", "fired", "ASSAULT"),
        ("Militants fired dozens of rockets toward the border town.", "fired", "ASSAULT"),
        ("The army fired a barrage of mortar rounds at the hills above Vella.", "fired", "ASSAULT"),
        ("The minister fired the police chief of Kessa after the riot.", "fired", "SANCTION"),
        ("The call with the Orvan president came after a week of tension.", "call with", "CONSULT"),
        ("A call between the two leaders of Tarn and Vella lasted an hour.", "call between", "CONSULT"),
        ("The opposition in Kessa renewed its call for early elections.", "call", "REQUEST"),
    ],
)
def test_what_goes_with_the_word_decides_its_reading(
    nlp: Language, text: str, trigger: str, plover: str | None
) -> None:
    assert plover_by_trigger(nlp, text).get(trigger) == plover
