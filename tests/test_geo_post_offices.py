"""Specs for Sri Lanka's post office towns and villages the lists lack (lankapost): each is found in its
district's province, a note naming one alone is placed there, and a name that is a country's is not
taken; and for a village read in another region than the town a chain writes after it, which gives way
to that town ('Pothupitiya area in Wadduwa')."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chain_parts import part_of_later_town
from kronika.model import Article, ArticleContext
from kronika.places import locate

pytest.importorskip("lankapost")


@pytest.mark.parametrize(
    ("village", "province"),
    [
        ("Manampitiya", "North Central"),
        ("Elapatha", "Sabaragamuwa"),
        ("Dambana", "Uva"),
        ("Maho", "North Western"),
    ],
)
def test_a_post_office_place_the_lists_lack_is_found_in_its_province(
    gazetteer: Gazetteer, village: str, province: str
) -> None:
    found = gazetteer.lookup(village, kind="city", country="LKA")
    assert found and found[0].admin1 == province


def test_a_post_office_named_as_a_country_is_not_taken(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Panama", country="LKA") == []


def test_a_note_naming_only_a_post_office_village_is_placed_in_its_province(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "Paddy farmers staged a protest in Manampitiya over the price of fertiliser."
    ctx = ArticleContext(Article("t", sentence), focus_country=None)
    detection = made_up_detection(sentence, "protest", "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1) == ("LKA", "North Central")


def _town(name: str, country: str, admin1: str, lat: float, lon: float, people: int) -> GeoEntry:
    return GeoEntry(name, "city", country, admin1, lat, lon, people)


def test_a_village_read_in_another_region_than_the_town_after_it_gives_way_to_that_town(
    gazetteer: Gazetteer,
) -> None:
    village = _town("Pothupitiya", "LKA", "Sabaragamuwa", 6.58, 80.59, 1_000)
    town = _town("Wadduwa", "LKA", "Western", 6.67, 79.93, 10_000)
    assert part_of_later_town(gazetteer, village, [village, town]) == town


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # a town bigger than the one after it: a list of two towns
        (
            _town("Kandy", "LKA", "Central", 7.29, 80.63, 111_701),
            _town("Wadduwa", "LKA", "Western", 6.67, 79.93, 10_000),
        ),
        # American news writes a town with its state, not with a town beside it
        (
            _town("Salem", "USA", "Ohio", 40.9, -80.86, 9_000),
            _town("Dover", "USA", "Delaware", 39.16, -75.52, 38_000),
        ),
    ],
)
def test_a_bigger_town_or_an_american_one_stays(
    gazetteer: Gazetteer, first: GeoEntry, later: GeoEntry
) -> None:
    assert part_of_later_town(gazetteer, first, [first, later]) == first
