"""Specs for armed men abducted: a detection read as an abduction whose sentence tells soldiers, police or
militiamen abducted or kidnapped, none off duty or freed, is an armed clash (ACLED's abductions are of
civilians); civilians abducted, or armed men only among them, stay an abduction, however sure the reading."""

from __future__ import annotations

from datetime import date

import pytest
from builders import assert_sub_type, made_up_detection, rule

from kronika.events.acled_rules import SURE_READING, acled_conventions
from kronika.events.taxonomy import ABDUCTION, ARMED_CLASH, ATTACK
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "soldiers, police or militiamen abducted were taken in a fight",
            ("Suspected militants abducted two volunteer fighters near Tenga.", ARMED_CLASH),
            ("Gunmen kidnapped a police officer at the Oroko junction.", ARMED_CLASH),
            ("Insurgents abducted a member of the Koglweogo while he was travelling to Sabou.", ARMED_CLASH),
            ("Three soldiers were kidnapped by rebels on the road to Mara.", ARMED_CLASH),
            ("Jihadists abducted four Dozo militiamen and a village chief in Kesso.", ARMED_CLASH),
        ),
        *rule(
            "civilians abducted, armed men only among them, off duty or freed, stay an abduction",
            ("Suspected militants abducted two teachers near Tenga.", ABDUCTION),
            ("Militants abducted six farmers including two volunteer fighters near Tenga.", ABDUCTION),
            ("Gunmen abducted an off-duty policeman between Pama and Tiro.", ABDUCTION),
            ("Rebels released two soldiers they had kidnapped in March.", ABDUCTION),
            ("A trader was abducted by militiamen at the Kesso market.", ABDUCTION),
            ("Gunmen kidnapped a soldier's wife at the market in Tolo.", ABDUCTION),
        ),
    ],
)
def test_armed_men_abducted_were_taken_in_a_fight(sentence: str, expected: str) -> None:
    trigger = next(word for word in ("kidnapped", "abducted") if word in sentence)
    lead = made_up_detection(sentence, trigger, "COERCE", ABDUCTION, mode="abduct")
    assert_sub_type(acled_conventions(lead, SURE_READING), expected)


def test_only_an_abduction_reading_is_retyped() -> None:
    sentence = "Gunmen kidnapped a police officer and shot him dead at the Oroko junction."
    lead = made_up_detection(sentence, "kidnapped", "ASSAULT", ATTACK)
    assert_sub_type(acled_conventions(lead, SURE_READING), ATTACK)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("note", "sides"),
    [
        (
            "On 3 May 2019, presumed militants abducted a member of Koglweogo while he was travelling near "
            "Tenga (Tenga, Est).",
            [("Rebels", "REB"), ("Koglweogo", "UAF")],
        ),
        (
            "On 4 June 2020, unidentified gunmen abducted a police officer of the Oroko Division "
            "(Oroko North, Ogun).",
            [("Gunmen", "UAF"), ("Police", "COP")],
        ),
    ],
)
def test_a_side_named_twice_is_listed_once(
    pipeline: Pipeline, note: str, sides: list[tuple[str, str]]
) -> None:
    """The abducted men, named by a phrase and again by their body, are one armed side of the clash."""
    (mention,) = pipeline.mentions(Article("t", note, published=date(2020, 6, 5)))
    assert [(a.name, a.sector) for a in mention.actors] == sides
