"""A victim one sentence of a story tells hurt and another tells dead is one of the dead, not also injured."""

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
            "a victim named hurt in one sentence and dead in another is one death",
            (
                "Police arrested a man in the shooting on Elm Street. "
                "Tomas Reyes was shot dead in the rear seat of a van. "
                "His aunt noticed Tomas was hurt and called 911.",
                1,
                None,
            ),
            (
                "A 17-year-old boy was shot on Friday afternoon in Elmwood. "
                "Marco Diaz was pronounced dead at a hospital. "
                "When his friend saw Diaz had been injured, he drove him to a fire station.",
                1,
                None,
            ),
            (
                "Officers responded to a report of a wounded child on Oak Street. "
                "The child was taken to a hospital, where the child died.",
                1,
                None,
            ),
        ),
        *rule(
            "one sentence naming a victim shot and then, by the same noun, dead tells one death",
            (
                "A man accused of shooting a 7-year-old boy on Elm Street was charged with murder two days "
                "after the boy's death.",
                1,
                None,
            ),
            (
                "Jones is charged with shooting Tim Reyes, who died at the hospital after Reyes was shot "
                "twice.",
                1,
                None,
            ),
        ),
        *rule(
            "a victim told hurt and dead by the same pronoun is one death",
            (
                "Maria Lopez, 8, was shot in the head on Oak Street on Wednesday. "
                "She remains hospitalized in critical condition. "
                "She died Friday after her family took her off life support.",
                1,
                None,
            ),
            # a pronoun of the other sex is someone else
            (
                "A man was shot dead on Oak Street on Sunday. He was 40. A woman was wounded. "
                "She remains in critical condition.",
                1,
                1,
            ),
            # a count of everyone hit still counts the one who lived
            (
                "Two men were shot on Oak Street on Sunday. He died at the scene. "
                "He remains in critical condition.",
                1,
                1,
            ),
        ),
        *rule(
            "two people each introduced by 'a', or one told as another, are two",
            ("A 63-year-old man was killed and a 25-year-old man was shot on Elm Street.", 1, 1),
            ("A woman was shot in the arm and another woman was killed on Elm Street on Sunday.", 1, 1),
        ),
        *rule(
            "someone else hurt besides the dead still counts",
            # another of the same kind is someone else
            (
                "A man was shot dead outside a bar on Elm Street on Sunday. Another man was wounded.",
                1,
                1,
            ),
            # a namesake with another first name is someone else
            (
                "Two brothers were shot on Elm Street on Sunday. "
                "John Reyes was killed. Mike Reyes was injured and is in stable condition.",
                1,
                1,
            ),
        ),
    ],
)
def test_a_victim_hurt_then_dead_is_counted_once(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
