"""Specs for state compounds (an event noun hyphen-joined to a participle of a state) and the means of an
act ('a strike force', 'attack helicopters', 'hard-fought'): they name no event."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language


def _plovers(nlp: Language, text: str) -> set[str]:
    """The PLOVER types of the asserted detections the default detector finds in one text."""
    return {d.type.plover for d in asserted_only(detected(nlp, text))}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "About 70 war-affected families from Tolmar village moved to Dessin town on Sunday.",
        "A relief agency opened two clinics in the war-torn north of Kalvania last week.",
        "Forty teachers were posted to schools in conflict-hit Ormond province.",
        "Returnees rebuilt houses in the violence-ravaged district of Perl.",
        "The battle-hardened militia now guards the dam at Sorvo.",
        "A naval strike force left the port of Tarvik on Monday.",
        "The race for the seat was hard fought among four candidates.",
        "Three attack helicopters landed at the airfield in Dessin.",
    ],
)
def test_state_compounds_tell_no_violence(nlp: Language, text: str) -> None:
    """'War-affected families', 'the war-torn north': the compound describes people or a place; no
    fighting is told."""
    assert "ASSAULT" not in _plovers(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Fighting between the army and the rebels hit the outskirts of Dessin on Sunday.",
        "Rebels attacked an army post in the war-torn north of Kalvania on Friday.",
        "Two attack helicopters fired rockets at a convoy near Dessin on Monday.",
        "The strike force shelled the port of Tarvik on Monday.",
    ],
)
def test_events_beside_state_compounds_stand(nlp: Language, text: str) -> None:
    """The event noun on its own, and another event in the same sentence, are still found."""
    assert "ASSAULT" in _plovers(nlp, text)
