"""Specs for a harm verb that only tallies its victims: a bare participle's subject was harmed."""

from __future__ import annotations

import pytest
from builders import verb_roles
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "trigger", "victim"),
    [
        ("A van hit a mine near Kalia, two soldiers killed and three wounded.", "killed", "soldiers"),
        ("A lorry hit a mine near Dori, one officer killed and another wounded.", "killed", "officer"),
    ],
)
def test_a_tallied_victim_is_no_doer(nlp: Language, text: str, trigger: str, victim: str) -> None:
    """A tally such as ', two soldiers killed': the soldiers were killed, they are no doers of the killing."""
    actors, targets = verb_roles(nlp, text, trigger, "ASSAULT", "kill")
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
    actors, _ = verb_roles(nlp, text, trigger, "ASSAULT", "kill")
    assert doer in actors
