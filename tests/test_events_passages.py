"""Spec: a paragraph lead is typed with its paragraph; a back-referring sentence is told as a follow-up."""

from __future__ import annotations

import pytest

from kronika.events.follow_up_weights import opens_with_pronoun
from kronika.events.passages import passages

_TEXT = "Miners marched in Oruro. They blocked a road. Farmers rallied in Sucre."
_SPANS = ((0, 24), (25, 45), (46, 71))


@pytest.mark.parametrize(
    ("leads", "expected"),
    [
        # a lead gathers the sentences after it up to the next lead
        ((True, False, True), [_TEXT[0:45], _TEXT[25:45], _TEXT[46:71]]),
        # a sentence that leads nothing is read alone
        ((False, False, False), [_TEXT[0:24], _TEXT[25:45], _TEXT[46:71]]),
    ],
)
def test_passages_join_a_lead_with_its_paragraph(leads: tuple[bool, ...], expected: list[str]) -> None:
    """A paragraph lead's passage runs to its paragraph's end; other sentences are their own passage."""
    assert passages(_TEXT, _SPANS, leads) == expected


@pytest.mark.parametrize(
    ("sentence", "refers_back"),
    [
        ("They were detained later.", True),
        ("This, officials said, was a riot.", True),
        ("Miners marched.", False),
    ],
)
def test_a_pronoun_opening_refers_back(sentence: str, refers_back: bool) -> None:
    """A sentence opening with a pronoun points back to an event told before it."""
    assert opens_with_pronoun(sentence) is refers_back
