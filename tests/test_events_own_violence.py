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


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # violence someone was arrested for, or whose punishment the protest demands, happened before it
        (
            "Cadres laid siege to the office, demanding the release of two leaders arrested for their "
            "involvement in a clash on Friday that left six injured.",
            ("clash", "injured"),
            (),
        ),
        (
            "Villagers formed a human chain demanding the trial of the headman for his role in the murder "
            "of a ferryman.",
            ("murder",),
            (),
        ),
        # not the crowd's own violence told after the clause ends
        (
            "Pupils demanded punishment of a guard for his part in the beating of a cook and then torched "
            "a van.",
            ("beating",),
            ("torched",),
        ),
        # nor violence of the day told without such a clause
        ("Cadres were arrested after a clash at the office.", (), ("clash",)),
    ],
)
def test_violence_someone_is_held_to_account_for_is_blanked(
    text: str, gone: tuple[str, ...], kept: tuple[str, ...]
) -> None:
    """Violence told as what someone is held to account for ('for their involvement in a clash') is the
    protest's grievance, blanked with the rest of its clause; the crowd's own acts after it are kept."""
    left = own_violence(text)
    assert len(left) == len(text)
    assert all(word not in left for word in gone)
    assert all(word in left for word in kept)
