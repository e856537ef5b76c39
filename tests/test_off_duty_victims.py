"""Specs for an armed victim ACLED counts a civilian: off duty, retired, former, unarmed, or hit at his own
home, told in the lead's sentence or a later one of its paragraph."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection

from kronika.events.victim_rules import armed_targets, off_duty_victims


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Gunmen shot and killed an off-duty policeman near a bus stop.", "killed", "Attack"),
        ("Unknown men stabbed and killed a retired soldier in the village.", "killed", "Attack"),
        ("Armed men attacked a police officer at his house in the suburb.", "attacked", "Attack"),
        ("A soldier was shot dead outside his home by unknown men.", "shot", "Attack"),
        ("Bandits ambushed three militiamen who were unarmed on the quarry road.", "ambushed", "Attack"),
        # on duty, or a fight, a shootout or a raid told: the clash stands
        ("Gunmen shot and killed a policeman at a checkpoint.", "killed", "Armed clash"),
        ("A former soldier was killed in a shootout with police near the river.", "killed", "Armed clash"),
        ("A retired officer was killed during a police raid at his house.", "killed", "Armed clash"),
        ("Two off-duty soldiers were killed in clashes with rebels near the town.", "killed", "Armed clash"),
        # no armed victim at all: left to the rules on civilian victims
        ("Gunmen shot at a trader outside his home.", "shot", "Armed clash"),
    ],
)
def test_an_off_duty_armed_victim_makes_a_clash_an_attack(sentence: str, trigger: str, expected: str) -> None:
    """ACLED's attack is violence against civilians, and a policeman or soldier off duty, retired or at
    home is one: a lead read as a clash whose sentence names such a victim, and no fight, is an attack."""
    (out,) = off_duty_victims(
        [made_up_detection(sentence, trigger, "ASSAULT", "Armed clash")], lead_scope(sentence)
    )
    assert_sub_type(out, expected)


def test_only_a_clash_becomes_an_attack() -> None:
    """A lead of another sub-type (mob violence by residents) is left as it is."""
    sentence = "Residents beat and injured an off-duty policeman at the market."
    (out,) = off_duty_victims(
        [made_up_detection(sentence, "beat", "ASSAULT", "Mob violence")], lead_scope(sentence)
    )
    assert out.type.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a later sentence says the armed victim was off duty or unarmed: a civilian to ACLED
        (
            "Gunmen killed a police officer in Talamo town on 3 March. Victim assumed to be off-duty and "
            "unarmed at time of attack.",
            "Attack",
        ),
        ("Assailants shot two soldiers near the ferry landing. The soldiers were unarmed.", "Attack"),
        ("Men on a motorbike wounded a policeman in Rivo. He was off duty at the time.", "Attack"),
        # armed all the same, or nothing said of it: the clash stands
        (
            "Gunmen shot a soldier near the depot. The soldier, off duty but armed with a rifle, fired back.",
            "Armed clash",
        ),
        ("Gunmen killed a police officer in Talamo town. The killers fled on foot.", "Armed clash"),
    ],
)
def test_a_later_sentence_can_say_the_armed_victim_was_a_civilian(paragraph: str, expected: str) -> None:
    """The paragraph's later sentence may tell what the lead's does not: that its policeman or soldier was
    off duty or unarmed. A lead read as a clash is then an attack."""
    assert lead_retyped(off_duty_victims, paragraph, "ASSAULT", "Armed clash").type.acled_sub_event_type == (
        expected
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Gunmen killed a police officer in Talamo town. Victim assumed to be off-duty.", "Attack"),
        ("Militants ambushed two militiamen who were unarmed near the well.", "Attack"),
        ("Gunmen killed a police officer in Talamo town. The killers fled on foot.", "Armed clash"),
    ],
)
def test_an_attack_on_a_victim_said_unarmed_stays_an_attack(paragraph: str, expected: str) -> None:
    """Nor does an attack on such a victim become a clash for naming a policeman or soldier."""
    assert lead_retyped(armed_targets, paragraph, "ASSAULT", "Attack").type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Gunmen killed a policeman in Talamo [unclear from the report whether he was off duty].",
            "Armed clash",
        ),
        ("Gunmen killed a soldier near the depot. It is not clear if he was unarmed.", "Armed clash"),
        ("Gunmen killed a policeman in Talamo [assumed off duty].", "Attack"),
    ],
)
def test_a_hedged_off_duty_is_no_statement(paragraph: str, expected: str) -> None:
    """A coder's doubt whether the victim was off duty or unarmed says neither: the armed victim stands."""
    assert lead_retyped(armed_targets, paragraph, "ASSAULT", "Attack").type.acled_sub_event_type == expected
