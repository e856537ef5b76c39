"""A strike, shelling, fight or attack whose sentence tells a chemical agent used is ACLED's chemical weapon,
however it was delivered; tear gas, white phosphorus and a stock found are not."""

from __future__ import annotations

import pytest
from builders import made_up_detection, rule

from kronika.events.chemical_attacks import chemical_attack
from kronika.events.taxonomy import AIR_STRIKE, ATTACK, CHEMICAL_WEAPON, PEACEFUL_PROTEST


@pytest.mark.parametrize(
    ("sentence", "read_as", "expected"),
    [
        *rule(
            "a chemical agent used makes the reading a chemical weapon",
            ("Helicopters dropped barrels of chlorine gas on the town of Tarn.", AIR_STRIKE, CHEMICAL_WEAPON),
            ("Troops carried out a sarin attack on the rebel-held village.", ATTACK, CHEMICAL_WEAPON),
            ("Warplanes dropped chemical bombs on the valley.", AIR_STRIKE, CHEMICAL_WEAPON),
        ),
        *rule(
            "an incendiary, a stock found or a crowd's tear gas is not",
            ("Warplanes fired white phosphorus bombs on the outskirts of Tarn.", AIR_STRIKE, AIR_STRIKE),
            ("Inspectors found a stockpile of sarin at the base.", ATTACK, ATTACK),
            ("Police fired tear gas at the crowd in Tarn.", PEACEFUL_PROTEST, PEACEFUL_PROTEST),
        ),
    ],
)
def test_chemical_attack(sentence: str, read_as: str, expected: str) -> None:
    plover = "PROTEST" if read_as == PEACEFUL_PROTEST else "ASSAULT"
    trigger = sentence.split()[1]
    found = chemical_attack(made_up_detection(sentence, trigger, plover, read_as))
    assert found.type.acled_sub_event_type == expected
    if expected == CHEMICAL_WEAPON:
        assert (found.type.plover, found.type.mode, found.type.acled_event_type) == (
            "ASSAULT",
            "chemical",
            "Explosions/Remote violence",
        )
