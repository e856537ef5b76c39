"""An earlier incident a story sets its own beside ('The shooting came a day after ...') lends no toll."""

from __future__ import annotations

from datetime import date

import pytest
from builders import detection_on, rule, story_toll
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "the toll after 'came ... after' is the earlier incident's",
            (
                "A 7-year-old girl died Monday after she was shot in Elmwood. "
                "The shooting came a day after a 3-year-old boy died two days after he was shot in "
                "Oak Grove.",
                1,
                None,
            ),
            (
                "Two men were wounded on Elm Street on Friday night. "
                "The latest shooting comes just weeks after three people were killed on the same block.",
                None,
                2,
            ),
        ),
        *rule(
            "news told 'in addition to' the story's incident is another incident's toll",
            (
                "Two men were killed in a garage on Elm Street on Thursday. "
                "In addition to Thursday's shooting in the garage, a teen was grazed by a bullet on Sunday.",
                2,
                None,
            ),
            (
                "A teen was shot dead outside a school in Elmwood on Friday. "
                "In addition to the shooting, three people were wounded at a party on Oak Lane.",
                1,
                None,
            ),
        ),
        *rule(
            "a shooting told in a clause as come 'earlier' beside the sentence's own victims is another one",
            (
                "A 9-year-old and an 11-year-old were shot on Elm Street on Sunday, a block from where a "
                "17-year-old had been shot about two hours earlier.",
                None,
                2,
            ),
            (
                "Two men were wounded outside a store in Hollis on Friday, near where a woman had been "
                "killed a week earlier.",
                None,
                2,
            ),
        ),
        *rule(
            "a sentence telling only a victim shot 'earlier' keeps him",
            ("A man who had been shot earlier walked into a hospital in Elmwood on Sunday.", None, 1),
        ),
        *rule(
            "an earlier incident named as such, or one of the same day, after 'comes' lends none either",
            (
                "A clerk was shot dead at a gas station in Milltown on Sunday. "
                "The shooting came after an attack at a dance hall in Texas left 30 people dead.",
                1,
                None,
            ),
            (
                "Three women were wounded at a bus stop in Ridgeway on Friday. "
                "The Ridgeway shooting comes on the same day that the governor visits Larkin, where six "
                "people were killed last week.",
                None,
                3,
            ),
            (
                "A guard was shot dead at a bank in Hollis on Monday. "
                "This newest shooting comes just over five weeks after a gunman killed 12 at a school.",
                1,
                None,
            ),
        ),
        *rule(
            "a shooting that came after a quarrel tells only its own toll",
            (
                "A cook was shot in the leg in Dunmore on Monday. The shooting came after an argument.",
                None,
                1,
            ),
        ),
        *rule(
            "an arrest that came after the shooting tells the story's own toll",
            (
                "Deputies detained a suspect. The arrest came a week after an 8-year-old girl was shot dead.",
                1,
                None,
            ),
        ),
    ],
)
def test_an_earlier_incident_set_beside_lends_no_toll(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.slow
def test_the_sentence_telling_the_earlier_incident_takes_no_toll(nlp: Language) -> None:
    # the earlier toll told in passing is no event's: read as its own, it would outweigh the story's
    text = (
        "A 7-year-old girl died Monday after she was shot in Elmwood. "
        "The shooting came a day after a 3-year-old boy died two days after he was shot in Oak Grove. "
        "A neighbor, 40, was wounded in the arm."
    )
    detection = detection_on(text, "The shooting came")
    assert count_casualties(nlp(text), detection) == Casualties()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "a sentence set in a year long before the report lends the story no toll",
            (
                "Three men were wounded outside a bar in Dunmore. "
                "His aunt said it recalled memories from March 2009, when her son was murdered in Dunmore.",
                None,
                3,
            ),
        ),
        *rule(
            "a year close to the report, or one the story's own toll is not told in, takes nothing away",
            ("Three men were shot outside a bar in Dunmore in 2015. One of them died.", 1, 2),
            (
                "Three men were shot outside a bar in Dunmore. One of them died. "
                "Police said the gunman had been jailed in 2010 for a robbery.",
                1,
                2,
            ),
        ),
    ],
)
def test_a_year_long_past_lends_no_toll(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    detection = detection_on(text, text[:12])
    toll = count_casualties(nlp(text), detection, "Police look into bar shooting", date(2016, 5, 2))
    assert toll == Casualties(fatalities, injured)
