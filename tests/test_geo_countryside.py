"""Specs for a province or town placed out on the side of its countryside a sentence names."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.countryside import COUNTRYSIDE_KM, toward_countryside
from kronika.geo.nearby import distance_km
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate


def _region(gazetteer: Gazetteer, name: str) -> Place:
    """A Syrian province as the reader gives it, at its seat."""
    region = gazetteer.lookup(name, kind="admin1", country="SYR")[0].to_place()
    seat = gazetteer.seat(region)
    assert seat is not None and seat.lat is not None and seat.lon is not None
    return Place(region.name, "SYR", region.admin1, seat.lat, seat.lon, "admin1")


@pytest.mark.parametrize(
    ("sentence", "province", "north", "east"),
    [
        ("Artillery hit a hamlet in the southern countryside of Idleb on Sunday.", "Idleb", -1, 0),
        ("Drones struck farms in the northern Aleppo countryside.", "Aleppo", 1, 0),
        ("Gunmen raided a farm in the north-western countryside of Hama.", "Hama", 1, -1),
        ("A mine went off in the eastern Deir-ez-Zor countryside.", "Deir-ez-Zor", 0, 1),
    ],
)
def test_a_side_of_the_countryside_moves_the_point_out_that_way(
    gazetteer: Gazetteer, sentence: str, province: str, north: int, east: int
) -> None:
    seat = _region(gazetteer, province)
    moved = toward_countryside(seat, sentence, gazetteer)
    assert moved.lat is not None and moved.lon is not None and seat.lat is not None and seat.lon is not None
    assert distance_km(seat.lat, seat.lon, moved.lat, moved.lon) == pytest.approx(COUNTRYSIDE_KM, abs=1)
    assert (moved.lat > seat.lat + 0.05) == (north > 0) and (moved.lat < seat.lat - 0.05) == (north < 0)
    assert (moved.lon > seat.lon + 0.05) == (east > 0) and (moved.lon < seat.lon - 0.05) == (east < 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Artillery hit a hamlet in the countryside of Idleb on Sunday.",  # no side: the seat stays
        "Artillery hit a hamlet in the southern countryside of Hama on Sunday.",  # another province's
        "Artillery hit a hamlet south of Idleb on Sunday.",  # a bearing, not its countryside
    ],
)
def test_the_point_stays_without_a_side_of_this_places_countryside(
    gazetteer: Gazetteer, sentence: str
) -> None:
    seat = _region(gazetteer, "Idleb")
    assert toward_countryside(seat, sentence, gazetteer) == seat


def test_a_village_the_sentence_names_stays_where_it_is(gazetteer: Gazetteer) -> None:
    village = gazetteer.lookup("Saraqib", kind="city", country="SYR")[0].to_place()
    sentence = "Shells fell on Saraqib in the eastern countryside of Idleb."
    assert toward_countryside(village, sentence, gazetteer) == village


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "lat_below"),
    [
        ("On 2 May, artillery shelled Kafr Wahm in the southern countryside of Idleb.", "shelled", True),
        ("On 2 May, artillery shelled Kafr Wahm in the countryside of Idleb.", "shelled", False),
    ],
)
def test_the_reader_places_an_unlisted_village_out_on_the_side_named(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, lat_below: bool
) -> None:
    ctx = ArticleContext(Article("t", sentence), focus_country="SYR")
    detection = made_up_detection(sentence, trigger, "ASSAULT", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    seat = _region(gazetteer, "Idleb")
    assert place is not None and place.lat is not None and seat.lat is not None
    assert place.admin1 == "Idleb" and (place.lat < seat.lat - 0.1) == lat_below
