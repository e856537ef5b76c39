"""Deaths a toll of people does not count: a plea that someone not die, a child not yet born, an animal, a
machine that stopped."""

from __future__ import annotations

import pytest
from builders import story_toll
from spacy.language import Language

from kronika.model import Casualties

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        # a plea is no report of a death
        (
            "Three teenagers were shot near a school on Monday. "
            '"Please don\'t let my son die," his mother said she prayed on the way to the hospital.',
            None,
            3,
        ),
        ('Two men were wounded on Elm Street. "Lord, let him live," a neighbor said.', None, 2),
        # one who let someone die is told as doing it: a death
        ("Doctors let the man die after he was shot in the head on Friday.", 1, None),
        # a child not yet born is not among the dead; the mother is among the hurt
        ("A pregnant woman was shot on Friday and her unborn baby was killed.", None, 1),
        ("The gunfire killed a woman's unborn child and wounded four others on Friday.", None, 4),
        ("The gunfire killed a woman and her son on Friday.", 2, None),
    ],
)
def test_a_plea_or_an_unborn_child_adds_no_death(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        # an animal killed or shot is no one's casualty; the people hit beside it still count
        ("Deputies shot a pit bull that attacked them on Friday, and the dog is dead.", None, None),
        ("Police could not confirm that the dog was killed in the shooting on Friday.", None, None),
        ("A man was charged on Friday with killing police dog Rex during a chase.", None, None),
        # an animal's word naming a person's trade is no animal: the trader is among the dead
        ("Border guards shot dead a cattle trader on Friday.", 1, None),
        ("A cattle trader was killed by border guards on Friday.", 1, None),
        # an animal's word as a man's name: he is among the dead
        ("Officer Lamb was killed in the shootout on Friday.", 1, None),
        # the animal beside the victim is not the one killed
        ("A man who was walking his dog was killed on Saturday.", 1, None),
    ],
)
def test_an_animal_is_no_casualty(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        # a vehicle or a device told to have died stopped working: no one's death
        ("A tow truck hauled away an old SUV which died on the ramp after a man was shot.", None, 1),
        ("His SUV died on the interstate, and he was shot as he walked home.", None, 1),
        ("The family's RV died on the highway and a man was shot.", None, 1),
        ("The man's truck died on the highway, and he was shot as he walked home.", None, 1),
        # a person told to have died beside a vehicle is among the dead
        ("The driver of the car died after he was shot on Friday.", 1, None),
        ("Police said the man who had died was shot in the chest.", 1, None),
    ],
)
def test_a_machine_that_died_is_no_casualty(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
