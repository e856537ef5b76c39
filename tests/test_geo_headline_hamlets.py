"""Specs for the town a headline names that no list holds, read by its post office, and for a town a
headline or a page names only through its own police: the place of a page whose text names none."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import find_chains
from kronika.geo.headline_hamlets import headline_hamlet
from kronika.geo.title_towns import title_town
from kronika.geo.town_police import police_town
from kronika.geo.zip_towns import post_office_states, town_points
from kronika.model import Article
from kronika.pipeline import Pipeline

RECORDS = [
    {"zip_code": "20001", "zip_code_type": "STANDARD", "city": "Millbrook Falls", "state": "OH",
     "lat": "40.0", "long": "-82.0"},
    {"zip_code": "20002", "zip_code_type": "STANDARD", "city": "Cedar Hollow", "state": "OH",
     "lat": "39.5", "long": "-83.5"},
    {"zip_code": "20003", "zip_code_type": "STANDARD", "city": "Cedar Hollow", "state": "IN",
     "lat": "39.6", "long": "-86.5"},
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "states"),
    [
        pytest.param("Millbrook Falls", {"OH"}, id="one-state"),
        pytest.param("cedar hollow", {"OH", "IN"}, id="several-states-any-case"),
        pytest.param("Pine Gulch", set(), id="no-office"),
    ],
)
def test_the_states_with_a_post_office_of_a_name(name: str, states: set[str]) -> None:
    assert post_office_states(name, town_points(RECORDS)) == states


@pytest.mark.parametrize(
    ("title", "name", "admin1"),
    [
        ("Two hurt when rifle discharges in Chugwater", "Chugwater", "Wyoming"),  # after 'in'
        ("Deputies probe Wamsutter shooting", "Wamsutter", "Wyoming"),  # before the crime's word
        ("Cokeville teen dies after hunting accident", "Cokeville", "Wyoming"),  # the people's home
        ("Funeral set for Hemingway girl shot by cousin", "Hemingway", "South Carolina"),
        ("In little Gilby, N.D., a night of gunfire", "Gilby", "North Dakota"),  # its state beside it
    ],
)
def test_an_unlisted_town_of_a_headline_is_read_by_its_post_office(
    gazetteer: Gazetteer, title: str, name: str, admin1: str
) -> None:
    place = headline_hamlet(gazetteer, title, "USA")
    assert place is not None and (place.name, place.admin1, place.country) == (name, admin1, "USA")
    assert place.lat is not None


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Man shot in Paisley home", "USA"),  # two states have a Paisley post office
        ("Three shot after brawl in Boss Nightclub parking lot", "USA"),  # a venue opening with a town's word
        ("Bourbon Street shooting leaves two hurt", "USA"),  # a street
        ("Man found dead in Harrison Township", "USA"),  # a township, filed under its county
        ("Police probe fatal W. 12th Street shooting", "USA"),  # a numbered street's word
        ("Survivors of the Wyoming ranch shooting speak", "USA"),  # a state named without a town
        ("Two shot dead in Wyoming; suspect sought", "USA"),
        ("Teen hurt in Pamplico shooting", "USA"),  # a listed town: `geo/headline.py` reads it
        ("Two killed in Chugwater", "KEN"),  # another country's story: no American post office
        ("Toddler hurt in accidental shooting", "USA"),
        (None, "USA"),
    ],
)
def test_other_headlines_give_no_unlisted_town(gazetteer: Gazetteer, title: str | None, country: str) -> None:
    assert headline_hamlet(gazetteer, title, country) is None


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Duluth Police look into weekend shooting", "Duluth"),
        ("Grove City Police investigate accidental shooting", "Grove City"),
        ("Shooting at apartment: Tulsa Police Department", "Tulsa"),
    ],
)
def test_a_towns_own_police_name_its_town(gazetteer: Gazetteer, title: str, name: str) -> None:
    town = title_town(gazetteer, title, "USA")
    assert town is not None and town.name == name


@pytest.mark.parametrize(
    "title",
    [
        "Harris County Sheriff: teen shot at party",  # a county's agency names no town
        "State Police investigate shooting on highway",
        "Tulsa Fire crews find man shot in burning home",  # a fire service is no police
    ],
)
def test_other_agencies_name_no_town(gazetteer: Gazetteer, title: str) -> None:
    assert title_town(gazetteer, title, "USA") is None


def test_a_page_naming_no_place_is_set_at_its_headlines_unlisted_town(pipeline: Pipeline) -> None:
    article = Article(
        id="hamlet-1",
        text="A 15-year-old boy died Saturday after he was shot while cleaning a rifle, relatives said.",
        title="Cokeville teen dies after rifle goes off",
        published=date(2021, 3, 8),
    )
    places = {m.location for m in pipeline.mentions(article) if m.location is not None}
    assert {(p.name, p.admin1) for p in places} == {("Cokeville", "Wyoming")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A girl, 4, was hurt Sunday. The Kokomo Police Department said she had found a pistol.", "Kokomo"),
        ("Officers of the Grove City Police were called at noon. Kokomo Police later thanked them.", None),
        ("Deputies of the Kokomo Sheriff's Office found the boy. He was flown to a trauma centre.", None),
        ("A man was shot at a gas station late Friday, police said.", None),
    ],
)
def test_a_page_may_name_its_town_only_through_the_towns_police(
    gazetteer: Gazetteer, text: str, name: str | None
) -> None:
    town = police_town(gazetteer, text, tuple(find_chains(text)), "USA", frozenset())
    assert (town.name if town else None) == name
