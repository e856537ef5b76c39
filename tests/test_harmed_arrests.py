"""Specs for arrests told with harm or gunfire: ACLED's arrests are non-violent, so a lead arrest whose
sentence tells someone killed, wounded, beaten or shot, or gunfire, is coded as the violence itself."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, classifier_reading, lead_scope, made_up_detection, rule

from kronika.events.classifier import AcledPrediction
from kronika.events.harmed_arrests import harmed_arrests
from kronika.events.taxonomy import (
    ARMED_CLASH,
    ARRESTS,
    ATTACK,
    GROUP_ACTIVITY,
    INTERVENTION,
    SEXUAL_VIOLENCE,
)


def _reading(sub: str, probability: float = 0.45) -> AcledPrediction:
    """An unsure classifier reading of `sub`."""
    return classifier_reading(sub, probability)


@pytest.mark.parametrize(
    ("sentence", "reading", "expected"),
    [
        *rule(
            "an arrest told with harm or gunfire is coded as the reading of violence or a protest",
            (
                "Militiamen fired gunshots at a patrol near Tabqa and then detained its driver.",
                _reading(ARMED_CLASH),
                ARMED_CLASH,
            ),
            (
                "A trader died in detention at the Sylhet jail a week after his arrest by police.",
                _reading(ATTACK, 0.3),
                ATTACK,
            ),
            (
                "Soldiers detained and raped two women at a checkpoint near Walikale.",
                _reading(SEXUAL_VIOLENCE),
                SEXUAL_VIOLENCE,
            ),
            (
                "Police wounded three marchers and arrested ten during a rally in Nakuru.",
                _reading(INTERVENTION),
                INTERVENTION,
            ),
        ),
        *rule(
            "read as no violence, gunfire makes it an armed clash and other harm an attack",
            (
                "Police exchanged fire with two robbers in Tulua and arrested both of them.",
                _reading(ARRESTS),
                ARMED_CLASH,
            ),
            ("Troops beat a farmer in Mopti and detained him for a day.", _reading(ARRESTS), ATTACK),
            ("Guards shot a youth in Goma before arresting him.", None, ATTACK),
            ("Guards shot a youth in Goma before arresting him.", _reading(GROUP_ACTIVITY), ATTACK),
        ),
        *rule(
            "a protest told, read as no violence, is left to the protest rules",
            (
                "Police arrested ten marchers in Nakuru after one of them was injured.",
                _reading(ARRESTS),
                ARRESTS,
            ),
        ),
        *rule(
            "the arrested told as suspects of the harm, or the harm denied, leave the arrest",
            (
                "Police arrested a man suspected of killing his neighbour in Kitale.",
                _reading(ATTACK),
                ARRESTS,
            ),
            (
                "Police detained two youths in connection with the shooting of a guard in Bukavu.",
                _reading(ATTACK),
                ARRESTS,
            ),
            (
                "Police arrested four men charged over the death of a driver in Comilla.",
                _reading(ATTACK),
                ARRESTS,
            ),
            ("Police arrested nine robbers in Tulua and no one was injured.", _reading(ATTACK), ARRESTS),
        ),
        *rule(
            "an arrest told with no harm stays an arrest",
            ("Police arrested twelve party members at their office in Rangpur.", _reading(ATTACK), ARRESTS),
            ("Soldiers detained a shepherd near Hebron for questioning.", _reading(ARMED_CLASH), ARRESTS),
        ),
    ],
)
def test_an_arrest_told_with_harm_is_the_violence(
    sentence: str, reading: AcledPrediction | None, expected: str
) -> None:
    trigger = "arrest" if "arrest" in sentence else "detain"
    lead = made_up_detection(sentence, trigger, "COERCE", ARRESTS, mode="arrest")
    (out,) = harmed_arrests([lead], lead_scope(sentence, prediction=reading))
    assert_sub_type(out, expected)
    assert out.type.plover == "COERCE"


def test_only_a_lead_coded_as_arrests_is_retyped() -> None:
    sentence = "Rebels shot two traders near Gao and detained their driver."
    lead = made_up_detection(sentence, "shot", "ASSAULT", ATTACK)
    (out,) = harmed_arrests([lead], lead_scope(sentence, prediction=_reading(ARMED_CLASH)))
    assert out.type.acled_sub_event_type == ATTACK


def test_harm_told_in_a_later_sentence_leaves_the_arrest() -> None:
    paragraph = "Police arrested six traders in Jessore. Two of them were later beaten by a mob."
    sentence = paragraph.split(". ")[0] + "."
    lead = made_up_detection(sentence, "arrest", "COERCE", ARRESTS, mode="arrest")
    (out,) = harmed_arrests([lead], lead_scope(paragraph, prediction=_reading(ATTACK)))
    assert out.type.acled_sub_event_type == ARRESTS
