"""Specs for a riot told only as a clash: with no demonstration, demand or act of protest in its paragraph it
is a mob's violence, ACLED's mob violence, not a demonstration turned violent."""

from __future__ import annotations

import pytest
from builders import made_up_detection, rule

from kronika.events.mob_clashes import clash_without_demand
from kronika.events.taxonomy import ATTACK, acled_event_type
from kronika.events.taxonomy import MOB_VIOLENCE as MOB
from kronika.events.taxonomy import VIOLENT_DEMONSTRATION as VIOLENT


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a clash told with no demonstration or demand is the mob's",
            ("Twelve people were hurt as party activists clashed with police at a crossroads in Pabna.", MOB),
            ("A clash between law enforcers and party men left one dead in Natore on 3 March 2014.", MOB),
            ("Villagers clashed with the police in Kushtia. Four officers were injured.", MOB),
        ),
        *rule(
            "a clash told with a protest, a demand or an act of protest stays a violent demonstration",
            ("Party activists clashed with police during a protest in Pabna.", VIOLENT),
            ("Students clashed with police in Khulna, demanding their exam be postponed.", VIOLENT),
            ("Party activists clashed with police while enforcing a hartal in Pabna.", VIOLENT),
            ("Traders blocked the highway in Feni and clashed with police.", VIOLENT),
            ("Rioters clashed with the police in Kushtia.", VIOLENT),
            ("Workers marched on the mill. They later clashed with guards.", VIOLENT),
        ),
        *rule(
            "violence with no clash told is left to the other rules",
            ("Party activists vandalised ten cars in Pabna.", VIOLENT),
        ),
    ],
)
def test_a_clash_with_no_demand_is_mob_violence(paragraph: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0]
    lead = made_up_detection(sentence, sentence.split()[1], "ASSAULT", VIOLENT)
    (out,) = clash_without_demand([lead], paragraph, 0, len(paragraph))
    assert out.type.acled_sub_event_type == expected
    assert out.type.acled_event_type == acled_event_type(expected)
    assert out.type.plover == "ASSAULT"


def test_only_a_violent_demonstration_is_retyped() -> None:
    paragraph = "Twelve people were hurt as party activists clashed with police at a crossroads in Pabna."
    lead = made_up_detection(paragraph, "clashed", "ASSAULT", ATTACK)
    (out,) = clash_without_demand([lead], paragraph, 0, len(paragraph))
    assert out.type.acled_sub_event_type == ATTACK
