"""An attacker hurt in his own attack is one injured besides his victims, as the archive counts him; a link
to a related story set inside the story leaves it to go on after the link."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.wounded_attackers import tells_wounded_attacker, with_wounded_attacker
from kronika.model import Casualties


@pytest.mark.parametrize(
    ("text", "told"),
    [
        *rule(
            "an attacker told hurt besides others, or hit by the police's fire",
            ("The gunman was also wounded in the exchange.", True),
            ("The suspect, who was himself shot in the leg, is in stable condition.", True),
            ("Officers said one of the suspects was hit by return fire from two deputies.", True),
            ("The armed suspect was wounded by a state trooper near the bridge.", True),
            ("The alleged shooter went to a clinic after getting shot himself.", True),
            ("Ramos, who was also injured in the fight, was booked into the county jail.", True),
        ),
        *rule(
            "a victim, a miss or the attacker's death is no hurt attacker",
            ("A woman, who was also injured in the fight, was taken to a hospital.", False),
            ("The suspect was shot at by the store's owner but fled.", False),
            ("The gunman was shot and killed by police.", False),
            ("The suspect was also shot and later died at a hospital.", False),
            ("The suspect's car was also hit by gunfire.", False),
            ("Ramos was also injured in the fight.", False),
        ),
    ],
)
def test_an_attacker_told_hurt(text: str, told: bool) -> None:
    assert tells_wounded_attacker(text) is told


@pytest.mark.parametrize(
    ("injured", "victims", "wounded", "taken_in", "counted"),
    [
        *rule(
            "the hurt attacker is one besides the victims the other sentences count",
            (3, 3, [False, True], False, 4),
            (2, 1, [True, False], False, 2),
        ),
        *rule(
            "no victims counted apart, no hurt attacker told, or a count taking him in: nothing added",
            (1, None, [True], False, 1),
            (3, 3, [False, False], False, 3),
            (6, 6, [True, False], True, 6),
        ),
    ],
)
def test_a_hurt_attacker_is_counted_once(
    injured: int | None, victims: int | None, wounded: list[bool], taken_in: bool, counted: int | None
) -> None:
    assert with_wounded_attacker(injured, victims, wounded, taken_in) == counted


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "the attacker told hurt is counted besides the victims",
            (
                "A shooting outside a bar in Elkford left one man dead and two others wounded. "
                "Police arrested Tomas Ramos on Tuesday. Ramos, who was himself injured in the gunfire, was "
                "booked into the county jail.",
                1,
                3,
            ),
            (
                "Two suspects fired at deputies outside a pharmacy on Sunday, striking a deputy in the arm. "
                "Officers said one of the suspects was hit by return fire from two deputies.",
                None,
                2,
            ),
        ),
        *rule(
            "a count that takes the attacker in adds no one",
            (
                "Four people were shot at a fair in Elkford, including the suspected shooter. "
                "The suspect was shot by a trooper and is likely to survive.",
                None,
                4,
            ),
        ),
        *rule(
            "the attacker alone told hurt is one injured",
            (
                "A deputy shot a suspect outside a pharmacy on Sunday. "
                "The suspect was wounded by the deputy.",
                None,
                1,
            ),
        ),
        *rule(
            "a related story's link inside the story leaves the rest of the story counted",
            (
                "A shooting outside a bar in Elkford left one man dead and two others wounded.\n\n"
                "RELATED ARTICLE - 3 killed in weekend shootings across the county.\n\n"
                "Tomas Ramos, who was also injured in the gunfire, was booked into the county jail.",
                1,
                3,
            ),
        ),
    ],
)
def test_an_attacker_hurt_in_his_attack_is_one_of_the_injured(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
