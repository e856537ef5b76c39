"""Specs for violence done with artillery: ACLED codes it as shelling whoever it hit, so an attack told in a
paragraph that names artillery, mortars or shells is shelling, not an attack on civilians."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.artillery import shelled_attacks
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, SHELLING


@pytest.mark.parametrize(
    ("paragraph", "trigger", "expected"),
    [
        *rule(
            "an attack told where artillery, mortars or shells are named is shelling",
            ("A mortar round struck a bus in Gao. Four passengers were killed.", "killed", SHELLING),
            ("Troops shelled the outskirts of Kadugli, killing two farmers.", "killing", SHELLING),
            ("Two children were killed when artillery fire hit their school in Kidal.", "killed", SHELLING),
        ),
        *rule(
            "shells of a crowd's dispersal or a gun's casings are no artillery",
            ("Police fired tear gas shells at the crowd and beat a trader in Pabna.", "beat", ATTACK),
            ("Gunmen shot a farmer near Mopti. Empty shells were found at the scene.", "shot", ATTACK),
        ),
        *rule(
            "an attack told with no artillery stays an attack",
            ("Gunmen killed two farmers near Mopti.", "killed", ATTACK),
        ),
        *rule(
            "artillery and small arms fired at soldiers in sight make a battle",
            (
                "Militants fired mortars and rifles at the army post in Gao, killing a soldier.",
                "killing",
                ARMED_CLASH,
            ),
        ),
    ],
)
def test_an_attack_done_with_artillery_is_shelling(paragraph: str, trigger: str, expected: str) -> None:
    lead = made_up_detection(paragraph, trigger, "ASSAULT", ATTACK, text=paragraph)
    (out,) = shelled_attacks([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)
    assert out.type.plover == "ASSAULT"


def test_only_an_attack_is_coded_as_shelling() -> None:
    paragraph = "Militants fired mortars at the army base in Gao. Two soldiers were killed."
    lead = made_up_detection(paragraph, "killed", "ASSAULT", ARMED_CLASH, text=paragraph)
    (out,) = shelled_attacks([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == ARMED_CLASH


def test_an_attack_past_the_paragraph_is_left_alone() -> None:
    text = "A shell hit a market in Gao.\n\nIn another incident, gunmen killed a trader in Mopti."
    lead = made_up_detection("gunmen killed a trader in Mopti.", "killed", "ASSAULT", ATTACK, text=text)
    (out,) = shelled_attacks([lead], lead_scope(text, text.index("\n")))
    assert out.type.acled_sub_event_type == ATTACK
