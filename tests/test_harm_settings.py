"""Specs for where a lead's harm befell its victims: people hurt in a clash fell in the clash, not in an
attack on civilians; abductees killed, shot or wounded were attacked, not only abducted."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, classifier_reading, lead_scope, made_up_detection, rule

from kronika.events.classifier import AcledPrediction
from kronika.events.coded_apart import without_coded_apart
from kronika.events.harm_settings import clash_casualties, harmed_abductees, later_clash_casualties
from kronika.events.taxonomy import (
    ABDUCTION,
    ARMED_CLASH,
    ATTACK,
    MOB_VIOLENCE,
    SEXUAL_VIOLENCE,
)
from kronika.events.taxonomy import VIOLENT_DEMONSTRATION as VIOLENT


def _reading(sub: str, probability: float = 0.35) -> AcledPrediction:
    """An unsure classifier reading of `sub`."""
    return classifier_reading(sub, probability)


@pytest.mark.parametrize(
    ("sentence", "reading", "expected"),
    [
        *rule(
            "victims hurt in a clash fell in the clash the classifier reads, however unsure",
            (
                "Two guards and a trader were injured in a clash between party men and police in Bogura.",
                _reading(VIOLENT),
                VIOLENT,
            ),
            (
                "Five herders were killed during clashes between two clans near Wajir.",
                _reading(ARMED_CLASH),
                ARMED_CLASH,
            ),
            ("One man died in the clash at the market in Feni.", _reading(MOB_VIOLENCE), MOB_VIOLENCE),
            (
                "Two men were found dead by a rival faction's camp in the hills of Rangamati (Kaptai "
                "upazila, Chittagong) after a clash over a grazing ground.",
                _reading(ATTACK),
                ATTACK,
            ),
            (
                "Two men were killed by a rival faction in the hills near Kaptai (Rangamati, Chittagong) "
                "reportedly during a clash over tolls.",
                _reading(ARMED_CLASH),
                ARMED_CLASH,
            ),
        ),
        *rule(
            "so did victims hurt in fights, fighting, a brawl or a scuffle",
            (
                "Four youths were wounded amidst fights between two villages near Gaoua.",
                _reading(MOB_VIOLENCE),
                MOB_VIOLENCE,
            ),
            (
                "Six herders were killed during fighting between two clans near Garissa.",
                _reading(ARMED_CLASH),
                ARMED_CLASH,
            ),
            ("A guard was injured in a brawl outside a bar in Kisumu.", _reading(ATTACK), MOB_VIOLENCE),
        ),
        *rule(
            "so did victims hurt as or when sides clashed",
            (
                "A porter was shot dead as party men clashed with police near the depot.",
                _reading(VIOLENT),
                VIOLENT,
            ),
            (
                "Nine were wounded when two villages clashed over a pond in Jhenaidah.",
                _reading(ATTACK),
                MOB_VIOLENCE,
            ),
        ),
        *rule(
            "so did victims a clash is told to have killed or left hurt",
            ("Clashes between two clans killed five herders near Wajir.", _reading(ARMED_CLASH), ARMED_CLASH),
            (
                "A clash between rival unions in Jessore left 30 people injured.",
                _reading(ATTACK),
                MOB_VIOLENCE,
            ),
        ),
        *rule(
            "a clash the classifier reads as something else is the commonest clash, a mob's",
            (
                "Ten people were wounded amid fresh clashes in the town of Narail.",
                _reading(ATTACK),
                MOB_VIOLENCE,
            ),
            ("Ten people were wounded in a clash in Narail.", None, MOB_VIOLENCE),
        ),
        *rule(
            "harm told without a clash it came in, or far off amid clashes, stays an attack",
            ("Two traders were injured by gunmen in Bogura.", _reading(VIOLENT), ATTACK),
            ("Gunmen shot a trader a day after the clash in Bogura.", _reading(VIOLENT), ATTACK),
            ("Gunmen shot a trader who had clashed with them in Bogura.", _reading(VIOLENT), ATTACK),
            (
                "Two traders were killed on the road out of Yirol (Lakes state) in what elders call revenge "
                "killings, amid clashes between two sections.",
                _reading(MOB_VIOLENCE),
                ATTACK,
            ),
        ),
    ],
)
def test_victims_of_a_clash_fell_in_the_clash(
    sentence: str, reading: AcledPrediction | None, expected: str
) -> None:
    lead = made_up_detection(sentence, sentence.split()[3], "ASSAULT", ATTACK)
    (out,) = clash_casualties([lead], 0, reading)
    assert_sub_type(out, expected)
    assert out.type.plover == "ASSAULT"


def test_the_attack_beside_a_lead_of_another_kind_is_the_clash() -> None:
    """'Imposed a curfew after clashes killed five': the curfew leads, the killing beside it is the clash."""
    sentence = "Officials imposed a curfew in Wajir after clashes between two clans killed five herders."
    curfew = made_up_detection(sentence, "imposed", "COERCE", None, mode="curfew")
    killed = made_up_detection(sentence, "killed", "ASSAULT", ATTACK)
    out = clash_casualties([curfew, killed], 0, _reading(ARMED_CLASH))
    assert [d.type.acled_sub_event_type for d in out] == [None, ARMED_CLASH]


@pytest.mark.parametrize(
    ("paragraph", "reading", "expected"),
    [
        *rule(
            "victims a later sentence tells hurt as sides clashed fell in the clash",
            (
                "Two parties rallied in Feni. A porter was shot dead as party men clashed with police.",
                _reading(VIOLENT),
                VIOLENT,
            ),
            (
                "Unrest hit Jessore town. Three vendors were injured in a clash between rival unions.",
                _reading(ATTACK),
                MOB_VIOLENCE,
            ),
        ),
        *rule(
            "harm a later sentence tells without a clash stays an attack",
            ("Unrest hit Jessore town. Three vendors were injured by gunmen.", _reading(VIOLENT), ATTACK),
        ),
    ],
)
def test_victims_a_later_sentence_tells_hurt_in_a_clash_fell_in_it(
    paragraph: str, reading: AcledPrediction | None, expected: str
) -> None:
    sentence = paragraph.split(". ", 1)[1]
    later = made_up_detection(sentence, sentence.split()[3], "ASSAULT", ATTACK, text=paragraph)
    (out,) = later_clash_casualties([later], lead_scope(paragraph, prediction=reading))
    assert_sub_type(out, expected)


def test_the_lead_sentence_is_left_to_clash_casualties() -> None:
    """The lead's own attack is typed by `clash_casualties`, not by the later sentences' rule."""
    paragraph = "A porter was shot dead as party men clashed with police. Shops stayed shut."
    lead = made_up_detection(paragraph.split(". ")[0] + ".", "shot", "ASSAULT", ATTACK, text=paragraph)
    (out,) = later_clash_casualties([lead], lead_scope(paragraph, prediction=_reading(VIOLENT)))
    assert out.type.acled_sub_event_type == ATTACK


def test_only_an_attack_is_taken_for_a_clash() -> None:
    sentence = "Two soldiers were killed in a clash with rebels near Kadugli."
    lead = made_up_detection(sentence, "killed", "ASSAULT", ARMED_CLASH)
    (out,) = clash_casualties([lead], 0, _reading(MOB_VIOLENCE))
    assert out.type.acled_sub_event_type == ARMED_CLASH


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "abductees killed, tortured, shot, stabbed or wounded were attacked",
            ("Gunmen kidnapped four traders near Gao and killed two of them.", ATTACK),
            ("Militants abducted a teacher in Djibo. His tortured body was found the next day.", ATTACK),
            ("Bandits kidnapped a farmer near Kano after they shot his brother.", ATTACK),
            ("Two herders were abducted and stabbed by raiders in Turkana.", ATTACK),
        ),
        *rule(
            "abductees told found dead, their bodies found or dumped, or dead of it were attacked",
            ("Gunmen abducted a chief near Gao. He was found dead two days later.", ATTACK),
            ("A trader was kidnapped in Djibo. His body was recovered from a well on Monday.", ATTACK),
            ("Bandits abducted a driver near Kano and dumped his body by the road.", ATTACK),
            ("Militants kidnapped a nurse in Tamok. She later died in captivity.", ATTACK),
            ("Rebels abducted two guards near Kutum. The bodies of both were found at a dam.", ATTACK),
        ),
        *rule(
            "an abduction told with no harm, harm denied, or only a beating stays an abduction",
            ("Gunmen kidnapped four traders near Gao.", ABDUCTION),
            ("Gunmen kidnapped four traders near Gao. No one was injured.", ABDUCTION),
            ("Militiamen beat and abducted two farmers near Kutum.", ABDUCTION),
            ("Gunmen kidnapped four traders near Gao. None of them died.", ABDUCTION),
            ("Gunmen kidnapped four traders near Gao. Why they were taken remains unclear.", ABDUCTION),
        ),
    ],
)
def test_an_abduction_that_killed_or_wounded_is_an_attack(paragraph: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0] + ("." if ". " in paragraph else "")
    trigger = "abducted" if "abducted" in sentence else "kidnapped"
    lead = made_up_detection(sentence, trigger, "ASSAULT", ABDUCTION, mode="abduct")
    (out,) = harmed_abductees([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


def test_a_death_coded_separately_is_no_harm_to_abductees() -> None:
    paragraph = "Gunmen kidnapped a trader near Gao after a herder was found dead (coded separately)."
    lead = made_up_detection(paragraph, "kidnapped", "ASSAULT", ABDUCTION, mode="abduct")
    (out,) = harmed_abductees([lead], lead_scope(without_coded_apart(paragraph)))
    assert out.type.acled_sub_event_type == ABDUCTION


def test_only_an_abduction_is_retyped_for_its_harm() -> None:
    paragraph = "Gunmen kidnapped and raped two women near Gao and killed one of them."
    lead = made_up_detection(paragraph, "kidnapped", "ASSAULT", SEXUAL_VIOLENCE)
    (out,) = harmed_abductees([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == SEXUAL_VIOLENCE
