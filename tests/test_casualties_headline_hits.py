"""A headline that counts only people hit and tells no death bounds the story's dead: those beyond its
count are another incident's, recalled in the telling."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.headline_hits import opening_count, within_hits
from kronika.model import Casualties

RECALLED = (
    "Four people were wounded in a drive-by shooting on Alder Street on Friday night, police said. "
    "Neighbors said the block has seen too much violence. "
    "A man was shot and killed at the corner store two years ago."
)


@pytest.mark.parametrize(
    ("toll", "headline", "title", "expected"),
    [
        *rule(
            "dead beyond the people the headline counts hit are dropped",
            (Casualties(1, 4), Casualties(None, 4), "Four shot on Alder Street", Casualties(0, 4)),
            (Casualties(1, 1), Casualties(None, 1), "Boy wounded by stray bullet", Casualties(0, 1)),
            (Casualties(2, 3), Casualties(None, 4), "4 hurt in drive-by", Casualties(1, 3)),
        ),
        *rule(
            "a toll within the headline's count is kept",
            (Casualties(1, 3), Casualties(None, 4), "Four shot on Alder Street", Casualties(1, 3)),
            (Casualties(None, 4), Casualties(None, 4), "Four shot on Alder Street", Casualties(None, 4)),
        ),
        *rule(
            "a headline telling a death, or naming a victim identified or mourned, bounds nothing",
            (Casualties(1, 1), Casualties(None, 1), "Man shot near park dies", Casualties(1, 1)),
            (Casualties(1, 1), Casualties(None, 1), "Boy shot on Elm Street identified", Casualties(1, 1)),
            (Casualties(1, 1), Casualties(None, 1), "Teen shot as his brother is mourned", Casualties(1, 1)),
            (Casualties(1, 1), Casualties(1, 1), "Man shot dead, woman hurt", Casualties(1, 1)),
        ),
        *rule(
            "more dead than the headline counts hit are the incident's whole toll",
            (Casualties(6, 1), Casualties(None, 1), "Victim home from hospital", Casualties(6, 1)),
        ),
        *rule(
            "a headline opening on its count of people hit bounds the hurt too",
            (Casualties(None, 5), Casualties(None, 4), "4 wounded in drive-by", Casualties(None, 4)),
            (Casualties(1, 9), Casualties(None, 7), "Police: 7 shot at block party", Casualties(0, 7)),
            (
                Casualties(None, 6),
                Casualties(None, 5),
                "5 shot, 1 pistol-whipped at party",
                Casualties(None, 6),
            ),
        ),
        *rule(
            "a headline counting victims clause by clause does not open on its count",
            (Casualties(None, 5), Casualties(None, 3), "2 men, 3 women shot in Elmwood", Casualties(None, 5)),
        ),
        *rule(
            "a headline counting no one bounds nothing",
            (Casualties(1, 4), Casualties(), "Shooting on Alder Street", Casualties(1, 4)),
        ),
    ],
)
def test_within_hits(toll: Casualties, headline: Casualties, title: str, expected: Casualties) -> None:
    assert within_hits(toll, headline, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Four shot in Alder Street drive-by", Casualties(0, 4)),
        ("One killed, four hurt in Alder Street drive-by", Casualties(1, 4)),
    ],
)
def test_a_story_recalling_an_earlier_death_keeps_to_its_headlines_count(
    nlp: Language, title: str, expected: Casualties
) -> None:
    toll = story_toll(nlp, RECALLED, "Four people", title)
    assert (toll.fatalities or 0, toll.injured) == (expected.fatalities, expected.injured)


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("4 wounded in drive-by shooting", 4),
        ("Four People Shot At House Party", 4),
        ("Deputies: 3 teens were shot near school", 3),
        ("5 shot, 1 pistol-whipped at party", 6),
        ("Shooting leaves 4 wounded", None),
        ("2 men, 3 women shot in Elmwood", None),
    ],
)
def test_opening_count(title: str, count: int | None) -> None:
    assert opening_count(title) == count
