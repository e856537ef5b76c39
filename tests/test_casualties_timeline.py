"""A timeline's entry, opening on its day and a colon ('Aug. 23: ...'), tells its own incident: the story
before it takes none of its toll."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

TIMELINE = (
    "A boy was shot in the hand on Birch Road on Sunday. He is expected to recover. "
    "The county has listed its cases.\n"
    "July 28: A girl was killed by a stray bullet near a park.\n"
    "June 2: Two teens were shot dead outside a store."
)


@pytest.mark.parametrize(
    ("sentence_with", "killed", "injured"),
    [
        *rule(
            "the story before a timeline takes none of its entries' dead",
            ("A boy was shot", None, 1),
        ),
        *rule(
            "each entry is its own incident",
            ("July 28", 1, None),
            ("June 2", 2, None),
        ),
    ],
)
def test_a_timeline_entry_tells_its_own_incident(
    nlp: Language, sentence_with: str, killed: int | None, injured: int | None
) -> None:
    toll = story_toll(nlp, TIMELINE, sentence_with)
    assert (toll.fatalities, toll.injured) == (killed, injured)
