"""A headline counting its dead by a verb of killing ('3 men fatally shot') gives the story's dead, and a
sentence telling a toll of years back ('killing 9 in a mall six years ago') lends the story none."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.headline_tolls import counted_dead
from kronika.casualties.recalled import long_ago
from kronika.casualties.sentence_tally import title_tally
from kronika.model import Casualties


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        *rule(
            "a count before a verb of killing is the dead",
            ("Police: 4 men fatally shot outside Elmwood bar", 4),
            ("5 teens found shot to death in Oakdale field", 5),
            ("Three fatally shot near Elmwood park; family seeks answers", 3),
            ("2 people —including a 14-year-old girl— were shot dead in van on Pine Street", 2),
            ("Two women, including a nurse, shot and killed in Oakdale", 2),
        ),
        *rule(
            "one named before 'and' is one more of the dead",
            ("Mother and three sons found dead inside Elmwood home", 4),
            ("A grandfather and two girls found dead in Oakdale", 3),
        ),
        *rule(
            "a count of someone's kin, an age, several incidents or a time long past counts no dead",
            ("Father of 4 fatally shot outside Elmwood store", None),
            ("7-year-old shot to death in Oakdale", None),
            ("3 fatally shot in weekend shootings across Elmwood", None),
            ("Family of girl, 2 fatally shot last year, marches in Oakdale", None),
        ),
    ],
)
def test_the_dead_a_headline_counts_by_a_verb_of_killing(title: str, expected: int | None) -> None:
    assert counted_dead(title) == expected


@pytest.mark.parametrize(
    ("title", "killed"),
    [
        ("Police: 4 men fatally shot outside Elmwood bar", 4),
        ("Mother and three sons found dead inside Elmwood home", 4),
        ("Father of 4 fatally shot outside Elmwood store", 1),
    ],
)
def test_the_headline_tally_takes_the_counted_dead(title: str, killed: int) -> None:
    assert title_tally(title).killed == killed


@pytest.mark.parametrize(
    ("title", "killed"),
    [
        *rule(
            "an arrest or a charge in a killing tells someone died",
            ("3 Oakdale teens charged in killing", 1),
            ("Two indicted in death of 5-year-old Elmwood boy", 1),
            ("Woman arrested in slaying of Pine Street neighbor", 1),
            ("Teen held for murder of Oakdale classmate", 1),
            ("Man charged with murder of his landlord", 1),
        ),
        *rule(
            "a charge of manslaughter is a charge in a killing",
            ("Elmwood man charged with manslaughter for shooting roommate", 1),
            ("Teen charged with involuntary manslaughter after Oakdale party", 1),
        ),
        *rule(
            "an attempt, a murder-suicide or a headline with no charge tells no death by this rule",
            ("Man charged with attempted murder in Elmwood shooting", None),
            ("Man charged with attempted manslaughter in Elmwood fight", None),
            ("Oakdale teen charged in alleged murder-suicide plot", None),
            ("Neighbors remember Elmwood teen", None),
        ),
    ],
)
def test_a_headline_on_a_charge_in_a_killing_tells_a_death(title: str, killed: int | None) -> None:
    assert title_tally(title).killed == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a toll of years back is an earlier incident's",
            ("A gunman killed nine and wounded 40 in a mall in Oakdale six years ago.", True),
            ("Two others died in a car crash years ago.", True),
            ("It was the second time in the family, after her nephew was shot a year earlier.", True),
            ("It was the second loss for the family, after his nephew was killed two years earlier.", True),
            ("Decades ago, four men were killed on the same corner.", True),
            ("A year and a half ago, a 10-year-old boy was killed by a stray bullet on Pine Street.", True),
        ),
        *rule(
            "a sentence naming a recent or calendar day tells its own incident",
            ("A man shot two years ago died of his wounds on Tuesday.", False),
            ("On 3 March 2021, a trader was killed in Elmwood, where a market burned five years ago.", False),
            ("Officers said the driver was shot in the neck and died on the spot.", False),
        ),
    ],
)
def test_a_sentence_telling_a_toll_of_years_back(text: str, expected: bool) -> None:
    assert long_ago(text) is expected


@pytest.mark.slow
def test_a_toll_of_years_back_lends_the_story_nothing(nlp: Language) -> None:
    text = (
        "A man was shot and killed outside a store on Oak Street on Friday night. "
        "It came in the city where a gunman killed nine and wounded 40 in a mall six years ago."
    )
    assert story_toll(nlp, text, "A man was shot") == Casualties(1, None)
