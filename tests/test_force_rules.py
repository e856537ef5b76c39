"""Specs for the rules that read a state's forces by force_words' core: each takes every core word (police in
any form, an officer or soldier alone, troops, the army, military, gendarmes, security forces) besides the
extras it names."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.acled_rules import acled_conventions
from kronika.events.crowd_rules import protest_harm
from kronika.events.mob_clashes import unarmed_attack
from kronika.events.state_beatings import state_beatings
from kronika.events.taxonomy import (
    ARMED_CLASH,
    ATTACK,
    EXCESSIVE_FORCE,
    MOB_VIOLENCE,
    VIOLENT_DEMONSTRATION,
)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        *rule(
            "two of a state's forces clashing, any core word on either side, fought as armed sides",
            (
                "Regional security forces clashed with city police at the bus station in Garbo.",
                "clashed",
                ARMED_CLASH,
            ),
            (
                "A soldier clashed with a border guard at the river crossing near Kurmuk.",
                "clashed",
                ARMED_CLASH,
            ),
            ("A clash between gendarmes and the army left two hurt near Dori.", "clash", ARMED_CLASH),
        ),
        *rule(
            "a crowd's clash with a force stays the mob's",
            ("Traders clashed with security forces at the market in Garbo.", "clashed", MOB_VIOLENCE),
        ),
    ],
)
def test_forces_clashing_with_forces_by_the_core(sentence: str, trigger: str, expected: str) -> None:
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", MOB_VIOLENCE), 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "a force's man by any core word hurt at a protest was hurt by its crowd",
            (
                "An army captain was injured when marchers hurled bombs at the rally in Dinajpur.",
                VIOLENT_DEMONSTRATION,
            ),
            ("Two gendarmes were wounded during a demonstration in Kaya.", VIOLENT_DEMONSTRATION),
        ),
        *rule(
            "protesters hurt at a protest were harmed",
            ("Two students were wounded during a demonstration in Kaya.", EXCESSIVE_FORCE),
        ),
    ],
)
def test_a_force_hurt_at_a_protest_by_any_core_word(sentence: str, expected: str) -> None:
    found = protest_harm(
        made_up_detection(sentence, "wounded" if "wounded" in sentence else "injured", "ASSAULT", ATTACK)
    )
    assert found.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "an unarmed attack by men the paragraph calls a force's, by any core word, stays an attack",
            ("A group attacked two herders in Bama. Military sources did not mention any weapons.", ATTACK),
            ("A group attacked two herders in Bama. Ansar members said no weapons were used.", ATTACK),
        ),
        *rule(
            "an unarmed attack naming no force is the mob's",
            ("A group attacked two herders in Bama. The report did not mention any weapons.", MOB_VIOLENCE),
        ),
    ],
)
def test_an_unarmed_attack_naming_any_core_force_stays_as_read(paragraph: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0] + "."
    lead = made_up_detection(sentence, "attacked", "ASSAULT", ATTACK, text=paragraph)
    (out,) = unarmed_attack([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "a force's men by any core word who beat someone attacked",
            ("Troops beat two herders at a checkpoint outside Bama.", ATTACK),
            ("Gendarmes assaulted a moto driver at the toll gate in Kaya.", ATTACK),
            ("Military personnel tortured a fisherman on the island of Sadia.", ATTACK),
            ("A carpenter was beaten by security forces at a roadblock in Gedo.", ATTACK),
        ),
        *rule(
            "men named only by their village or trade stay mob violence",
            ("Villagers beat two herders at a well outside Bama.", MOB_VIOLENCE),
        ),
    ],
)
def test_a_beating_by_any_core_force_is_an_attack(sentence: str, expected: str) -> None:
    lead = made_up_detection(sentence, sentence.split()[1], "ASSAULT", MOB_VIOLENCE)
    (out,) = state_beatings([lead], lead_scope(sentence))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        *rule(
            "a crowd that demanded something came to demonstrate",
            (
                "Traders beat up two officials in Garbo town, demanding the market fees be cut.",
                "beat up",
                VIOLENT_DEMONSTRATION,
            ),
        ),
        *rule(
            "the demand of a programme the victims were heading to is theirs, not the crowd's",
            (
                "Party youths beat up teachers in Garbo town ahead of their rally demanding higher pay.",
                "beat up",
                MOB_VIOLENCE,
            ),
            (
                "Unknown men attacked ten traders on their way to join the march demanding lower rents.",
                "attacked",
                MOB_VIOLENCE,
            ),
            (
                "Students beat up two guards shortly before a planned sit-in demanding a new dean in Garbo.",
                "beat up",
                MOB_VIOLENCE,
            ),
        ),
    ],
)
def test_a_crowds_demand_makes_a_demonstration_not_its_victims(
    sentence: str, trigger: str, expected: str
) -> None:
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", MOB_VIOLENCE), 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        *rule(
            "a protest the victims were heading to, coming back from or that was still to come is theirs",
            (
                "Party youths beat up three members of the union on their way to join its demonstration.",
                "demonstration",
                MOB_VIOLENCE,
            ),
            (
                "Ruling party men assaulted two activists returning from a protest in Garbo town.",
                "protest",
                MOB_VIOLENCE,
            ),
            (
                "Ruling party men assaulted two activists in Garbo town ahead of the opposition's protest.",
                "protest",
                MOB_VIOLENCE,
            ),
        ),
        *rule(
            "the crowd's own demonstration or protest is a demonstration",
            (
                "Traders demonstrated in Garbo town and beat up two council officials.",
                "demonstrated",
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Party youths beat up three members of the union during their demonstration.",
                "demonstration",
                VIOLENT_DEMONSTRATION,
            ),
        ),
    ],
)
def test_a_protest_the_victims_were_heading_to_is_no_demonstration(
    sentence: str, trigger: str, expected: str
) -> None:
    found = acled_conventions(made_up_detection(sentence, trigger, "PROTEST", MOB_VIOLENCE), 0.95)
    assert_sub_type(found, expected)
