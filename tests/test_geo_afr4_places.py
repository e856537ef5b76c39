"""Specs for places in African conflict notes named by a second-level unit the registry lists lack: Kenya's
constituencies, Sudan's localities, South Sudan's counties, Burkina Faso's communes and Ethiopia's woredas,
read in their own country and region (at their seat where the unit is named after one) though the note
names no country."""

from __future__ import annotations

from datetime import date

import pytest
from builders import first_event_place

from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a Kenyan constituency named after no town, written alone
        (
            "Bandits shot dead a herder in Marakwet East on Friday.",
            ("KEN", "Elgeyo-Marakwet", "Marakwet East"),
        ),
        # a Nairobi constituency, not a town of the lists
        ("Traders rioted in Ruaraka over evictions.", ("KEN", "Nairobi", "Ruaraka")),
        # a Sudanese locality written with its type word
        ("Militiamen looted a market in Sirba locality.", ("SDN", "West Darfur", "Sirba")),
        # a South Sudanese county town
        ("Cattle raiders killed two youths near Cueibet.", ("SSD", "Lakes", "Cueibet")),
        # a Burkinabe commune written with its province
        ("Gunmen burned a school in Tansarga (Tapoa) on Monday.", ("BFA", "Est", "Tansarga")),
        ("Soldiers repelled an ambush near Pobe-Mengao.", ("BFA", "Sahel", "Pobe-Mengao")),
        # an Ethiopian woreda
        ("Fighters attacked a police post in Guba woreda.", ("ETH", "Benshangul/Gumuz", "Guba")),
    ],
)
def test_a_second_level_unit_the_lists_lack_is_read_in_its_country(
    pipeline: Pipeline, text: str, place: tuple[str, str, str]
) -> None:
    assert first_event_place(pipeline, text) == place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a unit named by a listed seat and a bearing is read at the seat, as coders place it
        ("Two herders were killed in clashes in Tonj East county.", "Tonj"),
        ("Youths clashed with police in Kisumu East.", "Kisumu"),
    ],
)
def test_a_unit_named_by_its_seat_and_a_bearing_stays_at_the_seat(
    pipeline: Pipeline, text: str, town: str
) -> None:
    assert first_event_place(pipeline, text)[2] == town


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town"),
    [
        # 'University of X': the town the body is named after
        ("Students at the University of Kisumu marched against a fee rise.", "Kisumu"),
        # a body whose name opens with its town, its people acting
        ("Eldoret Technical College students boycotted classes over fees.", "Eldoret"),
        # a campus named after its town, not after its university
        (
            "Dozens of students from the university's Eldama Ravine campus protested the closure.",
            "Eldama Ravine",
        ),
        # a court named after its town, before which the event was held
        ("Lawyers staged a sit-in in front of the Khartoum District Court.", "Khartoum"),
    ],
)
def test_a_body_named_after_a_town_places_a_note_naming_no_other(
    pipeline: Pipeline, text: str, town: str
) -> None:
    assert first_event_place(pipeline, text)[2] == town


@pytest.mark.slow
def test_a_body_named_after_no_town_places_nothing(pipeline: Pipeline) -> None:
    mentions = pipeline.mentions(
        Article("t", "Students of Strathmore University marched on Monday.", published=date(2021, 4, 2))
    )
    assert mentions[0].location is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # villages and small towns conflict notes name again and again, which the lists lack
        (
            "Militants ambushed a patrol near Buulo Xaaji village on Sunday.",
            ("SOM", "Lower Juba", "Buulo Xaaji"),
        ),
        ("Gunmen attacked a gold mine in Inata.", ("BFA", "Sahel", "Inata")),
        ("Armed youths raided cattle camps in Gumuruk.", ("SSD", "Jonglei", "Gumuruk")),
        ("Bandits shot a police reservist in Kapedo.", ("KEN", "Baringo", "Kapedo")),
    ],
)
def test_a_village_conflict_notes_name_often_is_read_in_its_country(
    pipeline: Pipeline, text: str, place: tuple[str, str, str]
) -> None:
    assert first_event_place(pipeline, text) == place
