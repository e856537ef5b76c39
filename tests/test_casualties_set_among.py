"""A sentence setting the story's incident among others ('The death follows a violent streak that included a
double homicide', 'Tuesday's shooting marks the third city shooting in five days') or tying it to another
('the shooting is connected to an Easter Sunday shooting') lends it no toll, and the sentences after it tell
those others."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "told", "fatalities", "injured"),
    [
        *rule(
            "the others' tolls are not the story's",
            (
                "A 12-year-old boy died Monday after his cousin shot him by accident in Pine Hill. "
                "The boy's death follows a violent streak that included a double homicide at a mall.",
                "A 12-year-old",
                1,
                None,
            ),
            (
                "Four men were wounded on Grove Street on Tuesday. "
                "Tuesday's attack marks the third city shooting in six days. "
                "Six people were shot, two of whom died, on Friday at a gas station.",
                "Four men",
                None,
                4,
            ),
        ),
        *rule(
            "a shooting the story's is tied to is another incident, told after the tie",
            (
                "A baby was killed in a drive-by shooting on Grove Street on Saturday. "
                "A man was also wounded. "
                "Police believe the Grove Street shooting is connected to an Easter Sunday shooting. "
                "A girl was killed in that shooting, which also injured two men.",
                "A baby was",
                1,
                1,
            ),
            (
                "A man was shot and wounded on Grove Street on Saturday. "
                "Detectives said the attack may be linked to a homicide last month. "
                "Three people were killed in that attack.",
                "A man was",
                None,
                1,
            ),
        ),
        *rule(
            "a tie to the story's own shooting keeps the story whole",
            (
                "A man was shot dead on Grove Street on Saturday. "
                "Police said a car found nearby is connected to the shooting. Two women were also wounded.",
                "A man was",
                1,
                2,
            ),
        ),
        *rule(
            "the sentence setting it among others counts no one incident's toll",
            (
                "A 12-year-old boy died Monday after his cousin shot him by accident in Pine Hill. "
                "The boy's death follows a violent streak that included a double homicide at a mall.",
                "The boy's death follows",
                None,
                None,
            ),
        ),
    ],
)
def test_a_sentence_setting_the_incident_among_others_lends_no_toll(
    nlp: Language, text: str, told: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text, told) == Casualties(fatalities, injured)


@pytest.mark.slow
def test_a_quarrel_the_shooting_followed_keeps_the_story_whole(nlp: Language) -> None:
    text = (
        "A woman was shot dead on Oak Street on Sunday. The shooting followed an argument at a party. "
        "Two men were also wounded."
    )
    assert story_toll(nlp, text) == Casualties(1, 2)
