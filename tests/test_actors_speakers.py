"""Who tells of a battle is no side of it: 'police said' names the police as the ones speaking, not as the
attackers' foes; police the sentence tells fighting, or telling their own deed, are a side."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _actor_names(pipeline: Pipeline, text: str, trigger: str) -> set[str]:
    """The actors of the mentions the text's `trigger` word tells."""
    mentions = pipeline.mentions(Article(id="t", text=text, published=date(2024, 8, 4)))
    return {a.name for m in mentions if m.trigger.text == trigger for a in m.actors}


@pytest.mark.parametrize(
    ("text", "trigger", "police_a_side"),
    [
        ("At least 32 people were killed and 63 wounded when al Shabaab militants attacked a beach in "
         "the capital on Friday evening, police said on Saturday.", "killed", False),
        ("Al Shabaab militants and police fought for hours near the port on Friday, and four people were "
         "killed.", "killed", True),
        # a speaker telling its own deed is a side of it
        ("Police said they killed four al Shabaab militants in a gunfight near the port on Friday.", "killed",
         True),
        ("Police claimed to have repelled an attack by al Shabaab militants near the port.", "attack",
         True),
    ],
)  # fmt: skip
def test_a_speaker_is_no_side(pipeline: Pipeline, text: str, trigger: str, police_a_side: bool) -> None:
    assert ("Police" in _actor_names(pipeline, text, trigger)) is police_a_side
