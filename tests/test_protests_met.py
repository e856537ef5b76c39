"""Specs for what a peaceful lead protest met, as its paragraph tells it: a later mention of the protest read
as one with intervention is police action only where its sentence names the police or force; a protest
the paragraph tells as attacked, by police or a rival crowd, met an intervention; so did people an attack's
paragraph tells attacked while they were protesting, and a crowd tear gas was fired at."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.attacked_protests import (
    attacked_protest,
    attacked_while_protesting,
    harmed_returning,
    others_attacked_protest,
    tear_gassed_crowd,
)
from kronika.events.lead_steps import PARAGRAPH_STEPS, run_steps
from kronika.events.protest_police import protest_interventions
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, INTERVENTION
from kronika.events.taxonomy import EXCESSIVE_FORCE as EXCESSIVE
from kronika.events.taxonomy import MOB_VIOLENCE as MOB
from kronika.events.taxonomy import PEACEFUL_PROTEST as PEACEFUL
from kronika.events.taxonomy import VIOLENT_DEMONSTRATION as VIOLENT


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a later mention of the protest whose sentence names no police or force is no police action",
            ("Nurses jeered the minister in Galle. Union members were among the protesters.", PEACEFUL),
            ("Nurses jeered the minister in Galle. Two unions joined the protesters later.", PEACEFUL),
        ),
        *rule(
            "one whose sentence names the police still makes the protest met with intervention",
            ("Nurses jeered the minister in Galle. Police pushed the protesters back.", INTERVENTION),
            ("Nurses jeered the minister in Galle. Officers surrounded the protesters.", INTERVENTION),
            ("Nurses jeered the minister in Galle. An officer stood among the protesters.", INTERVENTION),
        ),
    ],
)
def test_a_later_mention_read_as_intervention_needs_police(paragraph: str, expected: str) -> None:
    lead = made_up_detection(paragraph.split(". ")[0] + ".", "jeered", "PROTEST", PEACEFUL)
    later = paragraph.split(". ")[1]
    mention = made_up_detection(later, "protesters", "PROTEST", INTERVENTION, confidence=0.3, text=paragraph)
    out = protest_interventions([lead, mention], paragraph, 0, len(paragraph))
    assert out[0].type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a protest told as attacked, by police or a rival crowd, met an intervention",
            (
                "Workers staged a sit-in in Rangpur. Their sit-in was attacked by the union's rivals.",
                INTERVENTION,
            ),
            (
                "Workers staged a sit-in in Rangpur. Rival activists attacked the protesters with sticks.",
                INTERVENTION,
            ),
            (
                "Workers marched in Rangpur and the procession was beaten up by ruling party men.",
                INTERVENTION,
            ),
        ),
        *rule(
            "marchers told as having come under attack were attacked",
            (
                "Workers marched in Rangpur. Six were hurt when they came under attack from rival activists.",
                INTERVENTION,
            ),
            ("Students rallied in Bogura; their procession came under an attack by youths.", INTERVENTION),
        ),
        *rule(
            "an attack the protest is against, or told of its people earlier, is its grievance",
            ("Workers marched in Rangpur, condemning the attack on protesters in the capital.", PEACEFUL),
            ("Journalists marched in Rangpur for colleagues who were attacked at protests in May.", PEACEFUL),
            ("Workers marched in Rangpur demanding that men who attacked the sit-in be tried.", PEACEFUL),
            ("Workers marched in Rangpur for a colleague who came under attack at the mill.", PEACEFUL),
        ),
        *rule(
            "an attack told in passing, not on the protest, changes nothing",
            ("Workers marched in Rangpur after gunmen attacked a bus near the town.", PEACEFUL),
        ),
    ],
)
def test_a_protest_told_as_attacked_met_an_intervention(paragraph: str, expected: str) -> None:
    trigger = paragraph.split()[1]
    lead = made_up_detection(paragraph.split(". ")[0], trigger, "PROTEST", PEACEFUL)
    (out,) = attacked_protest([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


def test_only_a_peaceful_lead_is_retyped_as_attacked() -> None:
    paragraph = "Workers staged a sit-in in Rangpur. Their sit-in was attacked by the union's rivals."
    lead = made_up_detection("Workers staged a sit-in in Rangpur.", "staged", "PROTEST", VIOLENT)
    (out,) = attacked_protest([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == VIOLENT


@pytest.mark.parametrize(
    ("paragraph", "reading", "expected"),
    [
        *rule(
            "people attacked while they were protesting were a protest met with intervention",
            (
                "Party men assaulted six traders in Sylhet as they were protesting against a tax.",
                ATTACK,
                INTERVENTION,
            ),
            (
                "Youth wing members beat students in Khulna while they were staging a human chain.",
                ATTACK,
                INTERVENTION,
            ),
            (
                "Nurses were hurt in Feni when a gang attacked them while they were demonstrating for pay.",
                MOB,
                INTERVENTION,
            ),
        ),
        *rule(
            "so were people attacked who had brought out a procession or were staging a rally",
            (
                "Eight were hurt in Tamok as party men chased farmers who had brought out a procession.",
                MOB,
                INTERVENTION,
            ),
            (
                "Party cadres assaulted four weavers in Feni who were staging a human chain against a tax.",
                ATTACK,
                INTERVENTION,
            ),
        ),
        *rule(
            "not attackers told after 'by' who were staging the rally themselves",
            (
                "Two guards were hurt in Tamok in an attack by cadres who were staging a rally.",
                MOB,
                MOB,
            ),
        ),
        *rule(
            "an attack on people doing anything else, or a clash, is left as read",
            ("A gang attacked nurses in Feni. The nurses were demonstrating for pay the next day.", MOB, MOB),
            ("Party men assaulted six traders in Sylhet as they were opening their shops.", ATTACK, ATTACK),
            (
                "Rival activists clashed in Khulna while the former were holding a rally.",
                MOB,
                MOB,
            ),
        ),
        *rule(
            "only an attack or mob violence is retyped",
            (
                "Gunmen fought troops in Khulna while they were marching to the border.",
                ARMED_CLASH,
                ARMED_CLASH,
            ),
        ),
    ],
)
def test_people_attacked_while_protesting_met_an_intervention(
    paragraph: str, reading: str, expected: str
) -> None:
    sentence = paragraph.split(". ")[0]
    lead = made_up_detection(sentence, sentence.split()[2], "ASSAULT", reading)
    (out,) = attacked_while_protesting([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "tear gas fired at a crowd is force on a protest, not an attack",
            ("Police fired tear gas at traders marching against a market levy in Kisumu.", INTERVENTION),
            ("Officers lobbed teargas to disperse a crowd outside the county hall in Nyeri.", INTERVENTION),
            ("Riot police used tear gas on supporters of a losing candidate in Embu.", INTERVENTION),
            ("Police broke up a sit-in of nurses in Kandy. They fired tear gas.", INTERVENTION),
            ("Police fired tear gas at striking teachers outside the ministry in Nairobi.", INTERVENTION),
        ),
        *rule(
            "so does tear gas named last in a list of what was fired or used",
            (
                "Guards broke up a rally of porters in Kosti, using clubs, iron rods and tear gas.",
                INTERVENTION,
            ),
            (
                "Police dispersed a crowd of fishermen in Mombasa, firing rubber bullets and teargas.",
                INTERVENTION,
            ),
            ("Police used dogs, water cannon, batons, or tear gas on marchers in Eldoret.", INTERVENTION),
        ),
        *rule(
            "so is fire into the air over a crowd",
            ("Police fired three rounds in the air to disperse marchers in Nakuru.", INTERVENTION),
            ("Soldiers fired warning shots at a crowd of traders in Thika.", INTERVENTION),
            ("Police fired into the air near a house in Nyeri after a quarrel.", ATTACK),
        ),
        *rule(
            "a killing or live fire told with it is left as read",
            ("Police fired tear gas and live bullets at marchers in Kisumu.", ATTACK),
            ("Police fired tear gas at a crowd in Nyeri, and one man was shot.", ATTACK),
            ("Police fired tear gas at a crowd in Nyeri. Two people died.", ATTACK),
        ),
        *rule(
            "tear gas with no crowd, or a crowd with no tear gas, is left as read",
            ("Police fired tear gas into a house in Nyeri, hurting a child.", ATTACK),
            ("Police beat traders marching against a market levy in Kisumu.", ATTACK),
            ("Police used batons on marchers in Eldoret. Tear gas was sold in the market.", ATTACK),
        ),
    ],
)
def test_tear_gas_fired_at_a_crowd_is_an_intervention(paragraph: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0] + ("." if ". " in paragraph else "")
    lead = made_up_detection(sentence, sentence.split()[1], "ASSAULT", ATTACK, text=paragraph)
    (out,) = tear_gassed_crowd([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


def test_only_an_attack_is_taken_for_a_tear_gassed_crowd() -> None:
    paragraph = "Police fired tear gas at rioters who looted shops in Kisumu."
    lead = made_up_detection(paragraph, "fired", "ASSAULT", MOB)
    (out,) = tear_gassed_crowd([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == MOB


def test_a_tear_gassed_crowd_that_threw_stones_is_a_violent_demonstration() -> None:
    paragraph = "Police fired tear gas at traders marching in Kisumu. The traders threw stones at them."
    sentence = paragraph.split(". ")[0] + "."
    lead = made_up_detection(sentence, "fired", "ASSAULT", ATTACK, text=paragraph)
    (out,) = run_steps(PARAGRAPH_STEPS, [lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == VIOLENT


@pytest.mark.parametrize(
    ("paragraph", "reading", "expected"),
    [
        *rule(
            "a protest others than the state attacked, no one killed or badly hurt, met an intervention",
            (
                "Eight traders were hurt in Bogura when rival activists attacked their human chain.",
                EXCESSIVE,
                INTERVENTION,
            ),
            (
                "Youth wing men beat nurses in Barishal while they were staging a sit-in for pay.",
                EXCESSIVE,
                INTERVENTION,
            ),
            (
                "Twelve party workers were injured when they were assaulted by rivals as they made their way "
                "to a rally in Pabna.",
                EXCESSIVE,
                INTERVENTION,
            ),
        ),
        *rule(
            "police, a killing, grave harm, lethal weapons or a clash leave excessive force as read",
            ("Police beat nurses in Barishal while they were staging a sit-in.", EXCESSIVE, EXCESSIVE),
            (
                "Rival activists attacked a procession of teachers in Jessore, and one teacher was killed.",
                EXCESSIVE,
                EXCESSIVE,
            ),
            (
                "Rival activists attacked a procession of teachers in Jessore, four seriously injured.",
                EXCESSIVE,
                EXCESSIVE,
            ),
            (
                "Rival activists armed with lethal weapons attacked a procession of teachers in Jessore.",
                EXCESSIVE,
                EXCESSIVE,
            ),
            (
                "Rival activists attacked a procession of teachers in Jessore. The two sides clashed.",
                EXCESSIVE,
                EXCESSIVE,
            ),
        ),
        *rule(
            "people attacked before, whom the protest stands up for, are its grievance",
            (
                "Teachers marched in Jessore against activists who attacked their rally last week.",
                EXCESSIVE,
                EXCESSIVE,
            ),
        ),
        *rule(
            "only a lead read as excessive force is retyped",
            ("Rival activists attacked a procession of teachers in Jessore.", VIOLENT, VIOLENT),
        ),
    ],
)
def test_a_protest_others_attacked_without_grave_harm_met_an_intervention(
    paragraph: str, reading: str, expected: str
) -> None:
    lead = made_up_detection(paragraph, paragraph.split()[2], "PROTEST", reading)
    (out,) = others_attacked_protest([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("sentence", "read", "expected"),
    [
        *rule(
            "people harmed on their way back from a rally were attacked, not protesting",
            (
                "Police beat twelve cadets of the party as they were returning from a rally in Bogura.",
                INTERVENTION,
                ATTACK,
            ),
            (
                "Four union members were stabbed on their way home from a procession in Khulna.",
                EXCESSIVE,
                ATTACK,
            ),
            (
                "Rivals attacked a councillor when he was coming back from a party meeting in Pabna.",
                PEACEFUL,
                ATTACK,
            ),
        ),
        *rule(
            "a return from a rally with no harm told, or harm with no return, is left as read",
            (
                "Traders marched in Bogura and went back home after returning from the rally.",
                PEACEFUL,
                PEACEFUL,
            ),
            ("Police beat twelve cadets of the party at a rally in Bogura.", INTERVENTION, INTERVENTION),
        ),
        *rule(
            "a riot read is left to the crowd's rules",
            ("Activists returning from a rally in Bogura attacked shops.", VIOLENT, VIOLENT),
        ),
    ],
)
def test_people_harmed_coming_back_from_a_rally_were_attacked(
    sentence: str, read: str, expected: str
) -> None:
    lead = made_up_detection(sentence, sentence.split()[1], "PROTEST", read)
    (out,) = harmed_returning([lead], lead_scope(sentence))
    assert_sub_type(out, expected)
