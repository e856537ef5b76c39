"""Specs for places in African notes: Kenya's sub-county word types the unit named before it; a place
chain read in one country keeps its inner names from voting for a namesake abroad; Darfur villages and
Bor, and the Bahr el Ghazal states spelled with 'al', read at home rather than abroad; a name written
with a people's word ('Abala herders') is a people, not a town abroad."""

from __future__ import annotations

import pytest
from builders import first_event_place
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import find_chains
from kronika.geo.focus import focus_country
from kronika.geo.peoples import named_as_people
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two herders were shot in Kargi village in Loiyangalani sub county.", "Loiyangalani"),
        ("Youths blocked a road in Kabuchai sub-county on Monday.", "Kabuchai"),
        ("A chief was attacked in Butula Subcounty.", "Butula"),
        ("A chief was attacked in Butula Sub County.", "Butula"),
        ("A chief was attacked in Butula Sub-County.", "Butula"),
    ],
)
def test_a_sub_county_word_types_the_name_before_it_as_a_district(text: str, name: str) -> None:
    last = find_chains(text)[-1].names[-1]
    assert (last.text, last.district, last.county) == (name, True, False)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # Salima is Malawi's town too, but the sub-county holding it is Kenya's
        ("Gunmen shot a trader in Salima village in Laisamis sub county.", "KEN"),
        # a chain read abroad takes nothing from a name outside it
        ("Police in Nairobi said a trader was robbed in Salima, Malawi.", "MWI"),
        # a chain read abroad by one name, whose names all agree in the town's own country, is read there
        ("A guard was hurt in a brawl in Montego Bay, Saint James Parish.", "JAM"),
    ],
)
def test_a_name_inside_a_chain_read_elsewhere_casts_no_vote_of_its_own(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == iso3


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a village named like a town abroad (Malawi's), in a sub-county the lists hold as a town
        ("Gunmen shot a trader in Salima village in Laisamis sub county.", "Marsabit"),
        # a village the lists hold only in India, written before its sub-county
        ("Bandits raided homes in Saria, Cheptais sub-county, overnight.", "Bungoma"),
        ("Police shot a suspect at Kibundani in Msambweni Sub County.", "Kwale"),
    ],
)
def test_a_village_in_a_sub_county_is_read_in_the_sub_countys_county(
    pipeline: Pipeline, text: str, region: str
) -> None:
    country, admin1, _ = first_event_place(pipeline, text)
    assert (country, admin1) == ("KEN", region)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Bor named alone is Jonglei's capital, not Russia's or Serbia's smaller town
        ("Gunmen ambushed two traders outside Bor.", ("SSD", "Jonglei")),
        # Darfur villages the lists hold only abroad, in a note naming a Sudanese force
        ("RSF fighters looted shops in Anka.", ("SDN", "North Darfur")),
        ("Militiamen attacked herders in Dali, North Darfur.", ("SDN", "North Darfur")),
        ("Border Guards shot two farmers near El Kuma.", ("SDN", "North Darfur")),
        # Nyala's displacement camp, which the lists hold only as Indonesian hamlets
        ("Gunmen robbed three women at El Salam camp on Friday.", ("SDN", "South Darfur")),
        # the Bahr el Ghazal states written with 'al' are South Sudan's, not Chad's Barh el Gazel
        ("Pupils protested in Raja county of Western Bahr al Ghazal.", ("SSD", "Western Bahr el Ghazal")),
        ("SAF planes bombed a village in North Bahr-al Ghazal.", ("SSD", "Northern Bahr el Ghazal")),
    ],
)
def test_conflict_towns_read_at_home(pipeline: Pipeline, text: str, place: tuple[str, str]) -> None:
    country, admin1, _ = first_event_place(pipeline, text)
    assert (country, admin1) == place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "people"),
    [
        ("Abala herders beat two farmers near the wells.", "Abala", True),
        ("Maaliya and Hamar tribesmen clashed over land.", "Hamar", True),
        ("Raiders shot two herders from Abala.", "Abala", False),
        # a people named after a first-level region still names the region, unless called ethnic
        ("Toposa raiders killed three Turkana herdsmen.", "Turkana", False),
        ("Toposa raiders killed three ethnic Turkana herdsmen.", "Turkana", True),
    ],
)
def test_a_name_before_a_peoples_word_is_a_people_unless_a_region(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, people: bool
) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    assert named_as_people(doc[start : start + 1], gazetteer) is people


@pytest.mark.slow
def test_a_people_named_like_a_town_abroad_does_not_place_the_event(pipeline: Pipeline) -> None:
    # Hamar is Norway's town too; the tribesmen's clash is in East Darfur
    text = "Maaliya and Hamar tribes clashed in El Guruf, East Darfur."
    assert first_event_place(pipeline, text)[:2] == ("SDN", "East Darfur")
