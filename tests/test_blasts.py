"""Specs for explosions' sub-types: ACLED codes a blast followed by gunfire, or an ambush initiated by one,
as an armed clash, not a remote explosive; and explosives thrown as a grenade attack, not a mob's violence."""

from __future__ import annotations

from datetime import date

import pytest
from builders import assert_sub_type, made_up_detection, rule
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.blasts import blast_then_fire, explosives_thrown
from kronika.model import Article

IED = "Remote explosive/landmine/IED"
CLASH = "Armed clash"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        *rule(
            "a blast followed by gunfire, or an ambush it opened, is an armed clash",
            (
                "A roadside bomb exploded near Tarmiya and was followed by gunshots that killed two guards.",
                "exploded",
                CLASH,
            ),
            (
                "Rebels ambushed a patrol near Kiro, an attack initiated by the detonation of a mine.",
                "ambushed",
                CLASH,
            ),
            ("Militants set off an IED and then opened fire on the convoy.", "set off", CLASH),
        ),
        *rule(
            "a blast alone, or one that hit civilians, stays a remote explosive",
            ("A roadside bomb exploded near Tarmiya and killed two guards.", "exploded", IED),
            ("A bomb hit a bus of farmers and was followed by gunfire from the hills.", "hit", IED),
        ),
    ],
)
def test_a_blast_that_opens_a_gunfight_is_an_armed_clash(sentence: str, trigger: str, expected: str) -> None:
    found = blast_then_fire(made_up_detection(sentence, trigger, "ASSAULT", IED))
    assert_sub_type(found, expected)


def test_other_violence_is_left_alone() -> None:
    detection = made_up_detection(
        "Gunmen shot a guard and then a bomb exploded.", "shot", "ASSAULT", "Attack"
    )
    assert blast_then_fire(detection).type.acled_sub_event_type == "Attack"


@pytest.mark.parametrize(
    ("sentence", "trigger", "read_as", "expected"),
    [
        *rule(
            "explosives or grenades thrown are a grenade attack",
            ("Gunmen hurled explosives at the county offices in Lafey.", "hurled", "Mob violence", "Grenade"),
            (
                "Two men threw a hand grenade at a police post, wounding a guard.",
                "wounding",
                "Attack",
                "Grenade",
            ),
        ),
        *rule(
            "a crowd's or a fight's throwing stays as read",
            (
                "A mob hurled explosives at the police station in Lafey.",
                "hurled",
                "Mob violence",
                "Mob violence",
            ),
            (
                "Rebels threw grenades at troops and clashed with them.",
                "clashed",
                "Armed clash",
                "Armed clash",
            ),
            ("Youths threw stones at a police post in Lafey.", "threw", "Mob violence", "Mob violence"),
        ),
    ],
)
def test_explosives_thrown_are_a_grenade_attack(
    sentence: str, trigger: str, read_as: str, expected: str
) -> None:
    found = explosives_thrown(made_up_detection(sentence, trigger, "ASSAULT", read_as))
    assert_sub_type(found, expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen hurled explosives at the county offices in Lafey.", "hurled explosives"),
        ("Two men threw explosives at a police post near the market.", "threw explosives"),
        ("Militants lobbed explosives into the army camp overnight.", "lobbed explosives"),
    ],
)
def test_the_lexicon_reads_explosives_thrown_as_a_grenade_attack(
    nlp: Language, text: str, trigger: str
) -> None:
    """Explosives hurled, thrown or lobbed are a trigger of their own: a grenade attack, not the damage
    it did or a mob's violence."""
    article = Article(id="t", text=text, published=date(2020, 5, 3))
    found = [d for d in load_detector().detect(nlp(text), article) if d.trigger.text == trigger]
    assert found and found[0].type.acled_sub_event_type == "Grenade"
