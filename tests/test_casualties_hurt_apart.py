"""People a sentence tells hurt each by a noun of their own beside those it tells shot ('a man was shot and
a woman was grazed') are everyone it names hit, not one person told twice; someone grazed by nothing named
was skimmed by a bullet; and a victim told as 'each other' or 'one another' is the doers themselves ('two
men shot each other': both were hit)."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "someone hurt, named apart beside someone shot, is one more hit",
            ("A woman was grazed by a bullet and a man was shot in the leg on Birch Street.", None, 2),
            ("A man was shot in the leg and a woman was wounded near a bus stop in Lakeview.", None, 2),
            ("A man was shot in the leg and his wife was grazed in the arm on Fir Lane.", None, 2),
        ),
        *rule(
            "someone grazed, by nothing named, was skimmed by a bullet",
            ("A man was shot dead and a woman was grazed on Spruce Street late Friday.", 1, 1),
            ("A man was shot in the arm and his wife was grazed outside their home on Fir Lane.", None, 2),
        ),
        *rule(
            "one person told shot and hurt is one",
            ("A man was shot and wounded outside a store on Elm Road.", None, 1),
            ("A man was struck in the torso and was taken to a trauma unit with serious injuries.", None, 1),
            ("A teenager was injured in Elmwood after he accidentally shot his foot with a rifle.", None, 1),
        ),
        *rule(
            "a graze by something named other than a gun is no one's wound",
            ("A boy was grazed by a car on Elm Street on Saturday.", None, None),
        ),
        *rule(
            "a count of people shot may take in whom the sentence tells hurt",
            ("Two men were shot near a diner on Ash Street, and a man was wounded in the arm.", None, 2),
        ),
        *rule(
            "'each other' and 'one another' are the doers, each hit by the other",
            ("Two men exchanged gunfire outside a bar on Oak Street, wounding each other.", None, 2),
            ("Two cousins shot each other during an argument in a parking lot on Main Street.", None, 2),
            ("Two neighbors shot one another in a dispute over a fence on Cedar Road.", None, 2),
        ),
        *rule(
            "shots fired at each other hit no one the sentence names",
            ("Two men fired at each other outside a bar on Oak Street.", None, None),
        ),
    ],
)
def test_hurt_apart_and_each_other(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
