"""Specs for who took a place: a state's own forces taking or retaking one is the government regaining
territory, anyone else's taking a non-state actor overtaking it."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, detected, made_up_detection, rule
from spacy.language import Language

from kronika.events.acled_rules import SURE_READING, acled_conventions
from kronika.events.taxonomy import (
    ARMED_CLASH,
    ATTACK,
    DISRUPTED_WEAPONS,
    GOVERNMENT_REGAINS,
    LOOTING,
    NON_VIOLENT_TRANSFER,
    TERRITORY_TAKEN,
)
from kronika.events.territory_takers import taken_by_state


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        *rule(
            "a state's forces before the verb took it",
            ("The national army retook Lumba from the rebels.", "retook", True),
            ("On 3 May 2019, FARDC soldiers recovered territory near Oicha.", "recovered", True),
            ("Government security forces have regained control of Dalo.", "regained", True),
            ("SPLA forces said they recaptured Tonga.", "recaptured", True),
        ),
        *rule(
            "a non-state group, or state words in another clause, did not",
            ("Rebels took control of the army's base at Kuda.", "took", False),
            ("SPLA-IO fighters recaptured Tonga.", "recaptured", False),
            ("Pro-government militias retook the village.", "retook", False),
            ("After the army left, gunmen took control of Baro.", "took", False),
            ("Residents reclaimed the square.", "reclaimed", False),
        ),
    ],
)
def test_the_taker_is_a_state_when_its_clause_names_its_forces(
    sentence: str, verb: str, expected: bool
) -> None:
    assert taken_by_state(sentence, sentence.index(verb)) is expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "plover", "read", "expected"),
    [
        *rule(
            "control taken by a state's forces is regained territory, by others overtaken",
            (
                "The army took control of Kilo after heavy fighting.",
                "fighting",
                "ASSAULT",
                ARMED_CLASH,
                GOVERNMENT_REGAINS,
            ),
            (
                "Troops recovered territory after a clash with militiamen.",
                "clash",
                "ASSAULT",
                ARMED_CLASH,
                GOVERNMENT_REGAINS,
            ),
            (
                "Rebels took control of Kilo after heavy fighting.",
                "fighting",
                "ASSAULT",
                ARMED_CLASH,
                TERRITORY_TAKEN,
            ),
        ),
        *rule(
            "a place the other side left changed hands without a battle, whoever took it",
            (
                "The army took control of Kilo after the rebels withdrew.",
                "took",
                "COERCE",
                LOOTING,
                NON_VIOLENT_TRANSFER,
            ),
        ),
    ],
)
def test_control_taken_by_a_state_is_regained(
    sentence: str, trigger: str, plover: str, read: str, expected: str
) -> None:
    found = acled_conventions(made_up_detection(sentence, trigger, plover, read), 0.5)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "plover", "read", "expected"),
    [
        *rule(
            "a state's forces retaking a place never overtook, looted or disrupted it",
            (
                "The military re-captured Pemo after militants had held it.",
                "re-captured",
                "COERCE",
                LOOTING,
                GOVERNMENT_REGAINS,
            ),
            (
                "Government troops recaptured two villages near Dubo.",
                "recaptured",
                "COERCE",
                TERRITORY_TAKEN,
                GOVERNMENT_REGAINS,
            ),
            (
                "Soldiers retook the hill post and seized rifles.",
                "seized",
                "COERCE",
                DISRUPTED_WEAPONS,
                GOVERNMENT_REGAINS,
            ),
        ),
        *rule(
            "a clash or an attack stays as read: the retaking may be the fight or its background",
            (
                "The army retook Dubo after fighting rebels all night.",
                "fighting",
                "ASSAULT",
                ARMED_CLASH,
                ARMED_CLASH,
            ),
            ("Soldiers killed four men after they retook Dubo.", "killed", "ASSAULT", ATTACK, ATTACK),
        ),
        *rule(
            "a state's forces taking a place the first time retyped only a reading of territory overtaken",
            (
                "The army said it captured two airstrips used by the rebels.",
                "captured",
                "COERCE",
                TERRITORY_TAKEN,
                GOVERNMENT_REGAINS,
            ),
            ("Soldiers seized rifles at Toro.", "seized", "COERCE", DISRUPTED_WEAPONS, DISRUPTED_WEAPONS),
            ("Police seized stolen goats in Kiru.", "seized", "COERCE", LOOTING, LOOTING),
        ),
        *rule(
            "rebels retaking a place overtook it",
            (
                "Rebels recaptured Dubo from the army.",
                "recaptured",
                "COERCE",
                TERRITORY_TAKEN,
                TERRITORY_TAKEN,
            ),
        ),
    ],
)
def test_a_place_a_state_retook_is_regained_even_against_a_sure_reading(
    sentence: str, trigger: str, plover: str, read: str, expected: str
) -> None:
    for reading in (0.5, SURE_READING):
        found = acled_conventions(made_up_detection(sentence, trigger, plover, read), reading)
        assert_sub_type(found, expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Government soldiers retook the hill town of Ovara from the rebels on Monday.",
        "Rebels shelled the market in Kesta on Friday, killing two traders. The army retook Ovara on Sunday.",
    ],
)
def test_a_place_retaken_is_told_even_where_the_tagger_misreads_the_verb(nlp: Language, text: str) -> None:
    """'retook' is read as a noun or a present tense by the tagger: the event is still the place retaken."""
    retaken = [d for d in detected(nlp, text) if d.trigger.text == "retook"]
    assert [(d.type.plover, d.type.acled_sub_event_type) for d in retaken] == [("COERCE", GOVERNMENT_REGAINS)]
