"""Specs for places in terse African conflict notes: names of our town table that spaCy tags as a date,
a person or a group, and a village written as 'the village X' or 'the village of X'."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.coded_areas import in_coded_area
from kronika.geo.eras import as_of
from kronika.geo.mentions import sentence_mentions
from kronika.geo.resolve import resolve_name
from kronika.geo.text_place import MIN_SCORE
from kronika.model import Article, Place
from kronika.pipeline import Pipeline


def _best(nlp: Language, gazetteer: Gazetteer, text: str, focus: str | None) -> str | None:
    doc = nlp(text)
    mentions = sentence_mentions(doc, doc[:], gazetteer, focus, None)
    return mentions[0].entry.name if mentions and mentions[0].score >= MIN_SCORE else None


@pytest.mark.parametrize(
    ("text", "focus", "town"),
    [
        ("RSF attack Terow.", "SDN", "Terow"),  # tagged a date
        ("Army jets bombed Umm Serdeba", "SDN", "Umm Serdeba"),  # tagged a person
        ("Army jets bombed Umm Sirdiba overnight.", "SDN", "Umm Serdeba"),  # the table's other spelling
        ("Militiamen attacked Dobo El Jadida village overnight.", None, "Dobo El Jadida"),  # no country named
    ],
)
def test_a_name_of_our_town_table_is_a_town_whatever_spacy_tags_it(
    nlp: Language, gazetteer: Gazetteer, text: str, focus: str | None, town: str
) -> None:
    assert _best(nlp, gazetteer, text, focus) == town


@pytest.mark.parametrize(
    "text",
    [
        "A militia looted a market in the village Numu in North Darfur.",
        "Gunmen burned huts in the village of Numu in North Darfur.",
    ],
)
def test_a_village_named_after_its_noun_takes_the_nouns_role_over_its_region(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert _best(nlp, gazetteer, text, "SDN") == "Numu"


def test_a_person_named_like_no_town_of_the_table_stays_a_person(nlp: Language, gazetteer: Gazetteer) -> None:
    assert _best(nlp, gazetteer, "Ahmed Haroun visited the troops.", "SDN") is None


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # spaCy breaks these at 'el': 'Northern Bahr' and 'el Ghazal'
        ("Soldiers looted shops in Northern Bahr el Ghazal state.", "Northern Bahr el Ghazal"),
        ("Gunmen killed two herders in Western Bahr el Ghazal.", "Western Bahr el Ghazal"),
    ],
)
def test_a_region_name_broken_at_a_particle_is_read_whole(
    nlp: Language, gazetteer: Gazetteer, text: str, region: str
) -> None:
    assert _best(nlp, gazetteer, text, "SSD") == region


@pytest.mark.parametrize(
    "text",
    [
        "Youths rioted in the North East region over a chieftaincy dispute.",
        "Police deployed in the North East Region.",
    ],
)
def test_a_compass_region_with_its_type_word_is_the_focus_countrys(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    doc = nlp(text)
    mentions = sentence_mentions(doc, doc[:], gazetteer, "GHA", None)
    assert mentions
    assert (mentions[0].entry.country, mentions[0].entry.kind, mentions[0].entry.name) == (
        "GHA",
        "admin1",
        "North East",
    )


def test_a_compass_region_of_a_country_without_one_is_no_town_abroad(gazetteer: Gazetteer) -> None:
    assert resolve_name(gazetteer, "North East region", "KEN") is None


@pytest.mark.parametrize(
    ("text", "focus", "town"),
    [
        ("Gunmen kidnapped two aid workers from Hulugho on Monday.", "KEN", "Hulugho"),
        ("Militants abducted six civilians from Sixna village (Qandala, Bari).", "SOM", "Sixna"),
        ("Raiders stole cattle from Debi.", "SDN", "Debi"),
    ],
)
def test_the_place_people_or_goods_were_taken_from_is_the_scene(
    nlp: Language, gazetteer: Gazetteer, text: str, focus: str, town: str
) -> None:
    assert _best(nlp, gazetteer, text, focus) == town


def test_fighters_coming_from_a_town_do_not_place_the_event_there(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Fighters who came from Terow attacked a police post in Nyala."
    assert _best(nlp, gazetteer, text, "SDN") == "Nyala"


@pytest.mark.slow
def test_khartoum_north_under_the_name_notes_write_it_by(pipeline: Pipeline) -> None:
    text = "Security forces detained twenty students at Bahri University after a rally."
    mentions = pipeline.mentions(Article("t", text, published=date(2016, 4, 20)))
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1, location.name) == ("SDN", "Khartoum", "Khartoum North")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # spaCy takes the settlement's noun into the name: 'Terow village' is one GPE
        ("Raiders stole 200 cattle from Terow village.", "Terow"),
    ],
)
def test_a_place_tagged_with_its_settlement_noun_is_read_by_its_name(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    assert _best(nlp, gazetteer, text, "SDN") == town


def _town(country: str, admin1: str, lat: float, lon: float) -> Place:
    return Place("Sometown", country, admin1, lat, lon, "city")


@pytest.mark.parametrize(
    ("place", "admin1"),
    [
        (_town("SDN", "West Kordofan", 9.60, 28.44), "Abyei PCA Area"),  # Abyei town
        (_town("SSD", "Warrap", 9.36, 28.58), "Abyei PCA Area"),  # Agok, in the south of the area
        (_town("SDN", "South Kordofan", 11.01, 29.72), "South Kordofan"),  # Kadugli, far off
        (_town("TCD", "Salamat", 9.60, 28.44), "Salamat"),  # no claimant of the area
    ],
)
def test_a_town_of_the_abyei_area_is_filed_under_the_area(place: Place, admin1: str) -> None:
    assert in_coded_area(place) == replace(place, admin1=admin1)


def test_the_abyei_area_is_kept_after_the_map_of_the_day_is_applied() -> None:
    town = _town("SSD", "Warrap", 9.36, 28.58)
    placed = as_of(town, date(2010, 3, 1))  # before independence: Sudan's, but still the area
    assert placed is not None and (placed.country, placed.admin1) == ("SDN", "Abyei PCA Area")
