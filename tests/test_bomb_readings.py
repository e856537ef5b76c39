"""A suicide bombing is read only of a text that names a bomb: the typers' reading of 'suicide' alone falls to
the next type they give."""

from __future__ import annotations

import numpy as np
import pytest

from kronika.events.bomb_readings import names_a_bomb, without_unnamed_bombs
from kronika.events.taxonomy import ATTACK, SUICIDE_BOMB

LABELS = (ATTACK, SUICIDE_BOMB, "Armed clash")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a bomb, a blast, an explosive or explosion, or who or what carried one
        ("A suicide bomber blew himself up at a checkpoint.", True),
        ("Two soldiers died in a suicide bombing at the base.", True),
        ("The blast killed four people at the market.", True),
        ("An explosive-laden car rammed the gate.", True),
        ("The attacker detonated his vest near the mosque.", True),
        ("A man wearing a suicide vest was shot at the gate.", True),
        ("Militants launched a suicide attack on the army post.", True),
        ("An IED went off beside the road.", True),
        # none: a killing and the killer's own death, or a suicide
        ("A mother and her son died Monday in an apparent murder-suicide.", False),
        ("The gunman shot two neighbours and then turned the gun on himself.", False),
        ("Police said the death was a suicide.", False),
        # 'ied' in small letters is no device
        ("He said he tried and tried.", False),
    ],
)
def test_which_texts_name_a_bomb(text: str, named: bool) -> None:
    assert names_a_bomb(text) is named


def test_a_text_naming_no_bomb_falls_to_the_next_type_at_its_odds() -> None:
    proba = np.array([[0.2, 0.5, 0.3], [0.2, 0.5, 0.3]], dtype=np.float32)
    texts = ["A man and his wife died in an apparent murder-suicide.", "A suicide bomber struck the market."]
    kept = without_unnamed_bombs(proba, LABELS, texts)
    np.testing.assert_allclose(kept[0], [0.4, 0.0, 0.6], rtol=1e-6)
    np.testing.assert_array_equal(kept[1], proba[1])
    # the caller's array is left as it was
    np.testing.assert_array_equal(proba[0], np.float32([0.2, 0.5, 0.3]))


def test_a_text_read_as_something_else_keeps_its_reading_whatever_it_names() -> None:
    proba = np.array([[0.6, 0.1, 0.3]], dtype=np.float32)
    assert without_unnamed_bombs(proba, LABELS, ["A murder-suicide left two dead."]) is proba


def test_labels_without_a_suicide_bombing_are_left_alone() -> None:
    proba = np.array([[0.7, 0.3]], dtype=np.float32)
    assert without_unnamed_bombs(proba, (ATTACK, "Armed clash"), ["A murder-suicide."]) is proba
