"""The possessor of a noun of something done to someone ('Floyd's arrest', 'her abduction') is who
underwent it, not who did it; with an 'of' naming who it was done to, the possessor did it ('the army's
arrest of two journalists')."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.noun_arguments import noun_arguments

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "noun", "actors", "targets"),
    [
        ("The officers involved in Lane's arrest were dismissed.", "arrest", [], ["Lane"]),
        ("Her abduction shocked the village.", "abduction", [], ["Her"]),
        ("The army's arrest of two journalists drew protests.", "arrest", ["army"], ["journalists"]),
        ("The rebels' attack on the base lasted hours.", "attack", ["rebels"], ["base"]),
    ],
)
def test_a_possessor_underwent_what_was_done_to_it(
    nlp: Language, text: str, noun: str, actors: list[str], targets: list[str]
) -> None:
    token = next(t for t in nlp(text) if t.text == noun)
    found_actors, found_targets = noun_arguments(token)
    assert [t.text for t in found_actors] == actors
    assert [t.text for t in found_targets] == targets
