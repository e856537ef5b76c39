"""Specs for people harmed and no one taken: a detection read as an abduction whose sentence tells people
beaten, hurt or killed, and no one abducted, held, detained or missing, is an attack (the abduction the
classifier read is another sentence's); a sentence that tells anyone carried off stays an abduction."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, made_up_detection, rule

from kronika.events.acled_rules import SURE_READING, acled_conventions
from kronika.events.taxonomy import ABDUCTION, ARMED_CLASH, ATTACK


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        *rule(
            "people harmed and no one taken were attacked",
            ("Armed herders beat four farmers working in their fields near Tawila.", "beat", ATTACK),
            ("Gunmen stabbed and wounded two traders on the road to Kebkabiya.", "stabbed", ATTACK),
            ("A woman was whipped by militiamen outside the camp at Zamzam.", "whipped", ATTACK),
            ("Raiders shot a herder in the leg near the wells of Umm Sidir.", "shot", ATTACK),
        ),
        *rule(
            "a sentence telling anyone carried off, held or missing stays an abduction",
            ("Gunmen beat two farmers and abducted their sons near Tawila.", "beat", ABDUCTION),
            ("Militiamen assaulted a trader and took him away to their camp.", "assaulted", ABDUCTION),
            ("Two herders injured by raiders are still missing near Umm Sidir.", "injured", ABDUCTION),
            ("Rebels detained and tortured a teacher at their checkpoint.", "tortured", ABDUCTION),
            ("Raiders wounded a driver and held his passengers for ransom.", "wounded", ABDUCTION),
        ),
        *rule(
            "a sentence telling no harm stays an abduction",
            ("Gunmen stopped a bus and forced three passengers into the bush.", "forced", ABDUCTION),
        ),
    ],
)
def test_harm_without_anyone_taken_is_an_attack(sentence: str, trigger: str, expected: str) -> None:
    lead = made_up_detection(sentence, trigger, "ASSAULT", ABDUCTION, mode="beat")
    assert_sub_type(acled_conventions(lead, SURE_READING), expected)


def test_only_an_abduction_reading_is_retyped() -> None:
    sentence = "Rebels shot and wounded two soldiers at the checkpoint in Tawila."
    lead = made_up_detection(sentence, "shot", "ASSAULT", ARMED_CLASH)
    assert_sub_type(acled_conventions(lead, SURE_READING), ARMED_CLASH)
