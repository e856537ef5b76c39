"""Specs for notes that name only a second-level unit, never the country: a Kenyan constituency or
sub-county is read in Kenya under its county (at its seat town where the lists hold one, else at the
county's seat), a Sudanese locality in Sudan under its state."""

from __future__ import annotations

import pytest
from builders import first_event_place

from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a sub-county written with its type word
        ("A man was lynched by a mob in Rarieda subcounty.", "Siaya"),
        # a constituency written after a village the lists lack
        ("Raiders shot a herder in Kapedo, Baringo South.", "Baringo"),
        # a sub-county written bearing first, as notes write the old districts
        ("A boy was killed by a grenade near Alale village, North Pokot.", "West Pokot"),
        # a constituency named alone
        ("Youths clashed with police around Kitutu Chache after the primaries.", "Kisii"),
        ("Unknown people torched houses in Keiyo on Sunday.", "Elgeyo-Marakwet"),
        ("Police dispersed protesters in Nyaribari Chache.", "Kisii"),
        ("Boda boda riders blocked a road in Igembe South.", "Meru"),
    ],
)
def test_a_kenyan_sub_county_named_alone_is_read_in_its_county(
    pipeline: Pipeline, text: str, region: str
) -> None:
    country, admin1, _ = first_event_place(pipeline, text)
    assert (country, admin1) == ("KEN", region)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a unit named by a listed town of its county and a bearing stays at that town
        ("Six people were hurt in clashes between party supporters in Mumias East.", "Mumias"),
        ("Youths clashed with police in Webuye West.", "Webuye"),
    ],
)
def test_a_kenyan_unit_named_by_its_town_and_a_bearing_stays_at_the_town(
    pipeline: Pipeline, text: str, town: str
) -> None:
    assert first_event_place(pipeline, text)[2] == town


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a locality seat the lists lack, named with its type word: at its state's capital
        ("Militiamen burned huts near Kidinir camp in Azum locality.", ("Central Darfur", "Azum")),
        ("Herders shot two farmers in Yassin locality on Friday.", ("East Darfur", "Yassin")),
        # another spelling of a listed locality seat, named alone
        ("Soldiers beat traders at the weekly market in Nierteti.", ("Central Darfur", "Nertiti")),
        ("Gunmen looted shops in Um Baru.", ("North Darfur", "Umm Baru")),
        # the locality's full name, written with its tribe
        ("Camel herders raided a farm in El Sareif Beni Hussein locality.", ("North Darfur", "Sireaf")),
    ],
)
def test_a_sudanese_locality_is_read_in_its_state(
    pipeline: Pipeline, text: str, place: tuple[str, str]
) -> None:
    country, admin1, name = first_event_place(pipeline, text)
    assert (country, admin1, name) == ("SDN", *place)


@pytest.mark.slow
def test_a_town_spacy_takes_for_a_body_places_a_note_naming_no_country(pipeline: Pipeline) -> None:
    text = "Residents of Lagawa staged a sit-in over water cuts."
    assert first_event_place(pipeline, text)[:2] == ("SDN", "West Kordofan")
