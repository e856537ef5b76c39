"""One person who shot himself, told in a sentence both as the shooter and as a victim hurt, is one person
hit; a headline's fatal shooting may name it by up to three words."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.sentence_tally import title_tally


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        *rule(
            "the one who shot himself and is hurt is one person",
            ("A county deputy who accidentally shot himself during practice is in stable condition.", 1),
            ("Police said a six-year-old girl is in serious condition after she shot herself at home.", 1),
        ),
        *rule(
            "someone else he shot is one more",
            ("The neighbor is in critical condition after a man shot him and then shot himself.", 2),
        ),
    ],
)
def test_a_self_shooter_hurt_counts_once(nlp: Language, text: str, injured: int) -> None:
    toll = story_toll(nlp, text, text[:8])
    assert toll.injured == injured


@pytest.mark.parametrize(
    ("title", "killed"),
    [
        ("Teen charged in fatal Fourth of July shooting", 1),
        ("Two held in deadly Main Street bar shooting", 1),
        ("Fatal crash on Elm Road, driver says shooting preceded it", None),
    ],
)
def test_a_fatal_shooting_named_by_three_words(title: str, killed: int | None) -> None:
    assert title_tally(title).killed == killed
