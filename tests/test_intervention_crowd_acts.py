"""Specs for which violence turns a protest read as met with intervention into a violent demonstration:
only acts told as its crowd's own (fires lit, people the demonstrators hurt, stones they threw, rioters,
scuffles), not damage, a scuffle the police started or stones of the side that acted on it."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.discourse import burning_barricades
from kronika.events.taxonomy import INTERVENTION, VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "violence whose doer may be the side that acted on the protest leaves it met with intervention",
            (
                "Party youths assaulted marchers in Comilla. Twelve were hurt and three cars were smashed.",
                INTERVENTION,
            ),
            ("Nurses marched in Sylhet. Officers scuffled with the nurses near the gate.", INTERVENTION),
            ("Teachers marched in Jayapura. Local officials threw rocks at the teachers.", INTERVENTION),
            ("Rioting party men chased students who marched in Rajshahi.", INTERVENTION),
            ("Vendors barricaded the main road in Gazipur. Police cleared it with batons.", INTERVENTION),
        ),
        *rule(
            "acts told as the crowd's own still make a riot",
            ("Farmers marched in Pabna. Police dispersed them as they burned tyres.", VIOLENT_DEMONSTRATION),
            ("Miners marched in Osh. Police moved in after protesters threw bottles.", VIOLENT_DEMONSTRATION),
            ("Miners marched in Osh. Rioters hurled paint; police detained six.", VIOLENT_DEMONSTRATION),
            ("Miners marched in Osh. A guard was beaten by protesters; police came.", VIOLENT_DEMONSTRATION),
            ("Miners marched in Osh. There was a scuffle with two dozen guards.", VIOLENT_DEMONSTRATION),
        ),
    ],
)
def test_a_protest_met_with_intervention_riots_on_its_own_acts(text: str, expected: str) -> None:
    """A lead read as met with intervention is retyped only on the crowd's own acts."""
    sentence = text.split(". ")[0]
    trigger = next(word for word in ("assaulted", "marched", "barricaded") if word in sentence)
    lead = made_up_detection(sentence, trigger, "PROTEST", INTERVENTION)
    (out,) = burning_barricades([lead], lead_scope(text))
    assert_sub_type(out, expected)
