"""A life not saved is a death after the attack; 'both' counts two victims the parse cannot count."""

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
            "a victim who did not survive, or whom doctors could not save, died",
            ("A woman was shot in the chest on Pine Street on Monday and did not survive.", 1, None),
            (
                "Two men were shot outside a bar on Pine Street on Monday. One of them did not survive.",
                1,
                1,
            ),
            (
                "A boy was shot in the head on Pine Street on Monday. "
                "He was taken to a hospital, but doctors could not save him.",
                1,
                None,
            ),
            (
                "A man was shot on Pine Street on Monday. Medics were unable to save the man.",
                1,
                None,
            ),
        ),
        *rule(
            "a victim who did not make it died; one who did not make it somewhere did not",
            (
                "A girl was shot on Pine Street on Monday. Medics rushed her to a hospital, but she didn't "
                "make it there alive.",
                1,
                None,
            ),
            ("A man was shot on Pine Street on Monday. Sadly, he did not make it.", 1, None),
            ("A man was shot in the arm on Pine Street on Monday. He did not make it to work.", None, 1),
            ("A boy was shot in the foot on Pine Street on Monday. He may not make it home.", None, 1),
        ),
        *rule(
            "a prognosis or a survivor tells no death",
            (
                "A man was shot on Pine Street on Monday. He is not expected to survive.",
                None,
                1,
            ),
            (
                "A man was shot on Pine Street on Monday. Doctors fear he may not survive.",
                None,
                1,
            ),
            ("A man was shot in the leg on Pine Street on Monday and survived.", None, 1),
        ),
        *rule(
            "'both' counts two victims",
            (
                "Shots rang out on Pine Street on Monday. His son and his wife were both injured.",
                None,
                2,
            ),
            (
                "A gunman opened fire on a couple on Pine Street on Monday. They were both wounded.",
                None,
                2,
            ),
        ),
    ],
)
def test_a_life_not_saved_is_a_death(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
