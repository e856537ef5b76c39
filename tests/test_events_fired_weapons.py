"""Specs for 'fire' and 'call' read by what goes with them (`events/rules.py`, the lexicon): a weapon fired is
an attack and shots into the air no dismissal; a call with someone is a phone call, a call for something a
request."""

from __future__ import annotations

import pytest
from builders import detected, plover_by_trigger, rule
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
        # the thing a relative clause is on is what was fired
        ("The air force shot down 18 of the 30 missiles Orvan fired overnight.", "fired", "ASSAULT"),
        ("The clerk the minister fired on Monday has sued the ministry.", "fired", "SANCTION"),
        # fired with no one fired is a gun's: the one who fired, a volley into a crowd, fire received
        ("The guard who fired first was arrested in Tarn.", "fired", "ASSAULT"),
        ("Soldiers fired into the crowd outside the Vella depot.", "fired", "ASSAULT"),
        ("The patrol was fired upon near the Tarn bridge.", "fired", "ASSAULT"),
        ("Residents heard shots fired near the market in Tarn on Monday.", "fired", "ASSAULT"),
        ("Neighbours said they heard several rounds fired outside the bar.", "fired", "ASSAULT"),
        ("The call with the Orvan president came after a week of tension.", "call with", "CONSULT"),
        ("A call between the two leaders of Tarn and Vella lasted an hour.", "call between", "CONSULT"),
        ("The opposition in Kessa renewed its call for early elections.", "call", "REQUEST"),
    ],
)
def test_what_goes_with_the_word_decides_its_reading(
    nlp: Language, text: str, trigger: str, plover: str | None
) -> None:
    assert plover_by_trigger(nlp, text).get(trigger) == plover


def _modes_by_trigger(nlp: Language, text: str) -> dict[str, str | None]:
    """The assault mode of each trigger (by its first word, lower-cased) the default detector finds."""
    found = [d for d in detected(nlp, text) if d.type.plover == "ASSAULT"]
    return {d.trigger.text.split()[0].lower(): d.type.mode for d in found}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mode"),
    [
        *rule(
            "rockets, missiles or shells fired at a target: a shelling, as ACLED codes them",
            ("Militants fired dozens of rockets at army posts near Tarn.", "shelling"),
            ("The rebels fired mortar shells at the base in Vella.", "shelling"),
        ),
        *rule(
            "missiles that aircraft or drones fired: an air strike",
            ("Drones fired missiles at a convoy near Tarn on Monday.", "aerial"),
        ),
        *rule(
            "a gun or a crowd's grenades fired at people: a firing",
            ("A gunman fired at the crowd outside the bar in Tarn.", "firearms"),
            ("Police fired stun grenades at the crowd in Vella.", "firearms"),
        ),
    ],
)
def test_what_is_fired_at_a_target_gives_the_mode(nlp: Language, text: str, mode: str) -> None:
    assert _modes_by_trigger(nlp, text).get("fired") == mode


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "weapon", "doer"),
    [
        ("Militants fired dozens of rockets at army posts near Tarn.", "rockets", "Militants"),
        ("Rebels fired hundreds of rockets toward the airport in Vella.", "rockets", "Rebels"),
    ],
)
def test_what_a_count_of_fired_weapons_did_is_the_firers(
    nlp: Language, text: str, weapon: str, doer: str
) -> None:
    """The weapon a count is 'of' ('dozens of rockets') was fired by the firing verb's subject."""
    found = [d for d in detected(nlp, text) if d.trigger.text == weapon]
    assert found and all(doer in [s.text for s in d.actor_spans] for d in found)
