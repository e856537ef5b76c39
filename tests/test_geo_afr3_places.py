"""Specs for places in African conflict notes: those the registry lists lack (South Sudan's Jonglei county
names, Ethiopia's Metekel zone and Mandura woreda, Kenya's Magarini and Teso South), 'S. Sudan', and a
country written as the state that acted ('the government of Sudan'), which is no scene."""

from __future__ import annotations

import pytest
from builders import first_event_place

from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Mandura woreda of Metekel zone, not Australia's Mandurah
        (
            "Soldiers killed five armed men in Mandura, Metekel on Tuesday.",
            ("ETH", "Benshangul/Gumuz", "Mandura"),
        ),
        # a town written with its county, '(Kilifi)': the town, not the county's seat
        (
            "A police officer shot a trader in Magarini (Kilifi) on Sunday.",
            ("KEN", "Kilifi", "Magarini"),
        ),
        ("Villagers lynched a suspected thief in Teso South district.", ("KEN", "Busia", "Teso South")),
    ],
)
def test_a_place_of_the_lists_gaps_is_read_in_its_country(
    pipeline: Pipeline, text: str, place: tuple[str, str, str]
) -> None:
    assert first_event_place(pipeline, text) == place


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # the county names beside Bor tell the note's country: not Russia's or Serbia's Bor
        "Youths from Bor, Twic East and Duk counties marched against the commissioner.",
        "Elders of the Dinka counties of Bor, Twic East and Duk protested against the governor.",
    ],
)
def test_jonglei_counties_named_together_are_south_sudans(pipeline: Pipeline, text: str) -> None:
    assert first_event_place(pipeline, text)[:2] == ("SSD", "Jonglei")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # 'S.' abbreviates South: the town is South Sudan's, not placed in Sudan
        ("Rebels of the LRA killed a herder near Bazande, S. Sudan.", ("SSD", "Western Equatoria")),
        # the state whose government or army a note accuses is who acted; the scene is named after it
        (
            "South Sudan accused the government of Sudan of new air raids. The raids hit cattle camps "
            "in Unity state on Monday.",
            ("SSD", "Unity"),
        ),
    ],
)
def test_a_country_written_as_an_actor_or_abbreviated_is_read_right(
    pipeline: Pipeline, text: str, place: tuple[str, str]
) -> None:
    assert first_event_place(pipeline, text)[:2] == place


@pytest.mark.slow
def test_names_written_as_peoples_are_no_places(pipeline: Pipeline) -> None:
    # 'Somali and Afar ethnic militias' are peoples: neither Somalia nor the Afar region is the scene
    text = (
        "On 3 May 2021, clashes between Somali and Afar ethnic militias backed by regional special forces "
        "were reported in contested areas under Afar zone's Gewane (Zone 3, Afar) and Adaytu woredas."
    )
    assert first_event_place(pipeline, text) == ("ETH", "Āfar", "Gawanē")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "TPLF fighters shelled Mehoni on Monday.",
        "Federal forces took control of the Mehoni town (South Tigray) after heavy fighting.",
    ],
)
def test_a_town_the_lists_file_under_the_neighbouring_region_is_in_the_tables_region(
    pipeline: Pipeline, text: str
) -> None:
    # the lists file Mehoni under Afar; the town table's line files it under Tigray, where it lies
    assert first_event_place(pipeline, text) == ("ETH", "Tigray", "Mehoni")
