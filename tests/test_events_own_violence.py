"""Spec: the violence a protest is against is blanked out of its paragraph, the violence done to it is not."""

from __future__ import annotations

import pytest

from kronika.events.discourse import own_violence


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a grievance: what the march was against is no violence of the day
        ("Traders marched over the killing of a shopkeeper.", ""),
        ("Students protested against recent attacks on teachers.", ""),
        # a word that merely begins like a grievance noun is the day's own violence
        ("Their protest was attacked by a rival group.", "attacked"),
        ("The demonstration was assaulted by thugs.", "assaulted"),
    ],
)
def test_grievance_blanked_but_not_the_attack_on_the_protest(text: str, kept: str) -> None:
    left = own_violence(text)
    assert len(left) == len(text)  # offsets kept
    if kept:
        assert kept in left
    else:
        assert "killing" not in left and "attacks" not in left
