"""Specs for regions coded as their halves: a place in Shan or Bago keeps the half the note writes."""

from __future__ import annotations

import pytest

from kronika.geo.split_regions import written_half
from kronika.model import Place

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
