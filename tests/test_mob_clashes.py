"""Specs for a riot told only as a clash: with no demonstration, demand or act of protest in its paragraph it
is a mob's violence, ACLED's mob violence, not a demonstration turned violent; fought with lethal weapons
or firearms it is an armed clash. A party's men who kill or shoot, no clash or protest told, attack; an
attack the coder says was told with no weapons is a mob's."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection, rule

from kronika.events.mob_clashes import (
    armed_mob_clash,
    clash_without_demand,
    partisan_killing,
    unarmed_attack,
)
from kronika.events.taxonomy import ARMED_CLASH, ATTACK
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
            ("Striking dockers clashed with the port's managers in Mongla.", VIOLENT),
        ),
        *rule(
            "violence with no clash told is left to the other rules",
            ("Party activists vandalised ten cars in Pabna.", VIOLENT),
        ),
    ],
)
def test_a_clash_with_no_demand_is_mob_violence(paragraph: str, expected: str) -> None:
    out = lead_retyped(clash_without_demand, paragraph, "ASSAULT", VIOLENT)
    assert_sub_type(out, expected)
    assert out.type.plover == "ASSAULT"


def test_only_a_violent_demonstration_is_retyped() -> None:
    paragraph = "Twelve people were hurt as party activists clashed with police at a crossroads in Pabna."
    lead = made_up_detection(paragraph, "clashed", "ASSAULT", ATTACK)
    (out,) = clash_without_demand([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == ATTACK


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a clash fought with lethal weapons or firearms is an armed clash",
            ("Two rival factions clashed with lethal weapons over the ferry ghat in Bhola.", ARMED_CLASH),
            (
                "Eight people were hurt in a clash between two groups in Feni. Both sides used firearms.",
                ARMED_CLASH,
            ),
        ),
        *rule(
            "a clash with sticks, stones or no arms named stays the mob's",
            ("Two rival factions clashed with sticks and stones over the ferry ghat in Bhola.", MOB),
            ("Villagers clashed over a pond in Feni. Ten people were hurt.", MOB),
        ),
        *rule(
            "lethal weapons or firearms a note denies name none",
            ("Two groups clashed in Feni. No serious injuries or use of lethal weapons was told.", MOB),
            ("Two groups clashed over a jetty in Bhola. The police found no firearms at the site.", MOB),
            ("Two groups clashed over a jetty in Bhola without firearms.", MOB),
            ("Two groups clashed in Bhola. Nobody died, but both sides used firearms.", ARMED_CLASH),
        ),
        *rule(
            "lethal weapons with no clash told are left to the other rules",
            ("A mob armed with lethal weapons beat a suspected thief in Feni.", MOB),
        ),
    ],
)
def test_a_clash_fought_with_arms_is_an_armed_clash(paragraph: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0]
    lead = made_up_detection(sentence, sentence.split()[2], "ASSAULT", MOB)
    (out,) = armed_mob_clash([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


def test_only_mob_violence_is_taken_for_an_armed_clash() -> None:
    paragraph = "Protesters clashed with police using lethal weapons during a hartal in Bogura."
    lead = made_up_detection(paragraph, "clashed", "ASSAULT", VIOLENT)
    (out,) = armed_mob_clash([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == VIOLENT


@pytest.mark.parametrize(
    ("paragraph", "trigger", "expected"),
    [
        *rule(
            "a party's men who kill or shoot, no clash or protest told, attack",
            ("Youth League activists hacked and killed a shopkeeper in Bhola over a toll.", "hacked", ATTACK),
            ("Ruling party men shot a union council member in Feni. He died in hospital.", "shot", ATTACK),
            ("A farmer was killed by supporters of a local leader in Pabna over a pond.", "killed", ATTACK),
            ("Party cadres attacked a trader with firearms in Bogura, injuring him.", "attacked", ATTACK),
        ),
        *rule(
            "a leader's associates are his men, and a group may be named in up to five words",
            ("A union chairman and his associates beat up and killed a fisherman in Bhola.", "beat", ATTACK),
            ("Supporters of a rival ward candidate attacked and killed a voter in Feni.", "killed", ATTACK),
        ),
        *rule(
            "a death told otherwise is a killing too",
            ("A grocer was beaten to death by a band of men at a cattle market in Nyala.", "beaten", ATTACK),
            ("Party cadres stabbed a ferry operator to death in Bhola over a toll.", "stabbed", ATTACK),
        ),
        *rule(
            "without a killing, a shooting or firearms it stays the mob's",
            ("Youth League activists beat a shopkeeper in Bhola over a toll.", "beat", MOB),
        ),
        *rule(
            "a clash, a protest or the police told keeps the riot",
            ("Party activists killed a man during a clash with rivals in Feni.", "killed", MOB),
            ("Party activists shot a man at a procession in Feni.", "shot", MOB),
            ("Party activists shot a man in Feni. Police arrived later.", "shot", MOB),
        ),
        *rule(
            "the victims' party men are no doers",
            ("Two party men were killed as a mob stormed a market in Feni.", "killed", MOB),
        ),
    ],
)
def test_a_party_s_men_who_kill_attack(paragraph: str, trigger: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0] + ("." if ". " in paragraph else "")
    lead = made_up_detection(sentence, trigger, "ASSAULT", MOB, text=paragraph)
    (out,) = partisan_killing([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


def test_only_a_riot_is_taken_for_a_partisan_attack() -> None:
    paragraph = "Youth League activists hacked and killed a shopkeeper in Bhola over a toll."
    lead = made_up_detection(paragraph, "hacked", "ASSAULT", ARMED_CLASH)
    (out,) = partisan_killing([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == ARMED_CLASH


@pytest.mark.parametrize(
    ("paragraph", "trigger", "expected"),
    [
        *rule(
            "an attack the coder says was told with no weapons is the mob's",
            (
                "Youth wing men beat up a clerk in Pirganj. Report did not indicate the men were armed.",
                "beat",
                MOB,
            ),
            (
                "Villagers hit a teacher in Gaibandha. The report does not indicate if they were armed.",
                "hit",
                MOB,
            ),
            ("A gang attacked two ferrymen in Bhola. The source did not mention weapons.", "attacked", MOB),
            ("Party cadres attacked a union member in Feni. No weapons were used.", "attacked", MOB),
            ("Rival supporters beat a voter in Kurigram; no sharp weapons.", "beat", MOB),
        ),
        *rule(
            "weapons told as borne, none found after the fact, or other things untold keep the attack",
            ("A gang attacked two ferrymen in Bhola with weapons.", "attacked", ATTACK),
            ("A gang attacked two ferrymen in Bhola. No weapons were recovered.", "attacked", ATTACK),
            (
                "A gang attacked two ferrymen in Bhola. The report did not mention the motive.",
                "attacked",
                ATTACK,
            ),
        ),
        *rule(
            "a force's men attack armed or not",
            (
                "Police beat up a vendor in Rangpur. Report did not indicate the officers were armed.",
                "beat",
                ATTACK,
            ),
            ("Soldiers assaulted a farmer in Kassala. No weapons were used.", "assaulted", ATTACK),
        ),
    ],
)
def test_an_attack_told_with_no_weapons_is_mob_violence(paragraph: str, trigger: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0] + ("." if ". " in paragraph else "")
    lead = made_up_detection(sentence, trigger, "ASSAULT", ATTACK, text=paragraph)
    (out,) = unarmed_attack([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


def test_only_an_attack_is_taken_for_a_mob_s() -> None:
    paragraph = "Party activists clashed with rivals in Feni. Report did not indicate the groups were armed."
    lead = made_up_detection(
        paragraph.split(". ")[0] + ".", "clashed", "ASSAULT", ARMED_CLASH, text=paragraph
    )
    (out,) = unarmed_attack([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == ARMED_CLASH
