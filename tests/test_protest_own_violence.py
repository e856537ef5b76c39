"""Spec: the crowd's own acts told without the common words of violence keep a riot a riot, and detaining
people a protest is against is no police act on it."""

from __future__ import annotations

import pytest
from builders import lead_scope, made_up_detection, rule

from kronika.events.discourse import burning_barricades, calm_protest
from kronika.events.protest_police import protest_interventions
from kronika.events.taxonomy import (
    ARRESTS,
    INTERVENTION,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)
from kronika.model import Detection, EventType, Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "soldiers mutinying, a crowd on the rampage or rowdy, windows or gates broken, running battles, "
            "a chase and counter chase or a building entered by force are the crowd's violence",
            ("Mutinying soldiers demonstrated in Kaya over their pay.", VIOLENT_DEMONSTRATION),
            ("Pupils demonstrated in Nyeri and went on the rampage.", VIOLENT_DEMONSTRATION),
            ("Rowdy hawkers demonstrated outside the council in Thika.", VIOLENT_DEMONSTRATION),
            ("Students demonstrated in Meru and broke windows of the hostel.", VIOLENT_DEMONSTRATION),
            ("Workers demonstrated in Gazipur. They broke down the factory gate.", VIOLENT_DEMONSTRATION),
            ("Traders demonstrated in Nakuru and engaged police in running battles.", VIOLENT_DEMONSTRATION),
            ("Activists demonstrated in Khulna. A chase and counter chase followed.", VIOLENT_DEMONSTRATION),
            (
                "Farmers demonstrated in Jember. They entered the council hall by force.",
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Farmers demonstrated in Jember and forcefully entered the council hall.",
                VIOLENT_DEMONSTRATION,
            ),
        ),
        *rule(
            "a mutiny long past, a break in the talks or a hall entered calmly tells no violence",
            ("Soldiers sacked after the mutiny demonstrated in Kaya.", PEACEFUL_PROTEST),
            ("Students demonstrated in Meru during the break between exams.", PEACEFUL_PROTEST),
            (
                "Farmers demonstrated in Jember. They entered the council hall to hand in a letter.",
                PEACEFUL_PROTEST,
            ),
        ),
    ],
)
def test_the_crowds_own_acts_keep_a_riot(text: str, expected: str) -> None:
    sentence = text.split(". ")[0] + "." if ". " in text else text
    lead = made_up_detection(sentence, "demonstrated", "PROTEST", VIOLENT_DEMONSTRATION, text=text)
    (out,) = calm_protest([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected


def _arrest(text: str, trigger: str, target: str) -> Detection:
    """A made-up arrest in the one-sentence `text`, triggered on `trigger`, its target span `target`."""
    at = text.index(trigger)
    aim = text.index(target)
    return Detection(
        sentence=Span(0, len(text), text),
        trigger=Span(at, at + len(trigger), trigger),
        type=EventType("COERCE", None, "Strategic developments", ARRESTS),
        confidence=0.8,
        target_spans=(Span(aim, aim + len(target), target),),
    )


@pytest.mark.parametrize(
    ("text", "trigger", "target", "expected"),
    [
        *rule(
            "detaining, or people detained, that a protest is against is its grievance, not a police act",
            (
                "Nurses marched in Dover against the agency's practice of detaining asylum seekers.",
                "detaining",
                "asylum seekers",
                PEACEFUL_PROTEST,
            ),
            (
                "Nurses marched in Dover against activists who had been detained in May.",
                "detained",
                "activists",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "marchers detained at the protest met intervention",
            (
                "Nurses marched in Dover and police detained four marchers.",
                "detained",
                "four marchers",
                INTERVENTION,
            ),
        ),
    ],
)
def test_detaining_a_protest_is_against_is_no_intervention(
    text: str, trigger: str, target: str, expected: str
) -> None:
    lead = made_up_detection(text, "marched", "PROTEST", PEACEFUL_PROTEST)
    arrest = _arrest(text, trigger, target)
    out = protest_interventions([lead, arrest], text, 0, len(text))
    assert out[0].type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "damage a thing had suffered before, or was to be kept from, is none the crowd did",
            (
                "Worshippers demonstrated in Harlo after the old mosque had been damaged by shelling.",
                PEACEFUL_PROTEST,
            ),
            (
                "Residents demonstrated in Tamsk. Two men stood guard to protect the shops from being "
                "vandalized.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "damage the crowd did makes a riot",
            ("Worshippers demonstrated in Harlo and damaged the mayor's car.", VIOLENT_DEMONSTRATION),
            ("Residents demonstrated in Tamsk. The shops were vandalized.", VIOLENT_DEMONSTRATION),
        ),
    ],
)
def test_damage_suffered_before_or_kept_from_is_no_riot(text: str, expected: str) -> None:
    sentence = text.split(". ")[0] + "." if ". " in text else text
    lead = made_up_detection(sentence, "demonstrated", "PROTEST", PEACEFUL_PROTEST, text=text)
    (out,) = burning_barricades([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "police action a clause dates earlier was done to another protest",
            (
                "Nurses marched in Dover, demanding an apology after police fired tear gas last week.",
                PEACEFUL_PROTEST,
            ),
            (
                "Nurses marched in Dover. They asked the chief to resign after officers dispersed a vigil "
                "two weeks ago.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "police action on the protest itself is intervention",
            ("Nurses marched in Dover until police fired tear gas at them.", INTERVENTION),
            ("Nurses marched in Dover. Police fired tear gas at them after an hour.", INTERVENTION),
        ),
    ],
)
def test_police_action_dated_earlier_is_no_intervention(text: str, expected: str) -> None:
    sentence = text.split(". ")[0] + "." if ". " in text else text
    lead = made_up_detection(sentence, "marched", "PROTEST", PEACEFUL_PROTEST, text=text)
    (out,) = protest_interventions([lead], text, 0, len(text))
    assert out.type.acled_sub_event_type == expected
