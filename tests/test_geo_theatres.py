"""Specs for the region a note naming no finer place than a country is set in by the group, people or area
it names that fights or lies in one region ('LRA fighters looted a village': Western Equatoria)."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.named_sites import read_sites
from kronika.geo.theatres import theatre_town
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate

SUDAN = Place("Sudan", "SDN", "Khartoum", 15.55, 32.53, "country")
UGANDA = Place("Uganda", "UGA", "Central Region", 0.32, 32.58, "country")
CONGO = Place("Democratic Republic of the Congo", "COD", "Kinshasa", -4.3, 15.3, "country")


@pytest.mark.parametrize(
    ("text", "read", "town", "admin1"),
    [
        # a group that fights in one region, the country as read so far its land or none
        ("LRA fighters looted a village and took two girls.", None, "Yambio", "Western Equatoria"),
        ("Suspected LRA members burned a clinic in southern Sudan.", SUDAN, "Yambio", "Western Equatoria"),
        # the LRA's own country, read from the group alone (the text names it nowhere)
        ("LRA attacks and loots a market.", UGANDA, "Yambio", "Western Equatoria"),
        ("Murle raiders took 300 head of cattle.", None, "Pibor", "Jonglei"),
        ("The SPLM-N said its fighters shot down a drone.", SUDAN, "Kadugli", "South Kordofan"),
        ("SPLA-North forces shelled an army garrison.", SUDAN, "Kadugli", "South Kordofan"),
        # Darfur's rebels, militias and peacekeepers, as 'Darfur' alone is read
        ("SLA-AW fighters ambushed a convoy, killing 2 soldiers.", SUDAN, "El Fasher", "North Darfur"),
        ("Janjaweed on camels raided a market.", SUDAN, "El Fasher", "North Darfur"),
        ("UNAMID reported that a patrol was shot at.", None, "El Fasher", "North Darfur"),
        # Burkina Faso's jihadist groups, whose notes naming no place coders place most in the Sahel
        ("Suspected ISGS militants burned a school in Tilga.", None, "Djibo", "Sahel"),
        # the south before independence, named as a part of Sudan
        ("Rebels killed five traders in southern Sudan.", SUDAN, "Juba", "Central Equatoria"),
    ],
)
def test_a_note_naming_only_a_group_of_one_region_is_set_at_its_town(
    gazetteer: Gazetteer, text: str, read: Place | None, town: str, admin1: str
) -> None:
    place = theatre_town(text, read, gazetteer)
    assert place is not None and (place.name, place.admin1) == (town, admin1)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a town already read stays
        (
            "LRA fighters looted Nakiri village.",
            Place("Nakiri", "SSD", "Western Equatoria", 4.6, 28.1, "city"),
        ),
        # a country the note names that is none of the line's lands
        ("LRA fighters abducted 4 children in northern Congo.", CONGO),
        ("Ugandan troops said they killed 3 LRA rebels.", UGANDA),
        (
            "JNIM militants attacked an army post near the border of Mali.",
            Place("Mali", "MLI", "Bamako", 12.6, -8.0, "country"),
        ),
        # no group of the table: a bigger group of another name, a word inside another, lowercase
        ("The SPLA and rebels clashed for a second day.", SUDAN),
        ("Militiamen of the SLAM group attacked herders.", SUDAN),
        ("Gunmen killed a trader on the road.", SUDAN),
    ],
)
def test_no_theatre_over_a_town_a_foreign_country_or_no_group(
    gazetteer: Gazetteer, text: str, read: Place | None
) -> None:
    assert theatre_town(text, read, gazetteer) is None


def test_every_shipped_theatre_line_names_a_listed_town_in_its_region(gazetteer: Gazetteer) -> None:
    for theatre in read_sites(kind="theatre"):
        assert theatre_town(theatre.names[0], None, gazetteer) is not None, theatre


def test_a_note_naming_only_the_lra_is_placed_in_western_equatoria(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "LRA fighters abducted three herders and looted food."
    ctx = ArticleContext(Article("t", sentence))
    detection = made_up_detection(sentence, "abducted", "ASSAULT", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.name, place.admin1) == ("Yambio", "Western Equatoria")
