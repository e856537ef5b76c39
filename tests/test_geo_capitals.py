"""Specs for 'the capital' in a note: the country's capital, another country's, or a region's, which is
no national capital at all."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_places import run_locate

from kronika.gazetteer import Gazetteer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "name", "admin1"),
    [
        # a region's capital: the town the note names beside it, never the country's capital
        ("Shells hit Kadugli, the capital of South Kordofan state, on Friday.", "Kadugli", "South Kordofan"),
        ("Students clashed with police in the capital of North Darfur on Monday.", None, "North Darfur"),
        # the country's capital, however the country is written
        ("Police clashed with students in the capital of the country on Monday.", "Khartoum", "Khartoum"),
        ("Police clashed with crowds in the capital of South Sudan on Monday.", "Juba", "Central Equatoria"),
    ],
)
def test_a_regions_capital_is_not_the_countrys(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str | None, admin1: str
) -> None:
    trigger = "hit" if "hit" in sentence else "clashed"
    place = run_locate(nlp, gazetteer, sentence, sentence, trigger, focus="SDN")
    assert place is not None and place.admin1 == admin1
    assert name is None or place.name == name
