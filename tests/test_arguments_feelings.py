"""Specs for who acts in a verb of feeling told in the passive, and in a participle on a place
passed through."""

from __future__ import annotations

import pytest
from builders import verb_roles
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        (
            'The spokesman said the ministry was "deeply concerned" over the clashes.',
            "concerned",
            ["ministry"],
        ),
        ("The agency was concerned over the fighting, its director said.", "concerned", ["agency"]),
    ],
)
def test_who_is_concerned_voices_the_concern(
    nlp: Language, text: str, trigger: str, actors: list[str]
) -> None:
    """'X was concerned over Y': X feels and voices the concern; X is no target of it."""
    found_actors, targets = verb_roles(nlp, text, trigger, "ACCUSE", "disapprove")
    assert found_actors == actors
    assert not set(actors) & set(targets)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Witnesses saw crowds roaming the streets targeting shops.", "targeting", "crowds"),
        ("Police chased gangs roaming the avenues attacking kiosks.", "attacking", "gangs"),
    ],
)
def test_a_participle_on_the_streets_is_the_movers_act(
    nlp: Language, text: str, trigger: str, actor: str
) -> None:
    """'Crowds roaming the streets targeting shops': the parser hangs 'targeting' on the streets; the crowds
    roaming them did it."""
    assert verb_roles(nlp, text, trigger, "ACCUSE", "disapprove")[0] == [actor]
