"""Specs for a town read in another first-level region than the district its sentence places it in: the
district's town is taken; a town whose own region the sentence names, or one in the district's region,
is kept. Also: a district named alone tells a note's country over small towns of its name abroad, and a
typed district name of one country is read where the note names no country."""

from __future__ import annotations

from datetime import date

import pytest
from builders import listed_town
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.lone_towns import lone_town_country
from kronika.geo.outer_units import outer_district
from kronika.geo.resolve import resolve_name
from kronika.geo.unit_villages import village_in_upazila
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("sentence", "town", "read_in", "division"),
    [
        # a village's namesake in Mymensingh, the note's district (respelt) in Barisal
        ("Two farmers were hacked at Kanihari village in Sadar upazila in Jhalakati.", "Kanihari",
         "Mymensingh", "Barisal"),
        # the district written with its headquarters word and the sub-district's type word
        ("A shop was looted at Ramnagar village in Jamalpur Sadar upazila on Sunday.", "Ramnagar",
         "Dhaka", "Mymensingh"),
        # the district in brackets closing the chain
        ("Police found arms in a house at Ramnagar bazar (Pabna).", "Ramnagar", "Dhaka", "Rajshahi"),
        # the district in brackets with its headquarters word written small
        ("Rivals clashed in Ramnagar union (Pabna sadar), ahead of the polls.", "Ramnagar", "Dhaka",
         "Rajshahi"),
    ],
)  # fmt: skip
def test_a_town_read_outside_the_named_district_is_the_districts_town(
    gazetteer: Gazetteer, sentence: str, town: str, read_in: str, division: str
) -> None:
    place = outer_district(listed_town(gazetteer, town, "BGD", read_in), sentence, gazetteer)
    assert (place.country, place.admin1) == ("BGD", division)


@pytest.mark.parametrize(
    ("sentence", "town", "country", "admin1"),
    [
        # the district lies in the town's own division
        ("Two men were hurt at Kaliganj village of Lalmonirhat district.", "Kaliganj", "BGD", "Rangpur"),
        # the town's own region is named as well: a second place, not the town's unit
        ("Students in Kandy city, Central, marched for those held in Colombo.", "Kandy", "LKA", "Central"),
        # no district named after a word of place
        ("A shop was looted at Ramnagar village on Sunday.", "Ramnagar", "BGD", "Dhaka"),
        # a district the sentence names only after the clause moves on is another place
        (
            "Traders rallied in Ramnagar bazar, against an assault on a colleague in Pabna.",
            "Ramnagar",
            "BGD",
            "Dhaka",
        ),
        # a district named before the town is where something else stands, not the town's unit
        ("Activists of the Pabna unit marched in Ramnagar bazar on Monday.", "Ramnagar", "BGD", "Dhaka"),
    ],
)
def test_a_town_the_sentence_does_not_place_elsewhere_is_kept(
    gazetteer: Gazetteer, sentence: str, town: str, country: str, admin1: str
) -> None:
    place = listed_town(gazetteer, town, country, admin1)
    assert outer_district(place, sentence, gazetteer) == place


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("In Magura, strikers burnt a van and set off crude bombs.", "BGD"),
        ("About 300 people rallied in Magura town against the fare rise.", "BGD"),
    ],
)
def test_a_district_named_alone_tells_the_country_over_small_towns_abroad(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert lone_town_country(nlp(text), gazetteer) == iso3


def test_a_typed_district_of_one_country_is_read_where_no_country_is_known(gazetteer: Gazetteer) -> None:
    entry = resolve_name(gazetteer, "Rajbari District", None)
    assert entry is not None and (entry.country, entry.admin1) == ("BGD", "Dhaka")
    assert resolve_name(gazetteer, "Rajbari", None) is None  # a small town's bare name still needs a focus


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Ranisankail", "BGD", "Rangpur"),
        ("Ataikula", "BGD", "Rajshahi"),
        ("Hlaingtharya", "MMR", "Yangon"),
        ("Chanmyathazi", "MMR", "Mandalay"),
        ("Tembagapura", "IDN", "Papua"),
        ("Nevelske", "UKR", "Donetsk"),
    ],
)
def test_a_town_the_training_notes_name_and_the_lists_lack_is_found_in_its_region(
    gazetteer: Gazetteer, name: str, country: str, admin1: str
) -> None:
    found = gazetteer.lookup(name, kind="city", country=country)
    assert found and found[0].admin1 == admin1


@pytest.mark.parametrize("name", ["New York", "Kotwali", "Cantonment", "New Market"])
def test_common_or_foreign_names_get_no_town_of_the_table_in_ukraine_or_bangladesh(
    gazetteer: Gazetteer, name: str
) -> None:
    assert not [e for e in gazetteer.lookup(name, kind="city") if e.country in ("UKR", "BGD")]


@pytest.mark.parametrize(
    ("sentence", "quarter"),
    [
        ("Protesters torched two buses at Nilkhet in Dhaka.", "Nilkhet"),
        ("A man was stabbed at Mohammadpur in Dhaka on Monday.", "Mohammadpur"),  # not Rajshahi's
        ("Transport workers blocked the road at Demra in the capital on Sunday.", "Demra"),
    ],
)
def test_dhakas_quarters_are_read_in_dhaka_not_abroad_or_in_another_division(
    pipeline: Pipeline, sentence: str, quarter: str
) -> None:
    mentions = pipeline.mentions(Article(id="q", text=sentence, published=date(2021, 5, 2)))
    place = mentions[0].location if mentions else None
    assert place is not None and (place.name, place.country, place.admin1) == (quarter, "BGD", "Dhaka")


@pytest.mark.parametrize(
    ("sentence", "village", "read_in", "division"),
    [
        # the upazila respelt ('Bianibazar' for Beanibazar), the village read far off under another spelling
        ("Ten were hurt in a clash at Gobindasri in Bianibazar upazila.", "Gobindasree", "Mymensingh",
         "Sylhet"),
    ],
)  # fmt: skip
def test_a_village_in_a_respelt_upazila_is_read_within_it(
    gazetteer: Gazetteer, sentence: str, village: str, read_in: str, division: str
) -> None:
    place = village_in_upazila(listed_town(gazetteer, village, "BGD", read_in), sentence, gazetteer)
    assert (place.country, place.admin1) == ("BGD", division)
