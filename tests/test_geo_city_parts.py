"""Specs for neighbourhoods of big cities named as towns elsewhere: a story that writes 'the Englewood
neighborhood' happened in Chicago, whatever town called Englewood the lists hold."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.city_parts import city_of_part, city_written, parts_written, read_city_parts
from kronika.model import Article, Place

ENGLEWOOD_CO = Place("Englewood", "USA", "Colorado", 39.65, -104.99, "city")
LAWNDALE_CA = Place("Lawndale", "USA", "California", 33.89, -118.35, "city")
AUSTIN_IN = Place("Austin", "USA", "Indiana", 38.76, -85.81, "city")
AUSTIN_TX = Place("Austin", "USA", "Texas", 30.27, -97.74, "city")
CHATHAM_UK = Place("Chatham", "GBR", "England", 51.38, 0.53, "city")
SPRINGFIELD_IL = Place("Springfield", "USA", "Illinois", 39.80, -89.64, "city")
GERMANTOWN_MD = Place("Germantown", "USA", "Maryland", 39.17, -77.27, "city")


def _article(text: str, title: str | None = None) -> Article:
    """An article of that text."""
    return Article("city-parts", text, title=title)


@pytest.mark.parametrize(
    ("place", "text", "city"),
    [
        (ENGLEWOOD_CO, "A teen was shot on a porch in the Englewood neighborhood on Monday.", "Chicago"),
        (LAWNDALE_CA, "Boy hurt in North Lawndale neighborhood\nA boy, 9, was shot on Tuesday.", "Chicago"),
        (AUSTIN_IN, "A girl was shot in the North Austin neighborhood on the West Side.", "Chicago"),
        # a neighbourhood written once stands for every mention of its name in the story
        (AUSTIN_IN, "Two men were shot in the Austin neighborhood.\n\nPolice in Austin said...", "Chicago"),
        # a town abroad, where the story's country was misread, as a town at home
        (CHATHAM_UK, "A man was shot inside a Chatham neighborhood lounge early Sunday.", "Chicago"),
        (CHATHAM_UK, "A man was shot inside a lounge in the Chatham neighborhood.", "Chicago"),
        # the town itself, not written as a neighbourhood
        (CHATHAM_UK, "A man was shot inside a lounge in Chatham on Sunday.", "Chatham"),
        (ENGLEWOOD_CO, "A teen was shot on a porch in Englewood on Monday.", "Englewood"),
        (AUSTIN_TX, "A man was shot in the Austin area on Friday.", "Austin"),
        # a name no big city's neighbourhood is listed by
        (SPRINGFIELD_IL, "A man was shot in the Springfield neighborhood.", "Springfield"),
        # a part of a city written as its section, as Philadelphia's papers write them
        (GERMANTOWN_MD, "A girl was hurt by gunfire in the city's East Germantown section.", "Philadelphia"),
        (GERMANTOWN_MD, "Shots rang out in the Germantown section on Tuesday night.", "Philadelphia"),
        (GERMANTOWN_MD, "A girl was hurt by gunfire in Germantown on Tuesday.", "Germantown"),
    ],
)
def test_a_big_citys_neighbourhood_is_placed_in_that_city(
    gazetteer: Gazetteer, place: Place, text: str, city: str
) -> None:
    assert city_of_part(place, parts_written(_article(text)), gazetteer).name == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Five people were shot near 71st and State in the city's Park Manor neighborhood.", "Chicago"),
        (
            "A man was shot in the Humboldt Park neighborhood and another in the South Shore neighborhood.",
            "Chicago",
        ),
        ("A man was shot in Humboldt Park on Sunday.", None),  # not written as a neighbourhood
        ("A man was shot in the Springfield neighborhood.", None),  # no big city's listed neighbourhood
    ],
)
def test_a_story_naming_only_a_big_citys_neighbourhoods_is_in_that_city(
    gazetteer: Gazetteer, text: str, city: str | None
) -> None:
    place = city_written(parts_written(_article(text)), gazetteer)
    assert (place.name if place else None) == city


@pytest.mark.parametrize(
    ("part", "city", "region"),
    [
        ("Englewood", "Chicago", "Illinois"),
        ("North Lawndale", "Chicago", "Illinois"),
        ("Pilsen", "Chicago", "Illinois"),
    ],
)
def test_the_neighbourhoods_come_from_the_shipped_table(part: str, city: str, region: str) -> None:
    assert (city, region) in {(p.city, p.admin1) for p in read_city_parts() if p.name == part}


def test_a_table_line_names_the_city_its_region_and_the_neighbourhood() -> None:
    table = "# a comment\n\nSpringfield\tIllinois\tOld Town\n"
    assert [(p.city, p.admin1, p.name) for p in read_city_parts(table)] == [
        ("Springfield", "Illinois", "Old Town")
    ]


@pytest.mark.parametrize(
    ("title", "text", "keys"),
    [
        (None, "A boy was shot in the North Lawndale neighborhood.", ("north lawndale", "lawndale")),
        ("Teen shot in Pilsen neighborhood", "Police said a teen was hurt.", ("pilsen",)),
        (None, "A man was shot in the Springfield neighborhood.", ()),
    ],
)
def test_an_article_is_read_once_for_the_neighbourhoods_it_writes(
    title: str | None, text: str, keys: tuple[str, ...]
) -> None:
    article = _article(text, title)
    parts = parts_written(article)
    assert parts.keys == keys
    assert parts_written(article) is parts  # every event of the article asks the same: read once


GERMANTOWN_MD = Place("Germantown", "USA", "Maryland", 39.17, -77.27, "city")
DORCHESTER_MA = Place("Dorchester", "USA", "Massachusetts", 42.30, -71.07, "city")
# a town of the city's own state far from it keeps its name (made up: no Dorchester lies there)
DORCHESTER_FAR = Place("Dorchester", "USA", "Massachusetts", 42.10, -73.20, "city")
WHITEHAVEN_UK = Place("Whitehaven", "GBR", "England", 54.55, -3.58, "city")


@pytest.mark.parametrize(
    ("place", "text", "city"),
    [
        (GERMANTOWN_MD, "A girl was shot in Germantown, Philadelphia police said.", "Philadelphia"),
        (DORCHESTER_MA, "Three men were shot in Dorchester, Boston police said.", "Boston"),
        (AUSTIN_TX, "A Chicago man was shot in Austin on Friday.", "Chicago"),
        # the state written out, in full or abbreviated after the town, keeps the town
        (GERMANTOWN_MD, "A Philadelphia man was shot in Germantown, Md., on Friday.", "Germantown"),
        (AUSTIN_TX, "A Chicago man was shot in Austin, Texas, on Friday.", "Austin"),
        # a town abroad: a lone name turned the story's country
        (WHITEHAVEN_UK, "A boy was shot in Whitehaven late Friday, Memphis police said.", "Memphis"),
        (CHATHAM_UK, "Two men were hurt in Chatham, Chicago police said.", "Chicago"),
        # the story does not name the neighbourhood's city
        (GERMANTOWN_MD, "A girl was shot in Germantown on Friday.", "Germantown"),
        (WHITEHAVEN_UK, "A boy was shot in Whitehaven late Friday, police said.", "Whitehaven"),
        # a town of the city's own state lying far from it is a town of its own
        (DORCHESTER_FAR, "Three men were shot in Dorchester, Boston police said.", "Dorchester"),
        # the quarter inside the city is the city even where the story never names it
        (DORCHESTER_MA, "Three men were shot on a porch in Dorchester overnight.", "Boston"),
        (DORCHESTER_MA, "DORCHESTER — Two women were wounded on Monday night.", "Boston"),
        (DORCHESTER_FAR, "Three men were shot on a porch in Dorchester overnight.", "Dorchester"),
    ],
)
def test_a_town_named_as_a_neighbourhood_of_the_city_a_story_names_is_that_city(
    gazetteer: Gazetteer, place: Place, text: str, city: str
) -> None:
    assert city_of_part(place, parts_written(_article(text)), gazetteer).name == city


def test_an_article_is_read_for_the_states_it_writes() -> None:
    parts = parts_written(_article("A man from Knoxville, Tenn., was shot in Ohio."))
    assert parts.states == frozenset({"Tennessee", "Ohio"})


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("A man from Knoxville, Tenn., was shot in Ohio.", {"Tennessee", "Ohio"}),
        # a postal code after a comma names the state; the same letters elsewhere do not
        ("Two people were hurt in Racine, WI late Friday.", {"Wisconsin"}),
        ("WI police said two people were hurt.", set()),
        # the name inside a longer word is no state, nor an abbreviation run into a word
        ("An Ohioan was shot near the Texaco station.", set()),
        ("A boy was shot in Dallas, Texarkana police said.", set()),
        # several states and both ways of writing one
        ("Shots fired in Gary, Ind., and in Indiana's capital; Ohio police helped.", {"Indiana", "Ohio"}),
    ],
)
def test_the_states_a_text_writes_in_full_or_abbreviated_after_a_comma(text: str, states: set[str]) -> None:
    assert parts_written(_article(text)).states == frozenset(states)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("A boy was shot near Salem, Ore., on Friday.", {"Oregon"}),
        ("Deputies in Oregon said a man was hurt.", {"Oregon"}),
        # a county or a town named after a state writes no state
        ("Washington County deputies were called to a home in Elmdale.", set()),
        ("A man was shot in Kansas City on Friday.", set()),
        ("Iowa City police said a teen was hurt.", set()),
        # nor does another state whose name ends in it
        ("A boy was shot in Bluefield, West Virginia.", {"West Virginia"}),
    ],
)
def test_a_story_writes_a_state_by_its_own_name_not_a_county_or_town_named_after_it(
    text: str, states: set[str]
) -> None:
    assert parts_written(_article(text)).states == frozenset(states)
