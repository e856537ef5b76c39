"""Specs for reading a sub-district the note names by its type word as the town it is named after."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.subunits import subunit_town
from kronika.model import Article, Place
from kronika.pipeline import Pipeline


def _entry(gazetteer: Gazetteer, name: str, kind: str, country: str) -> Place:
    """A region, district or town as the places stage gives it."""
    found = [e for e in gazetteer.lookup(name, country=country) if e.kind == kind]
    return found[0].to_place()


@pytest.mark.parametrize(
    ("sentence", "found", "kind", "country", "town"),
    [
        # the lists lack the village and the block: the block's seat, not the district's town
        ("Workers protested in Bhaliapur village in Digapahandi block (Ganjam, Odisha).", "Ganjam", "city",
         "IND", "Digapahandi"),
        # a district's centre is farther from the sector's villages than the sector's town
        ("Soldiers traded fire at Kamalkote of Uri sector area (Baramulla district, J&K).", "Baramula",
         "admin2", "IND", "Uri"),
        # the region alone was found: the district it names is seated in the town of its name
        ("A ranger was killed in tambon Nong Ri, Lam Sonthi district of Lop Buri, Thailand.", "Lop Buri",
         "admin1", "THA", "Lam Sonthi"),
        ("Gunmen shot a farmer near Unguwar Dodo in Faskari LGA (Katsina).", "Katsina", "admin1", "NGA",
         "Faskari"),
        # the type word capitalised, and the note's spelling of the town ('Manoharganj')
        ("A trader was beaten at a bazar in Monoharganj Upazila of Comilla district.", "Comilla", "city",
         "BGD", "Manoharganj"),
        # the district written as the sub-district's owner, before it
        ("Students were attacked at a procession in Satkhira's Shyamnagar upazila.", "Satkhira", "city",
         "BGD", "Shyamnagar"),
        # the note spells the town a little differently from the lists ('Pokaran')
        ("Villagers stoned the police in Dhaulia village of Pokhran subdivision (Jaisalmer, Rajasthan).",
         "Rajasthan", "admin1", "IND", "Pokaran"),
    ],
)  # fmt: skip
def test_a_named_sub_district_places_the_event_in_its_town(
    gazetteer: Gazetteer, sentence: str, found: str, kind: str, country: str, town: str
) -> None:
    before = _entry(gazetteer, found, kind, country)
    place = subunit_town(before, sentence, gazetteer)
    assert place is not None and place.name == town and place.precision == "city"
    assert place.admin1 == before.admin1  # the region as the region list spells it


@pytest.mark.parametrize(
    ("sentence", "found", "kind", "country"),
    [
        # a town found that is no unit written after the sub-district is finer already
        ("Youths clashed with police in Paithan, in Gangapur tehsil (Aurangabad, Maharashtra).", "Paithan",
         "city", "IND"),
        # the sub-district's town lies in another region than the one the event was placed in
        ("Troops exchanged fire in Uri sector on Friday.", "Odisha", "admin1", "IND"),
        # a town of the sub-district's name far from the town found is a namesake, not its seat
        ("Traders protested in Tegalsari subdistrict, West Tegal district, Tegal city, Central Java.",
         "Tegal", "city", "IDN"),
        # a name the lists hold elsewhere is never read as a misspelling of a town near the place
        ("Students protested in Sumbersari district, Jember regency, East Java.", "Jember", "city", "IDN"),
        # the town found is named again only by an actor after the units' bracket, no unit written there
        ("Rebels ambushed a convoy near Kin in Myaung township (Sagaing district, Sagaing region), and the"
         " Myaung PDF claimed it.", "Myaung", "city", "MMR"),
        # no type word: nothing tells which name is a unit
        ("Militants attacked Mbau village (Quissanga, Cabo Delgado).", "Cabo Delgado", "admin1", "MOZ"),
    ],
)  # fmt: skip
def test_a_finer_place_or_a_sub_district_elsewhere_leaves_the_place(
    gazetteer: Gazetteer, sentence: str, found: str, kind: str, country: str
) -> None:
    before = _entry(gazetteer, found, kind, country)
    assert subunit_town(before, sentence, gazetteer) == before


def test_no_place_stays_none(gazetteer: Gazetteer) -> None:
    assert subunit_town(None, "Clashes in Uri sector.", gazetteer) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("On 4 May 2020, around 80 workers protested at a quarantine centre in Bhaliapur village in "
         "Digapahandi block (Ganjam, Odisha) over the lack of food.", "Digapahandi"),
        ("On 9 May 2020, Indian and Pakistani troops traded shots over the LoC near Kamalkote "
         "village of Uri sector area (Baramulla district, J&K).", "Uri"),
    ],
)  # fmt: skip
def test_a_note_naming_a_sub_district_is_placed_in_its_town(pipeline: Pipeline, text: str, town: str) -> None:
    mentions = pipeline.mentions(Article(id="note", text=text, published=date(2020, 5, 5)))
    assert mentions and mentions[0].location is not None and mentions[0].location.name == town
