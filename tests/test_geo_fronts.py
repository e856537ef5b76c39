"""Specs for reading a village named in a report from a front line in the front's regions."""

from __future__ import annotations

import pytest
from builders import listed_town

from kronika.gazetteer import Gazetteer
from kronika.geo.fronts import front_of, front_place, load_fronts, parse_fronts
from kronika.geo.nearby import distance_km
from kronika.model import Place

NEAR_SEAT_KM = 25.0
OBSERVED = "Monitors of the OSCE SMM recorded 12 explosions near {village}."


def _read(gazetteer: Gazetteer, text: str, place: Place | None, focus: str | None = None) -> Place | None:
    """The place as a report from 2020 reads it."""
    return front_place(place, text, text, front_of(text, focus, 2020, load_fronts()), gazetteer)


@pytest.mark.parametrize(
    ("text", "focus", "found"),
    [
        pytest.param(OBSERVED.format(village="Opytne"), None, True, id="observer-mission"),
        pytest.param("Shells fell along the front line near Avdiivka.", "UKR", True, id="line-at-home"),
        pytest.param("Shelling was reported along the front line near Marib.", "YEM", False, id="other-war"),
        pytest.param("Farmers protested in Poltava over land prices.", "UKR", False, id="no-front-words"),
    ],
)
def test_a_report_is_from_the_front_by_its_cues_or_its_country_and_line(
    text: str, focus: str | None, found: bool
) -> None:
    assert (front_of(text, focus, 2020, load_fronts()) is not None) is found


def test_a_front_runs_only_in_its_years() -> None:
    (front,) = parse_fronts(["UKR\t2014\t2021\tDonetsk;Luhansk\tOSCE SMM"])
    assert front_of(OBSERVED.format(village="Opytne"), None, 2012, (front,)) is None
    assert front.regions == ("Donetsk", "Luhansk")


def test_a_namesake_village_off_the_front_is_read_in_the_front_region(gazetteer: Gazetteer) -> None:
    text = OBSERVED.format(village="Kruta Balka")
    place = _read(gazetteer, text, listed_town(gazetteer, "Kruta Balka", "UKR", "Poltava"))
    assert place is not None and (place.country, place.admin1) == ("UKR", "Donetsk")


def test_a_village_no_list_holds_is_placed_in_the_region_the_report_names(gazetteer: Gazetteer) -> None:
    text = "The OSCE SMM recorded explosions near Zolotarivka-Nova in Luhansk region."
    place = _read(gazetteer, text, None)
    assert place is not None and (place.admin1, place.precision) == ("Luhansk", "admin1")


def test_a_village_in_a_front_region_is_kept(gazetteer: Gazetteer) -> None:
    marinka = listed_town(gazetteer, "Marinka", "UKR", "Donetsk")
    assert _read(gazetteer, OBSERVED.format(village="Marinka"), marinka) == marinka


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(OBSERVED.format(village="Opytne"), id="village-read-as-it-is"),
        pytest.param("The OSCE SMM recorded explosions near Opytne, Donetsk region.", id="region-named"),
    ],
)
def test_of_namesake_villages_in_a_front_region_the_one_nearest_its_seat_is_meant(
    gazetteer: Gazetteer, text: str
) -> None:
    biggest = gazetteer.lookup("Opytne", kind="city", country="UKR")[0].to_place()
    seat = gazetteer.lookup("Donetsk", kind="city", country="UKR")[0]
    place = _read(gazetteer, text, biggest)
    assert place is not None and place.lat is not None and place.lon is not None
    assert seat.lat is not None and seat.lon is not None
    assert distance_km(place.lat, place.lon, seat.lat, seat.lon) < NEAR_SEAT_KM


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        pytest.param("The OSCE SMM met officials in Kharkiv on Monday.", "Kharkiv", "Kharkiv", id="big-town"),
        pytest.param(
            "The OSCE SMM saw a protest in Kruta Balka, Poltava region.",
            "Kruta Balka",
            "Poltava",
            id="region-written",
        ),
    ],
)
def test_a_town_the_report_means_stays_off_the_front(
    gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    town = listed_town(gazetteer, name, "UKR", admin1)
    assert _read(gazetteer, text, town) == town


def test_reports_from_elsewhere_are_left_alone(gazetteer: Gazetteer) -> None:
    town = listed_town(gazetteer, "Kruta Balka", "UKR", "Poltava")
    assert _read(gazetteer, "Farmers protested near Kruta Balka.", town, "UKR") == town


def test_a_big_town_the_sentence_never_names_gives_way_to_the_front(gazetteer: Gazetteer) -> None:
    # a village off the front moved to the big town beside it ('Lozove' to Simferopol) is no town meant
    town = listed_town(gazetteer, "Simferopol", "UKR", "Crimea")
    place = _read(gazetteer, OBSERVED.format(village="Lozove"), town)
    assert place is not None and (place.country, place.admin1) == ("UKR", "Donetsk")


@pytest.mark.parametrize(
    ("village", "region"),
    [
        pytest.param("Kalynove-Borshchuvate", "Luhansk", id="first-part-in-luhansk"),
        pytest.param("Zolote-Karbonit", "Luhansk", id="mine-beside-its-village"),
    ],
)
def test_a_double_barrelled_village_no_list_holds_is_read_by_its_first_part(
    gazetteer: Gazetteer, village: str, region: str
) -> None:
    place = _read(gazetteer, OBSERVED.format(village=village), None)
    first = village.split("-")[0]
    assert place is not None and (place.name, place.admin1, place.precision) == (first, region, "city")
