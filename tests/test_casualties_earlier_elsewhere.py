"""Another shooting told as set before the story's ('another nearby shooting last month', 'the same address
where three people were shot on March 4') lends a news story none of its toll."""

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
            ("There was another shooting about a month ago at the same park.", True),
            ("It was an earlier attack two weeks ago that left a boy dead.", True),
        ),
        *rule(
            "the story's place told as where others were shot before",
            ("It happened at the same address where three people were shot on March 4, 2015.", True),
            ("The same corner where two men were killed last year was quiet on Monday.", True),
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
                "The shooting happened at the same address where three people were shot on March 4, 2015.",
                (1, 1),
            ),
            (
                "Detectives said the two were likely rivals of the men targeted in another nearby "
                "shooting last month that left two dead and three wounded.",
                (1, 1),
            ),
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
