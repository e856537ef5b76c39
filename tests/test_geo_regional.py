"""Specs for same-named towns and counties in American local news: the one beside the article's other
places, unless the text writes which one; the article's town is not where its people are from."""

from __future__ import annotations

import pytest
from builders import locate_us
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.article import article_places
from kronika.geo.regional import article_namesake


@pytest.mark.parametrize(
    ("text", "trigger", "admin1"),
    [
        pytest.param(
            "A boy was shot in Park City on Tuesday. Sedgwick County deputies and Wichita police "
            "were called to the home.",
            "shot",
            "Kansas",
            id="town-beside-the-county-and-city-named",
        ),
        pytest.param(
            "A man was shot in Perry County on Monday. Pennsylvania State Police are investigating.",
            "shot",
            "Pennsylvania",
            id="county-in-the-state-written-out",
        ),
    ],
)
def test_a_namesake_is_the_one_beside_the_articles_places(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str, admin1: str
) -> None:
    place = locate_us(nlp, gazetteer, text, trigger)
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "names", "admin1"),
    [
        pytest.param("A man was shot in Park City, Utah.", {"wichita"}, "Utah", id="region-written-beside"),
        pytest.param("A man was shot in Park City.", set(), "Utah", id="nothing-else-named"),
        pytest.param("A man was shot in Park City.", {"williams"}, "Utah", id="a-far-name-only"),
    ],
)
def test_a_namesake_stays_as_read_without_better_support(
    gazetteer: Gazetteer, text: str, names: set[str], admin1: str
) -> None:
    utah = next(e for e in gazetteer.lookup("Park City", kind="city", country="USA") if e.admin1 == "Utah")
    assert article_namesake(gazetteer, utah.to_place(), text, frozenset(names)).admin1 == admin1


@pytest.mark.parametrize(
    ("text", "town"),
    [
        pytest.param(
            "A woman from Milwaukee was shot at a hotel in Brookfield on Sunday. A man from Milwaukee was "
            "also hurt, and police said a Milwaukee man fled.",
            "Brookfield",
            id="where-the-hurt-are-from-is-not-the-scene",
        ),
        pytest.param(
            "Deputies were called to a home in Brookhaven. Troy Banks, 17, of Jackson, was charged, and "
            "Lee Hart, 18, of Jackson, was held.",
            "Brookhaven",
            id="where-the-charged-live-is-not-the-scene",
        ),
        pytest.param(
            "A boy was shot at a farm near Brookhaven on Friday. He was flown to Baptist Medical Center in "
            "Jackson, then moved to a hospital in Jackson, and died at a Jackson hospital.",
            "Brookhaven",
            id="where-the-hurt-are-treated-is-not-the-scene",
        ),
    ],
)
def test_the_articles_town_is_not_where_its_people_are_from(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    main = article_places(nlp(text), gazetteer, "USA").main
    assert main is not None and main.name == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        pytest.param(
            "A woman died in the 15300 block of Riverview on the west side. Officers said the gunmen "
            "drove to a duplex in the 15300 block of Riverview in Detroit.",
            "Detroit",
            id="block-of-a-street-in-the-city",
        ),
        pytest.param(
            "A man was shot in the 300 block of Brentwood on Friday. Officers found him at a house in the "
            "300 block of Brentwood in Nashville.",
            "Nashville",
            id="street-named-like-a-suburb",
        ),
        pytest.param(
            "Deputies found a man shot at a house in the 900 block of Elm Road in Callaway on Sunday.",
            "Callaway",
            id="town-after-the-address",
        ),
    ],
)
def test_an_addresss_street_is_no_vote_for_a_town(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    main = article_places(nlp(text), gazetteer, "USA").main
    assert main is not None and main.name == town


@pytest.mark.parametrize(
    ("text", "trigger", "admin1"),
    [
        pytest.param(
            "BATH COUNTY (WSLS 10) – A woman was charged after her daughter was shot at their home.",
            "shot",
            "Virginia",
            id="county-dateline-credited-to-a-roanoke-station",
        ),
        pytest.param(
            "FRANKLIN COUNTY (WSLS 10) – A girl was hurt when a handgun went off in her pocket.",
            "hurt",
            "Virginia",
            id="the-biggest-namesake-gives-way-to-the-stations-state",
        ),
        pytest.param(
            "Deputies said a man was shot dead in Wilson County on Sunday night. Copyright 2016 by WRAL.com. "
            "All rights reserved.",
            "shot",
            "North Carolina",
            id="county-in-the-text-of-a-raleigh-stations-page",
        ),
    ],
)
def test_a_county_namesake_is_the_one_in_the_crediting_stations_state(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str, admin1: str
) -> None:
    place = locate_us(nlp, gazetteer, text, trigger)
    assert place is not None and place.admin1 == admin1
