"""Specs for vigilantes harming a suspected culprit: with no fight, force or protest told, a lead read as an
attack or an armed clash is mob violence."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.taxonomy import ARMED_CLASH, ATTACK, MOB_VIOLENCE, VIOLENT_DEMONSTRATION
from kronika.events.vigilante_justice import vigilante_justice


@pytest.mark.parametrize(
    ("paragraph", "reading", "expected"),
    [
        *rule(
            "vigilantes who harmed a suspected thief, robber or witch were a mob",
            ("A vigilante group shot dead three suspected burglars in Eldoret.", ARMED_CLASH, MOB_VIOLENCE),
            ("A band of vigilantes beat a man to death over suspected theft in Kisii.", ATTACK, MOB_VIOLENCE),
            ("Vigilantes lynched an alleged witch near Kakamega. She died there.", ATTACK, MOB_VIOLENCE),
        ),
        *rule(
            "a fight, a force, a militia or no culprit told stays as read",
            (
                "Vigilante youths clashed with suspected cattle rustlers near Bor, leaving three dead.",
                ARMED_CLASH,
                ARMED_CLASH,
            ),
            ("Police shot dead two vigilantes who had beaten a suspected thief in Nyeri.", ATTACK, ATTACK),
            ("A vigilante militia killed two suspected robbers near Kaya.", ATTACK, ATTACK),
            ("A vigilante group attacked a trader in Thika, wounding him.", ATTACK, ATTACK),
            ("Vigilantes beat a suspected thief in Embu.", VIOLENT_DEMONSTRATION, VIOLENT_DEMONSTRATION),
        ),
    ],
)
def test_vigilantes_who_harmed_a_suspect_were_a_mob(paragraph: str, reading: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0]
    lead = made_up_detection(sentence, sentence.split()[-4], "ASSAULT", reading)
    (out,) = vigilante_justice([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)
