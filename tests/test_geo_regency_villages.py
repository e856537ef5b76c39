"""Specs for a village read far from the regency or city its sentence names, given way to that unit's town."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.regency_villages import village_in_regency
from kronika.model import Place


def _town(gazetteer: Gazetteer, name: str, admin1: str) -> Place:
    """The listed town of that name in an Indonesian province, as the places stage reads it."""
    return next(
        e for e in gazetteer.lookup(name, kind="city", country="IDN") if e.admin1 == admin1
    ).to_place()


@pytest.mark.parametrize(
    ("village", "admin1", "sentence", "unit"),
    [
        pytest.param(  # a city's villages lie within 40 km of it: this Sukaasih lies 55 km from Bandung
            "Sukaasih",
            "West Java",
            "On 4 April 2021, about 80 traders rallied in Sukaasih village, Batununggal district,"
            " Bandung city, West Java province, against a market fee.",
            "Bandung",
            id="beyond a city's reach",
        ),
        pytest.param(  # the lists' Mojoroto lies 115 km from Kediri, beyond a regency's reach
            "Mojoroto",
            "East Java",
            "On 4 April 2021, farmers protested in Mojoroto sub-district, Gurah district, Kediri regency,"
            " East Java province, over water rights.",
            "Kediri",
            id="beyond a regency's reach",
        ),
    ],
)
def test_a_far_village_gives_way_to_its_unit_town(
    gazetteer: Gazetteer, village: str, admin1: str, sentence: str, unit: str
) -> None:
    place = village_in_regency(_town(gazetteer, village, admin1), sentence, gazetteer)
    assert (place.name, place.admin1, place.precision) == (unit, admin1, "city")


@pytest.mark.parametrize(
    ("village", "admin1", "sentence"),
    [
        pytest.param(  # Kertajadi lies 77 km from Cianjur, within a regency's reach
            "Kertajadi",
            "West Java",
            "On 4 April 2021, villagers blocked a road in Kertajadi village, Cidaun district,"
            " Cianjur regency, West Java province.",
            id="within a regency's reach",
        ),
        pytest.param(  # a town with people is no namesake picked by chance
            "Bogor",
            "West Java",
            "On 4 April 2021, students from Bandung city marched in Bogor against a tuition rise.",
            id="a town of some size",
        ),
        pytest.param(  # the unit named lies in another province: it says nothing of this one's village
            "Sukaasih",
            "West Java",
            "On 4 April 2021, workers from Surabaya city protested in Sukaasih village over wages.",
            id="unit in another province",
        ),
        pytest.param(  # no regency or city named
            "Sukaasih",
            "West Java",
            "On 4 April 2021, about 80 traders rallied in Sukaasih village against a market fee.",
            id="no unit named",
        ),
    ],
)
def test_other_places_are_kept(gazetteer: Gazetteer, village: str, admin1: str, sentence: str) -> None:
    place = _town(gazetteer, village, admin1)
    assert village_in_regency(place, sentence, gazetteer) == place


def test_a_village_outside_indonesia_is_kept(gazetteer: Gazetteer) -> None:
    # elsewhere a city named is as often where people came from: As Sukhnah, a village the lists give no
    # people, lies 190 km from Homs in its province
    place = next(e for e in gazetteer.lookup("As Sukhnah", kind="city", country="SYR")).to_place()
    sentence = "On 4 April 2021, families displaced from Homs city returned to As Sukhnah."
    assert village_in_regency(place, sentence, gazetteer) == place
