"""The counts a text states by its words alone (`text_counts`): a shooting verb with no count, a
headline's one victim, kin counted after 'of', a year, victims told by their age."""

from __future__ import annotations

import pytest
from builders import rule

from kronika.casualties.patterns import StatedCount, text_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a shooting verb without a count of people is no toll",
            ("He kept shooting two rounds at the target.", []),
            ("The shooting wounds were minor.", []),
        ),
        *rule(
            "a headline opening on one victim counts that victim",
            # a headline drops 'was': 'Toddler shot' is one person shot, not a toddler shooting
            ("Toddler shot while riding in back seat", [("shot", 1)]),
            ("Police: Riverside Teen Shot Near Bus Stop", [("shot", 1)]),
            ("Girl, 9, found fatally shot in apartment", [("killed", 1)]),
            ("Police: Lakeside teenager shot to death near school", [("killed", 1)]),
            ("Woman killed in shooting identified", [("killed", 1)]),
            ("6-month-old baby shot while in stroller", [("shot", 1)]),
            # an adverb of how it happened does not hide the victim
            ("12-year-old boy accidentally shot while hunting", [("shot", 1)]),
            # the victim's town between the age and the noun
            ("21-year-old Elmwood man dead after accidental shooting", [("killed", 1)]),
            ("UPDATE: 2-year-old Marion boy injured in accidental shooting", [("injured", 1)]),
            ("Teen in serious condition after being shot", [("injured", 1)]),
            # a juvenile or a youth, as police call a minor
            ("Female Juvenile Killed After Accidental Shooting", [("killed", 1)]),
            ("Youth wounded in shooting near park", [("injured", 1)]),
            ("Man killed his brother, police say", []),
            ("Man shot his neighbour over a fence", []),
            ("The man shot at the officers before fleeing.", []),
        ),
        *rule(
            "a headline on one victim who died tells one death, whatever words follow the dying verb",
            ("Teen dies after apartment complex shooting", [("killed", 1)]),
            ("Police: Elmwood man dies of gunshot wound", [("killed", 1)]),
            ("Woman dead following Riverside shooting", [("killed", 1)]),
            ("Man dies when rifle goes off during cleaning", [("killed", 1)]),
            ("15-year-old teen killed in shooting near school", [("killed", 1)]),
            # one who killed, or died otherwise than the verb opening on him says, is told otherwise
            ("Man who died in crash identified", []),
            ("Teen killed brother, police say", []),
        ),
        *rule(
            "a headline on a later death counted by its order counts the dead",
            ("Third man dies after shooting at dice game", [("killed", 3)]),
            ("Police: 2nd victim has died in bar shooting", [("killed", 2)]),
            ("4th victim of Elm Street shooting dies after days in hospital", [("killed", 4)]),
            ("Third shooting in a week on Elm Street", []),
        ),
        *rule(
            "a number after 'of' counts kin, not the dead",
            ("Mother of 3 killed in crash on Route 9", []),
            ("3 killed in crash on Route 9", [("killed", 3)]),
        ),
        *rule(
            "two counts joined in one subject add up",
            ("Three boys and two adults were found dead on Sunday", [("killed", 5)]),
            ("Police said a man and two women were shot outside the club", [("shot", 3)]),
            ("Two men were shot outside the club", [("shot", 2)]),
        ),
        *rule(
            "a headline's count of people shot may name them with an age word",
            ("3 teen girls shot near Elm Street park", [("shot", 3)]),
            ("Two young men shot outside the club", [("shot", 2)]),
        ),
        *rule(
            "a headline calls its one victim slain or in a condition",
            ("Slain teen identified as Elmwood student", [("killed", 1)]),
            ("Metro police: Officer serious but stable after Friday shooting", [("injured", 1)]),
            ("Boy, 9, critical after being shot in the arm", [("injured", 1)]),
            ("Deputy in critical condition after traffic stop", [("injured", 1)]),
            # a headline that names no victim states nothing
            ("Critical questions remain after the council vote", []),
        ),
        *rule(
            "a headline on one shooting victim dead or in a condition",
            ("Teenage shooting victim found dead on porch identified", [("killed", 1), ("shot", 1)]),
            ("Man dead after shooting on Elm Street", [("killed", 1)]),
            ("Shooting victim in critical condition", [("injured", 1), ("shot", 1)]),
        ),
        *rule(
            "a headline opening on one shooting victim tells one person hit, whatever else it tells",
            ("Elmwood shooting victim flags down a passing bus", [("shot", 1)]),
            ("Shooting victim walks into emergency room", [("shot", 1)]),
            # his kin, or victims counted, are told otherwise
            ("Family of teen shooting victim asks for help", []),
            ("Shooting victims recover at home", []),
        ),
        *rule(
            "a year closing a written date is no count",
            ("Posted March 3, 2016 Man dead after a shootout", []),
            ("Jan. 9, 2017 two wounded at a bar", [("injured", 2)]),
            ("On May 2, 2016 two men killed in a crash", [("killed", 2)]),
        ),
        *rule(
            "a family of a count told dead counts that many dead",
            ("Family of three dies in Elmwood house fire shooting", [("killed", 3)]),
            (
                "A family of six, including four children, was found shot to death in their farmhouse.",
                [("killed", 6)],
            ),
            ("Police: family of 4 found dead inside Riverside apartment", [("killed", 4)]),
            # the family of one victim told by age, or a family shot whose dead another count tells
            ("Family of 12-year-old killed at bus stop asks for answers", []),
            ("He is accused of shooting a family of four and wounding a neighbor.", []),
        ),
        *rule(
            "the other victims described after the dead lived",
            ("The other three victims were a woman, 18, and two men, 22 and 21.", [("injured", 3)]),
            # the other victims said to be dead, or only named, are no survivors
            ("The other two victims were killed.", [("killed", 2)]),
            ("The names of the other three victims were withheld.", []),
        ),
    ],
)
def test_the_counts_a_text_states(text: str, expected: list[tuple[str, int]]) -> None:
    assert list(text_counts(text)) == [StatedCount(*pair) for pair in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8-year-old shot, killed in Eastfield, 2 others hurt", True),
        ("Family mourns after 16-year-old girl found fatally shot in car", True),
        ("Riverton boy, 7, dies from accidental gunshot wound", True),
        # a title-case headline, and one naming the victim's town between the age and the noun
        ("11-Year-Old Boy Dies After Being Shot", True),
        ("9-year-old Riverton girl dies of accidental gunshot wound", True),
        ("9-year-old Riverton girl shot in the leg", False),
        ("A 30-year-old man was shot to death outside a bar.", True),
        ("A man, 30, was shot in the wrist.", False),
        ("The 12-year-old boy was shot and is in stable condition.", False),
    ],
)
def test_one_victim_told_by_age_who_died(text: str, expected: bool) -> None:
    assert (StatedCount("killed", 1) in list(text_counts(text))) is expected
