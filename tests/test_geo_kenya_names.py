"""Specs for Kenyan names notes write otherwise than as a place: a people named like a town of theirs
('Kikuyu'), and a town a body-like tag hides ('Mandera town') that no South Asian respelling may take;
and the towns of Lake Turkana's shore the lists lack."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.geo.romanized import romanized_town
from kronika.model import Article
from kronika.pipeline import Pipeline


def _place(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    """The first mention's place name and admin1."""
    mentions = pipeline.mentions(Article("t", text, published=date(2017, 8, 10)))
    assert mentions
    location = mentions[0].location
    return (location.name, location.admin1) if location is not None else (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Two men were killed when Kikuyu and Maasai groups clashed over a farm.",
        "Four Kikuyu were hacked to death by a gang on Tuesday night.",
        "Police shot a Kikuyu tribesman while breaking up the fight.",
    ],
)
def test_the_kikuyu_people_place_nothing_in_kikuyu_town(pipeline: Pipeline, text: str) -> None:
    assert _place(pipeline, text)[0] != "Kikuyu"


@pytest.mark.parametrize(
    "text",
    [
        "Two robbers were killed in Kikuyu, Kiambu County on Saturday.",
        "Hawkers protested in Kikuyu town against new levies.",
        "A priest was shot dead on the Kikuyu road on Friday.",
    ],
)
def test_kikuyu_written_as_a_place_is_the_town_of_kiambu(pipeline: Pipeline, text: str) -> None:
    assert _place(pipeline, text) == ("Kikuyu", "Kiambu")


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Al Shabaab attacks Mandera town, throwing grenades into two homes.", "Mandera"),
        ("Migori town boda boda operators protested against new county levies.", "Migori"),
    ],
)
def test_a_name_before_the_word_town_is_read_as_a_place(pipeline: Pipeline, text: str, admin1: str) -> None:
    assert _place(pipeline, text)[1] == admin1


@pytest.mark.parametrize(
    "sentence",
    [
        "Al Shabaab attacks Mandera town, throwing grenades into two homes.",  # not Muhmand Dara
        "Migori town boda boda operators protested against new county levies.",  # not Maghar
    ],
)
def test_a_listed_town_outside_south_asia_is_no_respelling(gazetteer: Gazetteer, sentence: str) -> None:
    assert romanized_town(sentence, gazetteer, None) is None


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Kalokol", 3.53, 35.86),  # Lake Turkana's fishing town, where the lake's events are placed
        ("Todonyang", 4.53, 35.93),  # at the lake's northern end, near the border
    ],
)
def test_lake_turkana_towns_are_listed_in_turkana(
    gazetteer: Gazetteer, name: str, lat: float, lon: float
) -> None:
    entries = [e for e in gazetteer.lookup(name) if e.country == "KEN"]
    assert entries and entries[0].admin1 == "Turkana"
    assert (round(entries[0].lat or 0, 2), round(entries[0].lon or 0, 2)) == (lat, lon)


@pytest.mark.parametrize(("name", "region"), [("Mandera", "Mandera"), ("Wajir", "Wajir"), ("Lamu", "Lamu")])
def test_an_untagged_county_named_after_its_seat_is_read_under_a_foreign_focus(
    gazetteer: Gazetteer, name: str, region: str
) -> None:
    # 'Al Shabaab invaded Mandera': the armed group makes Somalia the focus, spaCy tags the town a body
    entry = resolve_name(gazetteer, name, "SOM", untagged=True)
    assert entry is not None and (entry.country, entry.admin1) == ("KEN", region)


@pytest.mark.parametrize("name", ["Turkana", "Samburu"])
def test_an_untagged_county_no_town_of_its_name_seats_stays_unread_abroad(
    gazetteer: Gazetteer, name: str
) -> None:
    assert resolve_name(gazetteer, name, "SOM", untagged=True) is None


def test_a_kenyan_town_an_al_shabaab_note_names_untagged_is_read(pipeline: Pipeline) -> None:
    text = "Al Shabaab invaded Mandera, looted shops and lectured in a mosque before leaving."
    assert _place(pipeline, text)[1] == "Mandera"
