"""Specs for a crowd that stormed a place: a lead protest read as a violent demonstration whose paragraph
tells only that the crowd stormed an office or a court to press a demand, nothing done to it or by it, is
a peaceful protest; storming told with harm, damage, force, anger, an attempt or police action stays as
read."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.lead_steps import PARAGRAPH_STEPS, run_steps
from kronika.events.stormed_offices import stormed_office
from kronika.events.taxonomy import MOB_VIOLENCE, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "a crowd that only stormed a place to press a demand protested peacefully",
            ("Tea growers stormed the county offices in Marendi to demand their bonuses.", PEACEFUL_PROTEST),
            ("Retired teachers stormed the ministry in Kalobo demanding their pensions.", PEACEFUL_PROTEST),
            (
                "Traders stormed the town hall of Besana to protest a new levy. They left after an hour.",
                PEACEFUL_PROTEST,
            ),
            (
                "Tenants stormed the regional headquarters demanding to meet the police commander.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "storming told with more than a crowd going in stays violent",
            ("Youths stormed the county offices in Marendi and smashed windows.", VIOLENT_DEMONSTRATION),
            ("Angry traders stormed the town hall of Besana over a new levy.", VIOLENT_DEMONSTRATION),
            ("Tenants stormed the regional headquarters; police dispersed them.", VIOLENT_DEMONSTRATION),
            ("Students tried to storm the ministry in Kalobo over fees.", VIOLENT_DEMONSTRATION),
            ("Farmers stormed the depot in Marendi and injured a clerk.", VIOLENT_DEMONSTRATION),
            ("Workers forced their way in and stormed the factory office in Besana.", VIOLENT_DEMONSTRATION),
            ("Traders rioted in Besana over a new levy and blocked the market gates.", VIOLENT_DEMONSTRATION),
        ),
    ],
)
def test_a_crowd_that_only_stormed_a_place_protested_peacefully(paragraph: str, expected: str) -> None:
    sentence = paragraph.split(". ")[0].split("; ")[0]
    trigger = next(word for word in sentence.split() if word.startswith(("storm", "riot")))
    lead = made_up_detection(sentence, trigger, "PROTEST", VIOLENT_DEMONSTRATION, mode="riot", text=paragraph)
    (out,) = stormed_office([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


def test_only_a_protest_read_as_violent_is_retyped() -> None:
    sentence = "Neighbours stormed a house in Marendi demanding the tenant leave."
    lead = made_up_detection(sentence, "stormed", "PROTEST", MOB_VIOLENCE, mode="riot")
    (out,) = stormed_office([lead], lead_scope(sentence))
    assert_sub_type(out, MOB_VIOLENCE)


def test_the_paragraph_steps_retype_a_crowd_that_only_stormed_an_office() -> None:
    paragraph = "Coffee farmers stormed the cooperative's offices in Marendi to demand unpaid dues."
    lead = made_up_detection(paragraph, "stormed", "PROTEST", VIOLENT_DEMONSTRATION, mode="riot")
    (out,) = run_steps(PARAGRAPH_STEPS, [lead], lead_scope(paragraph))
    assert_sub_type(out, PEACEFUL_PROTEST)
