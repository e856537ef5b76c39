"""Another shooting told as set before the story's ('a prior gang shooting last year', 'the same house where
two teens were wounded on June 9', 'killed in earlier clashes') lends a news story none of its toll."""

from __future__ import annotations

from datetime import date

import pytest
from builders import detection_on, rule
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.casualties.recalled import earlier_elsewhere

LEAD = (
    "A man was shot and killed on Alder Street in Millbrook on Friday night, police said.\n\n"
    "A woman was also wounded.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "another shooting set before the story's by its own time",
            ("The men were rivals of those targeted in another nearby shooting last month.", True),
            ("Neighbors recalled another shooting about two months ago on the same block.", True),
            ("It was an earlier attack two weeks ago that left a boy dead.", True),
        ),
        *rule(
            "the story's place told as where others were shot before",
            ("It took place at the same house where two teens were wounded on June 9, 2013.", True),
            ("The same corner where two men were killed last year was quiet on Monday.", True),
        ),
        *rule(
            "a war's or a protest movement's other days, told as earlier",
            ("Two workers have been killed in earlier clashes.", True),
            ("Dozens were hurt during previous protests in the town.", True),
            ("Two workers were killed in the clashes.", False),
        ),
        *rule(
            "another shooting told with no earlier time, or the story's own place, is not",
            ("In another shooting, two men were hurt.", False),
            ("Another man was shot last week.", False),
            ("Detectives found the gun at the same corner where the man was shot.", False),
        ),
    ],
)
def test_earlier_elsewhere(text: str, expected: bool) -> None:
    assert earlier_elsewhere(text) is expected


@pytest.mark.parametrize(
    ("recalled", "expected"),
    [
        *rule(
            "a sentence telling another, earlier shooting adds none of its toll",
            (
                "The shooting took place at the same house where two teens were wounded on June 9, 2013.",
                (1, 1),
            ),
            (
                "Investigators believe the pair were feuding with the men hit in a prior gang shooting "
                "last year that killed two and hurt three.",
                (1, 1),
            ),
        ),
        *rule(
            "nor does the toll of a protest movement's earlier clashes",
            ("Two people have been killed in earlier clashes over the plant.", (1, 1)),
        ),
        *rule(
            "the story's own place told again keeps its toll",
            ("Detectives found the gun at the same corner where the man was shot.", (1, 1)),
        ),
    ],
)
def test_a_story_keeps_its_own_toll_beside_an_earlier_shooting(
    nlp: Language, recalled: str, expected: tuple[int, int]
) -> None:
    text = LEAD + recalled
    toll = count_casualties(
        nlp(text), detection_on(text, "A man was"), "Man killed in Millbrook shooting", date(2016, 5, 2)
    )
    assert (toll.fatalities or 0, toll.injured or 0) == expected
