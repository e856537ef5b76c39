"""Specs for New York City's quarters: each is its own borough's, and the towns beyond the city line are
no borough's however near they lie."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.build import GazetteerData
from kronika.geo.city_boroughs import place_in_boroughs, read_boroughs
from kronika.geo.local import town_of
from kronika.geo.names import name_key


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        pytest.param(
            "BROOKLYN — A man was shot dead by officers in East New York on Monday.",
            "East New York",
            "Brooklyn",
            id="a-quarter-nearer-another-boroughs-point-is-its-own-boroughs",
        ),
        pytest.param(
            "Two men were hurt outside a club in East Elmhurst, Queens, early Sunday.",
            "East Elmhurst",
            "Queens",
            id="a-quarter-beside-a-bigger-quarter-is-its-borough",
        ),
        pytest.param(
            "A teen was shot on a stoop in Astoria, Queens, police said.",
            "Astoria",
            "Queens",
            id="a-quarter-across-the-river-from-manhattan",
        ),
        pytest.param(
            "A woman was wounded in Washington Heights; Manhattan detectives are on the case.",
            "Washington Heights",
            "Manhattan",
            id="a-manhattan-quarter-nearer-the-bronx",
        ),
        pytest.param(
            "A man was shot in Greenpoint late Friday, Brooklyn police said.",
            "Greenpoint",
            "Brooklyn",
            id="a-quarter-the-lists-gave-to-the-whole-city",
        ),
        pytest.param(
            "A man was shot in Riverdale on Friday, a Bronx precinct said.",
            "Riverdale",
            "The Bronx",
            id="a-bronx-quarter-beside-yonkers",
        ),
    ],
)
def test_a_new_york_quarter_stands_for_its_own_borough(
    gazetteer: Gazetteer, text: str, name: str, town: str
) -> None:
    entry = next(e for e in gazetteer.lookup(name, kind="city", country="USA") if e.admin1 == "New York")
    assert town_of(gazetteer, entry.to_place(), text).name == town


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Two men were wounded at a bar in Yonkers; the suspect fled to the Bronx.", "Yonkers",
                     id="a-city-beside-the-bronx"),
        pytest.param("Two men were wounded in Mount Vernon; one was later held in the Bronx.", "Mount Vernon",
                     id="another-city-beside-the-bronx"),
        pytest.param("A boy was hurt in Valley Stream, then flown to a hospital in Jamaica.", "Valley Stream",
                     id="a-nassau-village-beside-a-queens-quarter"),
    ],
)  # fmt: skip
def test_a_town_beyond_the_city_line_stays_itself(gazetteer: Gazetteer, text: str, name: str) -> None:
    entry = next(e for e in gazetteer.lookup(name, kind="city", country="USA") if e.admin1 == "New York")
    assert town_of(gazetteer, entry.to_place(), text).name == name


_TABLE = "# borough<TAB>quarter\nBrooklyn\tChelsea\nManhattan\tChelsea\nManhattan\tInwood\n"


def test_the_table_lists_a_shared_name_under_both_boroughs() -> None:
    assert read_boroughs(_TABLE) == {"chelsea": ("Brooklyn", "Manhattan"), "inwood": ("Manhattan",)}


def _data() -> GazetteerData:
    """A small index: two boroughs, a quarter named under both, a far namesake and a town beyond the line."""
    data = GazetteerData()
    data.rows = [
        ("Manhattan", "city", "USA", "New York", 40.78, -73.97, 1_500_000),
        ("Brooklyn", "city", "USA", "New York", 40.65, -73.95, 2_700_000),
        ("Chelsea", "city", "USA", "New York", 40.75, -74.00, 40_000),
        ("Inwood", "city", "USA", "New York", 40.62, -73.75, 9_000),
        ("Yonkers", "city", "USA", "New York", 40.93, -73.90, 200_000),
    ]
    for i, row in enumerate(data.rows):
        data.index.setdefault(name_key(row[0]), []).append(i)
    data.towns = {2: 1, 3: 1, 4: 0}  # as the nearest-big-place rule may leave them
    return data


def test_quarters_go_to_the_nearer_listing_borough_and_others_leave_the_city() -> None:
    data = _data()
    place_in_boroughs(data, _TABLE)
    # Chelsea lies 4 km from Manhattan's point, 12 km from Brooklyn's; this Inwood is 26 km from
    # Manhattan's and no quarter; Yonkers is not listed, so no borough's
    assert data.towns == {2: 0}
