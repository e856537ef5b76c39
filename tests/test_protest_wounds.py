"""Specs for what a protest's paragraph tells of harm: wounds from live fire on a protest met with force, and
forces firing on its crowd, make excessive force against protesters; a thing told as damaged ('the damaged
road') is a state, mostly the protest's grievance, not damage the crowd did."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.discourse import burning_barricades, calm_protest, retype_lead
from kronika.events.protest_force import bullet_wounds, fired_on_crowd
from kronika.events.protest_police import protest_interventions
from kronika.events.taxonomy import ARRESTS, INTERVENTION
from kronika.events.taxonomy import EXCESSIVE_FORCE as EXCESSIVE
from kronika.events.taxonomy import PEACEFUL_PROTEST as PEACEFUL
from kronika.events.taxonomy import VIOLENT_DEMONSTRATION as VIOLENT


@pytest.mark.parametrize(
    ("text", "sub", "expected"),
    [
        *rule(
            "people wounded by bullets at a protest met with force met excessive force",
            (
                "Traders marched in Tangail. Fifteen were hurt, three with bullets, as police charged them.",
                INTERVENTION,
                EXCESSIVE,
            ),
            (
                "Workers marched on the mill; two sustained bullet injuries when guards dispersed them.",
                INTERVENTION,
                EXCESSIVE,
            ),
            (
                "Pupils marched in Kitale and one suffered gunshot wounds as police broke it up.",
                INTERVENTION,
                EXCESSIVE,
            ),
        ),
        *rule(
            "rubber bullets are no live fire",
            (
                "Pupils marched in Kitale and two had rubber bullet wounds after police fired.",
                INTERVENTION,
                INTERVENTION,
            ),
        ),
        *rule(
            "a crowd that fought back riots, whoever was shot: left to the riot rules",
            (
                "Traders marched in Tangail and threw stones; three were hurt with bullets.",
                INTERVENTION,
                INTERVENTION,
            ),
        ),
        *rule(
            "a protest read as peaceful tells wounds of its grievance",
            (
                "Traders marched in Tangail over a shooting that left two with bullet wounds.",
                PEACEFUL,
                PEACEFUL,
            ),
        ),
    ],
)
def test_wounds_from_live_fire_make_excessive_force(text: str, sub: str, expected: str) -> None:
    lead = made_up_detection(text.split(". ")[0], "marched", "PROTEST", sub)
    (out,) = bullet_wounds([lead], lead_scope(text))
    assert_sub_type(out, expected)
    assert out.type.plover == "PROTEST"


@pytest.mark.parametrize(
    ("text", "sub", "peaceful", "expected"),
    [
        *rule(
            "forces who fired on the crowd used live fire: excessive force, whether or not anyone was hit",
            (
                "Tenants marched in Gweru. Soldiers later opened fire on the marchers.",
                INTERVENTION,
                False,
                EXCESSIVE,
            ),
            (
                "Vendors rallied in Kisii. Officers arrived and started to shoot at the protesters' stalls.",
                PEACEFUL,
                False,
                EXCESSIVE,
            ),
            (
                "Vendors rallied in Kisii. Guards fired into the crowd; nobody was hurt.",
                PEACEFUL,
                False,
                EXCESSIVE,
            ),
        ),
        *rule(
            "fire short of live rounds is left to the other rules",
            (
                "Tenants marched in Gweru. Police fired rubber bullets at the marchers.",
                INTERVENTION,
                False,
                INTERVENTION,
            ),
            (
                "Tenants marched in Gweru. Police fired tear gas at the crowd.",
                INTERVENTION,
                False,
                INTERVENTION,
            ),
            (
                "Tenants marched in Gweru. Police fired into the air over the crowd.",
                INTERVENTION,
                False,
                INTERVENTION,
            ),
        ),
        *rule(
            "a crowd that fought back riots, whoever fired: left to the riot rules",
            (
                "Tenants marched in Gweru and threw rocks; police fired on the crowd.",
                INTERVENTION,
                False,
                INTERVENTION,
            ),
        ),
        *rule(
            "firing the protest is about is its grievance",
            (
                "Tenants marched in Gweru against a unit that fired on protesters in 2019.",
                PEACEFUL,
                False,
                PEACEFUL,
            ),
            ("Tenants marched in Gweru to condemn police firing on a crowd.", PEACEFUL, False, PEACEFUL),
        ),
        *rule(
            "a sure peaceful reading of the paragraph stands",
            (
                "Tenants marched in Gweru. Soldiers later opened fire on the marchers.",
                PEACEFUL,
                True,
                PEACEFUL,
            ),
        ),
        *rule(
            "only a protest read as peaceful or met with intervention is recoded",
            (
                "Tenants marched in Gweru. Soldiers later opened fire on the marchers.",
                VIOLENT,
                False,
                VIOLENT,
            ),
        ),
    ],
)
def test_forces_firing_on_the_crowd_make_excessive_force(
    text: str, sub: str, peaceful: bool, expected: str
) -> None:
    lead = made_up_detection(
        text.split(". ")[0], "marched" if "marched" in text else "rallied", "PROTEST", sub
    )
    (out,) = fired_on_crowd([lead], lead_scope(text, peaceful=peaceful))
    assert_sub_type(out, expected)
    assert out.type.plover == "PROTEST"


def test_the_lead_rules_apply_forces_firing_on_the_crowd() -> None:
    text = "Tenants marched in Gweru. Soldiers later opened fire on the marchers."
    lead = made_up_detection("Tenants marched in Gweru.", "marched", "PROTEST", PEACEFUL)
    (out,) = retype_lead([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == EXCESSIVE


def test_the_lead_rules_apply_live_fire_wounds() -> None:
    text = "Traders marched in Tangail. Fifteen were hurt, three with bullets, as police charged them."
    lead = made_up_detection("Traders marched in Tangail.", "marched", "PROTEST", INTERVENTION)
    (out,) = retype_lead([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == EXCESSIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a thing told as damaged, after its determiner, is a state: no damage the crowd did",
            ("Villagers marched to the council. They want the damaged bridge rebuilt.", PEACEFUL),
            ("Farmers marched to the district office to seek help for their burnt houses.", PEACEFUL),
        ),
        *rule(
            "damage the crowd did still makes a riot",
            ("Villagers marched to the council and damaged the gate.", VIOLENT),
            ("Villagers marched to the council. They damaged the bridge rebuilt last year.", VIOLENT),
            ("Villagers marched and smashed windows near the damaged bridge.", VIOLENT),
        ),
    ],
)
def test_a_thing_told_as_damaged_is_no_damage_done(text: str, expected: str) -> None:
    lead = made_up_detection(text.split(". ")[0], "marched", "PROTEST", PEACEFUL)
    (out,) = burning_barricades([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a protest read as a riot whose only violence word is a thing told as damaged is peaceful",
            ("Villagers marched to the council. They want the damaged bridge rebuilt.", PEACEFUL),
            ("Farmers marched to the district office to seek help for their burnt houses.", PEACEFUL),
        ),
        *rule(
            "damage the crowd did keeps it a riot",
            ("Villagers marched to the council. They damaged the gate.", VIOLENT),
        ),
    ],
)
def test_a_thing_told_as_damaged_does_not_keep_a_protest_violent(text: str, expected: str) -> None:
    lead = made_up_detection(text.split(". ")[0], "marched", "PROTEST", VIOLENT)
    (out,) = calm_protest([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a protest read as met with excessive force whose own words tell no harm met an intervention",
            (
                "Drivers staged a convoy protest in Dayton. Police towed two cars and arrested nine.",
                INTERVENTION,
            ),
            (
                "Drivers staged a convoy protest in Dayton against a cyclist's killing. Police held nine.",
                INTERVENTION,
            ),
        ),
        *rule(
            "harm told keeps excessive force",
            ("Drivers staged a convoy protest in Dayton. Police shot two of them.", EXCESSIVE),
            ("Drivers staged a convoy protest in Dayton. Officers beat the drivers with batons.", EXCESSIVE),
            ("Drivers staged a convoy protest in Dayton. Nine were hurt when police charged.", EXCESSIVE),
        ),
    ],
)
def test_force_that_harmed_no_one_is_an_intervention(paragraph: str, expected: str) -> None:
    lead = made_up_detection(paragraph.split(". ")[0], "staged", "PROTEST", EXCESSIVE)
    (out,) = retype_lead([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "police who tried to arrest, stop or block someone acted on the protest, even if they failed",
            (
                "Nurses rallied in Galle. Police tried to arrest a speaker but the crowd stopped them.",
                INTERVENTION,
            ),
            ("Nurses rallied in Galle. Officers attempted to block the march at the bridge.", INTERVENTION),
        ),
        *rule(
            "police who did not try left it peaceful",
            ("Nurses rallied in Galle. Police watched from the bridge.", PEACEFUL),
        ),
    ],
)
def test_police_who_tried_to_arrest_intervened(paragraph: str, expected: str) -> None:
    lead = made_up_detection(paragraph.split(". ")[0], "rallied", "PROTEST", PEACEFUL)
    (out,) = protest_interventions([lead], paragraph, 0, len(paragraph))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "people the protest's sentence tells as detained are whom it is for, not its own arrest",
            (
                "Forty people rallied in Elgin in solidarity with migrants detained at a county centre.",
                PEACEFUL,
            ),
            ("Relatives marched in Nuwara Eliya for the students who were detained last year.", PEACEFUL),
        ),
        *rule(
            "an arrest the protest met still makes it one with intervention",
            ("Forty people rallied in Elgin and police detained six of them.", INTERVENTION),
        ),
    ],
)
def test_people_told_as_detained_are_the_protests_cause(sentence: str, expected: str) -> None:
    trigger = sentence.split()[2]
    lead = made_up_detection(sentence, trigger, "PROTEST", PEACEFUL)
    arrest = made_up_detection(sentence, "detained", "COERCE", ARRESTS, mode="arrest", confidence=0.5)
    out = protest_interventions([lead, arrest], sentence, 0, len(sentence))
    assert out[0].type.acled_sub_event_type == expected
