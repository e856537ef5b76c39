"""The gunfire a verb of shooting takes ('opened fire') is no one hit: a 'shot' joined to it, with its victim
on the verb joined after ('opened fire, and shot and killed a clerk'), tells of that victim, so the one
killed is not also counted hurt."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        *rule(
            "the one shot and killed after the gunfire is one dead, no one hurt",
            ("The robber opened fire, and shot and killed a cashier.", 1, 0),
            ("A gunman opened fire at medics, and shot and killed a jogger who was passing by.", 1, 0),
        ),
        *rule(
            "a victim of the shot's own is still hurt",
            ("The robber opened fire in the lobby and shot a guard in the arm.", 0, 1),
        ),
        *rule(
            "a killing with no one named keeps its count",
            ("Masked men opened fire and killed 4 villagers.", 4, 0),
        ),
    ],
)
def test_gunfire_is_no_victim(nlp: Language, text: str, killed: int, injured: int) -> None:
    toll = story_toll(nlp, text)
    assert ((toll.fatalities or 0), (toll.injured or 0)) == (killed, injured)
