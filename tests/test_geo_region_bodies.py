"""Specs for the regions a note names only in a body's or movement's name, as the home its shared town
names read in ('the Sindh Workers Union ... in Hyderabad' is Pakistan's Hyderabad, not India's)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.focus import focus_country
from kronika.geo.region_bodies import region_body_countries
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The Sindh Workers Union staged a sit-in.", {"PAK"}),
        ("Students of Tamil Nadu Agricultural University boycotted classes.", {"IND"}),
        ("The Khyber Pakhtunkhwa Teachers Association went on strike.", {"PAK"}),
        # a region of two countries tells neither
        ("Punjab University teachers protested against a pay cut.", set()),
        # everyday words that some region abroad is called, or a small region's name
        ("Employees of the District Council protested over unpaid salaries.", set()),
        ("Members of the Central Committee walked out of the meeting.", set()),
        ("Opposition members walked out of the Rajya Sabha.", set()),
        # a region closing a name is a part of a place or a street's namesake
        ("Families of Barangay Camudlas, Negros Oriental, fled the fighting.", set()),
        ("Tailors marched towards the Garita de Lima square in the city.", set()),
        # a one-word region alone is a place spaCy took for a body, not a body named after it
        ("Sindh said it would send more police.", set()),
        # a first name, not Australia's state
        ("Victoria told reporters that the march would go on.", set()),
        # a body named after its country, where the note names bodies of one country only
        ("Supporters of the Nepal Sadhbhawan Party blocked the highway.", {"NPL"}),
        ("The Nepal Workers Union and the India Farmers Forum met at the border.", set()),
        # a country's name alone is read as one
        ("Nepal said it would send more police.", set()),
    ],
)
def test_a_body_named_after_a_region_of_one_country_makes_it_home(
    nlp: Language, gazetteer: Gazetteer, text: str, countries: set[str]
) -> None:
    assert region_body_countries(nlp(text), gazetteer) == countries


@pytest.mark.parametrize(
    "text",
    [
        "The Sindh Workers Union protested outside the press club in Hyderabad.",
        "Activists of the Sindh Teachers Front rallied in Hyderabad against power cuts.",
    ],
)
def test_a_town_shared_with_a_bigger_namesake_is_the_bodys_regions(
    nlp: Language, gazetteer: Gazetteer, pipeline: Pipeline, text: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == "PAK"
    mentions = pipeline.mentions(Article("t", text, published=date(2015, 6, 1)))
    assert mentions
    location = mentions[0].location
    assert location is not None and (location.name, location.admin1) == ("Hyderabad", "Sindh")


@pytest.mark.parametrize(
    "text",
    [
        # an American state named in a newspaper's or a company's name: America has a namesake of every town
        "Protesters marched in Lahore, the New York Times reported.",
        "Workers of a Texas Instruments supplier went on strike.",
        "Staff of the United States Agency for International Development left Juba.",
    ],
)
def test_an_american_state_in_a_bodys_name_makes_no_home(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert "USA" not in region_body_countries(nlp(text), gazetteer)
