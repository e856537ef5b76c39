"""Specs for our own list of towns: those the registry lists lack, and coders' spellings of listed ones."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import find_dateline
from kronika.geo.focus import focus_country
from kronika.geo.listed_towns import read_listed_towns
from kronika.geo.nearby import distance_km
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate


@pytest.mark.parametrize(
    ("town", "iso3", "region"),
    [
        ("Pibor", "SSD", "Jonglei"),
        ("Renk", "SSD", "Upper Nile"),
        ("Nimule", "SSD", "Eastern Equatoria"),
        ("Tawila", "SDN", "North Darfur"),
        ("Adan Yabaal", "SOM", "Middle Shabelle"),
        ("Saadnayel", "LBN", "Bekaa"),
        ("Zouk Mosbeh", "LBN", "Mount Lebanon"),
        ("Qoubaiyat", "LBN", "Akkar"),
        ("Rathedaung", "MMR", "Rakhine"),
        ("Maungdaw", "MMR", "Rakhine"),
        ("Paletwa", "MMR", "Chin"),
        ("Myaung", "MMR", "Sagaing"),
        ("Gangaw", "MMR", "Magway"),
        ("Horana", "LKA", "Western"),
        ("Belihuloya", "LKA", "Sabaragamuwa"),
        ("Mansi", "MMR", "Kachin"),
        ("Lai Zar", "MMR", "Kachin"),
        ("Bingiriya", "LKA", "North Western"),
        ("Mahiyangana", "LKA", "Uva"),
        ("Kangemi", "KEN", "Nairobi"),  # an estate of Nairobi, which notes name alone
        ("Pangani", "KEN", "Nairobi"),
        ("Buru Buru", "KEN", "Nairobi"),
        ("Liboi", "KEN", "Garissa"),
        ("Gorgadji", "BFA", "Sahel"),
        ("Matiacoali", "BFA", "Est"),
        ("Humera", "ETH", "Tigray"),
        ("Quissanga", "MOZ", "Cabo Delgado"),
        ("Nangade", "MOZ", "Cabo Delgado"),
        ("Kolofata", "CMR", "Extreme-Nord"),
        ("Hamidiya", "SDN", "Central Darfur"),  # a displacement camp beside Zalingei
        ("Abu Shouk camp", "SDN", "North Darfur"),
        ("Zamzam", "SDN", "North Darfur"),
        ("Otash", "SDN", "South Darfur"),
        ("Krinding", "SDN", "West Darfur"),
    ],
)
def test_a_town_the_registry_lists_lack_is_found_in_its_region(
    gazetteer: Gazetteer, town: str, iso3: str, region: str
) -> None:
    found = gazetteer.lookup(town, kind="city", country=iso3)
    assert found
    assert found[0].admin1 == region


@pytest.mark.parametrize(
    ("written", "iso3", "listed"),
    [
        ("Bulo Burto", "SOM", "Buulobarde"),
        ("Baydhaba", "SOM", "Baidoa"),
        ("Kismaayo", "SOM", "Kismayo"),
        ("Ceel Dheer", "SOM", "Ceeldheer"),
        ("Zalingei", "SDN", "Zalinguei"),
        ("Ed Daein", "SDN", "El Daein"),
        ("Saida", "LBN", "Sidon"),
        ("Muse", "MMR", "Mu-se"),
        ("Kale", "MMR", "Kalemyo"),
        ("Axum", "ETH", "Aksum"),
        ("Hawassa", "ETH", "Awasa"),
        ("Mimika", "IDN", "Timika"),  # a regency written for its seat, which is named otherwise
        ("Wajo", "IDN", "Sengkang"),
        ("Cooch Behar", "IND", "Koch Bihār"),
        ("Keylong", "IND", "Kyelang"),
        ("Chapainawabganj", "BGD", "Nawābganj"),  # the district's name, written for its town
        ("Chapai Nawabganj", "BGD", "Nawābganj"),
    ],
)
def test_a_coders_spelling_names_the_listed_town(
    gazetteer: Gazetteer, written: str, iso3: str, listed: str
) -> None:
    assert [e.name for e in gazetteer.lookup(written, kind="city", country=iso3)][:1] == [listed]


def test_every_line_is_a_town_of_a_region_the_index_knows(gazetteer: Gazetteer) -> None:
    for town in read_listed_towns():
        assert gazetteer.regions_named(town.admin1, {town.iso3}), town
        found = gazetteer.lookup(town.names[0], kind="city", country=town.iso3)
        # a line never adds a second town beside the listed one it respells
        assert any(distance_km(e.lat or 0, e.lon or 0, town.lat, town.lon) < 30 for e in found), town


def test_the_table_reads_names_region_and_point() -> None:
    text = "# a comment\nSSD\tYida;Yida camp\tUnity\t10.05\t30.06\n"
    [town] = read_listed_towns(text)
    assert (town.iso3, town.names, town.admin1, town.lat, town.lon) == (
        "SSD",
        ("Yida", "Yida camp"),
        "Unity",
        10.05,
        30.06,
    )
    assert town.keys == {"yida", "yida camp"}


def _place(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, focus: str | None
) -> Place | None:
    ctx = ArticleContext(
        Article("t", sentence), focus_country=focus, dateline=find_dateline(sentence, gazetteer)
    )
    return locate(
        nlp(sentence), made_up_detection(sentence, trigger, "ATTACK", text=sentence), ctx, gazetteer
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "focus", "name", "admin1"),
    [
        (
            "Militants attacked an army post in Ceel Qoryo village (Bulo Burto, Hiraan) on Monday.",
            "attacked",
            "SOM",
            "Buulobarde",
            "Hiraan",
        ),
        ("Gunmen attacked a cattle camp near Pibor town on Friday.", "attacked", "SSD", "Pibor", "Jonglei"),
        ("Rioters blocked the Saadnayel highway with burning tyres.", "blocked", "LBN", "Saadnayel", "Bekaa"),
        # a township named after its seat, which the lists lack: the seat, not the district's town
        (
            "A landmine exploded near Kyein Chaung village, Rathedaung Township, Sittwe District, Rakhine.",
            "exploded",
            "MMR",
            "Rathedaung",
            "Rakhine",
        ),
        (
            "Soldiers and rebels clashed in Paletwa Town, Paletwa Township, Chin State.",
            "clashed",
            "MMR",
            "Paletwa",
            "Chin",
        ),
        (
            "Rebels attacked a police post in Yinmarbin township (Yinmarbin district, Sagaing region).",
            "attacked",
            "MMR",
            "Yinmarbin",
            "Sagaing",
        ),
        # a Sri Lankan town named alone, the note naming no country
        (
            "Bus owners staged a protest in Embilipitiya on Monday.",
            "protest",
            None,
            "Embilipitiya",
            "Sabaragamuwa",
        ),
        # an estate of Nairobi named alone: not Tanzania's coastal town of the same name
        (
            "Gunmen shot dead a shopkeeper in Pangani on Sunday night.",
            "shot",
            None,
            "Pangani",
            "Nairobi",
        ),
        # a regency not named after its seat, in the province the note writes ('Papua', since split), for a
        # subdistrict no list holds
        (
            "Rebels attacked an army post in Tembarau subdistrict, Mimika regency, Papua province.",
            "attacked",
            "IDN",
            "Timika",
            "Papua",
        ),
    ],
)
def test_an_event_in_a_listed_town_is_placed_there(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, focus: str, name: str, admin1: str
) -> None:
    place = _place(nlp, gazetteer, sentence, trigger, focus)
    assert place is not None
    assert (place.name, place.admin1) == (name, admin1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # no word is tagged as a place: the listed towns the untagged names read as say the country
        ("On 2 May, youths shut the Halba-Qoubaiyat road with rocks for hours.", "LBN"),
        ("On 2 May, drivers blocked the Chtaura-Masnaa road for an hour.", "LBN"),
        # names of towns in two countries tell nothing
        ("On 2 May, drivers blocked the Pibor-Chtaura road for an hour.", None),
    ],
)
def test_a_note_naming_only_listed_towns_is_about_their_country(
    nlp: Language, gazetteer: Gazetteer, text: str, country: str | None
) -> None:
    assert focus_country(nlp(text), gazetteer) == country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("region", "point"),
    [("Tartar", (40.37, 46.84)), ("Goranboy", (40.37, 46.59)), ("Ağdam", (39.92, 47.19))],
)
def test_one_name_the_table_gives_several_regions_is_a_place_in_each(
    gazetteer: Gazetteer, region: str, point: tuple[float, float]
) -> None:
    # each region's 'Nameless Hills' lies 14-21 km from the next: near, yet each region's own place
    towns = [e for e in gazetteer.lookup("Nameless Hills", country="AZE") if e.admin1 == region]
    assert [(e.lat, e.lon) for e in towns] == [point]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "name", "admin1"),
    [
        (
            "Soldiers fired on army positions assumed to be near Nameless Hills (Goranboy Region), Goranboy.",
            "Nameless Hills",
            "Goranboy",
        ),
        # a region the table gives no such place: the region itself, never another region's namesake
        (
            "Soldiers fired on army positions assumed to be near Nameless Hills (Tovuz Region), Tovuz.",
            "Tovuz",
            "Tovuz",
        ),
    ],
)
def test_a_region_named_after_the_place_picks_that_regions_one(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str, admin1: str
) -> None:
    place = _place(nlp, gazetteer, sentence, "fired", "AZE")
    assert place is not None
    assert (place.name, place.admin1) == (name, admin1)
