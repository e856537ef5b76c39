"""Specs for the doers a passive clause's 'when' clause names: they did the harm it reports."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.arguments import arguments
from kronika.events.lexicon import TriggerEntry


def _doers(nlp: Language, text: str, trigger: str) -> list[str]:
    """The actor head words of the first token written `trigger`."""
    token = next(t for t in nlp(text) if t.text == trigger)
    actors, _ = arguments(token, TriggerEntry("V", token.lemma_, (), "ASSAULT", None, None, 1.0))
    return [a.text for a in actors]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the 'when' clause of force names who did the harm
        ("Dozens of students were injured when riot police fired rubber bullets.", "injured", ["police"]),
        ("A farmer was wounded when soldiers opened fire on his truck.", "wounded", ["soldiers"]),
        # coders' notes join the shot to the harm by 'after' or 'as' as well
        ("Two herders were injured after border guards opened fire near the river.", "injured", ["guards"]),
        ("A boatman was hurt as coastguards fired on the ferry.", "hurt", ["coastguards"]),
        # partisans or a crowd told attacking 'after' lend no doing: the harm would read as a riot
        ("Four students were injured after a group of party activists attacked their rally.", "injured", []),
        # a clause with its own agent keeps it; a 'when' clause of no force names no doer
        ("A farmer was wounded by bandits when soldiers opened fire.", "wounded", ["bandits"]),
        ("Two pilgrims were hurt when their bus overturned.", "hurt", []),
    ],
)
def test_a_when_clause_of_force_names_the_doers(
    nlp: Language, text: str, trigger: str, expected: list[str]
) -> None:
    """Who harmed those a passive clause counts is the subject of its 'when' clause of force."""
    assert _doers(nlp, text, trigger) == expected
