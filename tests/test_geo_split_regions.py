"""Specs for regions coded as their halves: a place in Shan or Bago keeps the half the note writes."""

from __future__ import annotations

import pytest
from builders import first_event_place

from kronika.gazetteer import Gazetteer
from kronika.geo.split_regions import point_half, written_half
from kronika.model import Place, PlacePrecision
from kronika.pipeline import Pipeline

_HSIPAW = Place(name="Hsipaw", country="MMR", admin1="Shan", lat=22.62, lon=97.3, precision="city")
_YANGON = Place(name="Yangon", country="MMR", admin1="Yangon", lat=16.8, lon=96.16, precision="city")
_PAUNGDE = Place(name="Paungde", country="MMR", admin1="Bago", lat=18.49, lon=95.5, precision="city")


@pytest.mark.parametrize(
    ("place", "text", "admin1"),
    [
        (_HSIPAW, "Troops shelled a village (Hsipaw township, Kyaukme district, Shan-North).", "Shan-North"),
        (_HSIPAW, "A mine went off near Hsipaw in Shan-north on Monday.", "Shan-North"),
        (_PAUNGDE, "Rebels attacked a post in Paungde town (Pyay district, Bago West region).", "Bago-West"),
        # the whole region where the note writes no half
        (_HSIPAW, "Troops shelled a village near Hsipaw in northern Shan State.", "Shan"),
        # Yangon's halves are districts, never regions
        (_YANGON, "Protesters marched in Hlaing township (Yangon-West district, Yangon region).", "Yangon"),
        # a half the region has not ('Bago-North') is no half
        (_PAUNGDE, "Rebels attacked a post in Paungde (Bago-North).", "Bago"),
    ],
)
def test_a_place_in_a_split_region_keeps_the_half_the_text_writes(
    place: Place, text: str, admin1: str
) -> None:
    assert written_half(place, text).admin1 == admin1


def _town(name: str, region: str, lat: float, lon: float, precision: PlacePrecision = "city") -> Place:
    return Place(name=name, country="MMR", admin1=region, lat=lat, lon=lon, precision=precision)


@pytest.mark.parametrize(
    ("place", "admin1"),
    [
        (_town("Lashio", "Shan", 22.94, 97.75), "Shan-North"),
        (_town("Namhsan", "Shan", 22.96, 97.16), "Shan-North"),
        (_town("Taunggyi", "Shan", 20.78, 97.04), "Shan-South"),
        (_town("Mong Hsu", "Shan", 21.9, 98.36), "Shan-South"),
        (_town("Kengtung", "Shan", 21.29, 99.6), "Shan-East"),
        (_town("Tachileik", "Shan", 20.45, 99.88), "Shan-East"),
        (_town("Taungoo", "Bago", 18.94, 96.43), "Bago-East"),
        (_town("Pyay", "Bago", 18.82, 95.22), "Bago-West"),
        (_town("Letpadan", "Bago", 17.79, 95.75), "Bago-West"),
        # a half already written stays; the whole region has no point of its own
        (_town("Hsipaw", "Shan-South", 22.62, 97.3), "Shan-South"),
        (_town("Shan", "Shan", 21.5, 97.9, precision="admin1"), "Shan"),
        # other regions have no halves
        (_town("Mandalay", "Mandalay", 21.97, 96.08), "Mandalay"),
    ],
)
def test_a_town_in_a_split_region_the_text_names_no_half_of_gets_the_half_its_point_lies_in(
    place: Place, admin1: str
) -> None:
    assert point_half(place).admin1 == admin1


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("Shan-North", "Shan"),
        ("Shan-South state", "Shan"),
        ("Shan East State", "Shan"),
        ("Bago-West Region", "Bago"),
        ("Bago-East", "Bago"),
    ],
)
def test_a_half_of_a_split_region_is_looked_up_as_the_whole_region(
    gazetteer: Gazetteer, written: str, region: str
) -> None:
    assert [(e.name, e.kind, e.country) for e in gazetteer.lookup(written)] == [(region, "admin1", "MMR")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the half names the note's country: Muse is Myanmar's border town, not Turkey's Muş
        (
            "On 7 January 2022, in Pang Sai village of Muse township (coded as Pang Sai) (Muse district, "
            "Shan-North state), artillery hit a house and a man was injured.",
            ("MMR", "Shan-North", "Mu-se"),
        ),
        # a region written only as its half is still the scene
        (
            "On 12 August 2022, in Shan-South state, the military burned several houses.",
            ("MMR", "Shan-South", "Shan"),
        ),
    ],
)
def test_a_note_naming_a_half_is_placed_in_that_half(
    pipeline: Pipeline, text: str, place: tuple[str, str, str]
) -> None:
    assert first_event_place(pipeline, text) == place
