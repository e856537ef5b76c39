"""A toll told over a stretch of hours or days ('six people shot in four hours') is a round-up's: it lends the
story's one incident nothing, and a headline telling it states nothing of that incident."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.tallies import AGGREGATE
from kronika.model import Casualties


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        *rule(
            "people shot or killed within a stretch of hours or days are a round-up",
            ("With six people shot in four hours, officers were stretched thin.", True),
            ("Five people were killed within four hours on Saturday.", True),
            ("The shootings of nine people in less than 30 hours angered neighbors.", True),
            ("4 people shot to death within 3 days in Elmwood", True),
        ),
        *rule(
            "people counted since a past day are a round-up",
            ("The surge in violence, about 40 shot since May 12 and 9 killed, alarmed the council.", True),
            ("Officers counted 23 people wounded since March 9 in the district.", True),
        ),
        *rule(
            "a day since which one person was missing or held tells no tally",
            ("The woman had been missing since March 14 when her body was found.", False),
            ("He was shot and has been in hospital since August 2.", False),
        ),
        *rule(
            "a toll told over other shootings besides the story's own is a round-up",
            ("Later that night, two other shootings left four people wounded.", True),
            ("Three other non-fatal shootings injured five men across the county.", True),
        ),
        *rule(
            "counted shootings a word tells the kind or time of are a round-up",
            ("Police found no link between two weekend shootings that left one dead.", True),
            ("Toddler, 3 others hurt in 3 overnight shooting incidents in Elmwood", True),
            ("The boy's death follows two fatal shootings on the north side.", True),
            ("Officers are looking into three separate shooting incidents from Friday night.", True),
        ),
        *rule(
            "counted shootings told as linked are one incident's",
            ("2 Elmwood shootings, possibly connected, leave 2 teens wounded", False),
            ("Two weekend shootings that were linked left three hurt.", False),
        ),
        *rule(
            "one other person or one other shooting tells no tally",
            ("Two other people were shot in the leg.", False),
            ("Police are investigating whether one other shooting was linked.", False),
        ),
        *rule(
            "deaths told as not connected are spread over incidents",
            ("Police said the two shooting deaths on Friday night were not connected.", True),
            ("Officers said the deaths are not believed to be related.", True),
        ),
        *rule(
            "one incident told as not connected to another keeps its own toll",
            ("Police said the shooting that killed two men was not connected to the robbery.", False),
        ),
        *rule(
            "a counted run of deaths is a round-up",
            ("Her killing was the second in a string of four shooting deaths in the county.", True),
            ("The sheriff asked for help after a spate of three homicides in Elmwood.", True),
        ),
        *rule(
            "a run of deaths without a count tells the sentence's own death",
            ("During a series of killings in the valley, a farmer was shot dead.", False),
            ("Residents marched over a spate of murders in Pine Hills.", False),
        ),
        *rule(
            "a spate of a day's gunfire over a town is a round-up; one incident's flurry of shots is not",
            (
                "A spate of New Year's Eve gunfire left 14 hurt, three at a party, across Elmwood.",
                True,
            ),
            ("A wave of gunfire overnight wounded nine in the county.", True),
            ("In the flurry of gunfire, two deputies were hit.", False),
        ),
        *rule(
            "a town's violent night or weekend that saw or sent its toll is a round-up",
            ("Saturday was another violent night in Elmwood that saw four others shot.", True),
            ("A violent weekend in Pine Bluff sent seven people to area hospitals.", True),
            ("It was a violent week which left nine hurt across the county.", True),
        ),
        *rule(
            "a violent attack or a violent night without a toll of its own tells no tally",
            ("A violent attack left two men dead at a bar on Elm Street.", False),
            ("The violent night ended when officers arrested the gunman.", False),
        ),
        *rule(
            "separate shootings told with a comma before their kind are a round-up",
            ("Officers looked into two separate, fatal shootings on Thursday night.", True),
            ("Both girls were hit in separate, unrelated shootings in Elmwood.", True),
        ),
        *rule(
            "people killed or hurt from several shootings are a round-up",
            ("Three boys have been killed already this spring from accidental shootings.", True),
            ("Nine people were wounded from stray shootings over the summer.", True),
        ),
        *rule(
            "one shooting's dead or hurt stay its own",
            ("A man died from the shooting on Pine Street.", False),
            ("A girl was hurt from a stray bullet fired into her home.", False),
        ),
        *rule(
            "a count run up to a past month or year is a round-up",
            ("He was the second of six guards murdered in the region through May 2011.", True),
            ("Nineteen officers were killed on duty from 2010 until 2014.", True),
        ),
        *rule(
            "one incident's victims held or treated until a day keep their toll",
            ("Two men were shot and kept in hospital until Friday.", False),
            ("The wounded woman stayed in hospital through the weekend.", False),
        ),
        *rule(
            "one incident's hours stay its own",
            ("A man was shot on Sunday and police arrested a suspect within two hours.", False),
            ("He was shot on Friday and died in the hospital.", False),
        ),
    ],
)
def test_a_toll_over_hours_is_a_round_up(text: str, tally: bool) -> None:
    assert (AGGREGATE.search(text) is not None) is tally


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "title", "fatalities", "injured"),
    [
        *rule(
            "a round-up's toll over hours lends the incident nothing",
            (
                "Two men were shot on Pine Street on Friday night. "
                "Seven people were shot in less than 24 hours across the east side.",
                None,
                None,
                2,
            ),
            (
                "Two men were shot on Pine Street on Friday night.",
                "9 shot, 3 killed within 30 hours in Elmwood",
                None,
                2,
            ),
        ),
        *rule(
            "a violent night's toll lends the incident nothing",
            (
                "A 4-year-old boy was shot dead in a car on Birch Lane on Friday. "
                "Friday was another violent night in Elmwood that saw six others shot and wounded.",
                None,
                1,
                None,
            ),
        ),
        *rule(
            "a counted run of deaths lends the incident its own dead only",
            (
                "A woman was shot dead at a cookout on Birch Lane on May 3. "
                "Her killing was the first of a string of three shooting deaths still unsolved.",
                None,
                1,
                None,
            ),
        ),
        *rule(
            "a count run up to a past month or year lends the story's incident nothing",
            (
                "A teenager was shot in the leg on Elm Street on Monday and taken to a hospital. "
                "The slain judge was the first of five judges murdered by militants through March 2008.",
                None,
                None,
                1,
            ),
            (
                "A teenager was shot in the leg on Elm Street on Monday and taken to a hospital. "
                "Five judges were killed by militants from 2003 until 2008.",
                None,
                None,
                1,
            ),
        ),
        *rule(
            "a toll from several shootings lends the story's incident nothing",
            (
                "A boy, 15, died after he was shot at a friend's home on Oak Street on Sunday. "
                "Three boys have been killed already this spring from accidental shootings in the county.",
                None,
                1,
                None,
            ),
        ),
        *rule(
            "deaths told as not connected lend the incident nothing",
            (
                "A man was found shot dead on Pine Street on Friday. "
                "Police said the two shooting deaths on Friday night were not connected.",
                None,
                1,
                None,
            ),
        ),
    ],
)
def test_a_round_up_over_hours_lends_nothing(
    nlp: Language, text: str, title: str | None, fatalities: int | None, injured: int | None
) -> None:
    found = story_toll(nlp, text, title=title)
    assert found == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "told"),
    [
        *rule(
            "a sentence telling other shootings' toll gives its event none",
            (
                "A girl was shot in the arm on Maple Avenue on Monday night. "
                "Earlier that day, two other shootings left four people wounded.",
                "two other shootings",
            ),
            ("Three other shootings overnight injured five men in Elmwood.", "Three other"),
            ("Two weekend shootings in Pine Bluff left one man dead and three wounded.", "Two weekend"),
        ),
    ],
)
def test_other_shootings_toll_is_no_events(nlp: Language, text: str, told: str) -> None:
    assert story_toll(nlp, text, told) == Casualties()
