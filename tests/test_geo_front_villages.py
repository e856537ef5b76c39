"""Specs for the front villages the registry lists lack, read from our table on reports from the front."""

from __future__ import annotations

import pytest
from builders import listed_town

from kronika.gazetteer import Gazetteer
from kronika.geo.front_villages import front_village
from kronika.geo.fronts import front_of, front_place, load_fronts
from kronika.geo.listed_towns import read_listed_towns
from kronika.model import Place

OBSERVED = "Monitors of the OSCE SMM recorded 12 explosions near {village}."
FRONT_REGIONS = ("Donetsk", "Luhansk")


def _read(gazetteer: Gazetteer, text: str, place: Place | None) -> Place | None:
    """The place as a report from 2020 reads it."""
    return front_place(place, text, text, front_of(text, "UKR", 2020, load_fronts()), gazetteer)


def _region(gazetteer: Gazetteer, name: str) -> Place:
    """A Ukrainian first-level region as the places stage gives it."""
    return gazetteer.lookup(name, kind="admin1", country="UKR")[0].to_place()


@pytest.mark.parametrize(
    ("village", "shown", "region"),
    [
        pytest.param("Bolotene", "Bolotene", "Luhansk", id="luhansk-village-not-the-first-region"),
        pytest.param("Sokolniki", "Sokilnyky", "Luhansk", id="russian-spelling"),
        pytest.param("Khutir Vilny", "Khutir Vilnyi", "Luhansk", id="ending-dropped"),
        pytest.param("Pisky", "Pisky", "Donetsk", id="donetsk-village"),
    ],
)
def test_a_front_village_no_list_holds_is_read_from_the_table(
    gazetteer: Gazetteer, village: str, shown: str, region: str
) -> None:
    place = _read(gazetteer, OBSERVED.format(village=village), None)
    assert place is not None
    assert (place.name, place.admin1, place.precision) == (shown, region, "city")
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param(
            "Armed formations fired mortars near Pyshchevyk, Donetsk, as the OSCE SMM saw.",
            "Pyshchevyk",
            id="village-before-its-region",
        ),
        pytest.param(
            # a village no list holds (Yasne, once such a one, is now listed in Donetsk)
            "The OSCE SMM heard shots in the area of Zorianyi Luh, Donetsk.",
            "Donetsk",
            id="region-city-is-no-village",
        ),
    ],
)
def test_a_region_written_after_a_front_village_gives_way_to_the_village(
    gazetteer: Gazetteer, text: str, shown: str
) -> None:
    place = _read(gazetteer, text, _region(gazetteer, "Donetsk"))
    assert place is not None and (place.name, place.admin1) == (shown, "Donetsk")


def test_a_village_of_another_front_region_leaves_the_region_written(gazetteer: Gazetteer) -> None:
    text = "Armed formations fired near Bolotene, Donetsk, the OSCE SMM said."
    place = _read(gazetteer, text, _region(gazetteer, "Donetsk"))
    assert place is not None and (place.name, place.precision) == ("Donetsk", "admin1")


def test_two_villages_of_one_name_along_the_line_leave_the_village_unknown() -> None:
    table = tuple(
        read_listed_towns(
            "\n".join(
                [
                    "# country\tnames\tregion\tlat\tlon",
                    "UKR\tNovoselivka\tDonetsk\t48.1\t37.6",
                    "UKR\tNovoselivka;Novoselovka\tLuhansk\t48.7\t39.2",
                    "UKR\tZhovte;Zheltoye\tLuhansk\t48.7\t39.1",
                ]
            )
        )
    )
    assert front_village("Novoselivka", "UKR", FRONT_REGIONS, table) is None
    assert front_village("Novoselivka", "UKR", ("Luhansk",), table) == table[1]
    assert front_village("Zheltoye", "UKR", FRONT_REGIONS, table) == table[2]
    assert front_village("Zheltoye", "RUS", FRONT_REGIONS, table) is None


@pytest.mark.parametrize(
    ("text", "place", "shown"),
    [
        pytest.param(
            "Shells hit two houses near Orikhove, Luhansk.", ("Luhansk", "Luhansk"), "Orikhove", id="city"
        ),
        pytest.param(
            "Mortars were fired near Bohdanivka, Donetsk.",
            ("Zhdanivka", "Donetsk"),
            "Bohdanivka",
            id="respelled",
        ),
        pytest.param(
            "Shells hit two houses in Luhansk.", ("Luhansk", "Luhansk"), "Luhansk", id="no-village-named"
        ),
    ],
)
def test_a_village_written_before_its_region_is_meant_without_a_front_cue(
    gazetteer: Gazetteer, text: str, place: tuple[str, str], shown: str
) -> None:
    assert front_of(text, "UKR", 2020, load_fronts()) is None
    read = _read(gazetteer, text, listed_town(gazetteer, place[0], "UKR", place[1]))
    assert read is not None and (read.name, read.admin1) == (shown, place[1])


def test_the_rebels_named_as_acled_codes_them_tie_a_report_to_the_donbas_front() -> None:
    text = "The NAF rebel forces fired mortars at the governmental positions near Lozove."
    front = front_of(text, None, 2019, load_fronts())
    assert front is not None and front.regions == FRONT_REGIONS
