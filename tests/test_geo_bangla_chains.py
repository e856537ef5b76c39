"""Specs for place chains as Bangladeshi notes write them: a day written straight after the place, and a
'Sub-District' or an upazila's council ('Upazila Parishad') inside a capitalised name."""

from __future__ import annotations

from datetime import date

import pytest
from builders import chain_names

from kronika.geo.chains import find_chains
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Nine men were hurt at Dighirpar in Muktagacha Upazila Tuesday.", ["Dighirpar", "Muktagacha"]),
        ("Two rival groups clashed in Sherpur Sadar Upazila Wednesday night.", ["Sherpur Sadar"]),
        ("A gun battle broke out in Wajir Town Sunday morning.", ["Wajir"]),
    ],
)
def test_a_day_written_after_a_place_is_no_part_of_its_name(text: str, chain: list[str]) -> None:
    assert chain in chain_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday (Day 2 of the strike) pickets torched a bus.",
        "On Monday, students blocked the highway.",
    ],
)
def test_a_day_opening_a_sentence_is_no_place(text: str) -> None:
    # 'On Saturday (Day 2': no 'On Saturday' whose bracket 'Day' would be read as its region
    assert not any(name.startswith("On") for chain in chain_names(text) for name in chain)
    assert all(len(chain) == 1 for chain in chain_names(text))


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (
            "Arms were seized at Baroipara in Kashiani Sub-District of Gopalganj District.",
            ["Baroipara", "Kashiani", "Gopalganj"],
        ),
        ("A crowd gathered at Kotalipara Upazila Parishad in Gopalganj city.", ["Kotalipara", "Gopalganj"]),
    ],
)
def test_a_sub_district_or_upazila_council_is_read_by_its_unit_name(text: str, chain: list[str]) -> None:
    assert chain in chain_names(text)


def test_an_upazila_council_types_its_name_as_bangladeshs() -> None:
    text = "A crowd gathered at Kotalipara Upazila Parishad in Gopalganj city."
    first = next(chain for chain in find_chains(text) if chain.names[0].text == "Kotalipara")
    assert first.names[0].national == "BGD"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "On 3 May 2012, police seized bombs at Baroipara in Kashiani Sub-District of Gopalganj District.",
            "Dhaka",
        ),
        (
            "On 4 June 2016, a human chain was formed at Kotalipara Upazila Parishad in Gopalganj city.",
            "Dhaka",
        ),
        (
            "At least 12 people were injured in a clash at Dighirpar in Muktagacha Upazila Tuesday.",
            "Mymensingh",
        ),
    ],
)
def test_bangladeshi_chains_are_placed_in_their_division(pipeline: Pipeline, text: str, admin1: str) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2016, 6, 5)))
    places = [m.location for m in mentions if m.location is not None]
    assert places
    assert (places[0].country, places[0].admin1) == ("BGD", admin1)
