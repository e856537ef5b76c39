"""Specs for placing an American town the gazetteer lacks at its post office's ZIP codes: 'a protest in
Summerton (South Carolina)' is read at Summerton's point, not left without coordinates."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.nearby import distance_km
from kronika.geo.unlisted import unlisted_town, written_region
from kronika.geo.zip_towns import has_post_office, office_entry, town_points, zip_town
from kronika.model import Article, Place
from kronika.pipeline import Pipeline

RECORDS = [
    {"zip_code": "10001", "zip_code_type": "STANDARD", "city": "Millbrook Falls", "state": "OH",
     "lat": "40.0", "long": "-82.0"},
    {"zip_code": "10002", "zip_code_type": "STANDARD", "city": "Millbrook Falls", "state": "OH",
     "lat": "40.2", "long": "-82.2"},
    {"zip_code": "10003", "zip_code_type": "PO BOX", "city": "Millbrook Falls", "state": "OH",
     "lat": "45.0", "long": "-90.0"},
    {"zip_code": "10004", "zip_code_type": "PO BOX", "city": "Cedar Hollow", "state": "OH",
     "lat": "39.5", "long": "-83.5"},
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "admin1", "point"),
    [
        pytest.param("Millbrook Falls", "Ohio", (40.1, -82.1), id="mean-of-delivery-zips"),
        pytest.param("Cedar Hollow", "Ohio", (39.5, -83.5), id="post-office-box-only"),
        pytest.param("Cedar Hollow", "Indiana", None, id="no-office-of-the-name-in-that-state"),
    ],
)
def test_an_unlisted_town_takes_its_zip_codes_point(
    name: str, admin1: str, point: tuple[float, float] | None
) -> None:
    place = zip_town(Place(name, "USA", admin1, None, None, "city"), town_points(RECORDS))
    assert (
        (place.lat, place.lon) == (pytest.approx(point[0]), pytest.approx(point[1]))
        if point
        else (None, None)
    )


@pytest.mark.parametrize(
    "place",
    [
        pytest.param(Place("Millbrook Falls", "USA", "Ohio", 41.0, -81.0, "city"), id="already-placed"),
        pytest.param(Place("Ohio", "USA", "Ohio", None, None, "admin1"), id="a-region"),
        pytest.param(Place("Millbrook Falls", "CAN", "Ohio", None, None, "city"), id="abroad"),
    ],
)
def test_other_places_are_left_as_read(place: Place) -> None:
    assert zip_town(place, town_points(RECORDS)) == place


@pytest.mark.parametrize(
    ("name", "state", "lat", "lon"),
    [("Summerton", "South Carolina", 33.60, -80.35), ("Kansasville", "Wisconsin", 42.70, -88.12)],
)
def test_a_small_town_written_with_its_state_is_placed_at_its_post_office(
    gazetteer: Gazetteer, name: str, state: str, lat: float, lon: float
) -> None:
    pytest.importorskip("zipcodes")
    region = written_region(gazetteer, state)
    assert region is not None
    place = unlisted_town(gazetteer, name, region)
    assert place is not None and place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, lat, lon) <= 10.0


@pytest.mark.parametrize(
    ("name", "state", "expected"),
    [
        pytest.param("Millbrook Falls", "Ohio", True, id="a-post-office-of-the-state"),
        pytest.param("Millbrook Falls", "Indiana", False, id="another-state"),
        pytest.param("Millbrook", "Ohio", False, id="no-office-so-named"),
        pytest.param("Millbrook Falls", "Ontario", False, id="no-american-state"),
    ],
)
def test_a_post_office_of_the_state_tells_a_real_town(name: str, state: str, expected: bool) -> None:
    assert has_post_office(name, state, town_points(RECORDS)) is expected


@pytest.mark.parametrize(
    ("name", "state", "expected"),
    [
        pytest.param(
            "Millbrook Falls",
            "Ohio",
            GeoEntry("Millbrook Falls", "city", "USA", "Ohio", 40.1, -82.1, 0),
            id="a-town-at-its-delivery-zips",
        ),
        pytest.param("Millbrook Falls", "Indiana", None, id="no-office-in-that-state"),
        pytest.param("Millbrook Falls", None, None, id="no-state"),
    ],
)
def test_a_post_office_gives_a_town_entry_the_lists_lack(
    name: str, state: str | None, expected: GeoEntry | None
) -> None:
    # one builder for the dateline's, the scene's and the bare county's communities no list holds
    found = office_entry(name, state, town_points(RECORDS))
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert (found.name, found.kind, found.country, found.admin1, found.population) == (
            expected.name,
            expected.kind,
            expected.country,
            expected.admin1,
            expected.population,
        )
        assert (found.lat, found.lon) == (pytest.approx(expected.lat), pytest.approx(expected.lon))


@pytest.mark.parametrize(
    ("sentence", "town", "lat", "lon"),
    [
        pytest.param("Residents held a vigil in Kansasville (Wisconsin) on Sunday.", "Kansasville",
                     42.70, -88.12, id="not-respelled-as-nashville"),
        pytest.param("Students marched in Dartmouth (Massachusetts) on Friday.", "Dartmouth",
                     41.58, -71.01, id="not-respelled-as-yarmouth"),
    ],
)  # fmt: skip
def test_a_small_town_a_post_office_bears_the_name_of_is_not_read_as_a_misspelling(
    pipeline: Pipeline, sentence: str, town: str, lat: float, lon: float
) -> None:
    pytest.importorskip("zipcodes")
    [mention, *_] = pipeline.mentions(Article("t", sentence, published=date(2020, 6, 8)))
    place = mention.location
    assert place is not None and (place.name, place.country) == (town, "USA")
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, lat, lon) <= 10.0
