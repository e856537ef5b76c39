"""Specs for a harm verb that only tallies its victims: a bare participle's subject was harmed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.arguments import arguments
from kronika.events.lexicon import TriggerEntry


def _roles(nlp: Language, text: str, trigger: str) -> tuple[list[str], list[str]]:
    """The actor and target head words of the first token written `trigger`."""
    token = next(t for t in nlp(text) if t.text == trigger)
    entry = TriggerEntry("V", token.lemma_, (), "ASSAULT", "kill", None, 1.0)
    actors, targets = arguments(token, entry)
    return [a.text for a in actors], [t.text for t in targets]


@pytest.mark.parametrize(
    ("text", "trigger", "victim"),
    [
        ("A van hit a mine near Kalia, two soldiers killed and three wounded.", "killed", "soldiers"),
        ("A lorry hit a mine near Dori, one officer killed and another wounded.", "killed", "officer"),
    ],
)
def test_a_tallied_victim_is_no_doer(nlp: Language, text: str, trigger: str, victim: str) -> None:
    """A tally such as ', two soldiers killed': the soldiers were killed, they are no doers of the killing."""
    actors, targets = _roles(nlp, text, trigger)
    assert victim not in actors
    assert victim in targets


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("On 3 March, soldiers killed two militants near Kalia, Jessore.", "killed", "soldiers"),
        ("Gunmen have wounded a trader in the market of Dori.", "wounded", "Gunmen"),
    ],
)
def test_a_subject_that_harmed_someone_stays_the_doer(
    nlp: Language, text: str, trigger: str, doer: str
) -> None:
    """A harm verb with its object or its auxiliary is told in the active: its subject did it."""
    actors, _ = _roles(nlp, text, trigger)
    assert doer in actors
