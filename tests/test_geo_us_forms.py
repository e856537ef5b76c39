"""Specs for the ways notes write American places: a state after a town, the District of Columbia by its
title, a town with its postal code, and a New York borough after the city and a hyphen."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_places import run_locate

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain
from kronika.geo.compound_names import hyphened_part, postal_coded


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May, nurses rallied in Washington DC (District of Columbia) for masks.",
        "On 2 May, a curfew was declared in the District of Columbia.",
    ],
)
def test_the_district_of_columbia_is_the_district_not_a_town_called_columbia(
    gazetteer: Gazetteer, text: str
) -> None:
    place = best_chain(gazetteer, text, 0, "USA")
    assert place is not None and place.entry.admin1 == "District of Columbia"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On 2 May, owners protested near the State House in Columbia (South Carolina).", "South Carolina"),
        ("On 2 May, nurses rallied at a clinic in Tacoma, Washington, over masks.", "Washington"),
    ],
)
def test_a_name_before_a_state_is_no_other_state_it_may_mean(
    gazetteer: Gazetteer, text: str, admin1: str
) -> None:
    # 'Columbia' also names the District of Columbia, which lies in no state
    place = best_chain(gazetteer, text, 0, "USA")
    assert place is not None and (place.entry.kind, place.entry.admin1) == ("city", admin1)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [("Washington DC", "District of Columbia"), ("Portland OR", "Oregon"), ("Portland ME", "Maine")],
)
def test_a_town_written_with_its_postal_code_is_the_town_of_that_state(
    gazetteer: Gazetteer, text: str, admin1: str
) -> None:
    towns = postal_coded(gazetteer, text)
    assert towns and all(t.admin1 == admin1 and t.kind == "city" for t in towns)


@pytest.mark.parametrize("text", ["Portland", "Portland Road", "Dhaka UP", "Washington"])
def test_a_name_without_a_postal_code_last_is_no_coded_town(gazetteer: Gazetteer, text: str) -> None:
    assert postal_coded(gazetteer, text) == []


@pytest.mark.slow
def test_washington_dc_alone_is_the_capital_not_the_state(nlp: Language, gazetteer: Gazetteer) -> None:
    sentence = "On 6 June, thousands marched in Washington DC against police violence."
    place = run_locate(nlp, gazetteer, sentence, sentence, "marched", focus="USA")
    assert place is not None and place.admin1 == "District of Columbia"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("New York-Queens", "Queens"),
        ("New York-Manhattan", "Manhattan"),
        ("New York-Brooklyn", "Brooklyn"),
        ("New York-Staten Island", "Staten Island"),
    ],
)
def test_a_borough_after_its_city_and_a_hyphen_is_the_borough(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    towns = [e for e in hyphened_part(gazetteer, text) if e.kind == "city"]
    assert towns and towns[0].name == name and towns[0].admin1 == "New York"


@pytest.mark.parametrize("text", ["Kansas-Nebraska", "Dallas-Houston", "Kabul-Jalalabad"])
def test_towns_apart_joined_by_a_hyphen_are_no_city_and_its_part(gazetteer: Gazetteer, text: str) -> None:
    assert hyphened_part(gazetteer, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("On 3 June, tenants marched in New York-Brooklyn (New York) against evictions.", "Brooklyn"),
        ("On 3 June, tenants marched in Crown Heights in New York-Brooklyn (New York).", "Brooklyn"),
    ],
)
def test_a_borough_written_after_new_york_and_a_hyphen_places_the_event(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str
) -> None:
    place = run_locate(nlp, gazetteer, sentence, sentence, "marched", focus="USA")
    assert place is not None and (place.name, place.admin1) == (name, "New York")
