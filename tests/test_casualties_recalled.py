"""An earlier incident a story sets its own beside ('The shooting came a day after ...') lends no toll."""

from __future__ import annotations

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
                "The shooting came a day after a 3-year-old boy died after being shot in Oak Grove.",
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
            "an arrest that came after the shooting tells the story's own toll",
            (
                "Police arrested a man. The arrest came a week after a 9-year-old boy was shot dead.",
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
def test_the_earlier_incident_takes_only_its_own_sentence_toll(nlp: Language) -> None:
    text = (
        "A 7-year-old girl died Monday after she was shot in Elmwood. "
        "The shooting came a day after a 3-year-old boy died after being shot in Oak Grove. "
        "A neighbor, 40, was wounded in the arm."
    )
    detection = detection_on(text, "The shooting came")
    assert count_casualties(nlp(text), detection) == Casualties(1, None)
