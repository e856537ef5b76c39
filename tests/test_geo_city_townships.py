"""Specs for an unlisted township of a region that is mostly one city, placed at that city."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.city_townships import city_township
from kronika.model import Place


def _region(gazetteer: Gazetteer, name: str, country: str) -> Place:
    """A first-level region at its centre, as the places stage gives a region named alone."""
    return gazetteer.lookup(name, kind="admin1", country=country)[0].to_place()


def test_a_township_of_the_yangon_region_is_at_yangon(gazetteer: Gazetteer) -> None:
    region = _region(gazetteer, "Yangon", "MMR")
    city = gazetteer.lookup("Yangon", kind="city", country="MMR")[0]
    sentence = (
        "On 3 June 2021, in Thingangyun township (Yangon-East District, Yangon Region), a bomb went off."
    )
    place = city_township(region, sentence, gazetteer)
    assert (place.name, place.admin1, place.precision) == ("Yangon", "Yangon", "admin1")
    assert (place.lat, place.lon) == (city.lat, city.lon)


@pytest.mark.parametrize(
    ("region", "country", "sentence"),
    [
        pytest.param(  # Sagaing's towns hold few of its people: its middle stays the guess
            "Sagaing",
            "MMR",
            "On 3 June 2021, in Kani township (Yinmabin district, Sagaing region), troops fired.",
            id="rural region",
        ),
        pytest.param(  # no township named: a region named alone is left to the other rules
            "Yangon", "MMR", "On 3 June 2021, protesters marched across Yangon Region.", id="no township"
        ),
    ],
)
def test_other_regions_keep_their_point(
    gazetteer: Gazetteer, region: str, country: str, sentence: str
) -> None:
    place = _region(gazetteer, region, country)
    assert city_township(place, sentence, gazetteer) == place
