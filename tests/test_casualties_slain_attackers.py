"""An attacker the police kill is one of the dead besides his victims, as the archive counts him."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.slain_attackers import tells_slain_attacker
from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "the attacker the police killed is counted besides the victims",
            (
                "A gunman opened fire on a diner late Friday before police shot him dead. "
                "The attack left a 30-year-old waitress dead. Two customers were wounded.",
                2,
                2,
            ),
            (
                "A gunman who killed three people last week had threatened his classmates in 2010. "
                "It was his final brush with the law until he died in a shootout with deputies on Friday.",
                4,
                None,
            ),
            (
                "A man killed his neighbor on Monday. "
                "Police said he was shot and killed by a deputy an hour later.",
                2,
                None,
            ),
        ),
        *rule(
            "the attacker the police killed, told by his name, is counted besides the victims",
            (
                "A gunman killed a clerk at a bakery on Friday. "
                "Officers later shot Kellan Moss to death two blocks away.",
                2,
                None,
            ),
            (
                "A man shot a neighbor dead on Elm Street and wounded a trooper. "
                "Other troopers returned fire and fatally wounded Moss.",
                2,
                1,
            ),
            (
                "A gunman killed a cook at a diner on Friday. "
                "Police found the note after shooting him dead in an alley.",
                2,
                None,
            ),
        ),
        *rule(
            "the attacker named as the subject of his death at the police's hands is counted besides"
            " the victims",
            (
                "Two clerks were shot and killed at a gas station on Sunday night. "
                "Darwin Pell was shot and killed in a gun battle with troopers an hour later.",
                3,
                None,
            ),
            (
                "A gunman killed a nurse at a clinic on Friday. "
                "Pell was fatally shot in a gunfight with deputies near the river.",
                2,
                None,
            ),
            (
                "A man killed his landlord on Elm Street on Monday. "
                "Darwin Pell was shot and killed by officers an hour later.",
                2,
                None,
            ),
        ),
        *rule(
            "a report the police give of someone else's act is not the police killing him",
            (
                "A woman was killed on Elm Street on Friday. "
                "Police said the neighbor shot Kellan Moss to death after an argument.",
                1,
                None,
            ),
        ),
        *rule(
            "the attacker alone dead is one death",
            (
                "Officers shot and killed the suspect after he opened fire. "
                "The suspect was pronounced dead at the scene.",
                1,
                None,
            ),
            (
                "A shooting on Elm Street left one man dead and a trooper injured. "
                "One of the men fired at officers before police killed him.",
                1,
                1,
            ),
        ),
        *rule(
            "an attacker told dead after the police's shots is counted besides the victims",
            (
                "Two brothers were shot and killed and their aunt was wounded at a farmhouse on Sunday. "
                "The suspect died after being shot by state troopers.",
                3,
                1,
            ),
            (
                "A gunman killed a cashier at a pharmacy on Friday. "
                "He died at a hospital an hour later after officers shot him in the parking lot.",
                2,
                None,
            ),
        ),
        *rule(
            "a victim told dead after someone else's shots is no attacker",
            (
                "Two brothers were shot and killed at a farmhouse on Sunday. "
                "The older one died after being shot by a neighbor.",
                2,
                None,
            ),
        ),
        *rule(
            "a count that takes the attacker in adds no one",
            (
                "Five people were killed, including the suspect, on Sunday. "
                "The shooter was killed by police officers at the library.",
                5,
                None,
            ),
        ),
    ],
)
def test_an_attacker_killed_by_police_is_one_of_the_dead(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("text", "slain"),
    [
        *rule(
            "a name told dead in a fight with the police tells the attacker slain",
            ("Moss was shot and killed in a firefight with deputies.", True),
            ("Kellan Moss died in an exchange of gunfire with deputies.", True),
            ("Moss was killed by police after he fired at them.", True),
        ),
        *rule(
            "a capitalised pronoun is no name",
            ("It was unclear whether anyone was killed by police.", False),
        ),
        *rule(
            "a name told dead without the police is no attacker slain",
            ("Moss was shot and killed during a robbery.", False),
        ),
    ],
)
def test_a_named_attacker_slain_by_police(text: str, slain: bool) -> None:
    assert tells_slain_attacker(text) is slain
